package io.handover.system;

import java.util.Iterator;
import java.util.List;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.backend.Missing;
import de.bwaldvogel.mongo.bson.Document;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;

/**
 * A sparse secondary index of the embedded H2 store on one field: which documents hold
 * the field and with what value, so that a filter {@code {field: {$exists: true}}} or
 * {@code {field: "a string"}} reads those documents instead of the whole collection
 * ({@link IdFirst}). mongo-java-server ignores secondary indexes; the audit outbox's
 * sweep for documents that still owe audit entries ({@code auditOwed.key}) read every
 * employee every minute, which with 50,000 employees kept a store thread busy past the
 * driver's read timeout and made an import fail (issue 24, bench/RESULTS.md), and the HR
 * sync's look-up of a joiner by name ({@code nameKey}) read all 10,000 employees of the
 * benchmark for each hire, 17 of its 29 s (issue 21). Its keys are the value and the
 * document's position (its {@code _id}), so values may repeat; it never refuses a write.
 * <p>
 * It holds only the documents that hold the field (it is sparse): the two questions it
 * answers never match a document without the field.
 */
final class HoldingIndex extends Index<Object> {

	/** Appended to mongo-java-server's index map name. */
	static final String MAP_SUFFIX = ".holding";

	private final MVMap<KeyValue, Object> map;

	private HoldingIndex(MVMap<KeyValue, Object> map, String name, List<IndexKey> keys) {
		super(name, keys, true);
		this.map = map;
	}

	static HoldingIndex open(MVStore store, String libraryMapName, String name, List<IndexKey> keys) {
		MVMap<KeyValue, Object> map = store.openMap(libraryMapName + MAP_SUFFIX,
				new MVMap.Builder<KeyValue, Object>().keyType(new OrderedUniqueIndex.KeyType()));
		return new HoldingIndex(map, name, keys);
	}

	/**
	 * The positions of the documents holding the field, when the filter asks for those
	 * ({@code {field: {$exists: true}}}, with or without more conditions); else null.
	 */
	Stream<Object> holding(Document query) {
		if (query == null || keys().size() != 1 || !(query.get(keys().get(0)) instanceof Document condition
				&& condition.size() == 1 && Boolean.TRUE.equals(condition.get("$exists")))) {
			return null;
		}
		return this.map.values().stream().distinct();
	}

	/**
	 * The positions of the documents whose field is the filter's string, or an array
	 * holding it ({@code {field: "value"}} or {@code {field: {$eq: "value"}}}, with or
	 * without more conditions, which the caller matches on what is found); else null.
	 * Only strings: MongoDB compares numbers across types and a {@code null} also finds
	 * the documents without the field, which this index does not hold.
	 */
	Stream<Object> equalTo(Document query) {
		if (query == null || keys().size() != 1) {
			return null;
		}
		Object condition = query.get(keys().get(0));
		if (condition instanceof Document operators && operators.size() == 1) {
			condition = operators.get("$eq");
		}
		if (!(condition instanceof String value)) {
			return null;
		}
		Iterator<KeyValue> from = this.map.keyIterator(new KeyValue(value));
		return StreamSupport.stream(Spliterators.spliteratorUnknownSize(from, Spliterator.ORDERED), false)
			.takeWhile((key) -> value.equals(key.get(0)))
			.map((key) -> key.get(1));
	}

	@Override
	public Object getPosition(Document document) {
		// the _id index names the position
		return null;
	}

	@Override
	public void checkAdd(Document document, MongoCollection<Object> collection) {
		// values may repeat
	}

	@Override
	public synchronized void add(Document document, Object position, MongoCollection<Object> collection) {
		for (KeyValue value : values(document)) {
			this.map.put(new KeyValue(value.get(0), position), position);
		}
	}

	@Override
	public synchronized Object remove(Document document) {
		Object position = document.get("_id");
		boolean removed = false;
		for (KeyValue value : values(document)) {
			removed |= this.map.remove(new KeyValue(value.get(0), position)) != null;
		}
		return removed ? position : null;
	}

	@Override
	public boolean canHandle(Document query) {
		return false;
	}

	@Override
	public Iterable<Object> getPositions(Document query) {
		throw new UnsupportedOperationException("answers only which documents hold " + keys());
	}

	@Override
	public long getCount() {
		return this.map.sizeAsLong();
	}

	@Override
	public boolean isEmpty() {
		return this.map.isEmpty();
	}

	@Override
	public long getDataSize() {
		return getCount();
	}

	@Override
	public void checkUpdate(Document oldDocument, Document newDocument, MongoCollection<Object> collection) {
		// values may repeat
	}

	/**
	 * Adds the new values before it removes the old ones the document no longer holds, so
	 * a query running meanwhile finds a document by a value it keeps.
	 */
	@Override
	public synchronized void updateInPlace(Document oldDocument, Document newDocument, Object position,
			MongoCollection<Object> collection) {
		List<KeyValue> kept = values(newDocument);
		add(newDocument, position, collection);
		for (KeyValue value : values(oldDocument)) {
			if (!kept.contains(value)) {
				this.map.remove(new KeyValue(value.get(0), position));
			}
		}
	}

	/**
	 * The field's values in the document (one per array element); none when it lacks the
	 * field (a null is a value: {@code $exists} finds it).
	 */
	private List<KeyValue> values(Document document) {
		if (!holds(document, List.of(keys().get(0).split("\\.")))) {
			return List.of();
		}
		return getKeyValues(document).stream().filter(value -> !(value.get(0) instanceof Missing)).toList();
	}

	/** Whether the value has the path (through arrays: any element has it). */
	static boolean holds(Object value, List<String> path) {
		if (path.isEmpty()) {
			return true;
		}
		if (value instanceof java.util.Collection<?> elements) {
			return elements.stream().anyMatch(element -> holds(element, path));
		}
		return value instanceof Document document && document.containsKey(path.get(0))
				&& holds(document.get(path.get(0)), path.subList(1, path.size()));
	}

	@Override
	public boolean isUnique() {
		return false;
	}

	@Override
	public void drop() {
		this.map.clear();
	}

}

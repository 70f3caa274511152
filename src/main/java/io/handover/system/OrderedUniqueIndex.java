package io.handover.system;

import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map.Entry;
import java.util.Set;
import java.util.UUID;

import de.bwaldvogel.mongo.backend.AbstractUniqueIndex;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.backend.Missing;
import de.bwaldvogel.mongo.bson.ObjectId;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;
import org.h2.mvstore.type.ObjectDataType;

/**
 * A unique index of the embedded H2 store whose keys H2 compares without serialising
 * them. mongo-java-server's own H2 index keeps its keys ({@link KeyValue}, not
 * {@link Comparable}) in a map of H2's default type, which compares two such keys by
 * Java-serialising both: every step of every look-up and insert serialised two objects.
 * With an index check for each unique index on every insert, that was a third of the CPU
 * of an employee import (JFR, issue 24, bench/RESULTS.md). This index orders its keys by
 * their values (the class name first, then the value for the plain types a key holds,
 * serialised bytes only for any other), and stores them as H2 did (same bytes on disk).
 * <p>
 * The order differs from the old index's, so it lives in a map of its own name
 * ({@link #MAP_SUFFIX}); a store written before has its old index maps removed and its
 * indexes rebuilt from the documents when it is first opened (mongo-java-server builds an
 * index that is empty; once, for 100,000 employees, seconds).
 */
final class OrderedUniqueIndex extends AbstractUniqueIndex<Object> {

	/** Appended to mongo-java-server's index map name: the map ordered by value. */
	static final String MAP_SUFFIX = ".ordered";

	private static final Set<Class<?>> COMPARABLE = Set.of(String.class, Double.class, Long.class, Integer.class,
			Boolean.class, Instant.class, Date.class, ObjectId.class, UUID.class);

	private final MVMap<KeyValue, Object> map;

	private OrderedUniqueIndex(MVMap<KeyValue, Object> map, String name, List<IndexKey> keys, boolean sparse) {
		super(name, keys, sparse);
		this.map = map;
	}

	/**
	 * Opens (or creates) the index's map, removing the map of mongo-java-server's own
	 * order if the store still has one (the index is rebuilt when empty).
	 */
	static OrderedUniqueIndex open(MVStore store, String libraryMapName, String name, List<IndexKey> keys,
			boolean sparse) {
		if (store.hasMap(libraryMapName)) {
			store.removeMap(libraryMapName);
		}
		MVMap<KeyValue, Object> map = store.openMap(libraryMapName + MAP_SUFFIX,
				new MVMap.Builder<KeyValue, Object>().keyType(new KeyType()));
		return new OrderedUniqueIndex(map, name, keys, sparse);
	}

	@Override
	protected Object removeDocument(KeyValue keyValue) {
		return this.map.remove(keyValue);
	}

	@Override
	protected boolean putKeyPosition(KeyValue keyValue, Object position) {
		return this.map.putIfAbsent(keyValue, Missing.ofNullable(position)) == null;
	}

	@Override
	protected Iterable<Entry<KeyValue, Object>> getIterable() {
		return this.map.entrySet();
	}

	@Override
	protected Object getPosition(KeyValue keyValue) {
		return this.map.get(keyValue);
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

	/**
	 * Compares keys value by value: first the values' class names (null first), then, for
	 * the plain types in {@link #COMPARABLE}, their natural order (consistent with equals
	 * for each), else their serialised bytes (what H2 compared before). Two keys are
	 * equal exactly when their values are equal, as before. Reads and writes as H2's
	 * default type.
	 */
	static final class KeyType extends ObjectDataType {

		@Override
		public int compare(Object a, Object b) {
			if (a instanceof KeyValue x && b instanceof KeyValue y) {
				return compareKeys(x, y);
			}
			return super.compare(a, b);
		}

		static int compareKeys(KeyValue x, KeyValue y) {
			int size = Math.min(x.size(), y.size());
			for (int i = 0; i < size; i++) {
				int compared = compareValues(x.get(i), y.get(i));
				if (compared != 0) {
					return compared;
				}
			}
			return Integer.compare(x.size(), y.size());
		}

		@SuppressWarnings({ "unchecked", "rawtypes" })
		static int compareValues(Object a, Object b) {
			if (a == b) {
				return 0;
			}
			if (a == null || b == null) {
				return (a == null) ? -1 : 1;
			}
			if (a.getClass() != b.getClass()) {
				int byClass = a.getClass().getName().compareTo(b.getClass().getName());
				if (byClass != 0) {
					return byClass;
				}
			}
			else if (COMPARABLE.contains(a.getClass())) {
				return ((Comparable) a).compareTo(b);
			}
			return compareNotNull(serialize(a), serialize(b));
		}

	}

}

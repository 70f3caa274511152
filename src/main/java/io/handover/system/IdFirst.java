package io.handover.system;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.CollectionOptions;
import de.bwaldvogel.mongo.backend.CursorRegistry;
import de.bwaldvogel.mongo.backend.DefaultQueryMatcher;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.QueryParameters;
import de.bwaldvogel.mongo.backend.QueryResult;
import de.bwaldvogel.mongo.backend.h2.H2Collection;
import de.bwaldvogel.mongo.backend.memory.MemoryCollection;
import de.bwaldvogel.mongo.bson.Document;
import org.h2.mvstore.MVMap;

/**
 * The embedded store's collections, finding documents through the {@code _id} index
 * whenever a filter names one {@code _id} or an {@code $in} of them, and matching only
 * the rest of the filter on what it finds. mongo-java-server uses an index only when a
 * filter names exactly that index's fields, so its answer to "this employee, if their
 * last working day is still X" (every compare-and-set update here) was to read the whole
 * collection: 0.7 s per leaver ticket with 100,000 employees. And after an {@code $in}
 * lookup it matched each document found against the whole list again, so reading 3,000
 * assets by id compared 9 million pairs (bench/RESULTS.md). A MongoDB server does
 * neither.
 */
final class IdFirst {

	private static final String ID = "_id";

	private static final String ID_INDEX = "_id_";

	private IdFirst() {
	}

	/**
	 * A collection's {@code _id} index and what it can find: the positions of the
	 * documents a filter's {@code _id} part names, when it names one {@code _id} or an
	 * {@code $in} of them.
	 */
	static final class Ids<P> {

		private Index<P> index;

		/** Keeps the {@code _id} index when the collection adds it. */
		void offer(Index<P> added) {
			if (ID_INDEX.equals(added.getName())) {
				this.index = added;
			}
		}

		/**
		 * The positions the filter's {@code _id} part names, or null to read as usual.
		 */
		Stream<P> positions(Document query) {
			if (this.index == null || query == null || !query.containsKey(ID)) {
				return null;
			}
			Object id = query.get(ID);
			if (id instanceof Document operators && operators.keySet().stream().anyMatch(key -> key.startsWith("$"))
					&& !operators.keySet().equals(Set.of("$in"))) {
				return null;
			}
			Document byId = new Document(ID, id);
			if (!this.index.canHandle(byId)) {
				return null;
			}
			return StreamSupport.stream(this.index.getPositions(byId).spliterator(), false);
		}

	}

	/**
	 * Logs (at DEBUG, logger {@code io.handover.system.StoreScans}) each query the store
	 * answers by reading every document of a collection: no unique index names exactly
	 * its filter's fields. What to index or bound when a large register gets slow.
	 */
	static final class Scans {

		private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger("io.handover.system.StoreScans");

		private Scans() {
		}

		static <P> void note(de.bwaldvogel.mongo.backend.AbstractMongoCollection<P> collection, Document query,
				Document orderBy, int limit) {
			if (!log.isDebugEnabled() || collection.getIndexes().stream().anyMatch(index -> index.canHandle(query))) {
				return;
			}
			log.debug("Read all {} documents of {} for {} sorted by {} limit {}", collection.count(),
					collection.getCollectionName(), shape(query), orderBy == null ? "-" : orderBy.keySet(), limit);
		}

		/** The filter with its values left out: {@code {leavingOn={$lt=?}}}. */
		static Object shape(Object value) {
			if (value instanceof Document document) {
				Document shape = new Document();
				document.forEach((key, inner) -> shape.put(key, shape(inner)));
				return shape;
			}
			if (value instanceof java.util.List<?> list) {
				return list.isEmpty() ? "[]" : java.util.List.of(shape(list.get(0)), "...");
			}
			return "?";
		}

	}

	/**
	 * A sorted query with a limit that no index answers, kept to its first few documents
	 * while the collection is read. mongo-java-server sorts every matching document and
	 * then takes the first few: "the newest audit entry" held the whole trail on the heap
	 * (the out-of-memory error of an import into a register of 24,000 employees, issue
	 * 24, bench/RESULTS.md). Ties keep the collection's order, as the library's stable
	 * sort does.
	 */
	static final class TopFew {

		/** Above this many, the library's own sort. */
		static final int MAX = 10_000;

		private TopFew() {
		}

		static boolean applies(de.bwaldvogel.mongo.backend.AbstractMongoCollection<?> collection, Document query,
				Document orderBy, int skip, int limit) {
			return limit > 0 && skip >= 0 && (long) skip + limit <= MAX && orderBy != null && !orderBy.isEmpty()
					&& !orderBy.containsKey("$natural")
					&& collection.getIndexes().stream().noneMatch(index -> index.canHandle(query));
		}

		/** The first {@code count} matching documents in the order, in that order. */
		static Stream<Document> of(Stream<Document> all, java.util.function.Predicate<Document> matches,
				java.util.Comparator<Document> order, int count) {
			record Ranked(Document document, long arrival) {
			}
			java.util.Comparator<Ranked> rank = java.util.Comparator.comparing(Ranked::document, order)
				.thenComparingLong(Ranked::arrival);
			java.util.PriorityQueue<Ranked> worstFirst = new java.util.PriorityQueue<>(count + 1, rank.reversed());
			long[] arrivals = { 0 };
			all.filter(matches).forEach((document) -> {
				Ranked ranked = new Ranked(document, arrivals[0]++);
				if (worstFirst.size() < count) {
					worstFirst.add(ranked);
				}
				else if (rank.compare(ranked, worstFirst.peek()) < 0) {
					worstFirst.poll();
					worstFirst.add(ranked);
				}
			});
			List<Ranked> kept = new ArrayList<>(worstFirst);
			kept.sort(rank);
			return kept.stream().map(Ranked::document);
		}

	}

	/**
	 * The positions of the documents a filter names through a compound unique index: an
	 * {@code $in} on one of the index's fields and one value for each of the others
	 * ({@code {type: "laptop", serialNumber: {$in: [...]}}}), looked up value by value;
	 * null when the filter is not of that shape. mongo-java-server uses a compound index
	 * for exact values only, so the asset import's look-up of a batch's serial numbers
	 * read every asset (issue 24).
	 */
	static <P> Stream<P> compoundIn(List<Index<P>> indexes, Document filter) {
		Document query = flat(filter);
		if (query == null || query.size() < 2) {
			return null;
		}
		String inField = null;
		List<?> values = null;
		for (java.util.Map.Entry<String, Object> entry : query.entrySet()) {
			if (entry.getKey().startsWith("$")) {
				return null;
			}
			if (entry.getValue() instanceof Document operators) {
				if (inField != null || !operators.keySet().equals(Set.of("$in"))
						|| !(operators.get("$in") instanceof java.util.Collection<?> in)) {
					return null;
				}
				inField = entry.getKey();
				values = List.copyOf(in);
			}
		}
		if (inField == null) {
			return null;
		}
		for (Index<P> index : indexes) {
			if (!index.isUnique() || index.getKeys().size() != query.size()
					|| !index.getKeys()
						.stream()
						.map(de.bwaldvogel.mongo.backend.IndexKey::getKey)
						.collect(java.util.stream.Collectors.toSet())
						.equals(query.keySet())) {
				continue;
			}
			List<Document> exact = new ArrayList<>(values.size());
			for (Object value : new java.util.LinkedHashSet<>(values)) {
				Document one = new Document(query);
				one.put(inField, value);
				if (value instanceof Document || value instanceof java.util.Collection<?> || !index.canHandle(one)) {
					return null;
				}
				exact.add(one);
			}
			return exact.stream().flatMap(one -> StreamSupport.stream(index.getPositions(one).spliterator(), false));
		}
		return null;
	}

	/**
	 * The filter with an {@code $and} of conditions on different fields (as the MongoDB
	 * driver writes them) as one document; null when it cannot be.
	 */
	private static Document flat(Document query) {
		if (query == null || !query.containsKey("$and")) {
			return query;
		}
		if (query.size() != 1 || !(query.get("$and") instanceof java.util.Collection<?> parts)) {
			return null;
		}
		Document flat = new Document();
		for (Object part : parts) {
			if (!(part instanceof Document condition)) {
				return null;
			}
			for (java.util.Map.Entry<String, Object> entry : condition.entrySet()) {
				if (flat.containsKey(entry.getKey())) {
					return null;
				}
				flat.put(entry.getKey(), entry.getValue());
			}
		}
		return flat;
	}

	/** The filter without its {@code _id} part, for what the index found. */
	static Document rest(Document query) {
		Document rest = new Document(query);
		rest.remove(ID);
		return rest;
	}

	/**
	 * An H2 collection that looks documents up by {@code _id} first, and whose queries do
	 * not wait for its writers. mongo-java-server runs every command on a collection one
	 * at a time, so a query reading the whole collection (the audit sweep over 300,000
	 * assets) held every write to it for seconds (a leaver ticket waited 5 s;
	 * bench/RESULTS.md). H2's maps can be read while they are written: a query reads them
	 * as they were when it began.
	 */
	static final class H2 extends H2Collection {

		private final Ids<Object> ids = new Ids<>();

		H2(MongoDatabase database, String collectionName, CollectionOptions options, MVMap<Object, Document> data,
				MVMap<String, Object> meta, CursorRegistry cursors) {
			super(database, collectionName, options, data, meta, cursors);
		}

		@Override
		public void addIndex(Index<Object> index) {
			super.addIndex(index);
			this.ids.offer(index);
		}

		/**
		 * The documents whose field has the filter's string, or else those holding a
		 * field the filter asks for, from a {@link HoldingIndex}; null when no such index
		 * answers the filter.
		 */
		private Stream<Object> holding(Document query) {
			for (Index<Object> index : getIndexes()) {
				if (index instanceof HoldingIndex holdingIndex) {
					Stream<Object> positions = holdingIndex.equalTo(query);
					if (positions != null) {
						return positions;
					}
				}
			}
			for (Index<Object> index : getIndexes()) {
				if (index instanceof HoldingIndex holdingIndex) {
					Stream<Object> positions = holdingIndex.holding(query);
					if (positions != null) {
						return positions;
					}
				}
			}
			return null;
		}

		/** As the library's, without its lock on the collection. */
		@Override
		public QueryResult handleQuery(QueryParameters parameters) {
			Document selector = parameters.getQuerySelector();
			Document query = selector;
			Document orderBy = null;
			if (selector.containsKey("query")) {
				query = (Document) selector.get("query");
				orderBy = (Document) selector.get("orderby");
			}
			else if (selector.containsKey("$query")) {
				query = (Document) selector.get("$query");
				orderBy = (Document) selector.get("$orderby");
			}
			return queryDocuments(query, orderBy, parameters.getNumberToSkip(), parameters.getLimit(),
					parameters.getBatchSize(), parameters.getProjection());
		}

		/**
		 * A matcher per match: the collection's own keeps the array position of its last
		 * match for a positional update, which concurrent queries must not overwrite.
		 */
		@Override
		protected boolean documentMatchesQuery(Document document, Document query) {
			return new DefaultQueryMatcher().matches(document, query);
		}

		/**
		 * A write (it holds the collection's lock) changes the documents it finds in
		 * place: it gets copies, and its change stores the copy, so a query under way
		 * never sees a document half changed.
		 */
		@Override
		protected QueryResult queryDocuments(Document query, Document orderBy, int numberToSkip, int limit,
				int batchSize, Document fieldSelector) {
			Stream<Object> found = this.ids.positions(query);
			Stream<Object> compound = (found == null) ? compoundIn(getIndexes(), query) : null;
			Stream<Object> holding = (found == null && compound == null) ? holding(query) : null;
			if (found == null && compound == null && holding == null) {
				Scans.note(this, query, orderBy, limit);
			}
			QueryResult result;
			if (compound != null) {
				result = matchDocumentsFromStream(compound.map(this::getDocument).filter(java.util.Objects::nonNull),
						query, orderBy, numberToSkip, limit, batchSize, fieldSelector);
			}
			else if (found != null) {
				result = matchDocumentsFromStream(found.map(this::getDocument), rest(query), orderBy, numberToSkip,
						limit, batchSize, fieldSelector);
			}
			else if (holding != null) {
				result = matchDocumentsFromStream(holding.map(this::getDocument).filter(java.util.Objects::nonNull),
						query, orderBy, numberToSkip, limit, batchSize, fieldSelector);
			}
			else if (TopFew.applies(this, query, orderBy, numberToSkip, limit)) {
				result = matchDocumentsFromStream(TopFew.of(streamAllDocumentsWithPosition().map(d -> d.getDocument()),
						(document) -> documentMatchesQuery(document, query), deriveComparator(orderBy),
						numberToSkip + limit), query, orderBy, numberToSkip, limit, batchSize, fieldSelector);
			}
			else {
				result = super.queryDocuments(query, orderBy, numberToSkip, limit, batchSize, fieldSelector);
			}
			if (!Thread.holdsLock(this)) {
				return result;
			}
			List<Document> copies = new ArrayList<>();
			result.forEach((document) -> copies.add(document.cloneDeeply()));
			return new QueryResult(copies, result.getCursorId());
		}

	}

	/**
	 * An in-memory collection that looks documents up by {@code _id} first, and answers
	 * queries with copies. The library's writes change the stored document in place (its
	 * {@code updateDocument} puts the new fields into it; the in-memory collection keeps
	 * no copy), while the answer to a query is written to the wire after the collection's
	 * lock is released: a reader could see a document half changed. Seen in the full test
	 * run: two of twenty simultaneous completions of one task both passed the ticket's
	 * version check.
	 */
	static final class Memory extends MemoryCollection {

		private final Ids<Integer> ids = new Ids<>();

		Memory(MongoDatabase database, String collectionName, CollectionOptions options, CursorRegistry cursors) {
			super(database, collectionName, options, cursors);
		}

		@Override
		public void addIndex(Index<Integer> index) {
			super.addIndex(index);
			this.ids.offer(index);
		}

		/**
		 * A reader's answer copied while the lock is held; a write that queries (e.g.
		 * findAndModify, which holds the lock already) gets the stored documents it
		 * changes.
		 */
		@Override
		public QueryResult handleQuery(QueryParameters parameters) {
			if (Thread.holdsLock(this)) {
				return super.handleQuery(parameters);
			}
			synchronized (this) {
				QueryResult result = super.handleQuery(parameters);
				List<Document> copies = new ArrayList<>();
				result.forEach((document) -> copies.add(document.cloneDeeply()));
				return new QueryResult(copies, result.getCursorId());
			}
		}

		@Override
		protected QueryResult queryDocuments(Document query, Document orderBy, int numberToSkip, int limit,
				int batchSize, Document fieldSelector) {
			Stream<Integer> found = this.ids.positions(query);
			Stream<Integer> compound = (found == null) ? compoundIn(getIndexes(), query) : null;
			if (found == null && compound == null) {
				Scans.note(this, query, orderBy, limit);
			}
			if (compound != null) {
				return matchDocumentsFromStream(compound.map(this::getDocument).filter(java.util.Objects::nonNull),
						query, orderBy, numberToSkip, limit, batchSize, fieldSelector);
			}
			if (found != null) {
				return matchDocumentsFromStream(found.map(this::getDocument), rest(query), orderBy, numberToSkip, limit,
						batchSize, fieldSelector);
			}
			if (TopFew.applies(this, query, orderBy, numberToSkip, limit)) {
				return matchDocumentsFromStream(TopFew.of(streamAllDocumentsWithPosition().map(d -> d.getDocument()),
						(document) -> documentMatchesQuery(document, query), deriveComparator(orderBy),
						numberToSkip + limit), query, orderBy, numberToSkip, limit, batchSize, fieldSelector);
			}
			return super.queryDocuments(query, orderBy, numberToSkip, limit, batchSize, fieldSelector);
		}

	}

}

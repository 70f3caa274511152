package io.handover.system;

import java.util.List;
import java.util.Set;

import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.CollectionOptions;
import de.bwaldvogel.mongo.backend.CursorRegistry;
import de.bwaldvogel.mongo.backend.QueryResult;
import de.bwaldvogel.mongo.backend.h2.H2Collection;
import de.bwaldvogel.mongo.backend.memory.MemoryCollection;
import de.bwaldvogel.mongo.bson.Document;
import org.h2.mvstore.MVMap;

/**
 * The embedded store's collections, finding a document by {@code _id} first when a filter
 * names one {@code _id} (or an {@code $in} of them) and more fields. mongo-java-server
 * uses an index only when a filter names exactly that index's fields, so its answer to
 * "this employee, if their last working day is still X" (every compare-and-set update
 * here) was to read the whole collection: 0.7 s per leaver ticket with 100,000 employees
 * (bench/RESULTS.md). A MongoDB server uses the {@code _id} index for such a filter by
 * itself.
 */
final class IdFirst {

	private static final String ID = "_id";

	private IdFirst() {
	}

	/** The {@code _id} part of the filter when it can narrow the search, else null. */
	static Document idPart(Document query) {
		if (query == null || query.size() < 2 || !query.containsKey(ID)) {
			return null;
		}
		Object id = query.get(ID);
		if (id instanceof Document operators && operators.keySet().stream().anyMatch(key -> key.startsWith("$"))
				&& !operators.keySet().equals(Set.of("$in"))) {
			return null;
		}
		return new Document(ID, id);
	}

	/** An H2 collection that looks documents up by {@code _id} first. */
	static final class H2 extends H2Collection {

		H2(MongoDatabase database, String collectionName, CollectionOptions options, MVMap<Object, Document> data,
				MVMap<String, Object> meta, CursorRegistry cursors) {
			super(database, collectionName, options, data, meta, cursors);
		}

		@Override
		protected QueryResult queryDocuments(Document query, Document orderBy, int numberToSkip, int limit,
				int batchSize, Document fieldSelector) {
			Document byId = idPart(query);
			if (byId == null) {
				return super.queryDocuments(query, orderBy, numberToSkip, limit, batchSize, fieldSelector);
			}
			List<Document> candidates = super.queryDocuments(byId, null, 0, 0, 0, null).collectDocuments();
			return matchDocumentsFromStream(candidates.stream(), query, orderBy, numberToSkip, limit, batchSize,
					fieldSelector);
		}

	}

	/** An in-memory collection that looks documents up by {@code _id} first. */
	static final class Memory extends MemoryCollection {

		Memory(MongoDatabase database, String collectionName, CollectionOptions options, CursorRegistry cursors) {
			super(database, collectionName, options, cursors);
		}

		@Override
		protected QueryResult queryDocuments(Document query, Document orderBy, int numberToSkip, int limit,
				int batchSize, Document fieldSelector) {
			Document byId = idPart(query);
			if (byId == null) {
				return super.queryDocuments(query, orderBy, numberToSkip, limit, batchSize, fieldSelector);
			}
			List<Document> candidates = super.queryDocuments(byId, null, 0, 0, 0, null).collectDocuments();
			return matchDocumentsFromStream(candidates.stream(), query, orderBy, numberToSkip, limit, batchSize,
					fieldSelector);
		}

	}

}

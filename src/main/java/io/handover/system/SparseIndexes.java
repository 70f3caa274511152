package io.handover.system;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.index.IndexInfo;
import org.springframework.data.mongodb.core.index.IndexOperations;

/**
 * A sparse index on one field, made at start. The embedded store answers an equality on a
 * string (also an element of an array) and {@code $exists} from such an index
 * ({@link HoldingIndex}) and reads the whole collection for any other non-unique index;
 * MongoDB uses it like a plain one for those filters. MongoDB refuses an index whose
 * options differ from an existing one of the same name, so a plain index of that name
 * from before is dropped first (once: the next start finds the sparse one). A failure is
 * logged and leaves look-ups correct, only slower.
 */
public final class SparseIndexes {

	private static final Logger log = LoggerFactory.getLogger(SparseIndexes.class);

	private SparseIndexes() {
	}

	/**
	 * @param collection the collection
	 * @param field the field as stored (dotted for a nested one, e.g.
	 * {@code employee._id})
	 * @param name the index's name
	 */
	public static void ensure(MongoTemplate mongo, String collection, String field, String name) {
		IndexOperations indexes = mongo.indexOps(collection);
		try {
			for (IndexInfo index : indexes.getIndexInfo()) {
				if (name.equals(index.getName()) && !index.isSparse()) {
					dropPlain(indexes, collection, name);
				}
			}
			indexes.ensureIndex(new Index().on(field, Sort.Direction.ASC).sparse().named(name));
		}
		catch (RuntimeException ex) {
			log.warn("The sparse index {} of {} could not be made (a filter on {} reads the whole collection until "
					+ "it is): {}", name, collection, field, ex.getMessage());
		}
	}

	private static void dropPlain(IndexOperations indexes, String collection, String name) {
		try {
			indexes.dropIndex(name);
			log.info("Replacing the plain index {} of {} by a sparse one", name, collection);
		}
		catch (RuntimeException ex) {
			// another instance dropped it a moment ago
			log.debug("The plain index {} was gone already: {}", name, ex.getMessage());
		}
	}

}

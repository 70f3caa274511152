package io.handover.employee;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.index.IndexInfo;
import org.springframework.data.mongodb.core.index.IndexOperations;

/**
 * The register's index of names ({@code employees} {@code {nameKey: 1}}, sparse), which
 * {@link EmployeeDirectory#named} looks people up by: the HR sync asks it for each hire
 * (is this the joiner a manager announced?). Sparse, because the embedded file store
 * answers an equality on a string only from a sparse single-field index
 * (io.handover.system.HoldingIndex); every employee has a name key, so on MongoDB it
 * holds the same entries as the plain index it replaces. Until issue 21 the index was
 * plain ({@code @Indexed}), and the embedded store read all employees for each look-up:
 * 17 of the 29 s of the HR benchmark's 300 changes on a register of 10,000.
 * <p>
 * MongoDB refuses an index whose options differ from an existing one of the same name or
 * keys, so the plain index of a store from before is dropped first (once: the next start
 * finds the sparse one). A failure is logged and leaves look-ups correct, only slower.
 */
final class NameIndex {

	private static final Logger log = LoggerFactory.getLogger(NameIndex.class);

	static final String NAME = "nameKey";

	static final String FIELD = "nameKey";

	private NameIndex() {
	}

	static void ensure(MongoTemplate mongo, String collection) {
		IndexOperations indexes = mongo.indexOps(collection);
		try {
			for (IndexInfo index : indexes.getIndexInfo()) {
				if (NAME.equals(index.getName()) && !index.isSparse()) {
					dropPlain(indexes);
				}
			}
			indexes.ensureIndex(new Index().on(FIELD, Sort.Direction.ASC).sparse().named(NAME));
		}
		catch (RuntimeException ex) {
			log.warn("The sparse index of names in {} could not be made (looking people up by name reads every "
					+ "employee until it is): {}", collection, ex.getMessage());
		}
	}

	private static void dropPlain(IndexOperations indexes) {
		try {
			indexes.dropIndex(NAME);
			log.info("Replacing the plain index of employees' names by a sparse one (issue 21)");
		}
		catch (RuntimeException ex) {
			// another instance dropped it a moment ago
			log.debug("The plain index of names was gone already: {}", ex.getMessage());
		}
	}

}

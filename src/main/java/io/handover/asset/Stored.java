package io.handover.asset;

import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.mapping.MongoPersistentEntity;
import org.springframework.data.mongodb.core.mapping.MongoPersistentProperty;
import org.springframework.data.mongodb.core.query.Update;

/** Helpers for compare-and-set writes of whole documents. */
final class Stored {

	private Stored() {
	}

	/**
	 * An update that makes the stored document equal to {@code entity} (except its id):
	 * used with a query that matches only the state the change was computed from.
	 */
	static Update replacing(MongoTemplate mongo, Object entity) {
		Document document = new Document();
		mongo.getConverter().write(entity, document);
		Update update = new Update();
		MongoPersistentEntity<?> persistent = mongo.getConverter()
			.getMappingContext()
			.getRequiredPersistentEntity(entity.getClass());
		for (MongoPersistentProperty property : persistent) {
			if (property.isIdProperty()) {
				continue;
			}
			String field = property.getFieldName();
			if (document.get(field) != null) {
				update.set(field, document.get(field));
			}
			else {
				update.unset(field);
			}
		}
		return update;
	}

}

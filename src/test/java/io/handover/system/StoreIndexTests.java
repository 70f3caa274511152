package io.handover.system;

import java.util.List;

import io.handover.audit.AuditEntry;
import io.handover.testing.BotTest;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Indexes are declared in code and exist in the store once the application has started.
 */
@BotTest
class StoreIndexTests {

	@Autowired
	MongoTemplate mongo;

	@Test
	void theAuditChainHasAUniqueSequence() {
		List<Document> indexes = this.mongo.getCollection(this.mongo.getCollectionName(AuditEntry.class))
			.listIndexes()
			.into(new java.util.ArrayList<>());

		assertThat(indexes).anySatisfy(index -> {
			assertThat(index.get("key", Document.class)).containsKey("sequence");
			assertThat(index.getBoolean("unique", false)).isTrue();
		});
	}

	@Test
	void conversationsAreFoundByTheirUsersEntraId() {
		List<Document> indexes = this.mongo.getCollection("conversations")
			.listIndexes()
			.into(new java.util.ArrayList<>());

		assertThat(indexes)
			.anySatisfy(index -> assertThat(index.get("key", Document.class)).containsKey("userAadObjectId"));
	}

	@Test
	void employeesAreFoundByNameThroughASparseIndex() {
		List<Document> indexes = this.mongo.getCollection("employees").listIndexes().into(new java.util.ArrayList<>());

		assertThat(indexes).anySatisfy(index -> {
			assertThat(index.get("key", Document.class)).containsOnlyKeys("nameKey");
			assertThat(index.getBoolean("sparse", false)).isTrue();
		});
	}

}

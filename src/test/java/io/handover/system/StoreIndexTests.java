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

	@Test
	void aPersonsTicketsAreFoundThroughASparseIndexOnTheEmployeeId() {
		assertThat(this.mongo.getCollection("tickets").listIndexes().into(new java.util.ArrayList<>()))
			.anySatisfy(index -> {
				assertThat(index.get("key", Document.class)).containsOnlyKeys("employee._id");
				assertThat(index.getBoolean("sparse", false)).isTrue();
			});
	}

	@Test
	void aDepartmentsChannelsAreFoundThroughASparseIndexOnTheirDepartments() {
		assertThat(this.mongo.getCollection("channel_links").listIndexes().into(new java.util.ArrayList<>()))
			.anySatisfy(index -> {
				assertThat(index.get("key", Document.class)).containsOnlyKeys("departments");
				assertThat(index.getBoolean("sparse", false)).isTrue();
			});
	}

	@Test
	void aPlainIndexFromBeforeIsReplacedByTheSparseOne() {
		String collection = "sparse_index_probe";
		this.mongo.indexOps(collection)
			.ensureIndex(new org.springframework.data.mongodb.core.index.Index()
				.on("probe", org.springframework.data.domain.Sort.Direction.ASC)
				.named("probe"));

		SparseIndexes.ensure(this.mongo, collection, "probe", "probe");

		assertThat(this.mongo.getCollection(collection).listIndexes().into(new java.util.ArrayList<>()))
			.filteredOn(index -> "probe".equals(index.getString("name")))
			.singleElement()
			.satisfies(index -> assertThat(index.getBoolean("sparse", false)).isTrue());
		this.mongo.dropCollection(collection);
	}

}

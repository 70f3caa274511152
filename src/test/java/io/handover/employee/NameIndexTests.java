package io.handover.employee;

import java.util.List;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.IndexInfo;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The register's index of names is sparse (the embedded store answers a look-up by name
 * from it, issue 21); a store whose index of names is the plain one of before gets it
 * replaced, once, and a store without one gets it.
 */
class NameIndexTests {

	private MongoServer server;

	private MongoClient client;

	private MongoTemplate mongo;

	@BeforeEach
	void start() {
		this.server = new MongoServer(new MemoryBackend());
		String uri = "mongodb://127.0.0.1:" + this.server.bind().getPort();
		this.client = MongoClients.create(uri);
		this.mongo = new MongoTemplate(this.client, "handover");
	}

	@AfterEach
	void stop() {
		this.client.close();
		this.server.shutdownNow();
	}

	@Test
	void aPlainIndexOfNamesFromBeforeIsReplacedByASparseOneOnce() {
		this.mongo.getCollection("employees").insertOne(new Document("_id", "e1").append("nameKey", "anna"));
		this.mongo.getCollection("employees")
			.createIndex(Indexes.ascending("nameKey"), new IndexOptions().name(NameIndex.NAME));
		assertThat(nameIndex()).extracting(IndexInfo::isSparse).containsExactly(false);

		NameIndex.ensure(this.mongo, "employees");
		assertThat(nameIndex()).extracting(IndexInfo::isSparse).containsExactly(true);

		NameIndex.ensure(this.mongo, "employees");
		assertThat(nameIndex()).extracting(IndexInfo::isSparse).containsExactly(true);
		assertThat(this.mongo.getCollection("employees").countDocuments()).isEqualTo(1);
	}

	@Test
	void aStoreWithoutAnIndexOfNamesGetsTheSparseOne() {
		NameIndex.ensure(this.mongo, "employees");
		assertThat(nameIndex()).extracting(IndexInfo::isSparse).containsExactly(true);
	}

	private List<IndexInfo> nameIndex() {
		return this.mongo.indexOps("employees")
			.getIndexInfo()
			.stream()
			.filter(index -> index.getName().equals(NameIndex.NAME))
			.toList();
	}

}

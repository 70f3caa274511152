package io.handover.system;

import java.nio.file.Path;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The embedded H2 store commits a confirmed write to its file before it answers (a killed
 * process keeps it); an inbound-message receipt, which is no confirmed work, waits for
 * the next commit instead of paying for its own.
 */
class EmbeddedStoreCommitTests {

	@TempDir
	Path folder;

	@Test
	void aTicketIsCommittedBeforeTheAnswerAndAReceiptRidesAlongWithTheNextCommit() {
		try (EmbeddedMongo store = EmbeddedMongo.onFile(this.folder.resolve("handover.mv"), 0);
				MongoClient client = MongoClients.create(store.connectionString())) {
			MongoDatabase db = client.getDatabase("handover");

			db.getCollection("tickets").insertOne(new Document("_id", "JML-0001").append("state", "open"));
			assertThat(store.hasUncommittedWrites()).as("a ticket is on file when its write is answered").isFalse();

			db.getCollection("inbound_messages")
				.insertOne(new Document("_id", "msteams|a:chat|1").append("done", false));
			assertThat(store.hasUncommittedWrites()).as("a receipt is left to the next commit").isTrue();

			db.getCollection("tickets")
				.updateOne(new Document("_id", "JML-0001"), new Document("$set", new Document("state", "done")));
			assertThat(store.hasUncommittedWrites()).as("the next confirmed write commits the receipt with it")
				.isFalse();
		}
	}

	@Test
	void h2NeverCommitsOnItsOwnSoNoCommitHoldsHalfACommand() throws Exception {
		try (EmbeddedMongo store = EmbeddedMongo.onFile(this.folder.resolve("handover.mv"));
				MongoClient client = MongoClients.create(store.connectionString())) {
			assertThat(store.commitsOnItsOwn()).isFalse();

			client.getDatabase("handover")
				.getCollection("inbound_messages")
				.insertOne(new Document("_id", "msteams|a:chat|2").append("done", false));
			// what is left to the background is committed by the backend, about a second
			// later
			long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(10);
			while (store.hasUncommittedWrites() && System.nanoTime() < deadline) {
				Thread.sleep(50);
			}
			assertThat(store.hasUncommittedWrites()).isFalse();
		}
	}

}

package io.handover.system;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * On the file store a query does not wait for the collection's writers: the audit sweep
 * reading every asset no longer holds a leaver's ticket for seconds. A query under way
 * sees each document whole, before or after a change, and a positional update still
 * changes the array element it matched while queries run.
 */
class EmbeddedStoreConcurrentReadTests {

	@TempDir
	Path folder;

	@Test
	void aQueryIsAnsweredWhileAWriteHoldsTheCollection() throws Exception {
		try (EmbeddedMongo store = EmbeddedMongo.onFile(this.folder.resolve("handover.mv"));
				MongoClient client = MongoClients.create(store.connectionString())) {
			MongoCollection<Document> assets = client.getDatabase("handover").getCollection("assets");
			assets.insertOne(new Document("_id", "asset-1").append("type", "laptop"));
			Object collection = store.collection("handover", "assets");

			CompletableFuture<Document> read;
			CompletableFuture<Void> write;
			synchronized (collection) {
				// a write is in the middle of its change
				read = CompletableFuture.supplyAsync(() -> assets.find(Filters.eq("type", "laptop")).first());
				Document found = read.get(10, TimeUnit.SECONDS);
				assertThat(found.getString("_id")).isEqualTo("asset-1");
				// while another write waits its turn, as before
				write = CompletableFuture
					.runAsync(() -> assets.updateOne(Filters.eq("_id", "asset-1"), Updates.set("type", "phone")));
				Thread.sleep(300);
				assertThat(write).isNotDone();
			}
			write.get(10, TimeUnit.SECONDS);
			assertThat(assets.find(Filters.eq("_id", "asset-1")).first().getString("type")).isEqualTo("phone");
		}
	}

	@Test
	void queriesWhileDocumentsChangeSeeThemWholeAndPositionalUpdatesHitTheirElement() throws Exception {
		try (EmbeddedMongo store = EmbeddedMongo.onFile(this.folder.resolve("handover.mv"));
				MongoClient client = MongoClients.create(store.connectionString())) {
			MongoCollection<Document> tickets = client.getDatabase("handover").getCollection("tickets");
			List<Document> tasks = new ArrayList<>();
			for (int n = 0; n < 20; n++) {
				tasks.add(new Document("id", "task-" + n).append("status", "OPEN").append("round", 0));
			}
			// the round first, the tasks last: a write puts a document's fields back one
			// by one
			Document ticket = new Document("_id", "JML-1").append("round", 0);
			for (int field = 0; field < 300; field++) {
				ticket.append("field" + field, "value " + field);
			}
			tickets.insertOne(ticket.append("tasks", tasks));

			AtomicBoolean writing = new AtomicBoolean(true);
			List<String> torn = new ArrayList<>();
			CompletableFuture<Void> readers = CompletableFuture.runAsync(() -> {
				while (writing.get()) {
					// every write sets the ticket's round and one task's round together
					Document read = tickets.find(Filters.eq("tasks.status", "OPEN")).first();
					int round = read.getInteger("round");
					long inRound = read.getList("tasks", Document.class)
						.stream()
						.filter((task) -> task.getInteger("round") == round)
						.count();
					if (round > 0 && inRound != 1) {
						torn.add("round " + round + ": " + inRound + " tasks of that round");
					}
				}
			});
			for (int round = 1; round <= 1000; round++) {
				String taskId = "task-" + (round % 20);
				tickets.updateOne(Filters.and(Filters.eq("_id", "JML-1"), Filters.eq("tasks.id", taskId)),
						Updates.combine(Updates.set("round", round), Updates.set("tasks.$.round", round)));
			}
			writing.set(false);
			readers.get(30, TimeUnit.SECONDS);

			assertThat(torn).isEmpty();
			// task-n was last changed in round 980 + n (task-0 in round 1000)
			List<Document> last = tickets.find(Filters.eq("_id", "JML-1")).first().getList("tasks", Document.class);
			for (int n = 0; n < 20; n++) {
				assertThat(last.get(n).getInteger("round")).isEqualTo(n == 0 ? 1000 : 980 + n);
			}
		}
	}

}

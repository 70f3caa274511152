package io.handover.system;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An index made while the collection is written and read (the audit sweep's index of owed
 * drafts, made on its first round while start-up still stores the shipped applications)
 * must not fail those writes: the store's collections keep their indexes in a plain list,
 * and a write walking it while an index was added failed with "Unknown error" and stopped
 * the service's start (seen in the connector outage suite).
 */
class EmbeddedStoreIndexWhileWritingTests {

	@TempDir
	Path folder;

	@Test
	void indexesMadeWhileDocumentsAreWrittenAndReadFailNothing() throws Exception {
		try (EmbeddedMongo store = EmbeddedMongo.onFile(this.folder.resolve("handover.mv"));
				MongoClient client = MongoClients.create(store.connectionString())) {
			MongoCollection<Document> applications = client.getDatabase("handover").getCollection("applications");
			AtomicBoolean indexing = new AtomicBoolean(true);
			List<Throwable> failures = java.util.Collections.synchronizedList(new ArrayList<>());
			CompletableFuture<Void> writer = CompletableFuture.runAsync(() -> {
				for (int n = 0; indexing.get(); n++) {
					try {
						applications.insertOne(new Document("_id", "app-" + n).append("name", "App " + n)
							.append("field" + (n % 40), n));
					}
					catch (RuntimeException ex) {
						failures.add(ex);
					}
				}
			});
			CompletableFuture<Void> reader = CompletableFuture.runAsync(() -> {
				for (int n = 0; indexing.get(); n++) {
					try {
						applications.find(Filters.eq("name", "App " + n)).first();
					}
					catch (RuntimeException ex) {
						failures.add(ex);
					}
				}
			});
			long before;
			try {
				// writes and reads are under way before the first index
				while (applications.countDocuments() < 50) {
					Thread.sleep(10);
				}
				before = applications.countDocuments();
				for (int n = 0; n < 40; n++) {
					applications.createIndex(Indexes.ascending("field" + n), new IndexOptions().sparse(true));
				}
			}
			finally {
				indexing.set(false);
			}
			writer.get(30, TimeUnit.SECONDS);
			reader.get(30, TimeUnit.SECONDS);

			assertThat(failures).isEmpty();
			assertThat(applications.countDocuments()).as("documents written while the indexes were made")
				.isGreaterThan(before);
		}
	}

}

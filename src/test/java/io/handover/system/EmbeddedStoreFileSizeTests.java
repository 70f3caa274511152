package io.handover.system;

import java.nio.file.Files;
import java.nio.file.Path;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import io.handover.testing.ServiceShapedWrites;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 25: the embedded store's H2 file stays within three times the live data (the BSON
 * size of every stored document, what an export holds), however many writes it has seen.
 * Before, every confirmed write (a commit) left the pages it touched in the file: 6,000
 * writes of the service's mixes made a file of 150 MB for 1.5 MB of documents.
 */
class EmbeddedStoreFileSizeTests {

	private static final int BATCHES = 6;

	private static final int WRITES_PER_BATCH = 1_000;

	@TempDir
	Path folder;

	@Test
	void afterEachBurstOfWritesTheFileShrinksBackToThreeTimesItsLiveData() throws Exception {
		Path file = this.folder.resolve("handover.mv");
		long live;
		try (EmbeddedMongo store = EmbeddedMongo.onFile(file);
				MongoClient client = MongoClients.create(store.connectionString())) {
			MongoDatabase db = client.getDatabase("handover");
			ServiceShapedWrites writes = new ServiceShapedWrites(db, 25, (nanos) -> {
			});
			for (int batch = 1; batch <= BATCHES; batch++) {
				while (writes.writes() < (long) batch * WRITES_PER_BATCH) {
					writes.next();
				}
				live = ServiceShapedWrites.liveBsonBytes(db);
				long bound = 3 * live;
				// the quiet moment after a burst, when the store compacts in larger steps
				long deadline = System.nanoTime() + 20_000_000_000L;
				long size = Files.size(file);
				while (size > bound && System.nanoTime() < deadline) {
					Thread.sleep(200);
					size = Files.size(file);
				}
				assertThat(size)
					.as("file after %,d writes (%,d bytes of live documents; %s)", writes.writes(), live,
							store.fileStats())
					.isLessThanOrEqualTo(bound);
			}
			live = ServiceShapedWrites.liveBsonBytes(db);
		}
		assertThat(Files.size(file)).as("file after closing, compacted (%,d bytes of live documents)", live)
			.isLessThanOrEqualTo(3 * live);

		try (EmbeddedMongo reopened = EmbeddedMongo.onFile(file);
				MongoClient client = MongoClients.create(reopened.connectionString())) {
			assertThat(ServiceShapedWrites.liveBsonBytes(client.getDatabase("handover")))
				.as("every document is still there after compaction and a restart")
				.isEqualTo(live);
		}
	}

}

package io.handover.system;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.LongSupplier;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import io.handover.testing.ServiceShapedWrites;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 25: compaction at shutdown goes in steps of at most 2 MB and only while at least
 * 8 MB of heap is free. With 16 MB steps closing the store after the HR benchmark failed
 * with {@code OutOfMemoryError: Capacity: 15925248} (a step's chunk is built in one
 * buffer on a 208 MiB heap). Each test leaves a sparse file: the service's write mixes
 * with the running upkeep asleep, so nothing is compacted before closing.
 */
@ExtendWith(OutputCaptureExtension.class)
class StoreFileShutdownTests {

	/** Compacts only at shutdown: the running upkeep wakes once an hour. */
	private static final StoreUpkeep AT_SHUTDOWN_ONLY = new StoreUpkeep(Duration.ZERO, 70, Duration.ofMillis(100),
			Duration.ofHours(1), Duration.ofSeconds(30), true, 0);

	@TempDir
	Path folder;

	@Test
	void closingCompactsASparseFileInStepsToWithinThreeTimesItsLiveData(CapturedOutput output) throws Exception {
		Path file = this.folder.resolve("handover.mv");
		StoreFile.Stats open;
		StoreFile.Stats closed;
		long live;
		try (EmbeddedMongo store = EmbeddedMongo.onFile(file, AT_SHUTDOWN_ONLY, () -> Long.MAX_VALUE)) {
			live = fillSparsely(store, 6_000);
			open = store.fileStats();
			assertThat(Files.size(file)).as("the file before closing: %s, %,d bytes live", open, live)
				.isGreaterThan(3 * live);
			store.close();
			closed = store.fileStats();
		}

		assertThat(Files.size(file)).as("the file after closing (before: %s; %s)", open, closed)
			.isLessThanOrEqualTo(3 * live);
		assertThat(closed.compactions()).as("steps at shutdown").isPositive();
		assertThat(output).contains("Embedded store compacted at shutdown").doesNotContain("of heap free");
		assertEveryDocumentIsThere(file, live);
	}

	@Test
	void withLessThanEightMegabytesOfHeapFreeClosingLeavesTheFileAsItIsAndSaysSo(CapturedOutput output)
			throws Exception {
		Path file = this.folder.resolve("handover.mv");
		StoreFile.Stats open;
		StoreFile.Stats closed;
		long live;
		try (EmbeddedMongo store = EmbeddedMongo.onFile(file, AT_SHUTDOWN_ONLY, () -> 7L * 1024 * 1024)) {
			live = fillSparsely(store, 2_000);
			open = store.fileStats();
			assertThat(open.fillRate()).as("the file is sparse before closing: %s", open).isLessThan(70);
			store.close();
			closed = store.fileStats();
		}

		assertThat(closed.compactions()).as("no compaction step at shutdown").isZero();
		assertThat(Files.size(file)).as("the file as it was").isGreaterThanOrEqualTo(open.size() * 9 / 10);
		assertThat(output).contains("WARN")
			.contains("compaction at shutdown skipped, only 7.0 MB of heap free (it needs 8.0 MB)");
		assertEveryDocumentIsThere(file, live);
	}

	@Test
	void whenTheHeapRunsShortBetweenStepsClosingStopsThereAndSaysSo(CapturedOutput output) throws Exception {
		Path file = this.folder.resolve("handover.mv");
		AtomicInteger asked = new AtomicInteger();
		LongSupplier oneStepsWorth = () -> asked.incrementAndGet() <= 1 ? 64L * 1024 * 1024 : 1024 * 1024;
		StoreFile.Stats closed;
		long live;
		try (EmbeddedMongo store = EmbeddedMongo.onFile(file, AT_SHUTDOWN_ONLY, oneStepsWorth)) {
			live = fillSparsely(store, 2_000);
			assertThat(store.fileStats().fillRate()).as("the file is sparse before closing").isLessThan(70);
			store.close();
			closed = store.fileStats();
		}

		assertThat(closed.compactions()).as("steps taken while the heap had room").isEqualTo(1);
		assertThat(output).contains("compaction at shutdown stopped after 1 step, only 1.0 MB of heap free");
		assertEveryDocumentIsThere(file, live);
	}

	/**
	 * The service's write mixes, {@code writes} of them: with no compaction while they
	 * run, most chunks keep a page or two live, and the file is several times its live
	 * data.
	 */
	private static long fillSparsely(EmbeddedMongo store, int writes) {
		try (MongoClient client = MongoClients.create(store.connectionString())) {
			MongoDatabase db = client.getDatabase("handover");
			ServiceShapedWrites mix = new ServiceShapedWrites(db, 25, (nanos) -> {
			});
			while (mix.writes() < writes) {
				mix.next();
			}
			return ServiceShapedWrites.liveBsonBytes(db);
		}
	}

	private static void assertEveryDocumentIsThere(Path file, long live) {
		try (EmbeddedMongo reopened = EmbeddedMongo.onFile(file, AT_SHUTDOWN_ONLY, () -> Long.MAX_VALUE);
				MongoClient client = MongoClients.create(reopened.connectionString())) {
			assertThat(ServiceShapedWrites.liveBsonBytes(client.getDatabase("handover")))
				.as("every document is still there after closing and reopening")
				.isEqualTo(live);
		}
	}

}

package io.handover.system;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;

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

	private static final int WRITERS = 4;

	private static final int FAST_WRITES = 8_000;

	private static final long FAST_SECONDS = 40;

	private static final int CHECK_EVERY = 250;

	/**
	 * Below this much live data (about 2,500 writes of the service's mixes) the bound is
	 * not checked: the fixed part (headers, the store's layout map, the chunks of the
	 * writes in flight and the room the back-pressure allows) is about as large. On the
	 * quiet machine (load 3, about 500 writes a second) the file reached 2.86x and 2.92x
	 * between 512 kB and 1 MB of live data and at most 2.30x from 1 MB on
	 * (bench/RESULTS.md, issue 25, session 17, the lead's runs).
	 */
	private static final long MIN_CHECKED_LIVE = 1024 * 1024;

	/**
	 * Four writers as fast as the store takes them, no pause: at every checkpoint (each
	 * {@value #CHECK_EVERY} writes, from {@value #MIN_CHECKED_LIVE} bytes of live data
	 * on) the file is within three times the live data. Earlier versions of the store
	 * passed this on a loaded machine and failed it on a quiet one (4.4x at 1,884 writes
	 * a second; 3.55x at 551), where writes come faster than the fence lets their dead
	 * chunks go; run it under {@code nice -n -15} to come near a quiet machine's rate
	 * (bench/RESULTS.md, issue 25, session 17).
	 */
	@Test
	void whileWritesComeInAsFastAsTheyCanTheFileStaysWithinThreeTimesItsLiveData() throws Exception {
		Path file = this.folder.resolve("handover.mv");
		AtomicLong writes = new AtomicLong();
		ConcurrentLinkedQueue<Throwable> failures = new ConcurrentLinkedQueue<>();
		List<String> over = new ArrayList<>();
		StringBuilder checkpoints = new StringBuilder();
		double worst = 0;
		long began = System.nanoTime();
		StoreFile.Stats stats;
		long chunks;
		long bytes;
		try (EmbeddedMongo store = EmbeddedMongo.onFile(file);
				MongoClient client = MongoClients.create(store.connectionString())) {
			MongoDatabase db = client.getDatabase("handover");
			db.getCollection("warm-up").insertOne(new org.bson.Document("_id", 1));
			long chunksBefore = store.h2().getCurrentVersion();
			long bytesBefore = bytesWritten(store);
			began = System.nanoTime();
			long stopAt = began + FAST_SECONDS * 1_000_000_000L;
			List<Thread> writers = new ArrayList<>();
			for (int w = 0; w < WRITERS; w++) {
				ServiceShapedWrites mix = new ServiceShapedWrites(db, 25 + w, "W" + w,
						(nanos) -> writes.incrementAndGet());
				Thread writer = new Thread(() -> {
					try {
						while (writes.get() < FAST_WRITES && System.nanoTime() < stopAt) {
							mix.next();
						}
					}
					catch (Throwable ex) {
						failures.add(ex);
					}
				}, "fast-writer-" + w);
				writer.start();
				writers.add(writer);
			}
			long next = CHECK_EVERY;
			while (writers.stream().anyMatch(Thread::isAlive)) {
				if (writes.get() < next) {
					Thread.sleep(1);
					continue;
				}
				long at = writes.get();
				long size = Files.size(file);
				String room = store.fileRoom();
				long live = ServiceShapedWrites.liveBsonBytes(db);
				double ratio = (double) size / live;
				checkpoints.append(String.format(Locale.ROOT, " %d:%.2f(%s/%dk)", at, ratio, room, live / 1024));
				if (live >= MIN_CHECKED_LIVE) {
					worst = Math.max(worst, ratio);
					if (size > 3 * live) {
						over.add(String.format(Locale.ROOT, "%,d bytes for %,d live after %,d writes (%.2fx)", size,
								live, at, ratio));
					}
				}
				next = (writes.get() / CHECK_EVERY + 1) * CHECK_EVERY;
			}
			stats = store.fileStats();
			chunks = store.h2().getCurrentVersion() - chunksBefore;
			bytes = bytesWritten(store) - bytesBefore;
		}
		double seconds = (System.nanoTime() - began) / 1e9;
		System.out.printf(Locale.ROOT,
				"Fast writes: %,d writes by %d writers in %.1f s (%.0f writes a second), load %.1f; file at most"
						+ " %.2fx live from %,d live bytes on; %.2f chunks and %.1f kB written a write; longest"
						+ " compaction part %d ms (%d over 500 ms); %,d waits for room, the longest %d ms; checkpoints (writes:file/live)%s%n",
				writes.get(), WRITERS, seconds, writes.get() / seconds,
				java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(), worst,
				MIN_CHECKED_LIVE, (double) chunks / writes.get(), bytes / 1024.0 / writes.get(),
				stats.longestCompactionMillis(), stats.slowCompactions(), stats.roomWaits(),
				stats.longestRoomWaitMillis(), checkpoints);
		assertThat(failures).as("writers failed").isEmpty();
		assertThat(over).as("checkpoints where the file was over 3x its live data").isEmpty();
	}

	/** Bytes H2 has written to the file (its own count, not public). */
	static long bytesWritten(EmbeddedMongo store) throws ReflectiveOperationException {
		java.lang.reflect.Field field = org.h2.mvstore.FileStore.class.getDeclaredField("writeBytes");
		field.setAccessible(true);
		return ((AtomicLong) field.get(store.h2().getFileStore())).get();
	}

}

package io.handover.system;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import io.handover.testing.ServiceShapedWrites;

/**
 * The embedded store soak of issue 25 (bench/store-soak.sh; bench/README.md): the
 * service's store code (EmbeddedMongo on an H2 file with its default upkeep) driven
 * directly over the wire with the service's write mixes ({@link ServiceShapedWrites}),
 * one write after the other as fast as the store takes them. Every 10,000 writes: the
 * file size, the live data (the BSON size of every document, counted by a reader of its
 * own while the writes go on, so the count gives the store no quiet moment), their ratio,
 * and the write latencies of those 10,000 (a turn waits for its writes). Not a test: the
 * whole service was too slow for 100,000 writes on the shared machine (RESULTS.md).
 * Arguments: {@code --writes N}, {@code --old} (the settings before issue 25),
 * {@code --results FILE}.
 */
public final class EmbeddedStoreSoak {

	private static final long LIMIT_NANOS = 500_000_000L;

	private EmbeddedStoreSoak() {
	}

	public static void main(String[] args) throws Exception {
		int total = 100_000;
		boolean old = false;
		Path results = null;
		for (int i = 0; i < args.length; i++) {
			switch (args[i]) {
				case "--writes" -> total = Integer.parseInt(args[++i]);
				case "--old" -> old = true;
				case "--results" -> results = Path.of(args[++i]);
				default -> throw new IllegalArgumentException(
						"Unknown option " + args[i] + " (--writes N, --old, --results FILE)");
			}
		}
		StoreUpkeep upkeep = old ? StoreUpkeep.NONE : StoreUpkeep.DEFAULT;
		Path folder = Files.createTempDirectory("store-soak");
		Path file = folder.resolve("handover.mv");
		StringBuilder report = new StringBuilder();
		report.append("| writes | file MB | live MB | file ÷ live | fill (H2) | write p50 ms | write p99 ms"
				+ " | write max ms | writes > 500 ms | compaction steps | steps > 500 ms | longest step ms |\n");
		report.append("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
		System.out.print(report);
		long began = System.nanoTime();
		long[] window = new long[10_000];
		long[] over = new long[1];
		int[] filled = new int[1];
		long live;
		long writes;
		String quiet;
		try (EmbeddedMongo store = EmbeddedMongo.onFile(file, upkeep);
				MongoClient client = MongoClients.create(store.connectionString());
				MongoClient counter = MongoClients.create(store.connectionString())) {
			MongoDatabase db = client.getDatabase("handover");
			ServiceShapedWrites mix = new ServiceShapedWrites(db, 25, (nanos) -> {
				if (filled[0] < window.length) {
					window[filled[0]++] = nanos;
				}
				if (nanos > LIMIT_NANOS) {
					over[0]++;
				}
			});
			CompletableFuture<String> row = CompletableFuture.completedFuture(null);
			long next = 10_000;
			while (mix.writes() < total) {
				mix.next();
				if (mix.writes() >= next || mix.writes() >= total) {
					next += 10_000;
					long size = Files.size(file);
					long count = mix.writes();
					long[] latencies = Arrays.copyOf(window, filled[0]);
					filled[0] = 0;
					long slow = over[0];
					over[0] = 0;
					StoreFile.Stats stats = store.fileStats();
					print(report, row.get());
					row = CompletableFuture.supplyAsync(() -> {
						long bytes = ServiceShapedWrites.liveBsonBytes(counter.getDatabase("handover"));
						Arrays.sort(latencies);
						return String.format(Locale.ROOT,
								"| %,d | %.1f | %.1f | %.2f | %d %% | %.1f | %.1f | %.1f | %d | %d | %d | %d |%n",
								count, mb(size), mb(bytes), (double) size / bytes, stats.fillRate(),
								ms(at(latencies, 0.5)), ms(at(latencies, 0.99)), ms(at(latencies, 1.0)), slow,
								stats.compactions(), stats.slowCompactions(), stats.longestCompactionMillis());
					});
				}
			}
			print(report, row.get());
			writes = mix.writes();
			Thread.sleep(5_000);
			live = ServiceShapedWrites.liveBsonBytes(db);
			quiet = String.format(Locale.ROOT,
					"%nAfter %,d writes in %.0f s: live data %.1f MB; the file 5 s later (a quiet moment) %.1f MB"
							+ " (%.2f× live; %s)%n",
					writes, (System.nanoTime() - began) / 1e9, mb(live), mb(Files.size(file)),
					(double) Files.size(file) / live, store.fileStats());
		}
		String closed = String.format(Locale.ROOT, "After closing (compaction at shutdown): %.1f MB (%.2f× live)%n",
				mb(Files.size(file)), (double) Files.size(file) / live);
		print(report, quiet + closed);
		if (results != null) {
			Files.writeString(results, String.format(Locale.ROOT,
					"%n## Embedded store soak, run of %s%n%nMachine: nproc %d, Java %s, load average %.1f at the end%n%n"
							+ "Command: `bench/store-soak.sh %s` (%s settings)%n%n",
					LocalDateTime.now().withNano(0).toString().replace('T', ' '),
					Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"),
					java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
					String.join(" ", args), old ? "the old" : "the default") + report, StandardOpenOption.CREATE,
					StandardOpenOption.APPEND);
		}
		try (var paths = Files.walk(folder)) {
			paths.sorted(java.util.Comparator.reverseOrder()).forEach((path) -> path.toFile().delete());
		}
	}

	private static void print(StringBuilder report, String text) {
		if (text != null) {
			report.append(text);
			System.out.print(text);
		}
	}

	private static long at(long[] sorted, double quantile) {
		return sorted.length == 0 ? 0
				: sorted[(int) Math.min(sorted.length - 1, Math.ceil(quantile * sorted.length) - 1)];
	}

	private static double mb(long bytes) {
		return bytes / 1024.0 / 1024.0;
	}

	private static double ms(long nanos) {
		return nanos / 1e6;
	}

}

package io.handover.system;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
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

	/** Compaction off, everything else as by default: the baseline of the same run. */
	static final StoreUpkeep NO_COMPACTION = new StoreUpkeep(StoreUpkeep.DEFAULT.retention(), 0,
			StoreUpkeep.DEFAULT.pause(), StoreUpkeep.DEFAULT.every(), StoreUpkeep.DEFAULT.atShutdown(),
			StoreUpkeep.DEFAULT.compress(), StoreUpkeep.DEFAULT.warnSize());

	/**
	 * One 10,000 writes: their latencies, sorted, how many took over 500 ms, and the
	 * latencies of those that overlapped a part of a compaction step that writes wait for
	 * (sorted).
	 */
	private record Window(long[] sorted, long slow, long[] compacting) {

		long at(double quantile) {
			return EmbeddedStoreSoak.at(this.sorted, quantile);
		}

	}

	public static void main(String[] args) throws Exception {
		int total = 100_000;
		boolean old = false;
		boolean baseline = true;
		boolean perItem = false;
		Path results = null;
		for (int i = 0; i < args.length; i++) {
			switch (args[i]) {
				case "--writes" -> total = Integer.parseInt(args[++i]);
				case "--old" -> old = true;
				case "--no-baseline" -> baseline = false;
				case "--per-item" -> perItem = true;
				case "--results" -> results = Path.of(args[++i]);
				default -> throw new IllegalArgumentException("Unknown option " + args[i]
						+ " (--writes N, --old, --no-baseline, --per-item, --results FILE)");
			}
		}
		StringBuilder report = new StringBuilder();
		if (perItem) {
			perItem(report);
		}
		else {
			List<Window> none = null;
			if (baseline && !old) {
				print(report,
						String.format(Locale.ROOT,
								"Baseline: the same writes with compaction off (fill target 0; the fence, syncs and LZF"
										+ " as by default)%n%n"));
				none = soak(NO_COMPACTION, total, null, report);
				print(report, String.format(Locale.ROOT, "%nThe default upkeep (compaction on)%n%n"));
			}
			soak(old ? StoreUpkeep.NONE : StoreUpkeep.DEFAULT, total, none, report);
		}
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
	}

	/**
	 * {@code total} writes on a fresh file with this upkeep; a row every 10,000, with the
	 * ratios of the write latencies to the same 10,000 of the baseline when there is one.
	 */
	private static List<Window> soak(StoreUpkeep upkeep, int total, List<Window> baseline, StringBuilder report)
			throws Exception {
		Path folder = Files.createTempDirectory("store-soak");
		Path file = folder.resolve("handover.mv");
		String header = "| writes | file MB | live MB | file ÷ live | fill (H2) | write p50 ms | write p99 ms"
				+ " | write max ms | writes > 500 ms | compaction steps | parts > 500 ms | longest part ms"
				+ " | writes during compaction | their p99 ms | their max ms | of them > 500 ms | load |";
		String rule = "|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|";
		if (baseline != null) {
			header += " p99 ÷ baseline | max ÷ baseline |";
			rule += "---:|---:|";
		}
		print(report, header + "\n" + rule + "\n");
		long began = System.nanoTime();
		long[] window = new long[10_000];
		long[] during = new long[10_000];
		long[] over = new long[1];
		int[] filled = new int[2];
		List<Window> windows = new ArrayList<>();
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
				long now = System.nanoTime();
				if (filled[1] < during.length && store.compactingBetween(now - nanos, now)) {
					during[filled[1]++] = nanos;
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
					Arrays.sort(latencies);
					filled[0] = 0;
					long[] compacting = Arrays.copyOf(during, filled[1]);
					Arrays.sort(compacting);
					filled[1] = 0;
					Window these = new Window(latencies, over[0], compacting);
					over[0] = 0;
					Window same = baseline != null && windows.size() < baseline.size() ? baseline.get(windows.size())
							: null;
					windows.add(these);
					StoreFile.Stats stats = store.fileStats();
					double load = java.lang.management.ManagementFactory.getOperatingSystemMXBean()
						.getSystemLoadAverage();
					print(report, row.get());
					row = CompletableFuture.supplyAsync(() -> {
						long bytes = ServiceShapedWrites.liveBsonBytes(counter.getDatabase("handover"));
						String ratios = (baseline == null) ? ""
								: (same == null) ? " – | – |" : String.format(Locale.ROOT, " %.2f× | %.2f× |",
										(double) these.at(0.99) / same.at(0.99), (double) these.at(1.0) / same.at(1.0));
						return String.format(Locale.ROOT,
								"| %,d | %.1f | %.1f | %.2f | %d %% | %.1f | %.1f | %.1f | %d | %d | %d | %d | %,d | %.1f | %.1f | %d | %.1f |%s%n",
								count, mb(size), mb(bytes), (double) size / bytes, stats.fillRate(), ms(these.at(0.5)),
								ms(these.at(0.99)), ms(these.at(1.0)), these.slow(), stats.compactions(),
								stats.slowCompactions(), stats.longestCompactionMillis(), these.compacting().length,
								ms(at(these.compacting(), 0.99)), ms(at(these.compacting(), 1.0)),
								Arrays.stream(these.compacting()).filter((n) -> n > LIMIT_NANOS).count(), load, ratios);
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
		delete(folder);
		return windows;
	}

	/**
	 * Disk per employee and per finished ticket: 2,000 employees imported (each with its
	 * audit entry), then 200 joiner tickets opened and every task claimed and done, each
	 * on a fresh file with the default upkeep; the file at its largest while they were
	 * written (sampled every 100 writes), after 5 quiet seconds (compacted) and after
	 * closing, and the live data (BSON), each divided by the count.
	 */
	private static void perItem(StringBuilder report) throws Exception {
		print(report, "| what | count | live BSON per item | file per item, largest while writing"
				+ " | file per item, 5 s after | file per item, closed |\n|---|---:|---:|---:|---:|---:|\n");
		perItem(report, "employee (record + its audit entry)", 2_000, ServiceShapedWrites::importEmployee);
		perItem(report, "joiner ticket, 6 tasks claimed and done, 3 department cards, its audit entries", 200,
				ServiceShapedWrites::finishTicket);
	}

	private static void perItem(StringBuilder report, String what, int count,
			java.util.function.Consumer<ServiceShapedWrites> one) throws Exception {
		Path folder = Files.createTempDirectory("store-per-item");
		Path file = folder.resolve("handover.mv");
		long empty;
		long largest = 0;
		long quiet;
		long live;
		try (EmbeddedMongo store = EmbeddedMongo.onFile(file, StoreUpkeep.DEFAULT);
				MongoClient client = MongoClients.create(store.connectionString())) {
			MongoDatabase db = client.getDatabase("handover");
			ServiceShapedWrites mix = new ServiceShapedWrites(db, 25, (nanos) -> {
			});
			Thread.sleep(2_000);
			empty = Files.size(file);
			long sampled = 0;
			for (int i = 0; i < count; i++) {
				one.accept(mix);
				if (mix.writes() - sampled >= 100) {
					sampled = mix.writes();
					largest = Math.max(largest, Files.size(file));
				}
			}
			largest = Math.max(largest, Files.size(file));
			Thread.sleep(5_000);
			quiet = Files.size(file);
			live = ServiceShapedWrites.liveBsonBytes(db);
		}
		long closed = Files.size(file);
		print(report, String.format(Locale.ROOT, "| %s | %,d | %.1f kB | %.1f kB | %.1f kB | %.1f kB |%n", what, count,
				kb(live) / count, kb(largest - empty) / count, kb(quiet - empty) / count, kb(closed - empty) / count));
		delete(folder);
	}

	private static double kb(long bytes) {
		return bytes / 1024.0;
	}

	private static void delete(Path folder) throws java.io.IOException {
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

package io.handover.employee;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;

import io.handover.HandoverApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * The employee import benchmark (issue 24, finding 8: "100,000 rows in under 2 minutes on
 * the embedded store", growth linear with the register); {@code --kind assets} imports
 * new assets into the asset register instead ({@code /api/assets/import}). Not a test
 * (surefire never runs it): {@code bench/import.sh}, see bench/README.md.
 * <p>
 * The whole service in one Spring context, local mode, on a fresh embedded H2 file store,
 * with the JVM options the script gives (production's 208 MiB heap). Each size of
 * {@code --sizes} (default 1000,2000,4000,10000,100000) is a CSV file of new people
 * (name, UPN, HR employee id, manager UPN) written to disk, then POSTed to
 * {@code /api/employees/import} over loopback HTTP as the API's clients do: the body
 * streamed from the file, the answer read as it comes. The imports run one after the
 * other into the same register, so each later one meets a larger register: with a cost
 * per row that does not grow with the register, rows per second stay level. The last size
 * is imported a second time (every row unchanged). Printed per import: rows, time,
 * rows/s, the register's size before, the answer's counts and size, and the heap: the
 * largest heap in use after a collection (what the import kept alive) and the collection
 * time, both measured around that import.
 */
public final class EmployeeImportBenchmark {

	private EmployeeImportBenchmark() {
	}

	/** {@code employees} (the default) or {@code assets} ({@code --kind}). */
	private static String kind = "employees";

	public static void main(String[] args) throws Exception {
		kind = option(args, "--kind", "employees");
		if (!kind.equals("employees") && !kind.equals("assets")) {
			throw new IllegalArgumentException("--kind employees or --kind assets");
		}
		List<Integer> sizes = new ArrayList<>();
		for (String size : option(args, "--sizes", "1000,2000,4000,10000,100000").split(",")) {
			sizes.add(Integer.parseInt(size.trim()));
		}
		Path folder = Files.createTempDirectory("import-bench-");
		ConfigurableApplicationContext context = new SpringApplicationBuilder(HandoverApplication.class).run(
				"--server.port=0", "--server.address=127.0.0.1", "--handover.store.embedded.in-memory=false",
				"--handover.store.embedded.file=" + folder.resolve("handover.mv"), "--logging.level.io.handover=WARN",
				"--handover.hr.sync.poll-interval=1d");
		try {
			int port = ((WebServerApplicationContext) context).getWebServer().getPort();
			MongoTemplate mongo = context.getBean(MongoTemplate.class);
			System.out.printf(Locale.ROOT, "heap max %d MiB, %d processors, store file %s%n",
					Runtime.getRuntime().maxMemory() >> 20, Runtime.getRuntime().availableProcessors(),
					folder.resolve("handover.mv"));
			System.out
				.println("| rows | register before | time | s per 1,000 rows | rows/s | CPU per 1,000 rows | created "
						+ "| unchanged | rejected | answer | live heap after GC, max | GC time | load average |");
			System.out.println("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
			int offset = 0;
			for (int i = 0; i < sizes.size(); i++) {
				int rows = sizes.get(i);
				Path csv = kind.equals("assets") ? writeAssets(folder, offset, rows) : write(folder, offset, rows);
				importOnce(port, mongo, csv, rows);
				if (i == sizes.size() - 1 && Boolean.parseBoolean(option(args, "--again", "true"))) {
					importOnce(port, mongo, csv, rows);
				}
				Files.delete(csv);
				offset += rows;
			}
		}
		finally {
			context.close();
		}
	}

	private static void importOnce(int port, MongoTemplate mongo, Path csv, int rows) throws Exception {
		long before = mongo.getCollection(kind).estimatedDocumentCount();
		System.gc();
		HeapWatch heap = HeapWatch.start();
		HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
		HttpRequest request = HttpRequest
			.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/" + kind + "/import"))
			.header("Content-Type", "text/csv; charset=utf-8")
			.POST(HttpRequest.BodyPublishers.ofFile(csv))
			.build();
		String load = Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
		long cpuStart = processCpuNanos();
		long start = System.nanoTime();
		HttpResponse<InputStream> response = client.send(request, HttpResponse.BodyHandlers.ofInputStream());
		String tail = "";
		long size = 0;
		try (InputStream body = response.body()) {
			byte[] buffer = new byte[65536];
			String carry = "";
			for (int read; (read = body.read(buffer)) > 0;) {
				size += read;
				carry = carry + new String(buffer, 0, read, StandardCharsets.UTF_8);
				if (carry.length() > 4096) {
					carry = carry.substring(carry.length() - 4096);
				}
			}
			tail = carry;
		}
		double seconds = (System.nanoTime() - start) / 1e9;
		double cpuSeconds = (processCpuNanos() - cpuStart) / 1e9;
		HeapWatch.Result used = heap.stop();
		if (response.statusCode() != 200) {
			throw new IllegalStateException("HTTP " + response.statusCode() + ": " + tail);
		}
		System.out.printf(Locale.ROOT,
				"| %,d | %,d | %.1f s | %.2f s | %,.0f | %.2f s | %s | %s | %s | %.1f MB | %d MiB | %.1f s | %s |%n",
				rows, before, seconds, seconds * 1000 / rows, rows / seconds, cpuSeconds * 1000 / rows,
				count(tail, "created"), count(tail, "unchanged"), count(tail, "rejected"), size / 1e6,
				used.maxLiveAfterGc() >> 20, used.gcMillis() / 1000.0, load);
		if (!tail.contains("\"state\":\"DONE\"")) {
			System.out.println("  the import did not end DONE: " + tail.substring(Math.max(0, tail.length() - 300)));
		}
	}

	/**
	 * The CPU time of this process (the service and the client both): steadier than wall
	 * time on a machine other builds share.
	 */
	private static long processCpuNanos() {
		return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
			.getProcessCpuTime();
	}

	private static String count(String tail, String field) {
		java.util.regex.Matcher matcher = java.util.regex.Pattern.compile("\"" + field + "\":(\\d+)").matcher(tail);
		String last = "–";
		while (matcher.find()) {
			last = String.format(Locale.ROOT, "%,d", Long.parseLong(matcher.group(1)));
		}
		return last;
	}

	/** A file of new people, with managers among them (every 20th manages the next). */
	private static Path write(Path folder, int offset, int rows) throws IOException {
		Path csv = folder.resolve("employees-" + rows + ".csv");
		try (BufferedWriter out = Files.newBufferedWriter(csv, StandardCharsets.UTF_8)) {
			out.write("Name,UPN,HR Employee Id,Manager UPN\n");
			for (int i = offset; i < offset + rows; i++) {
				int manager = i - i % 20;
				out.write("Persoon " + name(i) + "," + upn(i) + ",HR-" + i + "," + (manager == i ? "" : upn(manager))
						+ "\n");
			}
		}
		return csv;
	}

	/**
	 * A file of new assets (issue 24): a tag for every other one (the rest get the next
	 * free tag), three types, a model, a location and a note each.
	 */
	private static Path writeAssets(Path folder, int offset, int rows) throws IOException {
		Path csv = folder.resolve("assets-" + rows + ".csv");
		String[] types = { "laptop", "phone", "monitor" };
		try (BufferedWriter out = Files.newBufferedWriter(csv, StandardCharsets.UTF_8)) {
			out.write("Tag,Type,Model,Serial Number,Location,Notes\n");
			for (int i = offset; i < offset + rows; i++) {
				out.write((i % 2 == 0 ? "BT-" + i : "") + "," + types[i % 3] + ",Model " + (i % 7) + ",SN-BENCH-" + i
						+ ",Utrecht floor " + (i % 5) + ",bench row " + i + "\n");
			}
		}
		return csv;
	}

	private static String name(int i) {
		StringBuilder name = new StringBuilder();
		for (int n = i; name.length() < 6; n /= 26) {
			name.append((char) ('a' + n % 26));
		}
		return Character.toUpperCase(name.charAt(0)) + name.substring(1);
	}

	private static String upn(int i) {
		return "persoon." + i + "@bench.example";
	}

	private static String option(String[] args, String name, String otherwise) {
		for (int i = 0; i + 1 < args.length; i++) {
			if (args[i].equals(name)) {
				return args[i + 1];
			}
		}
		return otherwise;
	}

	/**
	 * The heap in use just after each collection (what was still reachable) while an
	 * import runs, and the time spent collecting.
	 */
	private static final class HeapWatch {

		private final AtomicLong max = new AtomicLong();

		private final long gcStart = gcMillis();

		private volatile boolean running = true;

		private final Thread thread;

		private HeapWatch() {
			this.thread = new Thread(() -> {
				while (this.running) {
					long used = 0;
					for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
						if (pool.getType() == MemoryType.HEAP && pool.getCollectionUsage() != null) {
							used += pool.getCollectionUsage().getUsed();
						}
					}
					this.max.accumulateAndGet(used, Math::max);
					try {
						Thread.sleep(100);
					}
					catch (InterruptedException ex) {
						return;
					}
				}
			}, "heap-watch");
			this.thread.setDaemon(true);
			this.thread.start();
		}

		static HeapWatch start() {
			return new HeapWatch();
		}

		Result stop() throws InterruptedException {
			this.running = false;
			this.thread.join();
			return new Result(this.max.get(), gcMillis() - this.gcStart);
		}

		private static long gcMillis() {
			long total = 0;
			for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
				total += Math.max(0, gc.getCollectionTime());
			}
			return total;
		}

		record Result(long maxLiveAfterGc, long gcMillis) {
		}

	}

}

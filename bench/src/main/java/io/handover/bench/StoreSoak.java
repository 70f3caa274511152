package io.handover.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import org.HdrHistogram.Histogram;
import io.handover.testing.ServiceShapedWrites;

/**
 * The embedded store soak (issue 25): the service runs as a process of its own on its H2
 * file with the production JVM settings, so its compaction runs as in production; the
 * soak writes {@code --writes} documents (100,000) of the service's mixes straight into
 * that store over the wire ({@link ServiceShapedWrites}), one after the other as fast as
 * the store takes them, and meanwhile opens a real ticket through {@code POST
 * /api/tickets} every second (a turn that writes: its latency is what a person waits).
 * Every 10,000 writes it prints the file size, the live data (the BSON size of every
 * document, as an export holds them; counted while the writes go on), their ratio and the
 * write and turn latencies of those 10,000, and what the service says on
 * {@code /actuator/health/store-file}. At the end: the file after 5 quiet seconds, and
 * after the service stopped (it compacts at shutdown).
 */
final class StoreSoak {

	private static final ObjectMapper JSON = new ObjectMapper();

	private static final long LIMIT_MILLIS = 500;

	private final ServiceProcess service;

	private final String storeUri;

	private final int writes;

	private final HttpClient http = HttpClient.newHttpClient();

	StoreSoak(ServiceProcess service, String storeUri, int writes) {
		this.service = service;
		this.storeUri = storeUri;
		this.writes = writes;
	}

	String run() throws Exception {
		StringBuilder report = new StringBuilder();
		report.append("| writes | file MB | live MB | file ÷ live | fill (service) | write p50 ms | write p99 ms"
				+ " | write max ms | writes > 500 ms | turn p50 ms | turn p99 ms | turn max ms | compaction steps"
				+ " | longest step ms |\n");
		report.append("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
		Path file = this.service.storeFile();
		long began = System.nanoTime();
		Histogram allWrites = new Histogram(60_000_000_000L, 3);
		Histogram allTurns = new Histogram(60_000_000_000L, 3);
		long live;
		try (MongoClient client = MongoClients.create(this.storeUri)) {
			MongoDatabase db = client.getDatabase("handover");
			Histogram window = new Histogram(60_000_000_000L, 3);
			Histogram turns = new Histogram(60_000_000_000L, 3);
			ServiceShapedWrites mix = new ServiceShapedWrites(db, 25, (nanos) -> {
				window.recordValue(nanos);
				allWrites.recordValue(nanos);
			});
			AtomicBoolean writing = new AtomicBoolean(true);
			CompletableFuture<Void> turner = CompletableFuture.runAsync(() -> openTickets(writing, turns, allTurns));
			CompletableFuture<String> lastRow = CompletableFuture.completedFuture(null);
			long next = 10_000;
			while (mix.writes() < this.writes) {
				mix.next();
				if (mix.writes() >= next || mix.writes() >= this.writes) {
					next += 10_000;
					long size = Files.size(file);
					long count = mix.writes();
					String latencies;
					synchronized (turns) {
						latencies = cells(window, turns);
						turns.reset();
					}
					window.reset();
					JsonNode health = storeHealth();
					// the live data is counted by a reader of its own while the writes go
					// on,
					// so the scan does not give the store a quiet moment
					String previous = lastRow.get();
					if (previous != null) {
						report.append(previous);
						System.out.print(previous);
					}
					lastRow = CompletableFuture.supplyAsync(() -> {
						long bytes = ServiceShapedWrites.liveBsonBytes(db);
						return String.format(Locale.ROOT, "| %,d | %.1f | %.1f | %.2f | %s %% | %s | %s | %s |%n",
								count, mb(size), mb(bytes), (double) size / bytes, health.path("fillRate").asText("?"),
								latencies, health.path("compactions").asText("?"),
								health.path("longestCompactionMillis").asText("?"));
					});
				}
			}
			writing.set(false);
			turner.get();
			String previous = lastRow.get();
			report.append(previous);
			System.out.print(previous);
			Thread.sleep(5_000);
			live = ServiceShapedWrites.liveBsonBytes(db);
			report.append(String.format(Locale.ROOT,
					"%nAfter %,d writes in %.0f s: live data %.1f MB; the file 5 s later (a quiet moment) %.1f MB"
							+ " (%.2f× live; service: %s)%n",
					mix.writes(), (System.nanoTime() - began) / 1e9, mb(live), mb(Files.size(file)),
					(double) Files.size(file) / live, storeHealth()));
		}
		this.service.stop();
		report.append(String.format(Locale.ROOT,
				"After the service stopped (compaction at shutdown): %.1f MB (%.2f× live)%n%n", mb(Files.size(file)),
				(double) Files.size(file) / live));
		report.append(String.format(Locale.ROOT,
				"Whole run: writes p50 %.1f ms, p99 %.1f ms, max %.1f ms, %d over 500 ms; turns (POST /api/tickets)"
						+ " %d, p50 %.1f ms, p99 %.1f ms, max %.1f ms, %d over 500 ms%n",
				ms(allWrites.getValueAtPercentile(50)), ms(allWrites.getValueAtPercentile(99)),
				ms(allWrites.getMaxValue()), over(allWrites), allTurns.getTotalCount(),
				ms(allTurns.getValueAtPercentile(50)), ms(allTurns.getValueAtPercentile(99)),
				ms(allTurns.getMaxValue()), over(allTurns)));
		return report.toString();
	}

	private static String cells(Histogram writes, Histogram turns) {
		return String.format(Locale.ROOT, "%.1f | %.1f | %.1f | %d | %.1f | %.1f | %.1f",
				ms(writes.getValueAtPercentile(50)), ms(writes.getValueAtPercentile(99)), ms(writes.getMaxValue()),
				over(writes), ms(turns.getValueAtPercentile(50)), ms(turns.getValueAtPercentile(99)),
				ms(turns.getMaxValue()));
	}

	private static long over(Histogram histogram) {
		return histogram.getTotalCount() == 0 ? 0
				: histogram.getTotalCount() - histogram.getCountBetweenValues(0, LIMIT_MILLIS * 1_000_000);
	}

	/** A joiner announced through the API every second while the writes go on. */
	private void openTickets(AtomicBoolean writing, Histogram window, Histogram all) {
		int n = 0;
		while (writing.get()) {
			try {
				Thread.sleep(1000);
				String body = JSON.createObjectNode()
					.put("kind", "JOINER")
					.put("date", LocalDate.now().plusWeeks(8).toString())
					.put("workLocation", "OFFICE")
					.set("employee",
							JSON.createObjectNode()
								.put("name", "Soak Joiner " + (char) ('A' + n % 26) + " " + (++n))
								.put("upn", "soak.joiner." + n + "@contoso.example"))
					.toString();
				HttpRequest request = HttpRequest.newBuilder(URI.create(this.service.baseUrl() + "/api/tickets"))
					.header("Content-Type", "application/json")
					.header("Idempotency-Key", UUID.randomUUID().toString())
					.POST(HttpRequest.BodyPublishers.ofString(body))
					.build();
				long began = System.nanoTime();
				HttpResponse<String> response = this.http.send(request, HttpResponse.BodyHandlers.ofString());
				long took = System.nanoTime() - began;
				if (response.statusCode() != 201) {
					throw new IllegalStateException("POST /api/tickets answered " + response.statusCode() + ": "
							+ response.body().substring(0, Math.min(300, response.body().length())));
				}
				synchronized (window) {
					window.recordValue(took);
				}
				all.recordValue(took);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return;
			}
			catch (java.io.IOException ex) {
				throw new java.io.UncheckedIOException(ex);
			}
		}
	}

	private JsonNode storeHealth() {
		try {
			HttpResponse<String> response = this.http
				.send(HttpRequest.newBuilder(URI.create(this.service.baseUrl() + "/actuator/health/store-file"))
					.timeout(Duration.ofSeconds(10))
					.build(), HttpResponse.BodyHandlers.ofString());
			return JSON.readTree(response.body()).path("components").path("store").path("details");
		}
		catch (Exception ex) {
			return JSON.createObjectNode().put("error", ex.toString());
		}
	}

	private static double mb(long bytes) {
		return bytes / 1024.0 / 1024.0;
	}

	private static double ms(long nanos) {
		return nanos / 1e6;
	}

}

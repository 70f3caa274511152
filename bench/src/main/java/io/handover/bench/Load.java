package io.handover.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.HdrHistogram.ConcurrentHistogram;
import org.HdrHistogram.Histogram;

/**
 * A closed-loop load generator: {@code conversations} workers, each one conversation,
 * each sending its next activity as soon as the previous one is answered, for a warm-up
 * (not recorded) and then a measured period. Latency is the HTTP round trip of
 * {@code POST /api/messages}, which for a message includes the reply sent to the
 * connector inside the turn.
 */
final class Load {

	private static final ObjectMapper JSON = new ObjectMapper();

	private final HttpClient http;

	private final URI endpoint;

	private final Map<String, Meter> meters = new LinkedHashMap<>();

	private volatile boolean recording;

	private long slowMillis;

	Load(String endpoint) {
		this.endpoint = URI.create(endpoint);
		this.http = HttpClient.newBuilder()
			.version(HttpClient.Version.HTTP_1_1)
			.connectTimeout(Duration.ofSeconds(5))
			.executor(Executors.newFixedThreadPool(4))
			.build();
	}

	/** Prints every measured turn that takes at least this long (0: none). */
	Load reportSlowerThan(long millis) {
		this.slowMillis = millis;
		return this;
	}

	/** One scenario's step: its latencies, answers and refusals. */
	Meter meter(String name) {
		return this.meters.computeIfAbsent(name, Meter::new);
	}

	/**
	 * Posts the activity, times the round trip into the meter (while recording) and
	 * returns the answer.
	 */
	Answer post(Meter meter, JsonNode activity) throws IOException, InterruptedException {
		HttpRequest request = HttpRequest.newBuilder(this.endpoint)
			.timeout(Duration.ofSeconds(30))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofByteArray(JSON.writeValueAsBytes(activity)))
			.build();
		long start = System.nanoTime();
		HttpResponse<byte[]> response;
		try {
			response = this.http.send(request, HttpResponse.BodyHandlers.ofByteArray());
		}
		catch (IOException ex) {
			if (this.recording) {
				meter.failures.increment();
			}
			throw ex;
		}
		long micros = (System.nanoTime() - start) / 1000;
		if (this.recording && this.slowMillis > 0 && micros >= this.slowMillis * 1000) {
			// to find the turn in the service's log and in a recording of the service
			System.out.printf("slow turn: %s, %d ms, answered %s, activity %s%n", meter.name, micros / 1000,
					java.time.Instant.now(), activity.path("id").asText());
		}
		Answer answer = new Answer(response.statusCode(), response.body());
		if (this.recording) {
			meter.latency.recordValue(Math.max(1, micros));
			if (response.statusCode() >= 300) {
				meter.failures.increment();
				// a count alone cannot be looked into afterwards
				String body = new String(response.body(), java.nio.charset.StandardCharsets.UTF_8);
				System.out.printf("failed: %s %d %s%n", meter.name, response.statusCode(),
						body.substring(0, Math.min(400, body.length())));
			}
		}
		return answer;
	}

	/** Posts outside any measurement (set-up, start-up probe). */
	Answer post(JsonNode activity) throws IOException, InterruptedException {
		return post(new Meter("unrecorded"), activity);
	}

	void refused(Meter meter) {
		if (this.recording) {
			meter.refusals.increment();
		}
	}

	/**
	 * Runs the workers through the warm-up and the measured period; returns the measured
	 * seconds.
	 */
	double run(int conversations, Duration warmUp, Duration measured, Worker worker, List<Meter> reported)
			throws InterruptedException {
		ExecutorService pool = Executors.newFixedThreadPool(conversations);
		long warmUpEnd = System.nanoTime() + warmUp.toNanos();
		long end = warmUpEnd + measured.toNanos();
		this.recording = false;
		List<Future<?>> running = new ArrayList<>();
		for (int n = 0; n < conversations; n++) {
			int conversation = n;
			running.add(pool.submit(() -> {
				while (System.nanoTime() < end) {
					try {
						if (!worker.next(conversation)) {
							return;
						}
					}
					catch (InterruptedException ex) {
						Thread.currentThread().interrupt();
						return;
					}
					catch (Exception ex) {
						// counted as a failure by post(); keep the conversation going
					}
				}
			}));
		}
		long now;
		while ((now = System.nanoTime()) < warmUpEnd) {
			Thread.sleep(Math.min(100, Math.max(1, (warmUpEnd - now) / 1_000_000)));
		}
		reported.forEach(Meter::reset);
		long measuredStart = System.nanoTime();
		this.recording = true;
		pool.shutdown();
		pool.awaitTermination(measured.toSeconds() + 60, TimeUnit.SECONDS);
		this.recording = false;
		double seconds = Math.min(System.nanoTime(), end) - measuredStart;
		for (Future<?> future : running) {
			future.cancel(true);
		}
		return seconds / 1e9;
	}

	/** One conversation's next exchange; false when it has nothing left to do. */
	@FunctionalInterface
	interface Worker {

		boolean next(int conversation) throws Exception;

	}

	record Answer(int status, byte[] body) {

		JsonNode json() throws IOException {
			return this.body.length == 0 ? JSON.createObjectNode() : JSON.readTree(this.body);
		}

	}

	/** Latencies in microseconds, failures (non-2xx, I/O errors) and refusals. */
	static final class Meter {

		final String name;

		final Histogram latency = new ConcurrentHistogram(3_600_000_000L, 3);

		final LongAdder failures = new LongAdder();

		final LongAdder refusals = new LongAdder();

		Meter(String name) {
			this.name = name;
		}

		void reset() {
			this.latency.reset();
			this.failures.reset();
			this.refusals.reset();
		}

	}

}

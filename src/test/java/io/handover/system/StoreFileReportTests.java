package io.handover.system;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import io.handover.HandoverApplication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Operations see the embedded store's file: its size and fill on the health endpoint and
 * as meters, and a warning in the log once it passes {@code handover.store.warn-size}.
 */
@ExtendWith(OutputCaptureExtension.class)
class StoreFileReportTests {

	private final HttpClient http = HttpClient.newHttpClient();

	@TempDir
	Path folder;

	@Test
	void theFileSizeAndFillAreOnHealthAndMetricsAndAWarningIsLoggedPastTheWarnSize(CapturedOutput output)
			throws Exception {
		Path file = this.folder.resolve("data/handover.mv");
		try (ConfigurableApplicationContext service = new SpringApplicationBuilder(HandoverApplication.class).run(
				"--server.port=0", "--handover.store.embedded.in-memory=false",
				"--handover.store.embedded.file=" + file, "--handover.store.warn-size=64KB",
				"--spring.main.banner-mode=off")) {
			String base = "http://127.0.0.1:" + service.getEnvironment().getProperty("local.server.port");

			// the file may shrink while the health is read (compaction at a quiet moment)
			long before = Files.size(file);
			JsonNode store = new ObjectMapper().readTree(get(base + "/actuator/health/store-file"))
				.path("components")
				.path("store");
			assertThat(store.path("status").asString()).isEqualTo("UP");
			JsonNode details = store.path("details");
			assertThat(details.path("fileSize").asLong()).as("file size on health: %s", details)
				.isPositive()
				.isLessThanOrEqualTo(Math.max(before, Files.size(file)) * 2);
			assertThat(details.path("fillRate").asInt()).isBetween(1, 100);
			assertThat(details.path("liveData").asLong()).isPositive()
				.isLessThanOrEqualTo(details.path("fileSize").asLong());
			assertThat(details.path("roomWaits").isNumber()).as("room waits on health: %s", details).isTrue();
			assertThat(details.path("longestRoomWaitMillis").asLong(-1)).as("longest room wait on health: %s", details)
				.isBetween(0L, 60_000L);

			String metrics = get(base + "/actuator/prometheus");
			assertThat(metrics).containsPattern("handover_store_file_size_bytes\\{[^}]*} [1-9]")
				.containsPattern("handover_store_file_live_bytes\\{[^}]*} [1-9]")
				.containsPattern("handover_store_file_fill\\{[^}]*} 0\\.[0-9]|handover_store_file_fill\\{[^}]*} 1\\.0")
				.contains("handover_store_compactions_total");

			long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
			while (!output.getAll().contains("past handover.store.warn-size") && System.nanoTime() < deadline) {
				Thread.sleep(100);
			}
			assertThat(output.getAll()).contains("The embedded store's file is")
				.contains("past handover.store.warn-size (0.1 MB)");
		}
	}

	private String get(String url) throws Exception {
		HttpResponse<String> response = this.http.send(HttpRequest.newBuilder(URI.create(url)).build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).as(url + ": " + response.body()).isEqualTo(200);
		return response.body();
	}

}

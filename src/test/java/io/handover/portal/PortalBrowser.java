package io.handover.portal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.handover.e2e.NodeTools;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Opens pages of the running service's portal in Debian's Chromium through
 * {@code src/test/node/portal-ui.mjs} (playwright-core, axe-core): one view per theme,
 * language or size, each with its text, its axe-core violations and a screenshot in
 * {@code target/portal-screenshots/}.
 */
final class PortalBrowser {

	static final ObjectMapper JSON = new ObjectMapper();

	static final Path SCREENSHOTS = Path.of("target", "portal-screenshots");

	private PortalBrowser() {
	}

	/** A view: {@code /portal?query}, ready once the page shows {@code awaitText}. */
	static Map<String, Object> view(String name, String query, String awaitText) {
		Map<String, Object> view = new LinkedHashMap<>();
		view.put("name", name);
		view.put("query", query);
		view.put("awaitText", awaitText);
		return view;
	}

	/**
	 * A view reached from the view before it (same query before the hash) through the
	 * page's own hash navigation, as a click on its menu does, instead of loading the
	 * portal and axe-core anew (seconds of CPU a view on a loaded machine).
	 */
	static Map<String, Object> navigatedTo(String name, String query, String awaitText) {
		Map<String, Object> view = view(name, query, awaitText);
		view.put("navigate", true);
		return view;
	}

	static JsonNode run(int port, List<Map<String, Object>> views) throws IOException {
		NodeTools tools = NodeTools.installed();
		Path chromium = NodeTools.chromium();
		Files.createDirectories(SCREENSHOTS);
		Map<String, Object> plan = new LinkedHashMap<>();
		plan.put("url", "http://127.0.0.1:" + port);
		plan.put("chromium", chromium.toString());
		plan.put("screenshots", SCREENSHOTS.toAbsolutePath().toString());
		plan.put("views", views);
		Path file = Files.createTempFile("portal-ui", ".json");
		JSON.writeValue(file.toFile(), plan);
		NodeTools.Result result = tools.run(tools.node("portal-ui.mjs", file.toString()),
				Duration.ofSeconds(60 + 15L * views.size()));
		Files.deleteIfExists(file);
		JsonNode report = lastJsonLine(result.output());
		assertThat(report.path("ok").asBoolean()).as("the browser run: %s", result.output()).isTrue();
		// where a slow run's time went, per view: {ready, axe, screenshot} in ms
		StringBuilder times = new StringBuilder("Portal browser:");
		report.path("views")
			.forEach((view) -> times.append(' ').append(view.path("name").asString()).append(view.path("ms")));
		System.out.println(times);
		return report;
	}

	static JsonNode find(JsonNode report, String name) {
		for (JsonNode view : report.path("views")) {
			if (name.equals(view.path("name").asString())) {
				return view;
			}
		}
		throw new AssertionError(name + " is not in " + report);
	}

	/** The violations axe-core rates serious or critical. */
	static List<String> seriousViolations(JsonNode view) {
		List<String> serious = new java.util.ArrayList<>();
		view.path("violations").forEach(violation -> {
			String impact = violation.path("impact").asString();
			if (impact.equals("serious") || impact.equals("critical")) {
				serious.add(violation.toString());
			}
		});
		return serious;
	}

	private static JsonNode lastJsonLine(String output) {
		String[] lines = output.strip().split("\n");
		for (int i = lines.length - 1; i >= 0; i--) {
			if (lines[i].startsWith("{")) {
				return JSON.readTree(lines[i]);
			}
		}
		throw new AssertionError("No JSON report in: " + output);
	}

}

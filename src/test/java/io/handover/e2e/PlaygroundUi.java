package io.handover.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * A person at the Playground's web page, in headless Chromium (Debian's
 * {@code /usr/bin/chromium} through {@code playwright-core}): a plan of steps run by
 * {@code src/test/node/playground-ui.mjs}. Screenshots land in
 * {@code target/e2e-screenshots/}.
 *
 * <pre>
 * UiRun run = playground.ui().chat("Personal Chat").say("help").awaitCard().screenshot("help").run("help");
 * </pre>
 */
public final class PlaygroundUi {

	public static final Path SCREENSHOTS = Path.of("target", "e2e-screenshots");

	private static final ObjectMapper JSON = new ObjectMapper();

	private final URI url;

	private final List<Map<String, Object>> steps = new ArrayList<>();

	PlaygroundUi(URI url) {
		this.url = url;
	}

	/**
	 * Opens a chat or channel from the list on the left, e.g. "Personal Chat", "General".
	 */
	public PlaygroundUi chat(String name) {
		return step("chat", name);
	}

	/** Types a message into the compose box and presses Enter. */
	public PlaygroundUi say(String text) {
		return step("say", text);
	}

	/**
	 * Waits for a new card after the last message or button press (right after
	 * {@link #chat}, for any card in that chat).
	 */
	public PlaygroundUi awaitCard() {
		return step("awaitCard", Map.of());
	}

	/** Waits for a new card that shows {@code text}. */
	public PlaygroundUi awaitCard(String text) {
		return step("awaitCard", Map.of("containing", text));
	}

	/**
	 * Waits until the page shows {@code text} anywhere, e.g. on a card updated in place.
	 */
	public PlaygroundUi awaitText(String text) {
		return step("awaitText", Map.of("text", text));
	}

	/** Fills the input with this label on the last card. */
	public PlaygroundUi fill(String label, String value) {
		return step("fill", Map.of("label", label, "value", value));
	}

	/** Presses the button with this title on the last card. */
	public PlaygroundUi click(String title) {
		return step("click", title);
	}

	/** Saves {@code target/e2e-screenshots/<name>.png}. */
	public PlaygroundUi screenshot(String name) {
		return step("screenshot", name);
	}

	/**
	 * Runs the steps in a fresh browser; fails with the reason (and a
	 * {@code <name>-failure.png} screenshot) when a step does.
	 */
	public UiRun run(String name) {
		NodeTools tools = NodeTools.installed();
		Path chromium = NodeTools.chromium();
		try {
			Files.createDirectories(SCREENSHOTS);
			Map<String, Object> plan = new LinkedHashMap<>();
			plan.put("name", name);
			plan.put("url", this.url.toString());
			plan.put("chromium", chromium.toString());
			plan.put("screenshots", SCREENSHOTS.toAbsolutePath().toString());
			plan.put("steps", this.steps);
			Path file = Files.createTempFile("playground-ui", ".json");
			JSON.writeValue(file.toFile(), plan);
			NodeTools.Result result = tools.run(tools.node("playground-ui.mjs", file.toString()),
					Duration.ofMinutes(2));
			Files.deleteIfExists(file);
			JsonNode report = lastJsonLine(result.output());
			if (result.exitCode() != 0 || !report.path("ok").asBoolean()) {
				throw new AssertionError("The Playground UI run '" + name + "' failed: " + result.output());
			}
			List<Path> screenshots = new ArrayList<>();
			report.path("screenshots").forEach(shot -> screenshots.add(Path.of(shot.asString())));
			return new UiRun(report.path("lastCardText").asString(null), List.copyOf(screenshots));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** What the run saw: the text of the last card it waited for, and the screenshots. */
	public record UiRun(String lastCardText, List<Path> screenshots) {
	}

	private PlaygroundUi step(String kind, Object value) {
		this.steps.add(Map.of(kind, value));
		return this;
	}

	private static JsonNode lastJsonLine(String output) {
		String[] lines = output.strip().split("\n");
		for (int i = lines.length - 1; i >= 0; i--) {
			if (lines[i].startsWith("{")) {
				try {
					return JSON.readTree(lines[i]);
				}
				catch (tools.jackson.core.JacksonException ex) {
					break;
				}
			}
		}
		ObjectNode none = JSON.createObjectNode();
		none.put("ok", false);
		return none;
	}

}

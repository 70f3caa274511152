package io.handover.cards;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every fixture of every card, expanded by the catalogue, is checked by the official
 * {@code adaptivecards} 3.0.6 renderer in headless Chromium: parsed against the 1.5
 * object model (unknown elements, invalid values and properties newer than 1.5 are parse
 * events; required ids and the like are validation failures), round-tripped so any
 * property the 1.5 model does not know shows up, and rendered to a PNG under
 * {@code target/card-screenshots/} with a Teams-like host config. No npm or Maven package
 * ships the Adaptive Card 1.5 JSON schema file, so this object model is our schema check
 * (see {@code cards/README.md}).
 */
class CardRenderingTests {

	private static final Path SCREENSHOTS = Paths.get("target/card-screenshots");

	private static Map<String, JsonNode> results;

	private static Map<String, ObjectNode> cards;

	@BeforeAll
	static void renderAll() throws Exception {
		NodeTools.requireNode();
		NodeTools.requireChromium();
		Files.createDirectories(SCREENSHOTS);
		Cards catalogue = CardFixtures.cards();
		cards = new LinkedHashMap<>();
		List<Map<String, Object>> batch = new ArrayList<>();
		for (CardFixtures.Fixture fixture : CardFixtures.all()) {
			ObjectNode card = catalogue.render(fixture.card(), fixture.data(), fixture.locale());
			cards.put(fixture.id(), card);
			batch.add(Map.of("id", fixture.id(), "card", card));
		}
		JsonNode hostConfig = CardFixtures.JSON
			.readTree(CardFixtures.FOLDER.resolve("teams-host-config.json").toFile());
		JsonNode answer = NodeTools.run("render.cjs", Map.of("hostConfig", hostConfig, "screenshotDir",
				SCREENSHOTS.toAbsolutePath().toString(), "cards", batch));
		results = new LinkedHashMap<>();
		answer.forEach(result -> results.put(result.get("id").stringValue(null), result));
	}

	@Test
	void everyCardRendersWithoutErrorsOrWarnings() {
		assertThat(results.keySet()).containsExactlyElementsOf(cards.keySet());
		Map<String, String> problems = new LinkedHashMap<>();
		results.forEach((id, result) -> {
			List<String> all = new ArrayList<>();
			result.get("errors").forEach(e -> all.add(e.stringValue(null)));
			result.get("warnings").forEach(e -> all.add(e.stringValue(null)));
			if (!all.isEmpty()) {
				problems.put(id, String.join("; ", all));
			}
		});
		assertThat(problems).as("renderer errors and warnings per card").isEmpty();
	}

	@Test
	void everyCardUsesOnlyWhatAdaptiveCards15Knows() {
		Map<String, List<String>> unknown = new LinkedHashMap<>();
		results.forEach((id, result) -> {
			List<String> missing = new ArrayList<>();
			unknownProperties(cards.get(id), result.get("roundTrip"), "", missing);
			if (!missing.isEmpty()) {
				unknown.put(id, missing);
			}
		});
		assertThat(unknown).as("properties the 1.5 object model dropped").isEmpty();
		cards.values().forEach(card -> assertThat(card.get("version").stringValue(null)).isEqualTo("1.5"));
	}

	@Test
	void everyCardHasAScreenshotForAPersonToLookAt() throws Exception {
		for (String id : cards.keySet()) {
			Path png = SCREENSHOTS.resolve(id + ".png");
			assertThat(png).exists();
			assertThat(Files.size(png)).as(id).isGreaterThan(1_000);
		}
	}

	/**
	 * Keys of our card that the renderer's serialisation of the parsed card does not
	 * have.
	 */
	private static void unknownProperties(JsonNode ours, JsonNode parsed, String path, List<String> missing) {
		if (ours == null || parsed == null) {
			return;
		}
		if (ours.isObject()) {
			for (Iterator<String> names = ours.propertyNames().iterator(); names.hasNext();) {
				String name = names.next();
				if (!parsed.has(name)) {
					if (!isDefault(ours.get(name))) {
						missing.add(path + "/" + name);
					}
				}
				else {
					unknownProperties(ours.get(name), parsed.get(name), path + "/" + name, missing);
				}
			}
		}
		else if (ours.isArray() && parsed.isArray()) {
			for (int i = 0; i < Math.min(ours.size(), parsed.size()); i++) {
				unknownProperties(ours.get(i), parsed.get(i), path + "/" + i, missing);
			}
			if (ours.size() != parsed.size()) {
				missing.add(path + " (" + ours.size() + " items, renderer kept " + parsed.size() + ")");
			}
		}
	}

	/**
	 * The renderer leaves out empty values when it serialises; they are not unknown
	 * properties.
	 */
	private static boolean isDefault(JsonNode value) {
		return (value.isString() && value.stringValue(null).isEmpty()) || (value.isContainer() && value.isEmpty());
	}

}

package io.handover.cards;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * Our engine against Microsoft's reference ({@code adaptivecards-templating} +
 * {@code adaptive-expressions} in Node.js): every template with every fixture, in both
 * languages, and a batch of generated templates must expand to the same JSON. One Node
 * process per batch keeps this fast.
 */
class ReferenceDifferentialTests {

	private static final int GENERATED = 1500;

	private static final int REQUIRED_COMPARED = 1000;

	private static Cards cards;

	@BeforeAll
	static void tools() {
		NodeTools.requireNode();
		cards = CardFixtures.cards();
	}

	@Test
	void everyTemplateWithEveryFixtureExpandsAsTheReferenceDoes() throws IOException {
		Map<String, Case> cases = new LinkedHashMap<>();
		for (CardFixtures.Fixture fixture : CardFixtures.all()) {
			JsonNode template = CardFixtures.JSON.readTree(Paths.get("cards", fixture.card().template()).toFile());
			JsonNode root = cards.root(fixture.data());
			JsonNode host = cards.host(fixture.locale());
			cases.put(fixture.id(),
					new Case(fixture.id(), template, root, host, cards.template(fixture.card()).expand(root, host)));
		}
		assertThat(cases).hasSizeGreaterThanOrEqualTo(2 * CardName.values().length);
		Result result = compare(cases);
		assertThat(result.referenceErrors()).as("fixtures the reference could not expand").isEmpty();
		assertThat(result.compared()).isEqualTo(cases.size());
	}

	@Test
	void generatedTemplatesExpandAsTheReferenceDoes() {
		Random random = new Random(20261123L);
		TemplateGenerator generator = new TemplateGenerator(random);
		Map<String, Case> cases = new LinkedHashMap<>();
		for (int i = 0; i < GENERATED; i++) {
			String id = "generated-" + i;
			ObjectNode template = generator.template();
			JsonNode root = generator.data();
			JsonNode host = generator.host();
			JsonNode ours;
			try {
				ours = CardTemplate.parse(id, template).expand(root, host);
			}
			catch (RuntimeException ex) {
				throw new AssertionError("Our engine threw for " + id + ": " + template.toPrettyString(), ex);
			}
			cases.put(id, new Case(id, template, root, host, ours));
		}
		Result result = compare(cases);
		assertThat(result.compared()).as("generated cases compared (reference errors: %s)", result.referenceErrors())
			.isGreaterThanOrEqualTo(REQUIRED_COMPARED);
	}

	private record Case(String id, JsonNode template, JsonNode root, JsonNode host, JsonNode ours) {
	}

	private record Result(int compared, List<String> referenceErrors) {
	}

	/** Sends all cases to Node in one batch; any difference fails with both outputs. */
	private static Result compare(Map<String, Case> cases) {
		List<Map<String, Object>> batch = new ArrayList<>();
		cases.values()
			.forEach(
					c -> batch.add(Map.of("id", c.id(), "template", c.template(), "root", c.root(), "host", c.host())));
		JsonNode answers = NodeTools.run("expand.cjs", batch);
		int compared = 0;
		List<String> referenceErrors = new ArrayList<>();
		List<String> differences = new ArrayList<>();
		for (JsonNode answer : answers) {
			Case c = cases.get(answer.get("id").stringValue(null));
			if (answer.has("error")) {
				referenceErrors.add(c.id() + ": " + answer.get("error").stringValue(null));
				continue;
			}
			compared++;
			String reference = JsValues.stringify(answer.get("output"));
			String ours = c.ours() == null ? "null" : JsValues.stringify(c.ours());
			if (!reference.equals(ours)) {
				differences.add(c.id() + "\n  template:  " + JsValues.stringify(c.template()) + "\n  data:      "
						+ JsValues.stringify(c.root()) + "\n  reference: " + reference + "\n  ours:      " + ours);
			}
		}
		if (!differences.isEmpty()) {
			writeReport(differences);
			fail(differences.size() + " of " + compared + " expansions differ from the reference:\n"
					+ String.join("\n\n", differences.subList(0, Math.min(5, differences.size()))));
		}
		return new Result(compared, referenceErrors);
	}

	private static void writeReport(List<String> differences) {
		try {
			Files.createDirectories(Paths.get("target"));
			Files.writeString(Paths.get("target/card-differences.txt"), String.join("\n\n", differences));
		}
		catch (IOException ex) {
			// the failure message has the first differences anyway
		}
	}

}

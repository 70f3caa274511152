package io.handover.cards;

import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

import static org.assertj.core.api.Assertions.assertThat;

/** Issue 24, finding 7: values from outside are text on a card, never Markdown. */
class MarkdownTests {

	@Test
	void linksEmphasisCodeAndBlocksAreEscaped() {
		assertThat(Markdown.escape("[Reset your password](https://evil.example)"))
			.isEqualTo("\\[Reset your password\\](https://evil.example)");
		assertThat(Markdown.escape("**urgent** _now_ `code` ~~gone~~ <https://evil.example>"))
			.isEqualTo("\\*\\*urgent\\*\\* \\_now\\_ \\`code\\` \\~\\~gone\\~\\~ \\<https://evil.example>");
		assertThat(Markdown.escape("- item\n+ item\n# Heading\n> quote\n1. first\n  2) second"))
			.isEqualTo("\\- item\n\\+ item\n\\# Heading\n\\> quote\n1\\. first\n  2\\) second");
		assertThat(Markdown.escape("C:\\temp")).isEqualTo("C:\\\\temp");
	}

	@Test
	void ordinaryTextIsUnchanged() {
		for (String text : new String[] { "Anna de Vries", "Jan-Willem van den Berg (IT)", "O'Brien",
				"Set up laptop " + "(laptop-standard) and register its serial number", "SN-4411-X", "2027-01-11", "#42",
				"3.5 days", "Zoë Ørsted!" }) {
			assertThat(Markdown.escape(text)).as(text).isEqualTo(text);
		}
	}

	@Test
	void onlyDataInMarkdownTextIsEscaped() {
		ObjectMapper json = new ObjectMapper();
		CardTemplate template = CardTemplate.parse("test.json", json.readTree(
				"""
						{"type": "AdaptiveCard", "body": [
						  {"type": "TextBlock", "text": "**${$host.text.label}** ${name} ${if(exists(name), concat('[', name, ']'), '')}"},
						  {"type": "FactSet", "facts": [{"title": "${$host.text.label}", "value": "${name}"}]},
						  {"type": "Input.Text", "id": "n", "value": "${name}"},
						  {"type": "TextBlock", "text": "${$host.text.label}"}
						], "actions": [{"type": "Action.Execute", "title": "${name}", "data": {"name": "${name}"}}]}
						"""));
		JsonNode data = json.readTree("{\"name\": \"[x](https://evil.example)\"}");
		JsonNode host = json.readTree("{\"text\": {\"label\": \"_Employee_\"}}");

		JsonNode card = template.expandEscaped(data, host);

		assertThat(card.at("/body/0/text").asString())
			.isEqualTo("**_Employee_** \\[x\\](https://evil.example) \\[\\[x\\](https://evil.example)\\]");
		assertThat(card.at("/body/1/facts/0/title").asString()).isEqualTo("_Employee_");
		assertThat(card.at("/body/1/facts/0/value").asString()).isEqualTo("\\[x\\](https://evil.example)");
		// inputs, action titles and action data are not Markdown: the value as it is
		assertThat(card.at("/body/2/value").asString()).isEqualTo("[x](https://evil.example)");
		assertThat(card.at("/actions/0/data/name").asString()).isEqualTo("[x](https://evil.example)");
		assertThat(card.at("/body/3/text").asString()).isEqualTo("_Employee_");
		// the reference-equal expansion is unchanged
		assertThat(template.expand(data, host).at("/body/0/text").asString()).contains(" [x](https://evil.example)");
	}

	@Test
	void cardsEscapeDataButNotTheirOwnTexts() {
		Cards cards = CardFixtures.cards();
		String evil = "[Reset your password](https://evil.example)";

		var card = cards.render(CardName.MESSAGE, Map.of("title", evil, "text", "**" + evil + "**"), Locale.ENGLISH);
		var refusal = cards.render(CardName.REFUSAL, Map.of("reason", evil), Locale.ENGLISH);

		assertThat(card.toString()).contains("\\\\[Reset your password\\\\](https://evil.example)")
			.contains("\\\\*\\\\*\\\\[Reset")
			.doesNotContain("\"[Reset");
		assertThat(refusal.toString()).contains("\\\\[Reset your password\\\\]").doesNotContain("\"[Reset");
	}

}

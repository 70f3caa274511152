package io.handover.cards;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The template language as card authors use it, without Node (the differential test
 * covers the rest).
 */
class CardTemplateTests {

	private static final ObjectMapper JSON = new ObjectMapper();

	@Test
	void anElementBoundToAListIsRepeatedPerItemWithItsIndex() throws Exception {
		String out = expand("""
				{"body": [{"$data": "${tasks}", "type": "TextBlock", "text": "${$index}: ${title} for ${$root.name}"}]}
				""", """
				{"name": "Anna", "tasks": [{"title": "Laptop"}, {"title": "Pass"}]}
				""");
		assertThat(out).isEqualTo(
				"{\"body\":[{\"type\":\"TextBlock\",\"text\":\"0: Laptop for Anna\"},{\"type\":\"TextBlock\",\"text\":\"1: Pass for Anna\"}]}");
	}

	@Test
	void whenDropsAnElementUnlessItIsTrue() throws Exception {
		String out = expand("""
				{"body": [{"$when": "${urgent}", "text": "urgent"}, {"$when": "${!urgent}", "text": "calm"},
				          {"$when": "${missing}", "text": "never"}]}
				""", "{\"urgent\": false}");
		assertThat(out).isEqualTo("{\"body\":[{\"text\":\"calm\"}]}");
	}

	@Test
	void aMissingPropertyShowsItsPathAndNeverThrows() throws Exception {
		// As in the reference, a function sees the substituted text:
		// count("${person.tasks}") is 15.
		// Templates guard optional data with exists(), which sees the real value.
		assertThat(expand("{\"text\": \"Hello ${person.name}\", \"n\": \"${count(person.tasks)}\","
				+ " \"m\": \"${if(exists(person.tasks), count(person.tasks), 0)}\"}", "{}"))
			.isEqualTo("{\"text\":\"Hello ${person.name}\",\"n\":15,\"m\":0}");
	}

	@Test
	void aSingleExpressionKeepsItsTypeAndAnInterpolationIsText() throws Exception {
		assertThat(expand("{\"a\": \"${n}\", \"b\": \"${n} items\", \"c\": \"${flags}\", \"d\": \"${add(n, 0.5)}\"}",
				"{\"n\": 3, \"flags\": [true, false]}"))
			.isEqualTo("{\"a\":3,\"b\":\"3 items\",\"c\":[true,false],\"d\":3.5}");
	}

	@Test
	void functionsCardsNeed() throws Exception {
		assertThat(expand("""
				{"a": "${join(words, ', ', ' and ')}", "b": "${toUpper(substring(name, 0, 3))}",
				 "c": "${formatDateTime(day, 'dddd d MMMM yyyy')}", "d": "${if(empty(none), 'none', 'some')}",
				 "e": "${json('{\\"k\\": 2}').k}", "f": "${sub(length(name), 1) > 2 && exists(day)}"}
				""",
				"{\"words\": [\"key\", \"pass\", \"laptop\"], \"name\": \"Handover\", \"day\": \"2026-12-07\", \"none\": []}"))
			.isEqualTo("{\"a\":\"key, pass and laptop\",\"b\":\"HAN\",\"c\":\"Monday 7 December 2026\","
					+ "\"d\":\"none\",\"e\":2,\"f\":true}");
	}

	@Test
	void brokenExpressionsAreRejectedWhenTheTemplateIsParsed() {
		assertThatThrownBy(() -> parse("{\"body\": [{\"text\": \"${nope(1)}\"}]}"))
			.isInstanceOf(TemplateException.class)
			.hasMessageContaining("/body/0/text")
			.hasMessageContaining("unknown function 'nope'");
		assertThatThrownBy(() -> parse("{\"x\": \"${if(a, b)}\"}")).hasMessageContaining("'if' takes 3 argument(s)");
		assertThatThrownBy(() -> parse("{\"x\": \"${a.}\"}")).hasMessageContaining("${a.}");
	}

	private static CardTemplate parse(String template) throws Exception {
		return CardTemplate.parse("test.json", JSON.readTree(template));
	}

	private static String expand(String template, String data) throws Exception {
		JsonNode out = parse(template).expand(JSON.readTree(data), JSON.createObjectNode());
		return JsValues.stringify(out);
	}

}

package io.handover.teams;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;
import io.handover.cards.Cards;
import io.handover.guard.GuardReview;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The guard's review card with the optional language model's summary: drawn at the top,
 * labelled as written by a model, above the findings; without a model (summaries off, no
 * model configured) the card is exactly the card of the findings; with a model that
 * failed it is that card plus one line saying why there is no summary, the findings
 * unchanged.
 */
class GuardReviewSummaryCardTests {

	static final Cards CARDS = new Cards(new ObjectMapper(), Clock.system(ZoneId.of("Europe/Amsterdam")),
			"classpath:cards/templates/");

	static final GuardReviewCards REVIEW_CARDS = new GuardReviewCards(CARDS, null, null, null, null);

	static final String SUMMARY = "Jan Bakker still has his account and All Staff; IT has two tasks open.";

	static GuardReview review(String summary, String summaryMissing) {
		return new GuardReview("JML-0042", "Jan Bakker", LocalDate.of(2026, 12, 1), true,
				Instant.parse("2026-12-01T17:05:00Z"),
				List.of(new GuardReview.Finding("account", "Disable the account jan.bakker@contoso.example", "IT",
						"T-1", "OPEN"),
						new GuardReview.Finding("groups", "Remove Jan Bakker from group All Staff", "IT", "T-2",
								"OPEN")),
				List.of(), List.of(), List.of("No licence assigned directly"), List.of(), List.of(), summary,
				summaryMissing);
	}

	/** The card's body without the elements whose text contains any of these. */
	static JsonNode without(ObjectNode card, String... texts) {
		ObjectNode copy = card.deepCopy();
		ArrayNode body = (ArrayNode) copy.get("body");
		for (int i = body.size() - 1; i >= 0; i--) {
			String element = body.get(i).toString();
			for (String text : texts) {
				if (element.contains(text)) {
					body.remove(i);
					break;
				}
			}
		}
		return copy;
	}

	@Test
	void theSummaryIsDrawnAboveTheFindingsLabelledAsTheModels() {
		for (Locale locale : List.of(Locale.ENGLISH, Locale.forLanguageTag("nl"))) {
			ObjectNode card = REVIEW_CARDS.render(review(SUMMARY, null), locale);
			String shown = card.toString();

			assertThat(shown).contains(SUMMARY)
				.contains(locale.getLanguage().equals("nl") ? "Samenvatting geschreven door een taalmodel"
						: "Summary written by a language model");
			assertThat(shown.indexOf(SUMMARY)).as("above the findings")
				.isLessThan(shown.indexOf("Disable the account jan.bakker@contoso.example"))
				.isLessThan(shown.indexOf("Remove Jan Bakker from group All Staff"));
			assertThat(shown).doesNotContain("No written summary", "Deze keer geen geschreven samenvatting");
		}
	}

	@Test
	void withoutAModelTheCardIsTheCardOfTheFindingsAndWithTheSummaryOnlyThatIsAdded() {
		ObjectNode plain = REVIEW_CARDS.render(review(null, null), Locale.ENGLISH);
		ObjectNode summarised = REVIEW_CARDS.render(review(SUMMARY, null), Locale.ENGLISH);

		assertThat(plain.toString()).doesNotContain("language model", "summary");
		assertThat(summarised).isNotEqualTo(plain);
		assertThat(without(summarised, SUMMARY)).as("the summary adds itself and nothing else").isEqualTo(plain);
	}

	@Test
	void aModelThatFailedLeavesTheCardOfTheFindingsWithOneLineSayingWhy() {
		ObjectNode plain = REVIEW_CARDS.render(review(null, null), Locale.ENGLISH);
		ObjectNode failed = REVIEW_CARDS
			.render(review(null, "the language model was busy (429); the findings below are complete"), Locale.ENGLISH);

		assertThat(failed.toString()).contains("No written summary this time: the language model was busy (429)")
			.doesNotContain("Summary written by a language model");
		assertThat(without(failed, "No written summary this time")).isEqualTo(plain);
		assertThat(((ArrayNode) failed.get("body")).size()).isEqualTo(((ArrayNode) plain.get("body")).size() + 1);
	}

}

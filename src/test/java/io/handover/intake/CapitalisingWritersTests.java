package io.handover.intake;

import org.junit.jupiter.api.Test;

import static io.handover.intake.NoOneAnnounced.assertNoOne;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A kind of the twenty-ninth blind set, with own examples: a writer who opens every
 * sentence with a capital writes names with capitals too, so lower-case words outside a
 * question ("every other week", "the render farm", "a second season") are no one's name.
 * Inside a question they may be the worker asked about, and a chat written in lower case
 * keeps its lower-case names. Today is Thursday 3 December 2026.
 */
class CapitalisingWritersTests {

	@Test
	void lowerCaseWordsFromACapitalisingWriterAreNoName() {
		assertNoNameNorDay(
				"Our window cleaners come every other week. Do they need a badge or can reception let them in?");
		assertNoNameNorDay("The bakery got a second oven, so we'll need about four new people in spring. I'll send "
				+ "their names once the contracts are signed.");
		assertNoNameNorDay("Onze freelancers krijgen alleen een login voor de snijkamer. Moet ik die hier ook melden?");
	}

	/** No one named and no day to confirm (a starter form may still be offered empty). */
	private static void assertNoNameNorDay(String text) {
		assertThat(OnTheCorpusDay.parseAll(text)).as(text).allSatisfy(read -> {
			assertThat(read.employeeName()).isNull();
			assertThat(read.date()).isNull();
		});
	}

	@Test
	void aChatInLowerCaseKeepsItsName() {
		assertThat(OnTheCorpusDay.parse("Hoi! jan de vries begint maandag in de bakkerij.").employeeName())
			.isEqualTo("Jan de Vries");
		assertThat(OnTheCorpusDay.parse("Nieuwe collega: sanne bos begint maandag").employeeName())
			.isEqualTo("Sanne Bos");
	}

	@Test
	void aWorkerAskedAboutInAQuestionIsStillReadAsAsked() {
		assertNoOne("Is it a problem if a new hire starts on a Sunday? Our shops are open then.");
	}

}

package io.handover.intake;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A kind of the twenty-seventh blind set, with own examples: a Dutch surname after "de"
 * that is a word read as no name elsewhere ("laat", "meester") is the whole surname; the
 * name was cut to the first name, and with it the person was lost. Today is Thursday 3
 * December 2026.
 */
class SurnamesAfterDeTests {

	@Test
	void deLaatAndDeMeesterAreSurnames() {
		Announcement starter = OnTheCorpusDay.parse("Fenna de Laat begint op 25 januari.");
		assertThat(starter.employeeName()).isEqualTo("Fenna de Laat");
		assertThat(starter.date()).hasToString("2027-01-25");
		assertThat(OnTheCorpusDay.parse("Rik de Meester stopt per 1 maart.").employeeName())
			.isEqualTo("Rik de Meester");
	}

	@Test
	void theWordsStayWordsElsewhere() {
		assertThat(OnTheCorpusDay.parse("De meester van groep 3, Bas Kok, stopt per 1 februari.").employeeName())
			.isEqualTo("Bas Kok");
		assertThat(
				OnTheCorpusDay.parse("Ik laat het weten zodra ik meer weet. Jan Bos begint 4 januari.").employeeName())
			.isEqualTo("Jan Bos");
	}

}

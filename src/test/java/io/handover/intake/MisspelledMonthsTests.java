package io.handover.intake;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A manager who slips on a month's spelling beside a day number still gets the date on
 * the form; a word that is no month, or is one only by a slip in a short name, is left
 * alone. Today is Thursday 3 December 2026.
 */
class MisspelledMonthsTests {

	@Test
	void aMonthWithOneLetterDroppedAddedChangedOrSwappedIsStillThatMonth() {
		assertDate("Per 1 febuari begint Joost Mulder bij ons als monteur.", "2027-02-01");
		assertDate("Sara Lind starts on the 4th of Janaury as our new planner.", "2027-01-04");
		assertDate("Last day of Tom Hale is Decmber 18.", "2026-12-18");
		assertDate("Anouk de Vries gaat per 1 feburari naar de servicedesk als facilitair medewerker.", "2027-02-01");
		assertDate("Ravi Patel joins us on 11 Januray.", "2027-01-11");
		assertDate("Lotte Smit werkt tot en met 30 decemeber bij ons.", "2026-12-30");
	}

	@Test
	void theWordIsMendedInTheCaseItWasTyped() {
		assertThat(MonthSpelling.mended("per 1 Febuari")).isEqualTo("per 1 Februari");
		assertThat(MonthSpelling.mended("Janaury 4th")).isEqualTo("January 4th");
	}

	@Test
	void aWordThatIsNoMonthOrOnlyOneByAShortNamesSlipIsLeftAlone() {
		// "maar" is "maart" with a letter dropped, and a word of its own
		assertThat(MonthSpelling.mended("Ze begint op 4 maar dat weet ik nog niet zeker"))
			.isEqualTo("Ze begint op 4 maar dat weet ik nog niet zeker");
		assertThat(MonthSpelling.mended("We hebben 3 augurken en 2 nummers"))
			.isEqualTo("We hebben 3 augurken en 2 nummers");
		// a month's first letter is never taken as the slip
		assertThat(MonthSpelling.mended("Room 4 Jecember")).isEqualTo("Room 4 Jecember");
		// away from a day number a word is a word
		assertThat(MonthSpelling.mended("Auguste Renoir begint morgen")).isEqualTo("Auguste Renoir begint morgen");
		assertThat(MonthSpelling.mended("op 1 februari en 4 oktober")).isEqualTo("op 1 februari en 4 oktober");
	}

	@Test
	void aSlipIsOneLetterAndNoMore() {
		assertThat(MonthSpelling.oneSlipApart("febuari", "februari")).isTrue();
		assertThat(MonthSpelling.oneSlipApart("feburari", "februari")).isTrue();
		assertThat(MonthSpelling.oneSlipApart("februarie", "februari")).isTrue();
		assertThat(MonthSpelling.oneSlipApart("decenber", "december")).isTrue();
		assertThat(MonthSpelling.oneSlipApart("febrari", "february")).isFalse();
		assertThat(MonthSpelling.oneSlipApart("februari", "februari")).isFalse();
		assertThat(MonthSpelling.oneSlipApart("fbruaryy", "february")).isFalse();
	}

	private static void assertDate(String text, String date) {
		assertThat(OnTheCorpusDay.parse(text).date()).as(text).hasToString(date);
	}

}

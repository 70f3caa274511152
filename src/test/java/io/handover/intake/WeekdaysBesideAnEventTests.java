package io.handover.intake;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A weekday told by an event, found by the lead trying announcements by hand: "the Monday
 * after New Year" was read as next Monday, without a note. Today is Thursday 3 December
 * 2026; New Year's Day 2027 is a Friday, Christmas 2026 too.
 */
class WeekdaysBesideAnEventTests {

	@Test
	void aWeekdayAfterOrBeforeAFeastIsThatWeekdayBesideTheFeast() {
		assertThat(OnTheCorpusDay.parse("Yara Demir starts the Monday after New Year.").date())
			.hasToString("2027-01-04");
		assertThat(OnTheCorpusDay.parse("Yara Demir begint de dinsdag na oud en nieuw.").date())
			.hasToString("2027-01-05");
		assertThat(OnTheCorpusDay.parse("Hugo Brandt leaves the Friday before Christmas.").date())
			.hasToString("2026-12-18");
		assertThat(OnTheCorpusDay.parse("Hugo Brandt stopt de donderdag voor kerst.").date()).hasToString("2026-12-24");
	}

	@Test
	void aWeekdayAfterADateIsThatWeekdayAfterTheDate() {
		assertThat(OnTheCorpusDay.parse("Yara Demir begint de maandag na 8 januari.").date()).hasToString("2027-01-11");
		assertThat(OnTheCorpusDay.parse("Yara Demir starts the first Wednesday after 1 February.").date())
			.hasToString("2027-02-03");
	}

	@Test
	void aWeekdayAfterAnEventWithoutAKnownDayLeavesTheDateToTheManager() {
		assertThat(OnTheCorpusDay.parse("Yara Demir begint de maandag na de kerstvakantie.").date()).isNull();
		assertThat(OnTheCorpusDay.parse("Yara Demir starts on the Monday after her graduation.").date()).isNull();
	}

	@Test
	void aWeekdayWithAnAsideIsStillThatWeekday() {
		assertThat(OnTheCorpusDay.parse("Yara Demir starts Monday after all, not Tuesday.").date())
			.hasToString("2026-12-07");
	}

}

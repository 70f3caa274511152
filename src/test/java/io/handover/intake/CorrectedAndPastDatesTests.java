package io.handover.intake;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Dates a manager corrects in a reply above the mail that announced the person, dates
 * told of the past without a year, and a weekday counted weeks from today. Each was a
 * wrong date prefilled without a note. Today is Thursday 3 December 2026.
 */
class CorrectedAndPastDatesTests {

	@Test
	void aReplyThatCorrectsTheDateAboveTheForwardedAnnouncementWins() {
		Announcement dutch = OnTheCorpusDay.parse("Ze begint toch pas op 8 maart, niet op 1 maart. Excuus!\n\n"
				+ "Van: Ineke Smit\nVerzonden: maandag 30 november 2026 09:12\nAan: ICT\nOnderwerp: Nieuwe collega\n\n"
				+ "Per 1 maart start Lieke Vos als planner bij de binnendienst.");
		assertThat(dutch.employeeName()).isEqualTo("Lieke Vos");
		assertThat(dutch.date()).hasToString("2027-03-08");

		Announcement english = OnTheCorpusDay.parse("Correction: he starts on 15 February, not 1 February.\n\n"
				+ "From: Ann Hale\nSent: Tuesday, 1 December 2026 10:02\nSubject: new starter\n\n"
				+ "Omar Haddad joins us on 1 February as a developer.");
		assertThat(english.employeeName()).isEqualTo("Omar Haddad");
		assertThat(english.date()).hasToString("2027-02-15");
	}

	@Test
	void aDayToldOfThePastWithoutItsYearIsTheLastSuchDayWithANote() {
		Announcement leaver = OnTheCorpusDay
			.parse("Could you close the accounts of Bram Visser? His last day was 30 September, sorry for the delay.");
		assertThat(leaver.date()).hasToString("2026-09-30");
		assertThat(leaver.notes()).contains(Announcement.Note.PAST_DATE);

		Announcement retired = OnTheCorpusDay.parse("Forgot to say: Gerda Kok retired last Tuesday (24th).");
		assertThat(retired.date()).hasToString("2026-11-24");
		assertThat(retired.notes()).contains(Announcement.Note.PAST_DATE);
	}

	@Test
	void aDayToComeKeepsItsYearWhateverTheTenseAroundIt() {
		assertThat(OnTheCorpusDay.parse("Tom Bell, who was our cook, leaves on 31 January.").date())
			.hasToString("2027-01-31");
		assertThat(OnTheCorpusDay.parse("Sara Pinto was hired and starts on 1 March 2027.").date())
			.hasToString("2027-03-01");
	}

	@Test
	void todaysWeekdayWeeksAheadCountsFromTodayAndSaysAWeekLaterMayBeMeant() {
		// today is a Thursday: "over twee weken op donderdag" is 17 December; 24 is as
		// likely meant by "donderdag over twee weken", so the form asks
		for (String text : new String[] { "Noor Amrani begint over twee weken op donderdag als kok.",
				"Noor Amrani begint donderdag over twee weken als kok." }) {
			Announcement starter = OnTheCorpusDay.parse(text);
			assertThat(starter.date()).hasToString("2026-12-17");
			assertThat(starter.notes()).contains(Announcement.Note.WEEKS_FROM_WHICH_DAY);
		}
		// another weekday counts from the next one, as before, and needs no note
		Announcement friday = OnTheCorpusDay.parse("Noor Amrani begint vrijdag over twee weken.");
		assertThat(friday.date()).hasToString("2026-12-18");
		assertThat(friday.notes()).doesNotContain(Announcement.Note.WEEKS_FROM_WHICH_DAY);
	}

	@Test
	void aStartTheDayAfterTheDateWrittenIsThatNextDay() {
		for (String text : new String[] {
				"Please set up our new buyer Ana Costa. She flies in from Lisbon on 9 February and starts the day after.",
				"New driver Ana Costa arrives 9 february, start work next day.",
				"Nieuwe inkoper Ana Costa komt 9 februari aan en begint de dag erna." }) {
			Announcement starter = OnTheCorpusDay.parse(text);
			assertThat(starter.employeeName()).isEqualTo("Ana Costa");
			assertThat(starter.date()).as(text).hasToString("2027-02-10");
			assertThat(starter.notes()).as("one date said, one meant").doesNotContain(Announcement.Note.SEVERAL_DATES);
		}
		// the day after something else is no start: the date written stays
		assertThat(OnTheCorpusDay.parse("Nina Vos begint 5 januari. De dag erna krijgt ze haar pas.").date())
			.hasToString("2027-01-05");
	}

	@Test
	void aWeekdayOpeningTheSentenceAfterAWeekNumberIsThatDayOfThatWeek() {
		// week 3 of 2027 begins on Monday 18 January, not the coming Monday
		Announcement starter = OnTheCorpusDay
			.parse("Freek de Wit begint in week 3 als monteur. Maandag om 9 uur bij de receptie graag.");
		assertThat(starter.employeeName()).isEqualTo("Freek de Wit");
		assertThat(starter.date()).hasToString("2027-01-18");
		// a weekday in a sentence of its own without a week before it is the coming one
		assertThat(OnTheCorpusDay.parse("Freek de Wit begint bij ons als monteur. Maandag om 9 uur bij de receptie.")
			.date()).hasToString("2026-12-07");
	}

}

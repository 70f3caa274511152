package io.handover.intake;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The two silent wrong dates of blind-14's first run, fixed from the lead's own examples
 * (the blind messages stay unread by the tuners). Today is Thursday 3 December 2026.
 */
class WeekAfterNextAndGoneFromTodayTests {

	@Test
	void theMondayOfTheWeekAfterNextIsNotNextMonday() {
		// next Monday, 7 December, was prefilled without a note
		assertThat(OnTheCorpusDay.parse("Hi, bus driver Lena Vogel starts the week after next, on the Monday.").date())
			.hasToString("2026-12-14");
		assertThat(OnTheCorpusDay.parse("Piet Jansen starts on Wednesday the week after next.").date())
			.hasToString("2026-12-16");
		assertThat(OnTheCorpusDay.parse("Overvolgende week dinsdag begint Piet Jansen als developer.").date())
			.hasToString("2026-12-15");
		assertThat(OnTheCorpusDay.parse("Lena Vogel begint de week na volgende week, op dinsdag.").date())
			.hasToString("2026-12-15");
		// and next week's Monday stays next week's
		assertThat(OnTheCorpusDay.parse("Lena Vogel starts next week on the Monday.").date()).hasToString("2026-12-07");
	}

	@Test
	void theWeekAfterNextWithoutItsDayIsItsMondayAndTheFormSaysOnlyTheWeekWasTold() {
		Announcement starter = OnTheCorpusDay.parse("Piet Jansen begint in de week na volgende week.");
		assertThat(starter.date()).hasToString("2026-12-14");
		assertThat(starter.notes()).containsExactly(Announcement.Note.WEEK_ONLY);
	}

	@Test
	void someoneGoneFromTodayKeepsTodayAndTheFormAsksWhetherYesterdayWasTheLastDayWorked() {
		// managers mean either: today, when the access goes, or yesterday, the last day
		// worked; today was prefilled without a word
		Announcement dutch = OnTheCorpusDay
			.parse("Kun je de toegang van Sanne de Wit intrekken? Ze werkt vanaf vandaag niet meer bij ons.");
		assertThat(dutch.kind()).isEqualTo(Announcement.Kind.LEAVER);
		assertThat(dutch.date()).isEqualTo(OnTheCorpusDay.TODAY);
		assertThat(dutch.notes()).containsExactly(Announcement.Note.FROM_TODAY_AWAY);
		assertThat(OnTheCorpusDay.parse("From today Tom Baker no longer works for us.").notes())
			.containsExactly(Announcement.Note.FROM_TODAY_AWAY);
		// a last day said to be today, or quitting today, is today without a doubt
		Announcement lastDay = OnTheCorpusDay.parse("Vandaag is de laatste dag van Mark de Boer.");
		assertThat(lastDay.date()).isEqualTo(OnTheCorpusDay.TODAY);
		assertThat(lastDay.notes()).isEmpty();
		assertThat(OnTheCorpusDay.parse("Mark de Boer quit today.").notes()).isEmpty();
	}

}

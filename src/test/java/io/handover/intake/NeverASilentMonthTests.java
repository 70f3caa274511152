package io.handover.intake;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Dates a manager gives without a month, or as "since" a weekday: the form is right, or
 * says what it guessed. Today is Thursday 3 December 2026.
 */
class NeverASilentMonthTests {

	@Test
	void aWeekdayAfterSinceHasPassed() {
		Announcement dutch = OnTheCorpusDay
			.parse("Sorry, te laat: Jildou Wijma werkt sinds dinsdag bij ons als verkoopster.");
		assertThat(dutch.date()).hasToString("2026-12-01");
		assertThat(dutch.notes()).contains(Announcement.Note.PAST_DATE);

		Announcement english = OnTheCorpusDay
			.parse("Forgot to tell you: Omar Haddad has been with us since Monday as a developer.");
		assertThat(english.date()).hasToString("2026-11-30");
		assertThat(english.notes()).contains(Announcement.Note.PAST_DATE);
	}

	@Test
	void theWeekdayAfterNextIsAWeekAfterTheNextOne() {
		assertThat(OnTheCorpusDay.parse("Noor Dekker joins us as a developer the Tuesday after next.").date())
			.hasToString("2026-12-15");
		assertThat(OnTheCorpusDay.parse("Noor Dekker begint overvolgende dinsdag als ontwikkelaar.").date())
			.hasToString("2026-12-15");
	}

	@Test
	void theNthNextMonthIsInNextMonth() {
		Announcement english = OnTheCorpusDay.parse("Tessa Brink starts next month, on the 14th, as a carer.");
		assertThat(english.date()).hasToString("2027-01-14");

		Announcement dutch = OnTheCorpusDay.parse("Volgende maand, de 14e, begint Tessa Brink als verzorgende.");
		assertThat(dutch.date()).hasToString("2027-01-14");
	}

	@Test
	void aDayWithoutAnyMonthSaysTheMonthIsAGuess() {
		Announcement read = OnTheCorpusDay.parse("Lars Veen starts on the 21st as a developer.");
		assertThat(read.date()).hasToString("2026-12-21");
		assertThat(read.notes()).contains(Announcement.Note.MONTH_GUESSED);
	}

	@Test
	void aDayInAMonthNamedBeforeItIsNoGuess() {
		Announcement read = OnTheCorpusDay.parse("Our January starters: Lars Veen starts on the 21st as a developer.");
		assertThat(read.date()).hasToString("2027-01-21");
		assertThat(read.notes()).doesNotContain(Announcement.Note.MONTH_GUESSED);
	}

	@Test
	void aPeriodCountedFromTomorrowOrTodayIsCountedFromThatDay() {
		assertThat(OnTheCorpusDay.parse("Ilse Kamp joins the care team a week tomorrow.").date())
			.hasToString("2026-12-11");
		assertThat(OnTheCorpusDay.parse("Ilse Kamp, our new carer, begins two weeks from tomorrow.").date())
			.hasToString("2026-12-18");
		assertThat(OnTheCorpusDay.parse("Reza Amini starts one week from today as a developer.").date())
			.hasToString("2026-12-10");
		assertThat(OnTheCorpusDay.parse("Reza Amini starts as a developer a week today.").date())
			.hasToString("2026-12-10");
		assertThat(OnTheCorpusDay.parse("Reza Amini starts as a developer tomorrow week.").date())
			.hasToString("2026-12-11");
		assertThat(OnTheCorpusDay.parse("Morgen over een week begint Reza Amini als programmeur.").date())
			.hasToString("2026-12-11");
		assertThat(OnTheCorpusDay.parse("Vandaag over twee weken start Ilse Kamp als verzorgende.").date())
			.hasToString("2026-12-17");
	}

}

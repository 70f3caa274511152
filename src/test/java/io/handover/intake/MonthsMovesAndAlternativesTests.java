package io.handover.intake;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Dates that read as something else: a given name that is a month ("Mei Chen", "June
 * Park"), "may" the verb, a first day moved from one day to another, a day given as one
 * of two, a start put off until a day, day and month with dots. Each was a wrong date
 * prefilled without a note, or none. Today is Thursday 3 December 2026.
 */
class MonthsMovesAndAlternativesTests {

	@Test
	void aGivenNameThatIsAMonthNamesNoMonth() {
		Announcement mei = OnTheCorpusDay.parse("Our receptionist Mei Chen leaves on the 23rd.");
		assertThat(mei.date()).as("not 23 May").hasToString("2026-12-23");
		assertThat(mei.notes()).contains(Announcement.Note.MONTH_GUESSED);
		assertThat(OnTheCorpusDay.parse("June Park starts on the 14th as a carer.").date()).hasToString("2026-12-14");
		assertThat(OnTheCorpusDay.parse("Anna May leaves on the 18th.").date()).hasToString("2026-12-18");
		assertThat(OnTheCorpusDay.parse("Our May starters: Kim Bos on the 3rd.").date())
			.as("a month that starts a list is one")
			.hasToString("2027-05-03");
	}

	@Test
	void mayTheVerbIsNoMonth() {
		assertThat(OnTheCorpusDay.parse("Her start on the 11th may still move, but Lena Vogel joins us.").date())
			.isNotEqualTo(LocalDate.of(2027, 5, 11));
		assertThat(OnTheCorpusDay.parse("Ruben Dam starts on 4 May as a carer.").date()).hasToString("2027-05-04");
	}

	@Test
	void aFirstDayMovedIsTheDayItMovedTo() {
		assertThat(OnTheCorpusDay.parse("Ahmed Benali's first day has moved from 4 to 11 January.").date())
			.hasToString("2027-01-11");
		assertThat(OnTheCorpusDay.parse("De start van Kim Jacobs is uitgesteld tot 11 januari.").date())
			.as("put off until then, not ending then")
			.hasToString("2027-01-11");
	}

	@Test
	void aDayGivenAsOneOfTwoIsNoted() {
		Announcement either = OnTheCorpusDay.parse("Tess Kramer starts either 4 or 11 Jan as a developer.");
		assertThat(either.date()).hasToString("2027-01-04");
		assertThat(either.notes()).contains(Announcement.Note.SEVERAL_DATES);
	}

	@Test
	void dayAndMonthWithDotsAreADate() {
		Announcement dotted = OnTheCorpusDay.parse("Ties Bosch komt per 01.02. bij ons als verkoper");
		assertThat(dotted.date()).hasToString("2027-02-01");
		assertThat(dotted.notes()).as("1 February or 2 January").contains(Announcement.Note.AMBIGUOUS_DATE);
		assertThat(OnTheCorpusDay.parse("Om 10.10. belde ik: Anna Kok begint op 4 januari.").date())
			.as("a time is no date")
			.hasToString("2027-01-04");
	}

}

package io.handover.intake;

import java.time.LocalDate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Dates as managers write them in a hurry (issue 18): chat spellings of tomorrow, and
 * numbers that can only be read month first, which the form then asks to check.
 */
class DateWordsTests {

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			Taco Wiersum starts tmrw as a carer
			Lars Bek starts 2moro as a developer
			Mila Cruz's last day is tmw
			Nina Park joins us tomorow
			Maarten Hoekstra begint mrgn als verkoper
			Morgn start Sietske Bouma
			Yara Dijkman stopt morgenochtend
			""")
	void chatSpellingsOfTomorrow(String text) {
		assertThat(OnTheCorpusDay.parse(text).date()).isEqualTo(OnTheCorpusDay.TODAY.plusDays(1));
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			Odile Fox leaves on 1/31               | 2027-01-31
			Jasper Lund starts 12/28               | 2026-12-28
			Petra Holm starts on 2/15/2027         | 2027-02-15
			""")
	void numbersThatCanOnlyBeMonthFirstAreReadSoWithANote(String text, LocalDate date) {
		Announcement a = OnTheCorpusDay.parse(text);

		assertThat(a.date()).isEqualTo(date);
		assertThat(a.notes()).contains(Announcement.Note.MONTH_FIRST);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			Odile Fox leaves on 31/1               | 2027-01-31
			Petra Holm starts on 13-1-2027         | 2027-01-13
			""")
	void dayFirstStaysWithoutThatNote(String text, LocalDate date) {
		Announcement a = OnTheCorpusDay.parse(text);

		assertThat(a.date()).isEqualTo(date);
		assertThat(a.notes()).doesNotContain(Announcement.Note.MONTH_FIRST);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			Kees Bos starts 4 January and works 9-17
			""")
	void hoursWithADashAreNoMonthFirstDate(String text) {
		assertThat(OnTheCorpusDay.parse(text).date()).isEqualTo(LocalDate.of(2027, 1, 4));
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			Rhys Nolan starts Monday week                   | 2026-12-14
			Cleo Hart leaves a week on Friday               | 2026-12-11
			Abel Stone starts tomorrow week                 | 2026-12-11
			Fenna Smit begint morgen over een week          | 2026-12-11
			Roos Verbeek begint maandag week 3              | 2027-01-18
			Teun Baas vertrekt vrijdag wk 5                 | 2027-02-05
			Dirk Lans start 1 febr.                         | 2027-02-01
			""")
	void weeksCountedFromADayAndWeeksOfTheYear(String text, LocalDate date) {
		assertThat(OnTheCorpusDay.parse(text).date()).isEqualTo(date);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			Wieke Haan begint de eerste van volgende maand als ontwikkelaar.            | 2027-01-01
			Dean Rowe leaves on the fifteenth of this month.                             | 2026-12-15
			Carers starting in February: Nora Lunn (1st).                                | 2027-02-01
			In de week van 11 januari begint Gerben Tol; zijn eerste werkdag is dinsdag 12 januari. | 2027-01-12
			""")
	void daysOfAMonthSaidElsewhere(String text, LocalDate date) {
		assertThat(OnTheCorpusDay.parse(text).date()).isEqualTo(date);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			Aiko Satoh (8th) starts as developer.
			""")
	void aDayInBracketsWithoutAMonthIsNoDate(String text) {
		assertThat(OnTheCorpusDay.parse(text).date()).isNull();
	}

}

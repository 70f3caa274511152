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

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			Nadia Roy starts week 3 on Monday                       | 2027-01-18
			Sem Bakker begint in wk 2 op donderdag                  | 2027-01-14
			Hana Ito leaves Wednesday 3 weeks                       | 2026-12-30
			Wout Peeters stopt woensdag over twee weken             | 2026-12-23
			Lea Fink joins three weeks from Tuesday                 | 2026-12-29
			Tijn Claes begint over 2 weken op maandag               | 2026-12-21
			""")
	void aWeekdayOfAWeekNumberAndWeeksFromAWeekday(String text, LocalDate date) {
		assertThat(OnTheCorpusDay.parse(text).date()).isEqualTo(date);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			Amos Reid starts on the first working day of August       | 2027-08-02
			Nova Elst begint op de 1e werkdag van mei                 | 2027-05-03
			Iris Lam starts the first business day of next month      | 2027-01-04
			Jelle Bos begint de eerste werkdag van de maand           | 2027-01-04
			Cas Hout stopt de eerste dag van maart                    | 2027-03-01
			Vera Quinn joins on the first day of August 2027          | 2027-08-01
			""")
	void theFirstWorkingDayOfAMonthIsItsFirstWeekdayNotNewYearsDay(String text, LocalDate date) {
		assertThat(OnTheCorpusDay.parse(text).date()).isEqualTo(date);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			Beau Lang leaves 2day
			Tara Moss finishes this afternoon
			Gijs Vink vertrekt vanmiddag
			Nour Haddad stopt vanavond, per direct
			""")
	void timesOfTodayAreToday(String text) {
		assertThat(OnTheCorpusDay.parse(text).date()).isEqualTo(OnTheCorpusDay.TODAY);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			Koen Ras begint over 5 dgn          | 2026-12-08
			Eva Stam begint over 2 wkn          | 2026-12-17
			Lot Smits stopt over 2 mnd          | 2027-02-03
			Ivo Baan starts in 3 wks            | 2026-12-24
			""")
	void periodsInShortWords(String text, LocalDate date) {
		assertThat(OnTheCorpusDay.parse(text).date()).isEqualTo(date);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			Lena Voss leaves on Christmas Eve                 | 2026-12-24
			Ada Quist begint op eerste kerstdag               | 2026-12-25
			Bo Hendriks werkt nog tot oudjaarsdag              | 2026-12-31
			Sven Ek starts on New Year's Day                  | 2027-01-01
			Per heden is Jet Kamp uit dienst                  | 2026-12-03
			""")
	void daysNamedForAHolidayAndPerHeden(String text, LocalDate date) {
		assertThat(OnTheCorpusDay.parse(text).date()).isEqualTo(date);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			Following up yesterday's message: Rob Tiel starts on 18 January.               | 2027-01-18
			Wat ik gisteren stuurde klopt niet: Ella Boer begint op 25 januari.            | 2027-01-25
			As I wrote yesterday, Omar Daly leaves us on 5 February.                       | 2027-02-05
			""")
	void aTimeThatDatesAnEarlierMessageIsNoDateOfThePerson(String text, LocalDate date) {
		Announcement a = OnTheCorpusDay.parse(text);

		assertThat(a.date()).isEqualTo(date);
		assertThat(a.notes()).doesNotContain(Announcement.Note.SEVERAL_DATES, Announcement.Note.PAST_DATE);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			Jade Moor resigned; she won't be in after this Sunday.        | 2026-12-06
			Kees Rook heeft opgezegd en was deze maandag voor het laatst. | 2026-11-30
			""")
	void thisWeekdayIsTheOneOfThisWeekInThePastTenseToo(String text, LocalDate date) {
		assertThat(OnTheCorpusDay.parse(text).date()).isEqualTo(date);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|',
			textBlock = """
					Wim Lux gaat per 1 april bij een ander bedrijf aan de slag; zijn laatste werkdag hier is 31 maart. | 2027-03-31
					""")
	void aLeaversLastDayHereBeatsTheStartElsewhere(String text, LocalDate date) {
		assertThat(OnTheCorpusDay.parse(text).date()).isEqualTo(date);
	}

}

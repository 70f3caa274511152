package io.handover.intake;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A starter's first day among the other dates of a message: a temporary contract's end, a
 * period of days, a holiday's name, a weekday in a week numbered before it. Each was a
 * wrong date prefilled without a note. Today is Thursday 3 December 2026.
 */
class StartsEndsAndHolidaysTests {

	@Test
	void theEndOfATemporaryContractIsNoFirstDay() {
		List<Announcement> two = OnTheCorpusDay.parseAll("Twee invallers, Sanne Post en Mehmet Kaya, beginnen op "
				+ "4 januari in de keuken. Sanne tot eind maart, Mehmet voorlopig een halfjaar.");
		assertThat(two).extracting(Announcement::employeeName).containsExactly("Sanne Post", "Mehmet Kaya");
		assertThat(two).allSatisfy(a -> assertThat(a.date()).hasToString("2027-01-04"));

		List<Announcement> crew = OnTheCorpusDay.parseAll("pls set up 3 seasonal baggage handlers, all starting "
				+ "11 jan: Liam Byrne, Aoife Walsh, Conor Daly. contracts end 30 april");
		assertThat(crew).extracting(Announcement::employeeName)
			.containsExactly("Liam Byrne", "Aoife Walsh", "Conor Daly");
		assertThat(crew).allSatisfy(a -> assertThat(a.date()).hasToString("2027-01-11"));

		assertThat(
				OnTheCorpusDay.parse("Joris Dekker begint op 1 februari als monteur, zijn contract loopt tot 31 juli.")
					.date())
			.hasToString("2027-02-01");
	}

	@Test
	void aLeaversContractEndIsStillTheirLastDay() {
		assertThat(OnTheCorpusDay.parse("Het contract van Femke Jonker loopt af op 31 januari, ze stopt dan bij ons.")
			.date()).hasToString("2027-01-31");
	}

	@Test
	void aPeriodOfDaysStartsOnItsFirst() {
		assertThat(
				OnTheCorpusDay.parse("Please set up Ravi Menon as a temp, he helps us from 7 to 18 December.").date())
			.hasToString("2026-12-07");
		assertThat(OnTheCorpusDay.parse("Nora Smits begint als invalkracht, zij werkt van 4 t/m 29 januari.").date())
			.hasToString("2027-01-04");
	}

	@Test
	void aLeaversPeriodIsReadAsItsFirstDayWithANote() {
		Announcement leaver = OnTheCorpusDay
			.parse("Lotte Bakker leaves us: she works her notice from 7 to 18 December, then she is gone.");
		assertThat(leaver.kind()).isEqualTo(Announcement.Kind.LEAVER);
		assertThat(leaver.notes()).contains(Announcement.Note.SEVERAL_DATES);
	}

	@Test
	void aHolidayIsItsDayNotTheWeekdayInItsName() {
		List<Announcement> stewards = OnTheCorpusDay
			.parseAll("Two new stewards, Tim Vos and Eva Lam, start on Easter Monday.");
		assertThat(stewards).allSatisfy(a -> assertThat(a.date()).hasToString("2027-03-29"));
		assertThat(OnTheCorpusDay.parse("Ruben Aydin begint op Goede Vrijdag als kok.").date())
			.hasToString("2027-03-26");
		assertThat(OnTheCorpusDay.parse("Hanna Berg leaves us on Ascension Day.").date()).hasToString("2027-05-06");
		assertThat(OnTheCorpusDay.parse("Daan Kuiper heeft zijn laatste werkdag op tweede pinksterdag.").date())
			.hasToString("2027-05-17");
		assertThat(OnTheCorpusDay.parse("Mila de Boer begint na Koningsdag, op 28 april.").date())
			.hasToString("2027-04-28");
		assertThat(OnTheCorpusDay.parse("The day after Easter Monday Jonas Wirth joins the warehouse.").date())
			.hasToString("2027-03-30");
		assertThat(OnTheCorpusDay.parse("Sara Lopes begint na Hemelvaart als stagiair.").date())
			.as("some day after it: no date to guess")
			.isNull();
		assertThat(OnTheCorpusDay.parse("Lisa Weber does not start until Easter Monday.").date())
			.as("a start put off until then is that day")
			.hasToString("2027-03-29");
	}

	@Test
	void easterFallsOnItsKnownSundays() {
		assertThat(DateWords.easterSunday(2026)).hasToString("2026-04-05");
		assertThat(DateWords.easterSunday(2027)).hasToString("2027-03-28");
		assertThat(DateWords.easterSunday(2028)).hasToString("2028-04-16");
		assertThat(DateWords.easterSunday(2038)).hasToString("2038-04-25");
	}

	@Test
	void aWeekdayAfterAWeekNumberIsInThatWeek() {
		List<Announcement> drivers = OnTheCorpusDay.parseAll(
				"Vanaf week 3 komen er drie nieuwe bezorgers bij, op dinsdag: Jens Mulder, Ilse Kok en Bram de Wit.");
		assertThat(drivers).hasSize(3).allSatisfy(a -> assertThat(a.date()).hasToString("2027-01-19"));
		assertThat(OnTheCorpusDay.parse("In week 2 our new planner starts, on Wednesday: Grace Owusu.").date())
			.hasToString("2027-01-13");
	}

}

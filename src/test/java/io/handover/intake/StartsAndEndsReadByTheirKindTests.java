package io.handover.intake;

import java.time.LocalDate;
import java.util.List;

import io.handover.intake.Announcement.Kind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A start and an end told so that their kind was read wrong (issue 18): a start
 * "afgelopen dinsdag" is no ending ("afgelopen"), a temp who starts and leaves on given
 * days is a starter, a traineeship or a fixed-term contract rounded off, contracts
 * finished in the plural and work "t/m" a day are leavings. Today is Thursday 3 December
 * 2026.
 */
class StartsAndEndsReadByTheirKindTests {

	@ParameterizedTest
	@CsvSource(delimiter = '|',
			textBlock = """
					Kees Hoogland is afgelopen maandag begonnen als heftruckchauffeur. Kan hij nog een account krijgen? | Kees Hoogland | 2026-11-30
					Mila Brouwer is afgelopen woensdag begonnen als afwashulp, kan ze een inlog krijgen? | Mila Brouwer | 2026-12-02
					""")
	void aStartOnAPastWeekdayIsAStarterOnThatDay(String text, String name, LocalDate date) {
		Announcement a = OnTheCorpusDay.parse(text);

		assertThat(a.kind()).isEqualTo(Kind.STARTER);
		assertThat(a.employeeName()).isEqualTo(name);
		assertThat(a.date()).isEqualTo(date);
	}

	@Test
	void tempsStartingOnADayAndLeavingOnAnotherAreStarters() {
		List<Announcement> all = OnTheCorpusDay.parseAll(
				"We take on these seasonal temps, all starting Monday 14 December and leaving on 8 January: Sven Holm, Ana Costa.");

		assertThat(all).extracting(Announcement::kind).containsExactly(Kind.STARTER, Kind.STARTER);
		assertThat(all).extracting(Announcement::date).containsOnly(LocalDate.of(2026, 12, 14));
	}

	@Test
	void oneWhoStartsAndAnotherWhoLeavesStayApart() {
		List<Announcement> all = OnTheCorpusDay.parseAll("Anna Kok starts on Monday. Bob Lee leaves on 18 December.");

		assertThat(all).extracting(Announcement::kind).containsExactly(Kind.STARTER, Kind.LEAVER);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|',
			textBlock = """
					Femke Bosman werkt nog t/m 8 januari bij ons als lasser, daarna gaat ze naar een andere scheepswerf. | Femke Bosman | 2027-01-08
					Stagiair Daan Verhoef rondt zijn stage bij ons af op 18 december.             | Daan Verhoef | 2026-12-18
					Our intern Priya Nair completes her internship on 23 December.               | Priya Nair   | 2026-12-23
					For your records: Marta Silva, front desk, end of temporary contract 15/01/2027. | Marta Silva | 2027-01-15
					""")
	void anEndRoundedOffIsALeaver(String text, String name, LocalDate date) {
		Announcement a = OnTheCorpusDay.parse(text);

		assertThat(a.kind()).isEqualTo(Kind.LEAVER);
		assertThat(a.employeeName()).isEqualTo(name);
		assertThat(a.date()).isEqualTo(date);
	}

	@Test
	void contractsFinishedInThePluralAreLeavings() {
		List<Announcement> all = OnTheCorpusDay
			.parseAll("Warehouse pickers Tom Reyes and Ivo Marsh finish their contracts on 15 January.");

		assertThat(all).extracting(Announcement::kind).containsExactly(Kind.LEAVER, Kind.LEAVER);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			Onze bezorger Gert Span is zondagavond plotseling overleden.      | 2026-11-29
			Anouk Prins is afgelopen dinsdagochtend begonnen, graag een account. | 2026-12-01
			""")
	void aWeekdayWithItsPartOfTheDayIsThatWeekday(String text, LocalDate date) {
		assertThat(OnTheCorpusDay.parse(text).date()).isEqualTo(date);
	}

	@Test
	void theLastWorkingDaySaidToEndBeatsTheDayOfLeaving() {
		Announcement a = OnTheCorpusDay
			.parse("Monteur Kees Lam stopt per 1 maart; zijn laatste klus, en dus zijn laatste "
					+ "werkdag, eindigt op 25 februari.");

		assertThat(a.kind()).isEqualTo(Kind.LEAVER);
		assertThat(a.date()).isEqualTo(LocalDate.of(2027, 2, 25));
	}

	@Test
	void aCrewChangeNamesWhoComesAboardAndWhoLeaves() {
		List<Announcement> all = OnTheCorpusDay.parseAll("Ploegwissel per 4 januari: Lies Vos en Omar Aziz komen aan "
				+ "boord als kok, Jan Smit gaat dan van boord en stopt bij ons.");

		assertThat(all).extracting(Announcement::kind).containsExactly(Kind.STARTER, Kind.STARTER, Kind.LEAVER);
	}

}

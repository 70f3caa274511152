package io.handover.intake;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

/**
 * Announcements of tuning-50: a lower-case name set off by a comma after the last or
 * first day of one of ours, with their job and where they work between, and contracts
 * ending around a list of whose, and a letter alone naming a shift or a team. Today is
 * Thursday 3 December 2026.
 */
class LastDaysOfOursAndContractsOfAListTests {

	@Test
	void aLowerCaseNameAfterTheDayOfOneOfOursWithTheirJobAndPlaceIsTheirs() {
		assertThat(OnTheCorpusDay.parseAllShipped(
				"vrijdag is de laatste dag van onze stagiair bij de balie, lotte vermeulen. account mag daarna dicht"))
			.extracting(Announcement::kind, Announcement::employeeName, a -> a.date().toString())
			.containsExactly(tuple(Announcement.Kind.LEAVER, "Lotte Vermeulen", "2026-12-04"));
		// the job's words are no name: "agency worker" is what Tom Okafor does
		assertThat(OnTheCorpusDay.parseAllShipped(
				"tomorrow is the last day of our agency worker in the warehouse, tom okafor. pls close his login"))
			.extracting(Announcement::kind, Announcement::employeeName)
			.containsExactly(tuple(Announcement.Kind.LEAVER, "Tom Okafor"));
		assertThat(OnTheCorpusDay
			.parseAllShipped("morgen is de laatste dag van onze invalkracht in de keuken, pim de boer."))
			.extracting(Announcement::employeeName)
			.containsExactly("Pim de Boer");
	}

	@Test
	void theLastDayOfAMonthNamesNoOne() {
		assertThat(OnTheCorpusDay
			.parseAllShipped("friday is the last day of the month, so pls send in your hours before then"))
			.extracting(Announcement::employeeName)
			.containsOnlyNulls();
		// nor a day of ours with no comma before lower-case words that are no name
		assertThat(OnTheCorpusDay.parseAllShipped("het is de laatste dag van onze actie, dus bestel snel"))
			.extracting(Announcement::employeeName)
			.containsOnlyNulls();
	}

	@Test
	void contractsEndingAroundAListOfWhoseAreTheirLeavings() {
		assertThat(OnTheCorpusDay.parseAllShipped(
				"Het bouwproject is klaar. Daarmee lopen de contracten van Bram Dekker, Eva Smit en Joris Mulder op 28 februari af."))
			.extracting(Announcement::kind, Announcement::employeeName, a -> a.date().toString())
			.containsExactly(tuple(Announcement.Kind.LEAVER, "Bram Dekker", "2027-02-28"),
					tuple(Announcement.Kind.LEAVER, "Eva Smit", "2027-02-28"),
					tuple(Announcement.Kind.LEAVER, "Joris Mulder", "2027-02-28"));
		// a contract that runs on is no leaving
		assertThat(OnTheCorpusDay
			.parseAllShipped("Het contract van Roos Vink loopt gewoon door, dat hoeft niet af te lopen."))
			.extracting(Announcement::kind)
			.doesNotContain(Announcement.Kind.LEAVER);
	}

	@Test
	void aLetterAloneNamesAShiftOrATeamNeverAPerson() {
		assertThat(OnTheCorpusDay
			.parseAllShipped("packing operator lena fischer starts mon 14 dec, B shift. pls give her a locker"))
			.extracting(Announcement::kind, Announcement::employeeName)
			.containsExactly(tuple(Announcement.Kind.STARTER, "Lena Fischer"));
		assertThat(OnTheCorpusDay.parseAllShipped("inpakker joost mulder begint ma 14 dec in ploeg A. graag een pas"))
			.extracting(Announcement::employeeName)
			.containsExactly("Joost Mulder");
		// an initial before a surname stays part of the name
		assertThat(OnTheCorpusDay.parseAllShipped("J. Smit begint op 14 december als verzorgende."))
			.extracting(Announcement::employeeName)
			.containsExactly("J. Smit");
	}

}

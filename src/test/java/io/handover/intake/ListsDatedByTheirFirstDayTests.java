package io.handover.intake;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

/**
 * Blind-33's lists that say no verb: people listed one a line, each with the day they
 * come from ("1. Femke Didden – kassa, vanaf zaterdag 19 december", "1) Agata Wróblewska
 * – packer – from Monday 11 January"), or a heading that gives the day for all ("Per
 * maandag 4 januari op de vullijn:"), are newcomers. A list of leavers keeps its verb's
 * reading. Today is Thursday 3 December 2026.
 */
class ListsDatedByTheirFirstDayTests {

	@Test
	void itemsEachWithTheDayTheyComeFromAreStarters() {
		assertThat(OnTheCorpusDay.parseAllShipped("Voor de wintermarkt in Deventer:\n1. Iris Wessels – kraam, vanaf "
				+ "vrijdag 11 december\n2. Stijn Haverkamp – opbouw, vanaf maandag 14 december"))
			.extracting(Announcement::kind, Announcement::employeeName, a -> a.date().toString())
			.containsExactly(tuple(Announcement.Kind.STARTER, "Iris Wessels", "2026-12-11"),
					tuple(Announcement.Kind.STARTER, "Stijn Haverkamp", "2026-12-14"));
		assertThat(OnTheCorpusDay.parseAllShipped("For the warehouse:\n- Tomasz Nowicki – picker – from Monday 4 "
				+ "January\n- Lena Fischer – picker – from Monday 11 January"))
			.extracting(Announcement::kind, Announcement::employeeName, a -> a.date().toString())
			.containsExactly(tuple(Announcement.Kind.STARTER, "Tomasz Nowicki", "2027-01-04"),
					tuple(Announcement.Kind.STARTER, "Lena Fischer", "2027-01-11"));
	}

	@Test
	void aHeadingThatGivesTheDayForAllListsStarters() {
		assertThat(OnTheCorpusDay
			.parseAllShipped("Per maandag 11 januari in de inpakhal:\n1. Roos Veldhuis\n2. Omar " + "Benali"))
			.extracting(Announcement::kind, Announcement::employeeName, a -> a.date().toString())
			.containsExactly(tuple(Announcement.Kind.STARTER, "Roos Veldhuis", "2027-01-11"),
					tuple(Announcement.Kind.STARTER, "Omar Benali", "2027-01-11"));
	}

	@Test
	void aListOfLeaversKeepsItsVerb() {
		assertThat(OnTheCorpusDay.parseAllShipped("Per 1 januari uit dienst:\n1. Roos Veldhuis\n2. Omar Benali"))
			.extracting(Announcement::kind)
			.containsOnly(Announcement.Kind.LEAVER);
		assertThat(OnTheCorpusDay.parseAllShipped(
				"Wij nemen afscheid van:\n1. Iris Wessels – laatste dag vrijdag 11 december\n2. Stijn Haverkamp – "
						+ "laatste dag maandag 14 december"))
			.extracting(Announcement::kind)
			.containsOnly(Announcement.Kind.LEAVER);
	}

}

package io.handover.intake;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * People listed one per line, and a job said before a full name: every person is read,
 * and the job is no part of the name. Today is Thursday 3 December 2026.
 */
class ListsAndTitlesTests {

	@Test
	void everyPersonOnTheirOwnLineUnderAHeadingIsRead() {
		List<Announcement> read = OnTheCorpusDay
			.parseAll("Leaving us on 31 December:\nMarloes Timmer\nDerk Bouwhuis\nBoth carers at the Linden home.");
		assertThat(read).extracting(Announcement::employeeName).containsExactly("Marloes Timmer", "Derk Bouwhuis");
		assertThat(read).allSatisfy(leaver -> {
			assertThat(leaver.kind()).isEqualTo(Announcement.Kind.LEAVER);
			assertThat(leaver.date()).hasToString("2026-12-31");
		});
	}

	@Test
	void numberedItemsWithARoleOnTheLineAreEachRead() {
		List<Announcement> read = OnTheCorpusDay
			.parseAll("Per 4 januari beginnen:\n1. Gijs Ottens, ontwikkelaar\n2. Hanna Veltkamp, verzorgende");
		assertThat(read).extracting(Announcement::employeeName).containsExactly("Gijs Ottens", "Hanna Veltkamp");
		assertThat(read).extracting(Announcement::roleKey).containsExactly("software-engineer", "care-worker");
		assertThat(read).extracting(a -> a.date().toString()).containsOnly("2027-01-04");
	}

	@Test
	void aListUnderAHeadingOfOnlyNewAndADateIsOfStarters() {
		List<Announcement> read = OnTheCorpusDay
			.parseAll("Nieuw per 4 januari:\n- Gijs Ottens, ontwikkelaar\n- Hanna Veltkamp, verzorgende");
		assertThat(read).extracting(Announcement::employeeName).containsExactly("Gijs Ottens", "Hanna Veltkamp");
		assertThat(read).extracting(Announcement::kind).containsOnly(Announcement.Kind.STARTER);
		assertThat(read).extracting(a -> String.valueOf(a.date())).containsOnly("2027-01-04");
	}

	@Test
	void aJobSaidBeforeAFullNameIsNoPartOfIt() {
		assertThat(OnTheCorpusDay.parse("Loodgieter Menno Dijkhuis stopt per 1 februari bij ons.").employeeName())
			.isEqualTo("Menno Dijkhuis");
		assertThat(OnTheCorpusDay.parse("Electrician Gareth Lloyd leaves us on 29 January.").employeeName())
			.isEqualTo("Gareth Lloyd");
	}

	@Test
	void aSurnameThatIsAJobStaysInTheName() {
		assertThat(OnTheCorpusDay.parse("Per 1 maart begint Ineke Bakker bij ons als verzorgende.").employeeName())
			.isEqualTo("Ineke Bakker");
		assertThat(OnTheCorpusDay.parse("Our carer Tom Cook leaves us on 29 January.").employeeName())
			.isEqualTo("Tom Cook");
	}

	@Test
	void aUnitOrSubjectBesideANameIsNoSecondPersonAndLeavesTheDateToTheOne() {
		for (String text : List.of("Is Joost Kamp (porter, Willow Court House) leaving on 15 January?",
				"Abel Tromp joins the Faculty of Arts as Professor of Medieval History on 15 January.",
				"Bakkerij De Korenaar hier! Vanaf 15 januari begint Abel Tromp bij ons.")) {
			List<Announcement> read = OnTheCorpusDay.parseAll(text);
			assertThat(read).as(text).hasSize(1);
			assertThat(read.get(0).date()).as(text).hasToString("2027-01-15");
		}
	}

}

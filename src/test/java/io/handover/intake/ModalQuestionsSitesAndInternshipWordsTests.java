package io.handover.intake;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

/**
 * Blind-32's questions that named no one but were read as naming someone: a Dutch
 * question opened by its plural verb before a group of a nationality ("Moeten de Poolse
 * montageploegen …?"), the town of a building site ("op de bouwplaats in Almelo"), an
 * internship said as a verb ("die bij ons stage lopen"), and in a chat an adverb of what
 * the newcomer mostly does ("mostly skinning birds") taken for a lower-case name; and a
 * farewell that had to be taken ("afscheid moeten nemen van …") names its leaver. Today
 * is Thursday 3 December 2026.
 */
class ModalQuestionsSitesAndInternshipWordsTests {

	@Test
	void aQuestionOpenedByItsPluralVerbBeforeAGroupNamesNoOne() {
		assertThat(OnTheCorpusDay.parseAllShipped(
				"Moeten de Belgische chauffeurs van het uitzendbureau ook in het " + "systeem? Het zijn er acht."))
			.allMatch(a -> a.employeeName() == null);
		assertThat(OnTheCorpusDay.parseAllShipped("Kunnen de Engelse collega's van de aannemer ook bij de planning?"))
			.allMatch(a -> a.employeeName() == null);
	}

	@Test
	void namesAskedAfterThatVerbAreStillRead() {
		assertThat(OnTheCorpusDay
			.parseAllShipped("Moeten Jan de Vries en Piet Bos ook een pas? Ze beginnen maandag op de werf."))
			.extracting(Announcement::employeeName, a -> a.date().toString())
			.containsExactly(tuple("Jan de Vries", "2026-12-07"), tuple("Piet Bos", "2026-12-07"));
	}

	@Test
	void theTownOfABuildingSiteIsNoName() {
		assertThat(OnTheCorpusDay.parseAllShipped("Hebben de schilders van onze onderaannemer een pas nodig? Ze "
				+ "werken vanaf februari op het bouwterrein in Deventer."))
			.allMatch(a -> a.employeeName() == null);
		assertThat(OnTheCorpusDay.parseAllShipped("Krijgen de stukadoors van de aannemer een inlog? Ze staan vanaf "
				+ "maart op de bouwplaats in Hengelo."))
			.allMatch(a -> a.employeeName() == null);
		assertThat(OnTheCorpusDay.parseAllShipped("Karin Smit begint maandag op onze bouwplaats in Zwolle."))
			.extracting(Announcement::employeeName, a -> a.date().toString())
			.containsExactly(tuple("Karin Smit", "2026-12-07"));
	}

	@Test
	void anInternshipSaidAsAVerbIsNoName() {
		assertThat(OnTheCorpusDay.parseAllShipped("Hoe gaat het met studenten van de hogeschool die bij ons stage "
				+ "lopen: krijgen die een eigen laptop?"))
			.allMatch(a -> a.employeeName() == null);
	}

	@Test
	void aFarewellThatHadToBeTakenNamesTheLeaverInLowerCase() {
		assertThat(OnTheCorpusDay.parseAllShipped(
				"gisteren hebben we afscheid moeten nemen van begeleider sem hofland, op staande voet. graag alles dicht"))
			.extracting(Announcement::kind, Announcement::employeeName, a -> a.date().toString())
			.containsExactly(tuple(Announcement.Kind.LEAVER, "Sem Hofland", "2026-12-02"));
	}

	@Test
	void whatTheNewcomerMostlyDoesIsNoName() {
		assertThat(OnTheCorpusDay.parseAllShipped(
				"new at the frame shop: tom verhaegen, contract from 4 jan, mainly sanding frames 🪵 needs a login"))
			.extracting(Announcement::employeeName, a -> a.date().toString())
			.containsExactly(tuple("Tom Verhaegen", "2027-01-04"));
		assertThat(OnTheCorpusDay
			.parseAllShipped("nieuw in de werkplaats: lotte brink, vanaf 4 jan, vooral " + "lijsten schuren"))
			.extracting(Announcement::employeeName, a -> a.date().toString())
			.containsExactly(tuple("Lotte Brink", "2027-01-04"));
	}

}

package io.handover.intake;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

/**
 * Blind-33's job, then the town where it is done, then the name: "Bedrijfsleider
 * Valkenburg Guido Pluijmaekers", "Chef-kok Zandvoort Ramon Slagboom", or after the name
 * ("souschef Thijs Gorissen in Scheveningen"). The town is no part of the name; a name of
 * three words or a surname that is a town stays whole. Today is Thursday 3 December 2026.
 */
class TownsBetweenAJobAndANameTests {

	@Test
	void aTownBetweenTheJobAndTheNameIsLeftOut() {
		assertThat(OnTheCorpusDay.parseAllShipped("Filiaalmanager Harderwijk Sandra Kooistra stopt per 1 maart."))
			.extracting(Announcement::employeeName, a -> a.date().toString())
			.containsExactly(tuple("Sandra Kooistra", "2027-03-01"));
		assertThat(OnTheCorpusDay.parseAllShipped("Bedrijfsleider Heerenveen Pieter Dijkstra begint op 4 januari."))
			.extracting(Announcement::employeeName, a -> a.date().toString())
			.containsExactly(tuple("Pieter Dijkstra", "2027-01-04"));
	}

	@Test
	void aTownAfterTheFullNameIsWhereTheyWork() {
		assertThat(OnTheCorpusDay.parseAllShipped(
				"Vanaf maandag 11 januari werkt kok Bas Hendriks in Noordwijk in plaats van Katwijk, zelfde functie."))
			.extracting(Announcement::employeeName)
			.containsExactly("Bas Hendriks");
		assertThat(OnTheCorpusDay.parseAllShipped("Eva in de Betou begint maandag."))
			.extracting(Announcement::employeeName)
			.containsExactly("Eva in de Betou");
		assertThat(OnTheCorpusDay.parseAllShipped("Jan in 't Veld begint maandag."))
			.extracting(Announcement::employeeName)
			.containsExactly("Jan in 't Veld");
	}

	@Test
	void aNameOfThreeWordsOrATownAsSurnameStaysWhole() {
		assertThat(OnTheCorpusDay.parseAllShipped("Bedrijfsleider Anne Marie Jansen stopt per 1 april."))
			.extracting(Announcement::employeeName)
			.containsExactly("Anne Marie Jansen");
		assertThat(OnTheCorpusDay.parseAllShipped("Bedrijfsleider Jan Harderwijk stopt per 1 april."))
			.extracting(Announcement::employeeName)
			.containsExactly("Jan Harderwijk");
	}

}

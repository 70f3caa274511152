package io.handover.intake;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Found on blind-31: a job said right before the name by a word the parser did not know
 * ("schrijftolk", "voorbaas", "qa tester", "forklift loader") is no part of it; "sacked"
 * is a dismissal; "eergisteravond" is the day before yesterday; a first shift "bij ons"
 * is a start. Today is Thursday 3 December 2026.
 */
class JobsBeforeNamesSackingsAndFirstShiftsTests {

	@Test
	void aJobWordBeforeTheNameStaysOutOfIt() {
		assertThat(OnTheCorpusDay.parse("Schrijftolk Anna de Wit stopt per 1 maart, ze gaat voor zichzelf werken.")
			.employeeName()).isEqualTo("Anna de Wit");
		assertThat(OnTheCorpusDay
			.parse("Voorbaas Kees Mulder gaat per 1 februari naar de ploeg in Zwolle, zelfde functie.")
			.employeeName()).isEqualTo("Kees Mulder");
		assertThat(OnTheCorpusDay.parse("first day friday for our new qa tester sanne vos").employeeName())
			.isEqualTo("Sanne Vos");
		assertThat(OnTheCorpusDay.parse("last day for forklift loader piet smit is fri 18 dec").employeeName())
			.isEqualTo("Piet Smit");
	}

	@Test
	void aSackingIsALeavingOnItsDay() {
		Announcement sacked = OnTheCorpusDay.parse("We sacked driver Tim Boer yesterday.");

		assertThat(sacked.kind()).isEqualTo(Announcement.Kind.LEAVER);
		assertThat(sacked.date()).hasToString("2026-12-02");
	}

	@Test
	void theEveningBeforeYesterdayIsThatDay() {
		Announcement death = OnTheCorpusDay.parse("Eergisteravond is onze monteur Jan Dekker overleden.");

		assertThat(death.kind()).isEqualTo(Announcement.Kind.LEAVER);
		assertThat(death.date()).hasToString("2026-12-01");
	}

	@Test
	void aFirstShiftWithUsIsAStart() {
		Announcement start = OnTheCorpusDay
			.parse("Aanstaande zaterdag draait Emma Bos haar eerste dienst bij ons in de bediening.");

		assertThat(start.kind()).isEqualTo(Announcement.Kind.STARTER);
		assertThat(start.date()).hasToString("2026-12-05");
		assertThat(OnTheCorpusDay
			.parseAll("Zaterdag draaien we de eerste dienst in de nieuwe hal, de kantine is dan nog dicht."))
			.allSatisfy(read -> assertThat(read.kind()).isNull());
	}

}

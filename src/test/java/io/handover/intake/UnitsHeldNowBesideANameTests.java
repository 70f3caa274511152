package io.handover.intake;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A unit said beside a name as the one held now ("Patricia Schoneveld, now at reception,
 * takes over …") makes the news a move of one of ours, as "nu nog op de receptie" does in
 * Dutch; a newcomer's present employer set off the same way does not. Today is Thursday 3
 * December 2026.
 */
class UnitsHeldNowBesideANameTests {

	@Test
	void aUnitHeldNowBesideTheNameMakesAMove() {
		Announcement takesOver = OnTheCorpusDay
			.parse("From Monday 11 January Ilse Maas, now at the front desk, takes over the planning.");
		Announcement becomes = OnTheCorpusDay
			.parse("From 1 February Omar Diallo, still in the warehouse, becomes our planner.");

		assertThat(takesOver.kind()).isEqualTo(Announcement.Kind.ROLE_CHANGE);
		assertThat(takesOver.date()).hasToString("2027-01-11");
		assertThat(becomes.kind()).isEqualTo(Announcement.Kind.ROLE_CHANGE);
	}

	@Test
	void aNewcomersPresentEmployerBesideTheNameStaysAStart() {
		Announcement start = OnTheCorpusDay.parse("Anna Vos, now at Philips, joins us on 1 March as account manager.");

		assertThat(start.kind()).isEqualTo(Announcement.Kind.STARTER);
		assertThat(start.date()).hasToString("2027-03-01");
	}

}

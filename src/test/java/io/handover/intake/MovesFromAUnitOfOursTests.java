package io.handover.intake;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Someone who works at a unit of ours now, or no longer, and becomes something new is a
 * mover, even when the message asks for a laptop or a phone as a starter's would; work at
 * another employer's place is no job here. Today is Thursday 3 December 2026.
 */
class MovesFromAUnitOfOursTests {

	@Test
	void workAtAUnitOfOursSaidNowMakesTheNewJobAMove() {
		assertMover("Ruth Kamp, who is working at the front desk since 2023, will become our account manager from "
				+ "1 February. She needs a laptop.");
		assertMover("Dirk Mol, who has been on the night shift desk for years, becomes our facility coordinator "
				+ "on 4 January. Please order him a phone.");
		assertMover("Fleur Aydin, die al drie jaar achter de balie staat, wordt per 1 maart onze accountmanager. "
				+ "Ze heeft een telefoon nodig.");
	}

	@Test
	void aUnitOfOursNoLongerWorkedAtMakesTheNewJobAMove() {
		assertMover("From 11 January Owen Price is no longer at the parts counter, he becomes our sales rep. "
				+ "Can you sort a car for him?");
		assertMover("Per 1 februari zit Noor Claes niet meer op de receptie: ze wordt onze facilitair coördinator. "
				+ "Graag een laptop.");
	}

	@Test
	void workAtAnotherEmployersPlaceOrLeavingTheCompanyIsNoMove() {
		assertThat(OnTheCorpusDay
			.parse("Jan Smit, who works at the hospital of Leiden now, will become our nurse "
					+ "on 1 March. He needs a laptop.")
			.kind()).isEqualTo(Announcement.Kind.STARTER);
		assertThat(OnTheCorpusDay
			.parse("From 1 March Tom Bakker is no longer with the company. Please collect his laptop.")
			.kind()).isEqualTo(Announcement.Kind.LEAVER);
	}

	private static void assertMover(String text) {
		assertThat(OnTheCorpusDay.parse(text).kind()).as(text).isEqualTo(Announcement.Kind.ROLE_CHANGE);
	}

}

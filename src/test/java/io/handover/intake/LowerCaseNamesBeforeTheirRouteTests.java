package io.handover.intake;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A mover's name typed in lower case with a particle ("tess van loon", "ruud van der
 * berg") before the route of the move: the particle is the name's, the route opens at the
 * "from" or "van" after it, and the verb between is no part of the name. Found on
 * tuning-58 (a name read as "Dam Goes"). Today is Thursday 3 December 2026.
 */
class LowerCaseNamesBeforeTheirRouteTests {

	@Test
	void anEnglishRouteAfterADutchSurnameKeepsTheWholeName() {
		Announcement moves = OnTheCorpusDay.parse("fyi from jan 11 tess van loon moves from sales to our dev team");
		Announcement goes = OnTheCorpusDay
			.parse("heads up: bram van wijk goes from the warehouse to the dev team as a developer on 4 january");

		assertThat(moves.kind()).isEqualTo(Announcement.Kind.ROLE_CHANGE);
		assertThat(moves.employeeName()).isEqualTo("Tess van Loon");
		assertThat(moves.date()).hasToString("2027-01-11");
		assertThat(goes.employeeName()).isEqualTo("Bram van Wijk");
		assertThat(goes.roleKey()).isEqualTo("software-engineer");
	}

	@Test
	void aDutchRouteAfterASurnameOfTwoParticlesKeepsTheWholeName() {
		Announcement read = OnTheCorpusDay
			.parse("ff melden: vanaf 11 januari gaat ruud van der berg van de logistiek naar de planning");

		assertThat(read.kind()).isEqualTo(Announcement.Kind.ROLE_CHANGE);
		assertThat(read.employeeName()).isEqualTo("Ruud van der Berg");
	}

	@Test
	void aRouteBetweenTwoPeoplesTeamsStillOpensAtItsFirstVan() {
		Announcement read = OnTheCorpusDay
			.parse("per 1 februari gaat karin bos van het team van petra naar het team van anouk");

		assertThat(read.kind()).isEqualTo(Announcement.Kind.ROLE_CHANGE);
		assertThat(read.employeeName()).isEqualTo("Karin Bos");
	}

}

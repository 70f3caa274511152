package io.handover.intake;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Found on blind-31: two colleagues who swap places ("ruilen … van plek") both move;
 * stopping in a unit with the new job said right after ("stopt per 1 maart op de receptie
 * en wordt onze planner") is a move; a resignation taken back ("changed her mind, so she
 * stays") leaves no one. Today is Thursday 3 December 2026.
 */
class SwapsStopsInAUnitAndMindsChangedTests {

	@Test
	void twoWhoSwapPlacesBothMove() {
		List<Announcement> read = OnTheCorpusDay.parseAll(
				"Per 1 februari ruilen Anke Vos en Bram Kok van plek: Anke gaat naar Zwolle en Bram komt naar Deventer.");

		assertThat(read).extracting(Announcement::employeeName).containsExactly("Anke Vos", "Bram Kok");
		assertThat(read).extracting(Announcement::kind).containsOnly(Announcement.Kind.ROLE_CHANGE);
	}

	@Test
	void stoppingInAUnitForANewJobIsAMove() {
		Announcement move = OnTheCorpusDay
			.parse("Sanne de Jong stopt per 1 maart op de receptie en wordt onze planner.");
		Announcement retires = OnTheCorpusDay
			.parse("Sanne de Jong stopt per 1 maart op de receptie en gaat met pensioen.");

		assertThat(move.kind()).isEqualTo(Announcement.Kind.ROLE_CHANGE);
		assertThat(move.date()).hasToString("2027-03-01");
		assertThat(retires.kind()).isEqualTo(Announcement.Kind.LEAVER);
	}

	@Test
	void aResignationTakenBackLeavesNoOne() {
		assertThat(OnTheCorpusDay.parseAll("Ilse Bakker resigned last week but changed her mind, she stays with us."))
			.allSatisfy(read -> assertThat(read.kind()).isNull());
		assertThat(OnTheCorpusDay.parseAll(
				"One of our drivers resigned but then changed her mind, so she stays. Please ignore my message from Tuesday about Ilse."))
			.allSatisfy(read -> assertThat(read.kind()).isNull());
		Announcement starts = OnTheCorpusDay
			.parse("Tom Wit changed his mind and accepted our offer: he starts on 4 January.");
		assertThat(starts.kind()).isEqualTo(Announcement.Kind.STARTER);
	}

}

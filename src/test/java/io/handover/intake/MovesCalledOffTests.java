package io.handover.intake;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

/**
 * Announcements of tuning-61 (tuner TZ): a move of someone named called off ("The
 * transfer of … to our London branch is cancelled", "de overplaatsing van … is
 * afgeblazen") moves no one. Today is Thursday 3 December 2026.
 */
class MovesCalledOffTests {

	@Test
	void aMoveCalledOffMovesNoOne() {
		assertThat(OnTheCorpusDay.parseAllShipped(
				"The relocation of Iris Webb from the Delft office to the Leiden branch has been called off."))
			.allSatisfy(a -> assertThat(a.kind()).isNull());
		assertThat(OnTheCorpusDay.parseAllShipped(
				"De overplaatsing van Guus Mertens naar de nachtploeg is geannuleerd, hij blijft op dagdienst."))
			.allSatisfy(a -> assertThat(a.kind()).isNull());
	}

	@Test
	void aMoveOfAThingCalledOffLeavesThePersonsMove() {
		assertThat(OnTheCorpusDay
			.parseAllShipped("Pim Claes moves to the Antwerp hotel on 4 January; the move of his locker is cancelled."))
			.extracting(Announcement::kind, Announcement::employeeName)
			.containsExactly(tuple(Announcement.Kind.ROLE_CHANGE, "Pim Claes"));
	}

}

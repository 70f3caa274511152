package io.handover.intake;

import org.junit.jupiter.api.Test;

import static io.handover.intake.NoOneAnnounced.assertNoOne;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A leave with its return, fewer hours, a contract extended so the leaving is off: no one
 * joins, moves or leaves, so no form. Today is Thursday 3 December 2026.
 */
class LeavesHoursAndExtensionsAnnounceNoOneTests {

	@Test
	void aLeaveWithItsReturnInTheNextSentenceAnnouncesNoOne() {
		assertNoOne("Femke Dijk (planning) gaat met zwangerschapsverlof vanaf 1 februari. Ze komt in juni terug.");
		assertNoOne("Owen Price goes on parental leave from 15 February. He will be back in May.");
	}

	@Test
	void fewerHoursAnnounceNoOne() {
		assertNoOne("Ik laat weten dat Ilse Mulder per 1 maart minder gaat werken. Haar account blijft gewoon.");
	}

	@Test
	void aContractExtendedSoTheLeavingIsOffAnnouncesNoOne() {
		assertNoOne("Het contract van Stijn Boer is verlengd tot 1 juli, dus hij stopt niet op 31 januari. "
				+ "Kunnen jullie het offboarden tegenhouden?");
		assertNoOne("Amy Lund's contract has been extended until June, so she won't leave on 31 December. "
				+ "Please stop her offboarding.");
	}

	@Test
	void aLeavingMovedOrCorrectedIsStillALeaving() {
		Announcement moved = OnTheCorpusDay.parse(
				"Ian Hale won't be leaving on 31 December after all — his contract is extended until 31 March and he leaves then.");
		assertThat(moved.kind()).isEqualTo(Announcement.Kind.LEAVER);
		assertThat(moved.date()).hasToString("2027-03-31");
		Announcement corrected = OnTheCorpusDay.parse("Roos Kok stopt niet op 31 december maar op 22 januari.");
		assertThat(corrected.kind()).isEqualTo(Announcement.Kind.LEAVER);
		assertThat(corrected.date()).hasToString("2027-01-22");
	}

}

package io.handover.intake;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Someone who goes to another site of ours with their job said with "als"/"as", and no
 * new job said, takes the job along: the form's current role is the same one. A new job
 * or another job held until now keeps the current role open. Today is Thursday 3 December
 * 2026.
 */
class JobTakenToAnotherSiteTests {

	@Test
	void aJobSaidWithAlsOnTheWayToAnotherSiteIsKept() {
		assertKept("Per 1 februari gaat Inge Bakker als verkoper naar onze winkel in Deventer.", "account-manager");
		assertKept("From 4 January Raj Mehta works as a developer from our Antwerp office instead of Utrecht.",
				"software-engineer");
		assertKept("Vanaf 1 maart werkt Tom Kuipers als zorgmedewerker in de vestiging Zutphen in plaats van Epe.",
				"care-worker");
	}

	@Test
	void aNewJobOrAnotherJobHeldUntilNowLeavesTheCurrentRoleOpen() {
		assertOpen("Per 1 februari gaat Inge Bakker als verkoper naar onze winkel in Deventer; ze wordt daar "
				+ "filiaalmanager.");
		assertOpen("Raj Mehta moves to our Antwerp office as a developer from 4 January; until now he was in the "
				+ "service team.");
	}

	private static void assertKept(String text, String role) {
		Announcement read = OnTheCorpusDay.parseShipped(text);
		assertThat(read.kind()).as(text).isEqualTo(Announcement.Kind.ROLE_CHANGE);
		assertThat(read.currentRoleKey()).as(text).isEqualTo(role);
	}

	private static void assertOpen(String text) {
		Announcement read = OnTheCorpusDay.parseShipped(text);
		assertThat(read.kind()).as(text).isEqualTo(Announcement.Kind.ROLE_CHANGE);
		assertThat(read.currentRoleKey()).as(text).isNull();
	}

}

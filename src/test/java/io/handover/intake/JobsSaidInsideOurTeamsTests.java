package io.handover.intake;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A team that stands for a role ("engineering team", "verkoopteam") gives way to the job
 * said after it: someone who joins the engineering team as a drafter gets no developer's
 * profile. A job of the catalogue, or an intern, leaves the team's role standing; a CNC
 * programmer writes a machine's programs, not software. Today is Thursday 3 December
 * 2026; the role profiles the product ships.
 */
class JobsSaidInsideOurTeamsTests {

	@Test
	void theJobSaidAfterATeamIsTheRole() {
		assertRole("Mei Tan joins our engineering team as a technical illustrator on 11 January.", null);
		assertRole("Per 4 januari komt Bram Wolters in het verkoopteam als inkoper.", null);
		assertRole("From 1 February Noor Saleh joins the sales department as an analyst.", null);
	}

	@Test
	void aJobOfTheCatalogueOrAnInternLeavesTheTeamsRole() {
		assertRole("Mei Tan joins our engineering team as a developer on 11 January.", "software-engineer");
		assertRole("Mei Tan joins our engineering team as an intern on 11 January.", "software-engineer");
		assertRole("Mei Tan joins our engineering team on 11 January.", "software-engineer");
		assertRole("Mei Tan joins our engineering team as a replacement for Bob on 11 January.", "software-engineer");
	}

	@Test
	void aCncProgrammerWritesNoSoftware() {
		assertRole("Per 1 maart begint Kees Vos als CNC-programmeur op de freesafdeling.", null);
	}

	private static void assertRole(String text, String role) {
		Announcement read = OnTheCorpusDay.parseShipped(text);
		assertThat(read.kind()).as(text).isEqualTo(Announcement.Kind.STARTER);
		assertThat(read.roleKey()).as(text).isEqualTo(role);
	}

}

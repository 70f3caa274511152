package io.handover.intake;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A colleague taking over a role from someone who retires ("neemt per 1 april de rol van
 * facilitair coördinator over van Joop, die met pensioen gaat") moves into it: the
 * retirement is the predecessor's, not theirs. Read as a leaver before, the one taking
 * over would have been offboarded. Found in the lead's hand trials and again in blind-17.
 * Today is Thursday 3 December 2026.
 */
class RoleTakenOverTests {

	@Test
	void takingOverARoleFromAFirstNamedRetireeIsAMove() {
		for (String text : List.of(
				"Onze planner Iris Wolters neemt per 1 april de rol van facilitair coördinator over van Kees, die met pensioen gaat.",
				"Met ingang van 1 april gaat Iris Wolters de functie van facilitair coördinator overnemen van Kees, die met pensioen gaat.")) {
			Announcement read = OnTheCorpusDay.parse(text);

			assertThat(read.kind()).as(text).isEqualTo(Announcement.Kind.ROLE_CHANGE);
			assertThat(read.employeeName()).as(text).isEqualTo("Iris Wolters");
			assertThat(read.date()).as(text).hasToString("2027-04-01");
			assertThat(read.roleKey()).as(text).isEqualTo("facility-coordinator");
		}
	}

	@Test
	void takingOverFromARetireeNamedInFullMovesTheOneAndLetsTheOtherGo() {
		List<Announcement> read = OnTheCorpusDay.parseAll(
				"Vanaf 1 feb neemt Lotte Smeets de rol van facilitair coördinator over van Gert Jansen, die met pensioen gaat.");

		assertThat(read).extracting(Announcement::kind)
			.containsExactly(Announcement.Kind.ROLE_CHANGE, Announcement.Kind.LEAVER);
	}

	@Test
	void aRequestsVerbBeforeTheNameIsNoPartOfIt() {
		assertThat(OnTheCorpusDay.parse(
				"Moving Ben Okafor (facilities coordinator) from Almere to the Lelystad store as of 18 January; same job.")
			.employeeName()).isEqualTo("Ben Okafor");
	}

}

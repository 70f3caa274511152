package io.handover.intake;

import org.junit.jupiter.api.Test;

import static io.handover.intake.NoOneAnnounced.assertNoOne;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A newcomer who pulled out, a hiring put on hold, a start that isn't coming after all:
 * the manager must not get a form to confirm. Today is Thursday 3 December 2026.
 */
class CancelledStartsAnnounceNoOneTests {

	@Test
	void aNewcomerWhoWithdrewAnnouncesNoOne() {
		assertNoOne("Sofia Reyes was to start on 11 January as a waitress, but she has withdrawn. Please cancel.");
		assertNoOne("Bas Kuipers zou op 4 januari beginnen als kok, maar hij heeft afgehaakt. Alles mag weg.");
		assertNoOne("The new gardener who was due on Monday isn't coming after all, so please scrap his account.");
	}

	@Test
	void aHiringOnHoldWithTheEarlierMessageTakenBackAnnouncesNoOne() {
		assertNoOne("The hiring of a second welder is on hold until April, so ignore my earlier mail about Nils.");
		assertNoOne("De werving van de nieuwe kok staat in de wacht. Vergeet mijn vorige bericht over Ilias maar.");
	}

	@Test
	void aRealStartToldBeforeAHiringOnHoldStays() {
		assertThat(
				OnTheCorpusDay.parseAll("Hiring update: Sam Lee starts on 4 January; the second vacancy is on hold."))
			.extracting(Announcement::employeeName)
			.containsExactly("Sam Lee");
		assertThat(OnTheCorpusDay.parseAll("Kees Smit begint op 4 januari; de werving voor de tweede kok ligt stil."))
			.extracting(Announcement::employeeName)
			.containsExactly("Kees Smit");
	}

	@Test
	void aRealStartBesideAWithdrawnOneStays() {
		assertThat(OnTheCorpusDay
			.parseAll("Tessa Wolf has pulled out. Instead Mara Kok starts on 11 January as a receptionist."))
			.extracting(Announcement::employeeName)
			.containsExactly("Mara Kok");
	}

	@Test
	void aStartMovedForAFirstNameAloneUpdatesOneAnnouncedBefore() {
		assertNoOne("Even een update: Joep (schilder) begint niet op 4 januari maar op 18 januari.");
		assertNoOne("Quick update: Nadia was going to start on 11 January, it is now 25 January.");
		// a full name keeps its form, on the day corrected
		Announcement full = OnTheCorpusDay.parse("Joep Smit begint niet op 4 januari maar op 18 januari.");
		assertThat(full.kind()).isEqualTo(Announcement.Kind.STARTER);
		assertThat(full.date()).hasToString("2027-01-18");
	}

}

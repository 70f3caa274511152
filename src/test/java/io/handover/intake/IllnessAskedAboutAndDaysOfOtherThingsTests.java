package io.handover.intake;

import org.junit.jupiter.api.Test;

import static io.handover.intake.NoOneAnnounced.assertNoOne;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Someone ill at home, the writer asking what to do ("Moet ik haar ergens afmelden?"),
 * announces no one; a day said of an event ("na het gesprek van gisteren", "after
 * yesterday's incident") is not the leaving's, "per direct" beside it is today; and a day
 * the writer takes back at once ("tomorrow? No wait, that's Friday. Monday then") gives
 * way to the one said after it. Today is Thursday 3 December 2026.
 */
class IllnessAskedAboutAndDaysOfOtherThingsTests {

	@Test
	void illAtHomeWithAQuestionWhatToDoAnnouncesNoOne() {
		assertNoOne("Onze planner Iris Veldman is sinds maandag ziek thuis. Moet ik haar ergens afmelden?");
		assertNoOne("Jonas Petit has been off sick since last week. Should I offboard him somewhere?");
	}

	@Test
	void aLeavingSaidBesideTheIllnessStaysALeaving() {
		Announcement read = OnTheCorpusDay.parse("Iris Veldman is ziek thuis en stopt per 1 februari bij ons.");
		assertThat(read.kind()).isEqualTo(Announcement.Kind.LEAVER);
		assertThat(read.date()).hasToString("2027-02-01");
	}

	@Test
	void theDayOfAnEventIsNotTheLeavingsPerDirectIsToday() {
		Announcement read = OnTheCorpusDay
			.parse("Na het gesprek van gisteren is het contract van Sjoerd Mulder per direct beëindigd.");
		assertThat(read).extracting(Announcement::kind, Announcement::employeeName)
			.containsExactly(Announcement.Kind.LEAVER, "Sjoerd Mulder");
		assertThat(read.date()).isEqualTo(OnTheCorpusDay.TODAY);
		// a day said of the person stays theirs
		assertThat(OnTheCorpusDay.parse("Sjoerd Mulder is gisteren per direct ontslagen.").date())
			.isEqualTo(OnTheCorpusDay.TODAY.minusDays(1));
	}

	@Test
	void aDayTakenBackAtOnceGivesWayToTheNext() {
		Announcement read = OnTheCorpusDay
			.parse("new warehouse guy starting tomorrow? No wait, that's Friday. Monday then: Lucas Moreau.");
		assertThat(read).extracting(Announcement::kind, Announcement::employeeName)
			.containsExactly(Announcement.Kind.STARTER, "Lucas Moreau");
		assertThat(read.date()).hasToString("2026-12-07");
		// a day not taken back stays
		assertThat(OnTheCorpusDay.parse("Lucas Moreau starts tomorrow. Wait for my mail about his laptop.").date())
			.hasToString("2026-12-04");
	}

}

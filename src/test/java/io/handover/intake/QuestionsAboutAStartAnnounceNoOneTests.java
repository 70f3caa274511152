package io.handover.intake;

import org.junit.jupiter.api.Test;

import static io.handover.intake.NoOneAnnounced.assertNoOne;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A manager asks whether a start announced before still holds, whether someone known by a
 * first name needs an account, or what to send for a newcomer: no form, and no date the
 * words only asked about. Today is Thursday 3 December 2026.
 */
class QuestionsAboutAStartAnnounceNoOneTests {

	@Test
	void askingWhetherAStartStillHoldsAnnouncesNoOne() {
		assertNoOne("Is Mats still starting on Monday? His badge hasn't turned up.");
		assertNoOne("Begint Lotte nog steeds op 11 januari? Ik zie haar inlog nog niet.");
		assertNoOne("The new baker (Ruth) starts in February, right? Or was it March?");
	}

	@Test
	void askingWhetherARuleCoversAGroupAnnouncesNoOne() {
		assertNoOne("Geldt Handover ook voor de vrijwilligers die alleen in de zomer komen helpen?");
		assertNoOne("Vallen invalkrachten die een week blijven ook onder de nieuwe regeling?");
	}

	@Test
	void askingWhetherSomeoneKnownByAFirstNameNeedsAnAccountAnnouncesNoOne() {
		assertNoOne("We hire a freelance editor for the magazine — does she need an account? Her name is Mila.");
		assertNoOne("We nemen een externe fotograaf in de arm. Moet hij aangemeld worden? Hij heet Guus.");
	}

	@Test
	void aFollowUpWithARemarkAnnouncesNoOne() {
		assertNoOne("The driver I announced on Monday, is he on your list yet? Can't let him drive without a phone.");
	}

	@Test
	void aQuestionBesideARealStartStillGivesItsForm() {
		Announcement read = OnTheCorpusDay
			.parse("Wie kan Daan Vos op 11 januari inwerken? Hij begint dan als verkoper.");
		assertThat(read.employeeName()).isEqualTo("Daan Vos");
		assertThat(read.date()).hasToString("2027-01-11");
	}

	@Test
	void noOneYetDetailsToFollowOrAQuestionPassedOnAnnounceNoOne() {
		assertNoOne("Hello, is Sanne the one to ask about a new starter's locker? I'm not announcing anyone yet.");
		assertNoOne("Hi, what happens to a leaver's phone number? Our chef is leaving soon, but I'll send the "
				+ "details when it's final.");
		assertNoOne("Onze locatiemanager wil weten of een vertrekkende kok zijn mailadres mag houden. Mag dat?");
		assertNoOne("Can you tell me which forms I need for a contractor's ZZP'er? He won't need a laptop.");
	}

}

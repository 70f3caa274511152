package io.handover.intake;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Someone who works here already, moved in words a newcomer never uses: taken off a shift
 * of ours, leaving a team of ours for another unit, going from one named site of ours to
 * another; a plain work verb with a new job, the one held now said beside it ("nu is hij
 * nog verkoper"). Today is Thursday 3 December 2026.
 */
class MoversOffAShiftAndBetweenSitesTests {

	@Test
	void takenOffAShiftOfOursIsAMove() {
		Announcement english = OnTheCorpusDay.parse("We're taking Dana Okafor off the morning shift — from 11 January "
				+ "she'll work as dispatcher in the control room.");
		assertThat(english.kind()).isEqualTo(Announcement.Kind.ROLE_CHANGE);
		assertThat(english.date()).hasToString("2027-01-11");
		Announcement dutch = OnTheCorpusDay
			.parse("We halen Bart Wouters uit de nachtploeg; vanaf 1 februari werkt hij overdag in de expeditie.");
		assertThat(dutch.kind()).isEqualTo(Announcement.Kind.ROLE_CHANGE);
		assertThat(dutch.date()).hasToString("2027-02-01");
	}

	@Test
	void leavingATeamOfOursForAnotherUnitIsAMoveOutOfItsRole() {
		Announcement mover = OnTheCorpusDay
			.parse("Quick note — Ruth Adeyemi leaves the sales team and moves to customer care on 4 January.");
		assertThat(mover.kind()).isEqualTo(Announcement.Kind.ROLE_CHANGE);
		assertThat(mover.date()).hasToString("2027-01-04");
		assertThat(mover.roleKey()).isNull();
		assertThat(mover.currentRoleKey()).isEqualTo("account-manager");
	}

	@Test
	void leavingTheCompanyToMoveAbroadIsStillALeaving() {
		Announcement leaver = OnTheCorpusDay.parse("Pieter Jansen leaves the company and moves to Spain on 1 March.");
		assertThat(leaver.kind()).isEqualTo(Announcement.Kind.LEAVER);
	}

	@Test
	void fromOneNamedSiteOfOursToAnotherIsAMove() {
		Announcement dutch = OnTheCorpusDay
			.parse("Bezorger Ahmed Yilmaz gaat per 1 februari van Depot Noord naar Depot Oost.");
		assertThat(dutch.kind()).isEqualTo(Announcement.Kind.ROLE_CHANGE);
		assertThat(dutch.employeeName()).isEqualTo("Ahmed Yilmaz");
		assertThat(dutch.date()).hasToString("2027-02-01");
		Announcement english = OnTheCorpusDay
			.parse("Receptionist Mila Vos goes from Hotel Noord to Hotel Zuid on 1 March.");
		assertThat(english.kind()).isEqualTo(Announcement.Kind.ROLE_CHANGE);
	}

	@Test
	void aPlainWorkVerbWithAJobHeldNowSaidBesideItIsAMove() {
		Announcement dutch = OnTheCorpusDay
			.parse("Vanaf 1 februari werkt Nora Smit als planner; ze is nu nog chauffeur.");
		assertThat(dutch.kind()).isEqualTo(Announcement.Kind.ROLE_CHANGE);
		Announcement inverted = OnTheCorpusDay
			.parse("Vanaf 1 maart werkt Piet Jansen als teamleider, nu is hij nog verkoper.");
		assertThat(inverted.kind()).isEqualTo(Announcement.Kind.ROLE_CHANGE);
	}

}

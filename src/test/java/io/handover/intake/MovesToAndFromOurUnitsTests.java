package io.handover.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

/**
 * A manager tells that someone goes to a unit of ours, leaves one for another job, or no
 * longer works in one: each is a move of someone who keeps their account. The job said in
 * brackets after the unit left, or given up ("niet meer … als kok"), is the one held; a
 * job said after the place gone to is the new one. Another employer gone to is a leaving,
 * and a start in a unit stays a start. Today is Thursday 3 December 2026.
 */
class MovesToAndFromOurUnitsTests {

	@Test
	void leavingATeamWithTheJobHeldInBracketsForAnotherJobOfOursIsAMove() {
		Announcement layla = OnTheCorpusDay
			.parseShipped("From 1 February Layla Osei leaves the web team (developer) and becomes our scrum master.");
		assertThat(layla.kind()).isEqualTo(Announcement.Kind.ROLE_CHANGE);
		assertThat(layla.currentRoleKey()).isEqualTo("software-engineer");
		assertThat(layla.roleKey()).isNull();
		Announcement daan = OnTheCorpusDay.parseShipped(
				"Per 1 april verlaat Daan Kuipers het appteam (ontwikkelaar) en wordt hij onze product owner.");
		assertThat(daan.kind()).isEqualTo(Announcement.Kind.ROLE_CHANGE);
		assertThat(daan.currentRoleKey()).isEqualTo("software-engineer");
		Announcement grace = OnTheCorpusDay.parseShipped(
				"From 4 January Grace Mensah leaves the night team (carer) and becomes our facilities coordinator.");
		assertThat(grace.currentRoleKey()).isEqualTo("care-worker");
		assertThat(grace.roleKey()).isEqualTo("facility-coordinator");
		// the company left is no team of ours
		assertThat(OnTheCorpusDay
			.parseShipped("From 1 February Layla Osei leaves the company (developer) and becomes a freelancer.")
			.kind()).isEqualTo(Announcement.Kind.LEAVER);
	}

	@Test
	void goingToAUnitOfOursIsAMoveAndToAnotherEmployerALeaving() {
		for (String words : new String[] { "Per 1 februari gaat Ruben Smeets naar het magazijn.",
				"Vanaf maandag 11 januari gaat Ilse Verbeek naar de nachtdienst.",
				"From 1 March Owen Clarke goes to our warehouse.",
				"As of Monday 4 January, Mia Turner is going to the night shift.",
				"Met ingang van 1 februari gaat Sanne Wouters naar de receptie.",
				"From Monday 11 January Dev Sharma goes to the front desk." }) {
			assertThat(OnTheCorpusDay.parse(words).kind()).as(words).isEqualTo(Announcement.Kind.ROLE_CHANGE);
		}
		assertThat(OnTheCorpusDay.parse("Per 1 februari gaat Ruben Smeets naar een andere werkgever.").kind())
			.isEqualTo(Announcement.Kind.LEAVER);
		assertThat(OnTheCorpusDay.parse("From 1 March Owen Clarke goes to a competitor.").kind())
			.isEqualTo(Announcement.Kind.LEAVER);
		// a visit or a public service is no unit of ours
		assertThat(OnTheCorpusDay.parse("Per 1 februari gaat Ruben Smeets naar de tandarts.").kind()).isNull();
		assertThat(OnTheCorpusDay.parse("Per 1 februari begint Ruben Smeets in het magazijn.").kind())
			.isEqualTo(Announcement.Kind.STARTER);
	}

	@Test
	void theJobSaidAfterThePlaceGoneToIsTheNewOneAndTheJobSaidBeforeItGoesAlong() {
		Announcement after = OnTheCorpusDay
			.parseShipped("Per 1 april gaat Anouk de Graaf naar onze vestiging in Zwolle, als facilitair medewerker.");
		assertThat(after.kind()).isEqualTo(Announcement.Kind.ROLE_CHANGE);
		assertThat(after.roleKey()).isEqualTo("facility-coordinator");
		assertThat(after.currentRoleKey()).isNull();
		assertThat(after.date()).isEqualTo(LocalDate.of(2027, 4, 1));
		Announcement before = OnTheCorpusDay
			.parseShipped("Per 1 april gaat Anouk de Graaf als verkoper naar onze winkel in Zwolle.");
		assertThat(before.roleKey()).isEqualTo("account-manager");
		assertThat(before.currentRoleKey()).isEqualTo("account-manager");
	}

	@Test
	void noLongerWorkingInAUnitOfOursIsAMoveAwayFromTheJobHeldThere() {
		Announcement thijs = OnTheCorpusDay
			.parseShipped("Thijs Vermeer werkt vanaf 1 februari niet meer in de bediening als ober.");
		assertThat(thijs.kind()).isEqualTo(Announcement.Kind.ROLE_CHANGE);
		assertThat(thijs.roleWords()).isNull();
		Announcement fenna = OnTheCorpusDay
			.parseShipped("Vanaf 1 maart werkt Fenna Dijk niet meer als verzorgende op de afdeling.");
		assertThat(fenna.kind()).isEqualTo(Announcement.Kind.ROLE_CHANGE);
		assertThat(fenna.currentRoleKey()).isEqualTo("care-worker");
		assertThat(fenna.roleKey()).isNull();
		Announcement joy = OnTheCorpusDay
			.parseShipped("From 4 January Joy Adams no longer works as a carer on the ward, but as a planner.");
		assertThat(joy.kind()).isEqualTo(Announcement.Kind.ROLE_CHANGE);
		assertThat(joy.currentRoleKey()).isEqualTo("care-worker");
		assertThat(joy.roleWords()).isEqualTo("planner");
		// no longer with us at all, or working there from a day: a leaving and a start
		assertThat(OnTheCorpusDay.parse("Vanaf 1 februari werkt Thijs Vermeer niet meer bij ons.").kind())
			.isEqualTo(Announcement.Kind.LEAVER);
		assertThat(OnTheCorpusDay.parse("Vanaf 1 februari werkt Thijs Vermeer in de bediening als ober.").kind())
			.isEqualTo(Announcement.Kind.STARTER);
	}

}

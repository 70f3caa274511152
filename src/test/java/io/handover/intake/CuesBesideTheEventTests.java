package io.handover.intake;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Words that look like another kind of event than the one told (issue 18, blind-12):
 * "pension" naming a desk, a new task or a contrast with no move verb, a step down into
 * another job of ours, a relocation told aside, a leaver's next job. Today is Thursday 3
 * December 2026.
 */
class CuesBesideTheEventTests {

	@Test
	void pensionNamingADeskOrAJobIsNoRetirement() {
		assertThat(OnTheCorpusDay.parse("Vera Holm joins the pension desk as clerk on Monday 11 January.").kind())
			.isEqualTo(Announcement.Kind.STARTER);
		assertThat(OnTheCorpusDay.parse("Karel Dam goes on pension on 29 January.").kind())
			.isEqualTo(Announcement.Kind.LEAVER);
		assertThat(OnTheCorpusDay.parse("Karel Dam is pensioned off on 29 January.").kind())
			.isEqualTo(Announcement.Kind.LEAVER);
	}

	@Test
	void aNewTaskHereIsAMoveButAStartWordStillMakesAStarter() {
		assertThat(OnTheCorpusDay.parse("Ilse Kroon gaat per 1 maart de vestiging in Hoorn leiden.").kind())
			.isEqualTo(Announcement.Kind.ROLE_CHANGE);
		assertThat(OnTheCorpusDay.parse("Anna Smit begint op 1 maart en gaat dan ons team planning leiden.").kind())
			.isEqualTo(Announcement.Kind.STARTER);
	}

	@Test
	void noLongerWithUsIsLeavingButNoLongerAJobIsAMove() {
		assertThat(OnTheCorpusDay.parse("Rik Dam is vanaf 1 maart geen monteur meer maar werkt als planner bij ons.")
			.kind()).isEqualTo(Announcement.Kind.ROLE_CHANGE);
		assertThat(OnTheCorpusDay.parse("Rik Dam werkt vanaf 1 maart niet meer bij ons.").kind())
			.isEqualTo(Announcement.Kind.LEAVER);
		assertThat(OnTheCorpusDay.parse("Rik Dam gaat per 1 maart van ons naar het waterschap.").kind())
			.as("another employer is no move")
			.isEqualTo(Announcement.Kind.LEAVER);
	}

	@Test
	void steppingDownIntoAnotherJobOfOursIsAMove() {
		assertThat(OnTheCorpusDay
			.parse("Ada Lunde steps down as head of sales; from 1 March she moves to our Bergen office as trainer.")
			.kind()).isEqualTo(Announcement.Kind.ROLE_CHANGE);
		assertThat(OnTheCorpusDay.parse("Ada Lunde steps down as head of sales on 1 March.").kind())
			.isEqualTo(Announcement.Kind.LEAVER);
	}

	@Test
	void aRelocationToldAsideIsNoMove() {
		assertThat(
				OnTheCorpusDay.parse("Jonas Berg, who is moving from Malmö to Delft, starts as welder on 1 February.")
					.kind())
			.isEqualTo(Announcement.Kind.STARTER);
	}

	@Test
	void aLeaversRoleIsNotTheNextEmployersJob() {
		Announcement joke = OnTheCorpusDay.parse("Joke Bril (developer) vertrekt per 26 februari naar een nieuwe "
				+ "werkgever, waar ze accountmanager wordt.");
		assertThat(joke.kind()).isEqualTo(Announcement.Kind.LEAVER);
		assertThat(joke.roleKey()).isEqualTo("software-engineer");
	}

}

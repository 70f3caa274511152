package io.handover.intake;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Kinds of the twenty-eighth blind set, with own examples: a town of two words after our
 * site, army ranks, a dismissal's reason after its weekday, words that open a sentence or
 * say an absence, formal English for a leaving, days a week to come. Today is Thursday 3
 * December 2026.
 */
class RanksSitesAbroadAndReasonsTests {

	@Test
	void aPlaceOfTwoWordsAfterOurSiteIsNoSecondPerson() {
		// a town of two capitalised words was a second mover, dated without a note
		List<Announcement> moved = OnTheCorpusDay.parseAll("Lena Vos moves to our office in Tel Aviv on 1 March.");
		assertThat(moved).singleElement().satisfies(mover -> {
			assertThat(mover.employeeName()).isEqualTo("Lena Vos");
			assertThat(mover.date()).hasToString("2027-03-01");
		});
		assertThat(OnTheCorpusDay.parseAll("Tom Baker transfers to the depot in San Sebastian from 4 January."))
			.extracting(Announcement::employeeName)
			.containsExactly("Tom Baker");
		assertThat(OnTheCorpusDay.parseAll("Ilse Kok gaat per 1 april naar onze werkplaats in Den Bosch."))
			.extracting(Announcement::employeeName)
			.containsExactly("Ilse Kok");
	}

	@Test
	void aPersonAfterOurSiteIsStillRead() {
		assertThat(OnTheCorpusDay.parse("Bij ons kantoor in Gent begint Pieter Claes op 4 januari.").employeeName())
			.isEqualTo("Pieter Claes");
	}

	@Test
	void anArmyRankIsNoPartOfTheName() {
		assertThat(OnTheCorpusDay.parse("Private Ryan Cole, our new cook, starts Monday.").employeeName())
			.isEqualTo("Ryan Cole");
		assertThat(OnTheCorpusDay.parse("Soldaat Ilse Dekker begint maandag bij de kazerne.").employeeName())
			.isEqualTo("Ilse Dekker");
		assertThat(OnTheCorpusDay.parse("Major Ellen Brink leaves the regiment on 1 April.").employeeName())
			.isEqualTo("Ellen Brink");
	}

	@Test
	void aRankWithItsClassIsNoPartOfTheName() {
		assertThat(OnTheCorpusDay.parse("Private First Class Dana Reyes starts on 4 January.").employeeName())
			.isEqualTo("Dana Reyes");
		assertThat(
				OnTheCorpusDay.parse("korporaal eerste klas tess van rijn stopt vrijdag, pas inleveren").employeeName())
			.isEqualTo("Tess van Rijn");
	}

	@Test
	void aWeekdayWithTheReasonForADismissalIsThatDay() {
		Announcement dismissed = OnTheCorpusDay.parse("Kees Mol is maandag na het voorval op staande voet ontslagen.");
		assertThat(dismissed.kind()).isEqualTo(Announcement.Kind.LEAVER);
		assertThat(dismissed.date()).hasToString("2026-11-30");
		assertThat(OnTheCorpusDay.parse("Ron Dijk was let go on Friday after the accident in the yard.").date())
			.hasToString("2026-11-27");
	}

	@Test
	void aWeekdayAfterAnEventOfTheirsStillAsksForTheDay() {
		assertThat(OnTheCorpusDay.parse("Anna Vis starts the Monday after her graduation.").date()).isNull();
	}

	@Test
	void anAdverbOpeningASentenceIsNoName() {
		NoOneAnnounced.assertNoOne(
				"De vacature voor de monteur vervalt, het wordt uitbesteed. Daar hoeft niets meer voor te gebeuren.");
	}

	@Test
	void someoneAwayTillADayWithQuestionsSentElsewhereIsNoStarter() {
		// a form may still open (a leaver is spoken of), but with no one's name in it
		assertThat(OnTheCorpusDay
			.parseAll("Our planner is on holiday until 11 January, so please send questions about leavers to me."))
			.extracting(Announcement::employeeName)
			.containsOnlyNulls();
	}

	@Test
	void relievedOfTheirDutiesIsALeaving() {
		Announcement leaver = OnTheCorpusDay
			.parse("Please note Ms. Priya Menon will be relieved of her duties with effect from 15 January.");
		assertThat(leaver.kind()).isEqualTo(Announcement.Kind.LEAVER);
		assertThat(leaver.employeeName()).isEqualTo("Priya Menon");
		assertThat(leaver.date()).hasToString("2027-01-15");
	}

	@Test
	void daysAWeekToComeAnnounceNoOne() {
		NoOneAnnounced.assertNoOne("Tom is going to work three days a week from March.");
		NoOneAnnounced.assertNoOne("Lotte gaat vanaf maart vier dagen per week werken.");
	}

	@Test
	void aStarterWithTheirDaysAWeekStillStarts() {
		Announcement starter = OnTheCorpusDay.parse("Jan Bos starts on Monday and will work four days a week.");
		assertThat(starter.kind()).isEqualTo(Announcement.Kind.STARTER);
		assertThat(starter.date()).hasToString("2026-12-07");
	}

	@Test
	void contractsEndingOnADayThenAColonListEachLeaveThatDay() {
		List<Announcement> leavers = OnTheCorpusDay.parseAll(
				"De contracten van onze drie uitzendkrachten lopen af op 23 december: Sara Kok, Ben Mol en Ivo Dam.");
		assertThat(leavers).extracting(Announcement::employeeName).containsExactly("Sara Kok", "Ben Mol", "Ivo Dam");
		assertThat(leavers).allSatisfy(leaver -> {
			assertThat(leaver.kind()).isEqualTo(Announcement.Kind.LEAVER);
			assertThat(leaver.date()).hasToString("2026-12-23");
		});
	}

	@Test
	void aStarterWhoWorksOnALoanLaptopForNowIsNoMover() {
		Announcement starter = OnTheCorpusDay
			.parse("Sven Kuiper is maandag begonnen als magazijnier. Hij werkt nu nog op een leenlaptop.");
		assertThat(starter.kind()).isEqualTo(Announcement.Kind.STARTER);
		assertThat(starter.date()).hasToString("2026-11-30");
	}

	@Test
	void someoneComingFromAnotherEmployerToBeOurCoordinatorIsAStarter() {
		assertThat(OnTheCorpusDay
			.parse("Mark Visser wordt per 1 maart onze planner. Hij komt van een transportbedrijf uit Venlo.")
			.kind()).isEqualTo(Announcement.Kind.STARTER);
		// from a department of ours it is a move
		assertThat(
				OnTheCorpusDay.parse("Eva Kok wordt per 1 april teamleider. Ze komt van een andere afdeling.").kind())
			.isEqualTo(Announcement.Kind.ROLE_CHANGE);
	}

	@Test
	void wordsSayingOnlyWhatIsNeededAreNoName() {
		assertThat(OnTheCorpusDay.parseAll(
				"drukte in de winkel: 2 vakkenvullers erbij per 14/12, lotte bakker en sem smit. alleen een pasje nodig"))
			.extracting(Announcement::employeeName)
			.containsExactly("Lotte Bakker", "Sem Smit");
	}

	@Test
	void lettersInCapitalsInALowerCaseMessageAreNoName() {
		NoOneAnnounced.assertNoOne("Do the auditors who sit in our QA lab for a month need an account?");
		// a message written in capitals keeps its name
		assertThat(OnTheCorpusDay.parse("JAN BOS STOPT VRIJDAG").employeeName()).isEqualToIgnoringCase("Jan Bos");
	}

	@Test
	void aLowerCaseSurnameWithVanKeepsItBeforeTheRoute() {
		Announcement mover = OnTheCorpusDay.parse("vanaf maandag gaat lies van dam van de kassa naar de bakkerij");
		assertThat(mover.kind()).isEqualTo(Announcement.Kind.ROLE_CHANGE);
		assertThat(mover.employeeName()).isEqualTo("Lies van Dam");
		assertThat(OnTheCorpusDay.parse("Per 1 maart gaat Tim van Dijk van de inkoop naar de verkoop.").employeeName())
			.isEqualTo("Tim van Dijk");
	}

	@Test
	void oneOfOursNamedByTheJobHeldWhoBecomesAnotherKeepsItAsTheJobLeft() {
		Announcement mover = OnTheCorpusDay
			.parseShipped("Per 1 april wordt onze verkoper Ilse Brouwer hoofd van de binnendienst.");
		assertThat(mover.kind()).isEqualTo(Announcement.Kind.ROLE_CHANGE);
		assertThat(mover.currentRoleKey()).isEqualTo("account-manager");
		assertThat(mover.roleKey()).isNull();
	}

}

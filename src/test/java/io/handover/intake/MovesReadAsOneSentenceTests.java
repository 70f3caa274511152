package io.handover.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

/**
 * A manager tells that someone who works here already changes place or job, in whatever
 * words: the person is here (the old place or job is said, or the job held), the change
 * goes to a place or job of ours, and no other employer is named. Such a person keeps
 * their account: a starter's form would make a second one, a leaver's would close the one
 * they go on using. The same words with another employer stay a leaving, and a newcomer's
 * previous job elsewhere keeps them a newcomer.
 */
class MovesReadAsOneSentenceTests {

	@Test
	void aColleagueWhoWorksInTheCanteenInsteadOfAtReceptionMoves() {
		Announcement read = OnTheCorpusDay
			.parse("Femke Dijkstra (administratie) werkt vanaf 1 februari in de kantine i.p.v. op de receptie.");

		assertThat(read.kind()).isEqualTo(Announcement.Kind.ROLE_CHANGE);
		assertThat(read.employeeName()).isEqualTo("Femke Dijkstra");
		assertThat(read.date()).isEqualTo(LocalDate.of(2027, 2, 1));
		assertThat(OnTheCorpusDay.parse("From Monday 7 December Grace Obi works on the ward instead of at reception.")
			.kind()).isEqualTo(Announcement.Kind.ROLE_CHANGE);
	}

	@Test
	void someoneWhoWorkedInOneOfOurTeamsUntilNowAndSetsToWorkInAnotherMoves() {
		Announcement noah = OnTheCorpusDay.parse("Noah Peeters gaat per 1 maart als planner aan de slag op ons "
				+ "hoofdkantoor, hij zat tot nu toe bij onze klantenservice.");
		assertThat(noah.kind()).isEqualTo(Announcement.Kind.ROLE_CHANGE);
		assertThat(noah.date()).isEqualTo(LocalDate.of(2027, 3, 1));
		// from another employer: a newcomer
		assertThat(OnTheCorpusDay
			.parse("Kees Mol begint op 4 januari als monteur in de werkplaats, hij werkte tot nu "
					+ "toe bij een garage in Delft.")
			.kind()).isEqualTo(Announcement.Kind.STARTER);
	}

	@Test
	void aJobHeldNowInBracketsOrPresentlyAndANewOneTakenUpOrOverMoves() {
		for (String words : new String[] { "Per 1 april wordt Daan Visser (nu magazijnmedewerker) onze nieuwe planner.",
				"Vanaf 1 april neemt Sara Bos (nu receptioniste) de rol van accountmanager regio Oost over.",
				"Please note that Ms. Grace Obi, presently secretary in our department, will take up the post of "
						+ "account manager from 1 April.",
				"Our cook Luuk Smit will work as a planner from Monday 7 December." }) {
			assertThat(OnTheCorpusDay.parse(words).kind()).as(words).isEqualTo(Announcement.Kind.ROLE_CHANGE);
		}
	}

	@Test
	void someoneNowInAJobOfOursWhoBecomesOurNewSomethingMoves() {
		Announcement ilse = OnTheCorpusDay
			.parse("Per 1 maart wordt Merel Dekker, nu planner, onze nieuwe facilitair coördinator.");
		assertThat(ilse.kind()).isEqualTo(Announcement.Kind.ROLE_CHANGE);
		assertThat(ilse.date()).isEqualTo(LocalDate.of(2027, 3, 1));
		Announcement anna = OnTheCorpusDay
			.parse("From 1 March Anna Smit, now a receptionist, becomes our new office manager.");
		assertThat(anna.kind()).isEqualTo(Announcement.Kind.ROLE_CHANGE);
	}

	@Test
	void aReceptionistTakingUpAnotherPostIsNoNewcomer() {
		Announcement read = OnTheCorpusDay
			.parse("On 1 March Eva Lind takes up the post of office manager; until then she is our receptionist.");

		assertThat(read.kind()).isEqualTo(Announcement.Kind.ROLE_CHANGE);
		assertThat(read.date()).isEqualTo(LocalDate.of(2027, 3, 1));
	}

	@Test
	void leavingADepartmentForOneOfOursIsAMoveAndForACompetitorALeaving() {
		assertThat(OnTheCorpusDay
			.parse("Ben Vos is leaving the packing department; he's moving to our returns desk on 4 January.")
			.kind()).isEqualTo(Announcement.Kind.ROLE_CHANGE);
		assertThat(OnTheCorpusDay.parse(
				"Ben Holt is leaving the packing department on 8 January; he's moving to a competitor as a team lead.")
			.kind()).isEqualTo(Announcement.Kind.LEAVER);
	}

	@Test
	void aJobNoLongerHeldIsAMoveWhenTheWorkGoesOnWithUs() {
		assertThat(OnTheCorpusDay
			.parse("Iris Bos is niet langer werkzaam als schoonmaakster, ze gaat per 1 april bij ons de planning doen.")
			.kind()).isEqualTo(Announcement.Kind.ROLE_CHANGE);
		assertThat(OnTheCorpusDay.parse(
				"Iris Veld is niet langer werkzaam als schoonmaakster, ze gaat per 1 april bij een ander bedrijf aan de slag.")
			.kind()).isEqualTo(Announcement.Kind.LEAVER);
	}

	@Test
	void aTraineeWhoStaysInANewJobMoves() {
		Announcement read = OnTheCorpusDay.parse("Our trainee Lotte Ruiz is staying with us after her traineeship: "
				+ "from 1 March she'll be a software developer.");

		assertThat(read.kind()).isEqualTo(Announcement.Kind.ROLE_CHANGE);
		assertThat(read.roleKey()).isEqualTo("software-engineer");
	}

	@Test
	void aTeamNamedWithoutAnArticleOrADeskOfOursIsWhereTheMoverGoes() {
		assertThat(OnTheCorpusDay.parse("Kassamedewerker Joris Smit gaat per 1 maart naar team Inkoop als inkoper.")
			.kind()).isEqualTo(Announcement.Kind.ROLE_CHANGE);
		assertThat(OnTheCorpusDay
			.parse("Onze tandartsassistente Lies Kok gaat per 1 april bij ons aan de receptie werken.")
			.kind()).isEqualTo(Announcement.Kind.ROLE_CHANGE);
	}

	@Test
	void aMoveReportedLateKeepsItsPastDay() {
		Announcement read = OnTheCorpusDay
			.parse("Cashier Nina Rose moved to the Leiden store on 1 December. Same job.");

		assertThat(read.kind()).isEqualTo(Announcement.Kind.ROLE_CHANGE);
		assertThat(read.date()).isEqualTo(LocalDate.of(2026, 12, 1));
		assertThat(read.notes()).contains(Announcement.Note.PAST_DATE);
	}

	@Test
	void aFullTimeJobIsANewJobNotOtherHours() {
		Announcement read = OnTheCorpusDay
			.parse("Mila Kok, who runs our social media, becomes a full-time developer from 1 April.");

		assertThat(read.kind()).isEqualTo(Announcement.Kind.ROLE_CHANGE);
		assertThat(read.employeeName()).isEqualTo("Mila Kok");
		assertThat(read.roleKey()).isEqualTo("software-engineer");
	}

	@Test
	void aCarerWhoDropsATaskForANewJobMovesFromCare() {
		Announcement read = OnTheCorpusDay.parse("Per 1 mei gaat verzorgende Anton Meijer ook plannen: hij wordt "
				+ "facilitair coördinator, de nachtdiensten stopt hij mee.");

		assertThat(read.kind()).isEqualTo(Announcement.Kind.ROLE_CHANGE);
		assertThat(read.currentRoleKey()).isEqualTo("care-worker");
		assertThat(read.roleKey()).isEqualTo("facility-coordinator");
	}

	@Test
	void aWorkDoneByANewcomerIsNoBecoming() {
		assertThat(OnTheCorpusDay
			.parse("Onze boekhouding wordt voortaan door een eigen controller gedaan: Daan Wit begint op 1 februari.")
			.kind()).isEqualTo(Announcement.Kind.STARTER);
	}

	@Test
	void aNewcomerAddedToTheSystemIsNoMoveToIt() {
		assertThat(
				OnTheCorpusDay.parse("can you add jan de vries to the system please, new cook, starts monday").kind())
			.isEqualTo(Announcement.Kind.STARTER);
	}

	@Test
	void aNewcomersPreviousJobElsewhereKeepsThemANewcomer() {
		assertThat(OnTheCorpusDay
			.parse("Per 1 februari begint Mark de Wit bij ons als accountmanager; hij werkte "
					+ "hiervoor als verkoper bij een autobedrijf.")
			.kind()).isEqualTo(Announcement.Kind.STARTER);
	}

	@Test
	void onlyThePlaceChangingKeepsTheJobBesideOrBeforeTheName() {
		Announcement beside = shipped(
				"Karin Maas (facilities coordinator) switches from our Delft site to the Gouda depot on 1 April.");
		Announcement bare = shipped("Met ingang van 1 april verhuist onze verzorgende, Petra Bos, "
				+ "van locatie Oost naar locatie West. Functie blijft.");
		Announcement still = shipped("Carer Sam Lee moves to the Utrecht care home on 1 March, still in care.");

		assertThat(beside.roleKey()).isEqualTo("facility-coordinator");
		assertThat(beside.currentRoleKey()).isEqualTo("facility-coordinator");
		assertThat(bare.roleKey()).isEqualTo("care-worker");
		assertThat(bare.currentRoleKey()).isEqualTo("care-worker");
		assertThat(still.roleKey()).isEqualTo("care-worker");
		assertThat(still.currentRoleKey()).isEqualTo("care-worker");
	}

	/** Read with the shipped catalogue, whose facility coordinator has these names. */
	private static Announcement shipped(String text) {
		return IntakeCorpusTests.PARSER.parse(text, OnTheCorpusDay.TODAY, IntakeCorpusTests.ROLES);
	}

}

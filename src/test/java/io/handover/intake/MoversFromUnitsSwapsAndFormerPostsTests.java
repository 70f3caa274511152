package io.handover.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * A manager tells that a colleague changes job or place, in the words a move takes when
 * no mover word is said: the unit they are in now beside the name ("van de balie",
 * "(technische dienst)"), the post they held at a place of ours ("hij was kok in de
 * keuken"), a title before the name and the job from a day ("is per tweede paasdag …"),
 * two colleagues who swap jobs or places. Such a person keeps their account. A newcomer
 * whose career was elsewhere stays a newcomer.
 */
class MoversFromUnitsSwapsAndFormerPostsTests {

	@Test
	void someoneFromAUnitOfOursWhoGoesToAPostOfOursMoves() {
		Announcement sanne = OnTheCorpusDay
			.parseShipped("Sanne Kuipers van de balie gaat per 1 februari in de keuken, als hulpkok.");
		assertThat(sanne.kind()).isEqualTo(Announcement.Kind.ROLE_CHANGE);
		assertThat(sanne.date()).isEqualTo(LocalDate.of(2027, 2, 1));
		assertThat(OnTheCorpusDay
			.parseShipped("Priya Nair (finance) is going to work in our events team from Monday 11 January.")
			.kind()).isEqualTo(Announcement.Kind.ROLE_CHANGE);
		assertThat(OnTheCorpusDay
			.parseShipped("Dewi Hartman (technische dienst) komt vanaf 1 maart op de vestiging in Zwolle werken.")
			.kind()).isEqualTo(Announcement.Kind.ROLE_CHANGE);
	}

	@Test
	void aUnitNamedByItsNounBesideTheNameAndAnotherJobIsAMove() {
		Announcement lars = OnTheCorpusDay
			.parseShipped("Lars Visser (klantenteam) begint per 1 maart als programmeur.");
		assertThat(lars.kind()).isEqualTo(Announcement.Kind.ROLE_CHANGE);
		assertThat(lars.roleKey()).isEqualTo("software-engineer");
		assertThat(OnTheCorpusDay.parseShipped("Eva Kok (nieuw, technische dienst) begint per 1 maart als monteur.")
			.kind()).isEqualTo(Announcement.Kind.STARTER);
	}

	@Test
	void aNewcomerFromAnAgencyOrSaidToStartInAUnitStaysANewcomer() {
		assertThat(OnTheCorpusDay
			.parseShipped("Jan de Wit van het uitzendbureau gaat per 4 januari als heftruckchauffeur aan de slag.")
			.kind()).isEqualTo(Announcement.Kind.STARTER);
		assertThat(OnTheCorpusDay
			.parseShipped("Nieuw bij ons: Kim Vos (administratie), zij begint 1 februari in team Noord.")
			.kind()).isEqualTo(Announcement.Kind.STARTER);
	}

	@Test
	void aJobHeldAtAPlaceOfOursMakesAMoveAndOneElsewhereANewcomer() {
		Announcement gijs = OnTheCorpusDay
			.parseShipped("Vanaf 4 januari werkt Gijs Brouwer als verzorgende bij ons, hij was kok in de keuken.");
		assertThat(gijs.kind()).isEqualTo(Announcement.Kind.ROLE_CHANGE);
		assertThat(gijs.roleKey()).isEqualTo("care-worker");
		assertThat(OnTheCorpusDay
			.parseShipped("Vanaf 4 januari werkt Gijs Mulder als verzorgende bij ons, hij was kok bij De Gouden Leeuw.")
			.kind()).isEqualTo(Announcement.Kind.STARTER);
		assertThat(OnTheCorpusDay
			.parseShipped("Lieke Smit begint 1 maart als verzorgende; ze werkte als verpleegkundige in de thuiszorg.")
			.kind()).isEqualTo(Announcement.Kind.STARTER);
		assertThat(OnTheCorpusDay
			.parseShipped("Joost Verbeek gaat per 1 maart als verkoper onze fietsen aan dealers verkopen. "
					+ "Tot nu toe was hij monteur.")
			.kind()).isEqualTo(Announcement.Kind.ROLE_CHANGE);
	}

	@Test
	void yearsInAJobElsewhereAreACareerNotAMove() {
		Announcement tijs = OnTheCorpusDay.parseShipped("Hoi, Tijs Hendriks begint 4 januari bij ons. Hij heeft acht "
				+ "jaar als verkoper gewerkt, maar komt hier als programmeur.");
		assertThat(tijs.kind()).isEqualTo(Announcement.Kind.STARTER);
		assertThat(tijs.roleKey()).isEqualTo("software-engineer");
	}

	@Test
	void aTitleBeforeTheNameAndAJobFromAFeastDayIsAMove() {
		Announcement rob = OnTheCorpusDay
			.parseShipped("Magazijnmedewerker Rob Peters is per tweede pinksterdag planner op kantoor.");
		assertThat(rob.kind()).isEqualTo(Announcement.Kind.ROLE_CHANGE);
		assertThat(rob.date()).isEqualTo(LocalDate.of(2027, 5, 17));
		// the same words with no job after the day: a leaving
		assertThat(OnTheCorpusDay.parseShipped("Lasser Kees Vermeer is per 1 maart uit dienst.").kind())
			.isEqualTo(Announcement.Kind.LEAVER);
	}

	@Test
	void aJobNowInAUnitOfTheSameRoleIsHeldAndTaken() {
		Announcement mark = OnTheCorpusDay
			.parseShipped("Mark Jonker, nu medewerker facilitaire dienst, wordt per 1 maart facilitair coördinator.");
		assertThat(mark.roleKey()).isEqualTo("facility-coordinator");
		assertThat(mark.currentRoleKey()).isEqualTo("facility-coordinator");
	}

	@Test
	void colleaguesWhoSwapJobsHeldTheOtherWayRoundEachHoldTheOthersNewOne() {
		List<Announcement> read = OnTheCorpusDay.parseAllShipped("Tom Ridder and Lia Bos swap roles on 1 March: Tom "
				+ "becomes a developer and Lia an account manager. Right now it is the other way round.");
		assertThat(read).extracting(Announcement::currentRoleKey)
			.containsExactly("account-manager", "software-engineer");
		// a swap alone does not say which job each holds now: nothing is made up
		assertThat(OnTheCorpusDay
			.parseAllShipped("Sara Mol en Ties Kok wisselen per 1 april van functie: Sara wordt verzorgende en Ties "
					+ "accountmanager."))
			.extracting(Announcement::currentRoleKey)
			.containsOnlyNulls();
	}

	@Test
	void aJobHeldBesideOrBeforeTheNameIsTheOneLeftForAJobOutsideTheCatalogue() {
		Announcement joe = OnTheCorpusDay.parseShipped("Our IT guy Joe Marsh, who is a developer on the billing "
				+ "system, goes to the service desk as shift lead from 1 March.");
		assertThat(joe.kind()).isEqualTo(Announcement.Kind.ROLE_CHANGE);
		assertThat(joe.roleKey()).isNull();
		assertThat(joe.currentRoleKey()).isEqualTo("software-engineer");
		Announcement anouk = OnTheCorpusDay.parseShipped(
				"Onze programmeur Anouk Weller gaat vanaf 1 april als data-analist werken. Ze blijft dus wel bij ons.");
		assertThat(anouk.roleKey()).isNull();
		assertThat(anouk.currentRoleKey()).isEqualTo("software-engineer");
		// "our new developer": the job is the new one
		assertThat(OnTheCorpusDay
			.parseShipped("Onze nieuwe programmeur Tom Bos gaat per 1 maart aan de slag als teamleider.")
			.kind()).isEqualTo(Announcement.Kind.STARTER);
	}

	@Test
	void aJobOfOursBeforeTheNameAndAStartInAnotherIsAMove() {
		Announcement sam = OnTheCorpusDay.parseShipped("Our night porter Sam Lee starts on 4 January as a carer.");
		assertThat(sam.kind()).isEqualTo(Announcement.Kind.ROLE_CHANGE);
		assertThat(sam.roleKey()).isEqualTo("care-worker");
		assertThat(OnTheCorpusDay.parseShipped("Our new night porter Sam Hill starts on 4 January.").kind())
			.isEqualTo(Announcement.Kind.STARTER);
		// a job stopped for another, whatever the name's shape
		assertThat(OnTheCorpusDay
			.parseShipped(
					"Per 1 april stopt Jan-Willem Smit als bakker en wordt hij vertegenwoordiger in de regio Oost.")
			.kind()).isEqualTo(Announcement.Kind.ROLE_CHANGE);
	}

	@Test
	void aFreelancerTakenOnIsANewcomer() {
		assertThat(OnTheCorpusDay
			.parseShipped("Fotograaf Sem Dijk komt per 1 maart in vaste dienst; tot nu toe was hij freelancer.")
			.kind()).isEqualTo(Announcement.Kind.STARTER);
	}

	@Test
	void colleaguesWhoSwapPlacesAreBothRead() {
		List<Announcement> read = OnTheCorpusDay.parseAllShipped("Per 1 april ruilen de filiaalmanagers van Delft en "
				+ "Gouda: Petra Jans gaat naar Gouda en Wim Bos naar Delft.");
		assertThat(read).extracting(Announcement::employeeName).containsExactly("Petra Jans", "Wim Bos");
		assertThat(read).extracting(Announcement::kind).containsOnly(Announcement.Kind.ROLE_CHANGE);
		assertThat(read).extracting(Announcement::date).containsOnly(LocalDate.of(2027, 4, 1));
	}

	@Test
	void whoeverTakesAMoversPlaceIsReadToo() {
		List<Announcement> read = OnTheCorpusDay.parseAllShipped("Internal change from 1 March: Noor Dijk moves from "
				+ "facilities to care as a carer, and Bas Kok takes her place as facility coordinator (until now he "
				+ "was a developer).");
		assertThat(read).extracting(Announcement::employeeName).containsExactly("Noor Dijk", "Bas Kok");
		assertThat(read.get(1).kind()).isEqualTo(Announcement.Kind.ROLE_CHANGE);
		assertThat(read.get(1).currentRoleKey()).isEqualTo("software-engineer");
	}

}

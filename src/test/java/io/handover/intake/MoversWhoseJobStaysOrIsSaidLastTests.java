package io.handover.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * A manager tells that colleagues move: to another place with the job said to stay
 * ("Zelfde job", "Functie blijft." after a list), transferred ("worden … overgeplaatst"),
 * into a job named before the one held ("werkt als …; hij was tot nu toe …") or said
 * before its verb ("dat verzorgende X onze nieuwe teamleider wordt"). Each keeps their
 * account, and the form shows the job they hold and the one they take; the same words of
 * another employer, of hours or of a pension announce no move.
 */
class MoversWhoseJobStaysOrIsSaidLastTests {

	@Test
	void aFlemishSameJobKeepsTheRoleHeldBesideTheName() {
		Announcement nadia = OnTheCorpusDay
			.parseShipped("Nadia Claes (verkoopster) verhuist vanaf 1 februari van ons filiaal in Brugge naar dat in "
					+ "Gent. Zelfde job.");

		assertThat(nadia.kind()).isEqualTo(Announcement.Kind.ROLE_CHANGE);
		assertThat(nadia.date()).isEqualTo(LocalDate.of(2027, 2, 1));
		assertThat(nadia.roleKey()).isEqualTo("account-manager");
		assertThat(nadia.currentRoleKey()).isEqualTo("account-manager");
		assertThat(OnTheCorpusDay
			.parseShipped("Pieter Goossens (programmeur) gaat per 1 maart van ons kantoor in "
					+ "Leuven naar dat in Mechelen, zijn job blijft dezelfde.")
			.roleKey()).isEqualTo("software-engineer");
	}

	@Test
	void colleaguesTransferredInAListAfterAColonMoveAndKeepTheJobSaidOfAll() {
		List<Announcement> read = OnTheCorpusDay.parseAllShipped("Per 1 maart worden drie verkopers van de winkel in "
				+ "Zwolle overgeplaatst naar Kampen: Anouk Berg, Tim Dijk en Sara Kok. Functie blijft.");

		assertThat(read).extracting(Announcement::employeeName).containsExactly("Anouk Berg", "Tim Dijk", "Sara Kok");
		assertThat(read).allSatisfy(a -> {
			assertThat(a.kind()).isEqualTo(Announcement.Kind.ROLE_CHANGE);
			assertThat(a.date()).isEqualTo(LocalDate.of(2027, 3, 1));
			assertThat(a.roleKey()).isEqualTo("account-manager");
			assertThat(a.currentRoleKey()).isEqualTo("account-manager");
		});
		assertThat(OnTheCorpusDay
			.parseAllShipped("Vanaf 1 februari zijn Kim Ros en Lars Eek overgeplaatst naar het depot in Venlo."))
			.extracting(Announcement::kind)
			.containsOnly(Announcement.Kind.ROLE_CHANGE);
	}

	@Test
	void theJobTakenSaidBeforeTheOneHeldUntilNowIsTheNewRole() {
		Announcement kees = OnTheCorpusDay.parseShipped("Vanaf 1 maart werkt Kees Bol als facilitair coördinator in "
				+ "Breda; hij was tot nu toe facilitair medewerker in Tilburg.");

		assertThat(kees.kind()).isEqualTo(Announcement.Kind.ROLE_CHANGE);
		assertThat(kees.roleKey()).isEqualTo("facility-coordinator");
		assertThat(kees.currentRoleKey()).isEqualTo("facility-coordinator");
		Announcement other = OnTheCorpusDay.parseShipped(
				"Vanaf 1 maart werkt Kees Bol als accountmanager in Breda; hij was tot nu toe verzorgende in Tilburg.");
		assertThat(other.roleKey()).isEqualTo("account-manager");
		assertThat(other.currentRoleKey()).isEqualTo("care-worker");
	}

	@Test
	void aNewJobSaidBeforeItsVerbLeavesTheTitleAsTheJobHeld() {
		Announcement anke = OnTheCorpusDay.parseShipped(
				"Hierbij laat ik weten dat verzorgende Anke Mol per 1 februari onze nieuwe teamleider wordt.");

		assertThat(anke.kind()).isEqualTo(Announcement.Kind.ROLE_CHANGE);
		assertThat(anke.roleKey()).isNull();
		assertThat(anke.currentRoleKey()).isEqualTo("care-worker");
		Announcement rik = OnTheCorpusDay
			.parseShipped("Ik laat weten dat accountmanager Rik Hol per 1 maart programmeur wordt.");
		assertThat(rik.roleKey()).isEqualTo("software-engineer");
		assertThat(rik.currentRoleKey()).isEqualTo("account-manager");
	}

	@Test
	void aJobOfOursBesideTheNameBeforeAnotherIsTheJobHeldUnlessTheNewcomerIsWelcomed() {
		Announcement lotte = OnTheCorpusDay
			.parseShipped("Lotte Vos, verzorgende, gaat per 1 februari aan de slag als planner.");

		assertThat(lotte.kind()).isEqualTo(Announcement.Kind.ROLE_CHANGE);
		assertThat(lotte.roleKey()).isNull();
		assertThat(lotte.currentRoleKey()).isEqualTo("care-worker");
		assertThat(
				OnTheCorpusDay.parseShipped("Mia Hart, software developer, gets started as scrum master on 1 February.")
					.currentRoleKey())
			.isEqualTo("software-engineer");
		for (String words : new String[] {
				"Welkom aan Lotte Vos, verzorgende, die op 1 februari bij ons aan de slag gaat als planner.",
				"Onze nieuwe collega Lotte Vos, verpleegkundige, gaat per 1 februari bij ons aan de slag als "
						+ "teamleider." }) {
			assertThat(OnTheCorpusDay.parseShipped(words).kind()).as(words).isEqualTo(Announcement.Kind.STARTER);
		}
	}

	@Test
	void theWorkOfAUnitStoppedForAJobIsAMoveEvenWithAQuestionForALaptop() {
		for (String words : new String[] {
				"From 1 February Sanne Bakker stops doing customer support and becomes developer. Does she need a new "
						+ "laptop?",
				"Lisa Moor stopt per 1 maart met de klantenservice en wordt programmeur. Heeft ze een nieuwe laptop "
						+ "nodig?" }) {
			Announcement read = OnTheCorpusDay.parseShipped(words);
			assertThat(read.kind()).as(words).isEqualTo(Announcement.Kind.ROLE_CHANGE);
			assertThat(read.roleKey()).as(words).isEqualTo("software-engineer");
		}
		assertThat(OnTheCorpusDay
			.parseShipped(
					"Piet Bos quits the helpdesk on Monday and becomes account manager. Does he need a new phone?")
			.kind()).isEqualTo(Announcement.Kind.ROLE_CHANGE);
		// the work itself stopped, or a newcomer's laptop: no move
		assertThat(OnTheCorpusDay.parseShipped("Lisa Moor stopt per 1 maart met haar werk en wordt freelancer.").kind())
			.isEqualTo(Announcement.Kind.LEAVER);
		assertThat(OnTheCorpusDay
			.parseShipped("Omar Haddad starts on 4 January as a developer. Does he need a new laptop?")
			.kind()).isEqualTo(Announcement.Kind.STARTER);
	}

	@Test
	void theSameWordsOfAnotherEmployerHoursOrAPensionAreNoMove() {
		assertThat(OnTheCorpusDay.parseShipped("Tom Dierckx vertrekt op 31 januari naar een concurrent, zelfde job.")
			.kind()).isEqualTo(Announcement.Kind.LEAVER);
		assertThat(
				OnTheCorpusDay.parseShipped("Ik laat weten dat verzorgende Anke Mol per 1 februari met pensioen gaat.")
					.kind())
			.isEqualTo(Announcement.Kind.LEAVER);
		assertThat(OnTheCorpusDay
			.parseShipped("Vanaf 1 maart werkt Kees Bol als accountmanager in Breda; hij was tot nu toe verkoper bij "
					+ "Philips.")
			.kind()).isEqualTo(Announcement.Kind.STARTER);
		NoOneAnnounced.assertNoOne("Anouk Berg gaat vanaf 1 maart 24 uur werken in plaats van 32. Functie blijft.");
	}

}

package io.handover.intake;

import java.time.LocalDate;
import java.util.List;

import io.handover.intake.Announcement.Kind;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A mover's current role, said the ways managers say it: before the name or after it,
 * with the name between the word and the role ("Tot nu toe werkte Mila Hermans als
 * verzorgende"), after the role ("a developer until now"), given up for another ("leaves
 * sales for a developer role"), or as a department the person is in now (issue 18). Read
 * with the shipped profiles' names.
 */
class MoversCurrentRoleTests {

	static final List<RoleName> ROLES = IntakeCorpusTests.shippedRoles();

	Announcement parse(String text) {
		return new AnnouncementParser().parse(text, OnTheCorpusDay.TODAY, ROLES);
	}

	@Test
	void theNameBetweenTheWordAndTheRoleDoesNotHideIt() {
		Announcement a = parse(
				"Tot nu toe werkte Mila Hermans als verzorgende; per 18 januari is zij onze nieuwe facilitair coördinator.");

		assertThat(a.kind()).isEqualTo(Kind.ROLE_CHANGE);
		assertThat(a.currentRoleKey()).isEqualTo("care-worker");
		assertThat(a.roleKey()).isEqualTo("facility-coordinator");
		assertThat(a.date()).isEqualTo(LocalDate.of(2027, 1, 18));
	}

	@Test
	void aRoleHeldUntilNowIsTheCurrentOneWhereverTheWordsStand() {
		Announcement before = parse("Daan Martens werkt op dit moment als zorgmedewerker en wordt per 11 januari "
				+ "facilitair medewerker.");
		Announcement after = parse("Daniel Evans, a developer until now, will be joining the sales team on 4 January.");
		Announcement worked = parse(
				"Tim Coppens heeft jaren als verzorgende gewerkt en wordt per 4 januari facilitair medewerker.");

		assertThat(before.currentRoleKey()).isEqualTo("care-worker");
		assertThat(before.roleKey()).isEqualTo("facility-coordinator");
		assertThat(after.kind()).isEqualTo(Kind.ROLE_CHANGE);
		assertThat(after.currentRoleKey()).isEqualTo("software-engineer");
		assertThat(after.roleKey()).isEqualTo("account-manager");
		assertThat(worked.currentRoleKey()).isEqualTo("care-worker");
		assertThat(worked.roleKey()).isEqualTo("facility-coordinator");
	}

	@Test
	void aRoleGivenUpForAnotherIsAMoveNotALeaver() {
		Announcement english = parse("Sales rep Olivia Reed is leaving sales for a developer role on 1 March.");
		Announcement dutch = parse(
				"Jasper Willems verruilt per 1 februari zijn baan als programmeur voor een functie als accountmanager.");

		assertThat(english.kind()).isEqualTo(Kind.ROLE_CHANGE);
		assertThat(english.currentRoleKey()).isEqualTo("account-manager");
		assertThat(english.roleKey()).isEqualTo("software-engineer");
		assertThat(dutch.kind()).isEqualTo(Kind.ROLE_CHANGE);
		assertThat(dutch.currentRoleKey()).isEqualTo("software-engineer");
		assertThat(dutch.roleKey()).isEqualTo("account-manager");
	}

	@Test
	void leavingOneRoleAndStartingAnotherIsAMove() {
		Announcement a = parse(
				"Rik Janssens stopt per 1 maart als accountmanager en gaat bij ons aan de slag als programmeur.");

		assertThat(a.kind()).isEqualTo(Kind.ROLE_CHANGE);
		assertThat(a.currentRoleKey()).isEqualTo("account-manager");
		assertThat(a.roleKey()).isEqualTo("software-engineer");
	}

	@Test
	void aDepartmentThePersonIsInNowMakesAStartersWordsAMove() {
		Announcement a = parse(
				"Vincent Bosman, die nu bij de verkoop werkt, komt vanaf 11 januari ons ontwikkelteam versterken.");

		assertThat(a.kind()).isEqualTo(Kind.ROLE_CHANGE);
		assertThat(a.currentRoleKey()).isEqualTo("account-manager");
		assertThat(a.roleKey()).isEqualTo("software-engineer");
	}

	@Test
	void aRoleHeldElsewhereBeforeAnnouncesAStarterInTheNewRole() {
		Announcement english = parse(
				"Welcome Sara Lind, previously a carer in a hospital, who joins us on 1 February as a developer.");
		Announcement dutch = parse("Sara Lind, die eerder als verzorgende in een ziekenhuis werkte, komt per "
				+ "1 februari bij ons werken als ontwikkelaar.");

		assertThat(english.kind()).isEqualTo(Kind.STARTER);
		assertThat(english.roleKey()).isEqualTo("software-engineer");
		assertThat(dutch.kind()).isEqualTo(Kind.STARTER);
		assertThat(dutch.roleKey()).isEqualTo("software-engineer");
	}

	@Test
	void aRoleGivenUpForOneOutsideTheCatalogueIsAMove() {
		Announcement afscheid = parse("Per 1 april neemt Aukje Terpstra afscheid van haar functie als ontwikkelaar "
				+ "en wordt ze bij ons scrum master.");
		Announcement stays = parse(
				"Callum Reid stays on as a carer until 1 March, after which he becomes our office manager.");
		Announcement dan = parse("Vanaf 1 maart is Hilde Boer onze nieuwe teamcoach; ze stopt dan als verkoper.");

		for (Announcement a : List.of(afscheid, stays, dan)) {
			assertThat(a.kind()).isEqualTo(Kind.ROLE_CHANGE);
			assertThat(a.roleKey()).isNull();
		}
		assertThat(afscheid.currentRoleKey()).isEqualTo("software-engineer");
		assertThat(stays.currentRoleKey()).isEqualTo("care-worker");
		assertThat(dan.currentRoleKey()).isEqualTo("account-manager");
	}

	@Test
	void aRoleOnlyNamingWhomATitleLeadsIsNotTheNewRole() {
		Announcement a = parse("Per 1 februari wordt Sander Vos teamleider van de verzorgenden; hij is dan geen "
				+ "verzorgende meer.");

		assertThat(a.kind()).isEqualTo(Kind.ROLE_CHANGE);
		assertThat(a.roleKey()).isNull();
		assertThat(a.currentRoleKey()).isEqualTo("care-worker");
	}

	@Test
	void aLeaverWhoIsSucceededIsNoMover() {
		Announcement a = parse("Rob Visser stopt per 1 maart als verkoper en wordt opgevolgd door een collega.");

		assertThat(a.kind()).isEqualTo(Kind.LEAVER);
	}

	@Test
	void aJobHeldUntilNowToldInAClauseOfItsOwnIsNotTheNewRole() {
		Announcement en = parse("Nina Holt starts on 1 April as a developer, until now she was a teacher");
		Announcement nl = parse("Nina Holt begint op 1 april als developer, tot nu toe was ze docent");

		assertThat(en.roleKey()).isEqualTo("software-engineer");
		assertThat(en.currentRoleKey()).isNull();
		assertThat(nl.roleKey()).isEqualTo("software-engineer");
		assertThat(nl.currentRoleKey()).isNull();
	}

	@Test
	void aMoverFromBlindSixKindThreeIsNoLeaver() {
		Announcement untilNow = parse(
				"From 1 February Ines Roth is a carer; until now she has been with us as a developer.");
		Announcement untilNowEn = parse(
				"Sam Reid becomes a developer on 8 February, he has worked in sales with us until now.");
		Announcement stoptDan = parse("Vanaf 1 maart wordt Gijs Pool ontwikkelaar en stopt daarmee als verkoper.");
		Announcement wegBij = parse("Noor Dekker gaat op 1 maart weg bij de zorg en begint dan bij het ontwikkelteam.");
		Announcement update = parse(
				"Could you change Liam Frost's role to carer from 15 February? He is in sales now.");

		assertThat(untilNow.kind()).isEqualTo(Kind.ROLE_CHANGE);
		assertThat(untilNow.roleKey()).isEqualTo("care-worker");
		assertThat(untilNowEn.kind()).isEqualTo(Kind.ROLE_CHANGE);
		assertThat(stoptDan.kind()).isEqualTo(Kind.ROLE_CHANGE);
		assertThat(stoptDan.roleKey()).isEqualTo("software-engineer");
		assertThat(stoptDan.currentRoleKey()).isEqualTo("account-manager");
		assertThat(wegBij.kind()).isEqualTo(Kind.ROLE_CHANGE);
		assertThat(wegBij.roleKey()).isEqualTo("software-engineer");
		assertThat(wegBij.currentRoleKey()).isEqualTo("care-worker");
		assertThat(update.kind()).isEqualTo(Kind.ROLE_CHANGE);
		assertThat(update.roleKey()).isEqualTo("care-worker");
		// the leaver cases stay leavers
		assertThat(parse("Anouk Visser gaat per 1 maart bij ons weg.").kind()).isEqualTo(Kind.LEAVER);
		assertThat(parse("Thijs Berg (verkoper) gaat weg bij ons op 1 maart.").kind()).isEqualTo(Kind.LEAVER);
		assertThat(parse("Rosa Mol stays with us until 28 February, she is a carer.").kind()).isEqualTo(Kind.LEAVER);
	}

	@Test
	void aRoleHeldNowSaidWithAContractionIsTheCurrentOne() {
		Announcement bracketed = parse(
				"From 1 Jan Hannah Schmidt will be our office manager (currently she's a facility coordinator).");
		Announcement after = parse("Omar Haddad becomes team lead on 1 February; right now he’s a developer.");

		assertThat(bracketed.kind()).isEqualTo(Kind.ROLE_CHANGE);
		assertThat(bracketed.roleKey()).isNull();
		assertThat(bracketed.currentRoleKey()).isEqualTo("facility-coordinator");
		assertThat(after.kind()).isEqualTo(Kind.ROLE_CHANGE);
		assertThat(after.roleKey()).isNull();
		assertThat(after.currentRoleKey()).isEqualTo("software-engineer");
	}

	@Test
	void aJobNoLongerHeldThenAUnitOfOursJoinedIsAMove() {
		Announcement english = parse(
				"From 11 January Bram Kuipers will no longer be a developer; he joins our support desk as a team lead.");
		Announcement dutch = parse(
				"Vanaf 1 februari is Lieke Aarts geen verzorgende meer; ze komt op ons planningsbureau als roosteraar.");

		assertThat(english.kind()).isEqualTo(Kind.ROLE_CHANGE);
		assertThat(english.currentRoleKey()).isEqualTo("software-engineer");
		assertThat(english.roleKey()).isNull();
		assertThat(english.date()).isEqualTo(LocalDate.of(2027, 1, 11));
		assertThat(dutch.kind()).isEqualTo(Kind.ROLE_CHANGE);
		assertThat(dutch.currentRoleKey()).isEqualTo("care-worker");
		assertThat(dutch.roleKey()).isNull();
	}

	@Test
	void aJobNoLongerHeldBecauseOfAnotherEmployerIsALeaving() {
		Announcement leaving = parse(
				"Per 1 maart is Tess Vink geen accountmanager meer, ze vertrekt naar een concurrent.");

		assertThat(leaving.kind()).isEqualTo(Kind.LEAVER);
	}

}

package io.handover.intake;

import java.util.List;

import org.junit.jupiter.api.Test;

import static io.handover.intake.NoOneAnnounced.assertNoOne;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A mover who leaves a unit with the job held there in brackets ("moves from sales (he
 * was our rep) to planning"); a start whose sentence holds a dotted date or a title
 * ("from the 01.03.2027 Mr. … works for us as"); a chat's arrow from a name to a job or a
 * place; a site "in France" that is no one; the job said to stay with no other word of a
 * move; someone's leaving named by a first name as the reason a successor is found; and
 * "the new developer, …," said after another person's sentence. Today is Thursday 3
 * December 2026.
 */
class HeldJobsArrowsAndSuccessorsFoundTests {

	@Test
	void aUnitMovedFromWithTheJobHeldThereInBracketsGivesTheHeldRole() {
		Announcement read = OnTheCorpusDay
			.parseShipped("Kim Dekker moves from sales (she was our rep in the north) to customer service on 1 April.");
		assertThat(read.kind()).isEqualTo(Announcement.Kind.ROLE_CHANGE);
		assertThat(read.currentRoleKey()).isEqualTo("account-manager");
		assertThat(read.roleKey()).isNull();
		read = OnTheCorpusDay
			.parseShipped("Per 1 maart gaat Joris Kok van het verkoopteam (accountmanager) naar de afdeling inkoop.");
		assertThat(read.currentRoleKey()).isEqualTo("account-manager");
		assertThat(read.roleKey()).isNull();
		read = OnTheCorpusDay.parseShipped(
				"From 1 March Lena Ivanova moves from our IT team (she's a developer of the shop) to marketing as copywriter.");
		assertThat(read.currentRoleKey()).isEqualTo("software-engineer");
		assertThat(read.roleKey()).isNull();
		// a new job of the catalogue said after it stays the new one
		read = OnTheCorpusDay.parseShipped(
				"Per 1 maart gaat Eva Smit van de receptie (facilitair medewerker) naar het verkoopteam als accountmanager.");
		assertThat(read.currentRoleKey()).isEqualTo("facility-coordinator");
		assertThat(read.roleKey()).isEqualTo("account-manager");
	}

	@Test
	void aStartWhoseSentenceHoldsADottedDateOrATitleIsAStart() {
		Announcement read = OnTheCorpusDay
			.parseShipped("Hello all, from the 01.02.2027 Mrs. Ana Costa works for us as account manager for Iberia.");
		assertThat(read.kind()).isEqualTo(Announcement.Kind.STARTER);
		assertThat(read.employeeName()).isEqualTo("Ana Costa");
		assertThat(read.date()).hasToString("2027-02-01");
		assertThat(read.roleKey()).isEqualTo("account-manager");
		assertThat(OnTheCorpusDay.parse("From 1 February Dr. Ana Costa works for us as a lab analyst.").kind())
			.isEqualTo(Announcement.Kind.STARTER);
	}

	@Test
	void aChatsArrowFromANameToAJobOrAPlaceIsAMove() {
		Announcement read = OnTheCorpusDay
			.parseShipped("lisa de boer -> account manager benelux per 1 maart (nu planner)");
		assertThat(read.kind()).isEqualTo(Announcement.Kind.ROLE_CHANGE);
		assertThat(read.employeeName()).isEqualTo("Lisa de Boer");
		assertThat(read.roleKey()).isEqualTo("account-manager");
		read = OnTheCorpusDay.parseShipped("sam turner leeds -> york 11 jan, same job");
		assertThat(read.kind()).isEqualTo(Announcement.Kind.ROLE_CHANGE);
		assertThat(read.employeeName()).isEqualTo("Sam Turner");
		assertThat(read.date()).hasToString("2027-01-11");
		// a name with a particle keeps its last word; a heading's arrow to a starter
		// stays a start
		assertThat(OnTheCorpusDay.parse("jan van dijk -> planning per 1 maart").employeeName())
			.isEqualTo("Jan van Dijk");
		assertThat(OnTheCorpusDay.parse("Nieuwe collega's -> Jan de Vries begint 1 februari als verzorgende").kind())
			.isEqualTo(Announcement.Kind.STARTER);
	}

	@Test
	void aPlaceWhereASiteIsIsNoOne() {
		assertNoOne("Is someone who moves to our branch in Spain a leaver for us or a mover?");
		assertNoOne("Telt iemand die naar ons zusterbedrijf in Duitsland gaat als vertrekker?");
	}

	@Test
	void theJobSaidToStayWithNoOtherWordOfAMoveIsASameJobMove() {
		Announcement read = OnTheCorpusDay.parseShipped(
				"Per 1 februari gaat verkoper Ruud Hermans de Duitse klanten doen vanuit Venlo; zijn functie blijft gelijk.");
		assertThat(read.kind()).isEqualTo(Announcement.Kind.ROLE_CHANGE);
		assertThat(read.roleKey()).isEqualTo("account-manager");
		assertThat(read.currentRoleKey()).isEqualTo("account-manager");
	}

	@Test
	void aLeavingNamedByAFirstNameAsTheReasonASuccessorIsFoundIsNoLeaver() {
		Announcement read = OnTheCorpusDay.parseShipped(
				"Na het vertrek van Ria hebben we een opvolger gevonden: Bas Meijer, nu nog monteur, wordt per 1 maart facilitair coördinator.");
		assertThat(read.kind()).isEqualTo(Announcement.Kind.ROLE_CHANGE);
		assertThat(read.employeeName()).isEqualTo("Bas Meijer");
		assertThat(OnTheCorpusDay
			.parse("After Ria's departure, our fitter Bas Meijer becomes facility coordinator on 1 March.")
			.kind()).isEqualTo(Announcement.Kind.ROLE_CHANGE);
		// one named in full is announced
		assertThat(OnTheCorpusDay.parseAll("Na het vertrek van Ria de Wit op 1 maart wordt Bas Meijer teamleider.")
			.get(0)
			.employeeName()).isEqualTo("Ria de Wit");
	}

	@Test
	void theNewJobSetApartBeforeTheSecondNameIsTheirs() {
		List<Announcement> read = OnTheCorpusDay.parseAllShipped(
				"Our account manager Fay Wong leaves on 29 January. The new account manager, Omar Haddad, starts on 18 January.");
		assertThat(read).hasSize(2);
		assertThat(read.get(1).employeeName()).isEqualTo("Omar Haddad");
		assertThat(read.get(1).roleKey()).isEqualTo("account-manager");
	}

	@Test
	void aTaskTakenOnAfterStoppingWithItsJobSaidAfterItIsAMoveToThatJob() {
		Announcement read = OnTheCorpusDay.parseShipped(
				"Ilse Visser stopt met de kassa en gaat over drie weken onze inkoop doen, als accountmanager voor de groothandel.");
		assertThat(read.kind()).isEqualTo(Announcement.Kind.ROLE_CHANGE);
		assertThat(read.roleKey()).isEqualTo("account-manager");
		read = OnTheCorpusDay.parseShipped(
				"From 1 March Tom Price will step away from the workbench and look after our offices as facility coordinator.");
		assertThat(read.kind()).isEqualTo(Announcement.Kind.ROLE_CHANGE);
		assertThat(read.roleKey()).isEqualTo("facility-coordinator");
		assertThat(read.date()).hasToString("2027-03-01");
		// work of one's own after stopping stays a leaving
		assertThat(OnTheCorpusDay.parse("Piet Bos stopt op 31 januari als monteur en gaat de zaak van zijn vader doen.")
			.kind()).isEqualTo(Announcement.Kind.LEAVER);
	}

	@Test
	void workAtAUnitOfOursToldAsUntilNowMakesANewJobAMove() {
		Announcement read = OnTheCorpusDay.parseShipped(
				"Per 1 februari wordt Sven Aalders onze nieuwe ontwikkelaar; tot nu toe werkte hij in de werkplaats.");
		assertThat(read.kind()).isEqualTo(Announcement.Kind.ROLE_CHANGE);
		assertThat(read.roleKey()).isEqualTo("software-engineer");
		assertThat(OnTheCorpusDay
			.parse("From 1 February Amy Cole becomes our new developer; until now she worked in the warehouse.")
			.kind()).isEqualTo(Announcement.Kind.ROLE_CHANGE);
	}

	@Test
	void workWithUsFromADaySaidVerbFirstIsAStart() {
		Announcement read = OnTheCorpusDay
			.parse("Gastdocent Lea Moreau werkt bij ons vanaf maandag 11 januari, voor twee maanden.");
		assertThat(read.kind()).isEqualTo(Announcement.Kind.STARTER);
		assertThat(read.date()).hasToString("2027-01-11");
	}

}

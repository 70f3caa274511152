package io.handover.intake;

import java.time.LocalDate;
import java.util.List;

import io.handover.intake.Announcement.Kind;
import org.junit.jupiter.api.Test;

import static io.handover.intake.OnTheCorpusDay.parseAllShipped;
import static io.handover.intake.OnTheCorpusDay.parseShipped;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Names written in chat and the roles of movers (issue 18): a lower-case name ends where
 * the place it works in begins ("in kas 7", "van de balie", "(night shift)"), a list of
 * lower-case names goes on after "en"/"and", an adjective with the job before it is no
 * part of the name; an engineer whose field is said not to be software is no software
 * engineer; the job beside a mover's name is the one held, the one after "wordt" the new
 * one, and a job said to stay is both.
 */
class ChatNamesAndMoversRolesTests {

	@Test
	void aLowerCaseNameEndsWhereThePlaceTheyWorkInBegins() {
		Announcement town = parseShipped("maandag 11 januari begint sanne de groot in het tuincentrum in Hoorn");
		Announcement greenhouse = parseShipped("per 4 januari begint piotr nowak in kas 7");
		Announcement desk = parseShipped("ff doorgeven: bram kuiper van de balie stopt per 1 februari");

		assertThat(town.employeeName()).isEqualTo("Sanne de Groot");
		assertThat(greenhouse.employeeName()).isEqualTo("Piotr Nowak");
		assertThat(desk.employeeName()).isEqualTo("Bram Kuiper");
		assertThat(desk.kind()).isEqualTo(Kind.LEAVER);
	}

	@Test
	void theUnitInBracketsAfterALowerCaseNameIsNoName() {
		Announcement a = parseShipped("heads up: jordan lee (night shift) leaves on friday 18 december");

		assertThat(a.employeeName()).isEqualTo("Jordan Lee");
		assertThat(a.date()).isEqualTo(LocalDate.of(2026, 12, 18));
	}

	@Test
	void everyLowerCaseNameOfAListIsAnnounced() {
		List<Announcement> joined = parseAllShipped(
				"receptie: nieuwe collega's per 4 januari, fenna bos en milan visser");
		List<Announcement> bracketed = parseAllShipped(
				"nieuw per 1 februari: joris smit (magazijn) en eva de wit (kantine)");

		assertThat(joined).extracting(Announcement::employeeName).containsExactly("Fenna Bos", "Milan Visser");
		assertThat(joined).allSatisfy(a -> assertThat(a.date()).isEqualTo(LocalDate.of(2027, 1, 4)));
		assertThat(bracketed).extracting(Announcement::employeeName).containsExactly("Joris Smit", "Eva de Wit");
	}

	@Test
	void theLastOfAListAfterACommaAndIsAnnouncedToo() {
		List<Announcement> all = parseAllShipped(
				"Three seasonal pickers start Monday 4 January: Piotr Zieliński, Marta Kowalczyk, and Oksana Bondar.");

		assertThat(all).extracting(Announcement::employeeName)
			.containsExactly("Piotr Zieliński", "Marta Kowalczyk", "Oksana Bondar");
		assertThat(all).allSatisfy(a -> assertThat(a.kind()).isEqualTo(Kind.STARTER));
	}

	@Test
	void anAdjectiveWithTheJobBeforeTheNameIsNoPartOfIt() {
		assertThat(parseShipped("technisch tekenaar sven mulder stopt per 1 maart").employeeName())
			.isEqualTo("Sven Mulder");
	}

	@Test
	void aUnitInTitleCaseBesideTheNameIsNoSecondPerson() {
		List<Announcement> all = parseAllShipped(
				"New joiner: Amina Diallo, Customer Support, starts Monday 11 January.");

		assertThat(all).extracting(Announcement::employeeName).containsExactly("Amina Diallo");
	}

	@Test
	void anEngineerWhoseFieldIsNotSoftwareGetsNoDeveloperProfile() {
		Announcement dutch = parseShipped(
				"Per 4 januari begint Koen Dijkstra als product-engineer (hardware, geen software) in de fabriek.");
		Announcement english = parseShipped("Ella Novak starts on 11 January as a design engineer (bridges, not IT).");
		Announcement developer = parseShipped("Zoe Marsh joins on 4 January as a backend developer, not a tester.");

		assertThat(dutch.roleKey()).isNull();
		assertThat(english.roleKey()).isNull();
		assertThat(developer.roleKey()).isEqualTo("software-engineer");
	}

	@Test
	void theJobBesideAMoversNameIsTheOneHeld() {
		Announcement a = parseShipped(
				"Fatma Yilmaz, verzorgende op de Dahlia, wordt per 1 maart planner op ons kantoor.");

		assertThat(a.kind()).isEqualTo(Kind.ROLE_CHANGE);
		assertThat(a.currentRoleKey()).isEqualTo("care-worker");
		assertThat(a.roleKey()).isNull();
	}

	@Test
	void theJobAfterWordtIsTheNewOneAcrossTheJobHeldBesideTheName() {
		Announcement a = parseShipped(
				"Per 1 april wordt Joyce Bakker, nu gastvrouw, onze accountmanager voor de regio Oost.");

		assertThat(a.kind()).isEqualTo(Kind.ROLE_CHANGE);
		assertThat(a.roleKey()).isEqualTo("account-manager");
		assertThat(a.currentRoleKey()).isNull();
	}

	@Test
	void aJobBeforeTheNameIsHeldWhenTheMoverGoesToAnotherFunction() {
		Announcement a = parseShipped(
				"Per 1 februari gaat onze sales & marketing medewerker Inge Post naar de planning.");

		assertThat(a.currentRoleKey()).isEqualTo("account-manager");
		assertThat(a.roleKey()).isNull();
	}

	@Test
	void aJobSaidToStayIsBothTheHeldAndTheNewOne() {
		Announcement briefly = parseShipped(
				"Onze verzorgende Petra Smit gaat per 1 maart naar locatie De Horst. Functie blijft.");
		Announcement unit = parseShipped(
				"Account manager Yusuf Demir moves to the Utrecht office on 1 February, still in sales.");
		Announcement sites = parseShipped("Please note: Hanna Berg (care worker) moves from our Zwolle location to the "
				+ "Deventer location on 11 January.");
		Announcement more = parseShipped(
				"Onze accountmanager Zuid, Bas Hermans, neemt per 1 maart ook Limburg erbij en "
						+ "verhuist naar ons kantoor in Venlo.");

		for (Announcement a : List.of(briefly, unit, sites, more)) {
			assertThat(a.kind()).isEqualTo(Kind.ROLE_CHANGE);
			assertThat(a.roleKey()).isEqualTo(a.currentRoleKey()).isNotNull();
		}
		assertThat(sites.roleKey()).isEqualTo("care-worker");
		assertThat(more.roleKey()).isEqualTo("account-manager");
	}

	@Test
	void whoAskedForTheChangeIsNoManagerIntroduced() {
		Announcement a = parseShipped("Op verzoek van de teamleider: Mohamed El Idrissi werkt vanaf 4 januari op ons "
				+ "kantoor in Zwolle. Functie blijft gelijk.");

		assertThat(a.employeeName()).isEqualTo("Mohamed El Idrissi");
	}

	@Test
	void aCapitalisedTownBeforeAPlaceNounIsNoNameInAChat() {
		Announcement a = parseShipped("fyi kasia wrobel is going to our Gdansk office from 1 february");

		assertThat(a.employeeName()).isEqualTo("Kasia Wrobel");
	}

	@Test
	void theRequestsVerbAfterALowerCaseNameAndAnIdiomAreNoName() {
		Announcement a = parseShipped(
				"kun je de inlog van joost de vos blokkeren? hij is gisteren op staande voet ontslagen");

		assertThat(a.employeeName()).isEqualTo("Joost de Vos");
	}

	@Test
	void anElidedSurnameIsCapitalisedAfterItsApostrophe() {
		assertThat(parseShipped("new starter: sean o'brien, dec 14").employeeName()).isEqualTo("Sean O'Brien");
	}

	@Test
	void aJobSetApartRightBeforeTheSecondNameIsTheirs() {
		List<Announcement> all = parseAllShipped(
				"Our developer Tom Hale leaves on 31 December, and a new developer, Ivy Chen, starts 4 January.");

		assertThat(all).extracting(Announcement::roleKey).containsExactly("software-engineer", "software-engineer");
		assertThat(all.get(1).employeeName()).isEqualTo("Ivy Chen");
	}

	@Test
	void aNewJobSaidWithAsAfterATransferIsNotTheOneHeld() {
		Announcement a = parseShipped(
				"From 11 January, Omar Said transfers from Customer Service to the app team as a junior developer.");

		assertThat(a.kind()).isEqualTo(Kind.ROLE_CHANGE);
		assertThat(a.roleKey()).isEqualTo("software-engineer");
		assertThat(a.currentRoleKey()).isNull();
	}

	@Test
	void aJobOfTwoWordsInTheHeadingIsEachListedPersons() {
		List<Announcement> all = parseAllShipped(
				"two new care workers for the night shift: Lea Blom starts Monday 4 Jan "
						+ "and Tess Kooi starts Monday 11 Jan.");

		assertThat(all).extracting(Announcement::roleKey).containsExactly("care-worker", "care-worker");
	}

	@Test
	void aJobOfOurTeamSaidOfAllMoversIsTheOneHeld() {
		List<Announcement> all = parseAllShipped("Per 1 maart gaan twee verzorgenden van ons team naar de planning als "
				+ "roostermaker: Nina Bos en Eva Lam.");

		assertThat(all).hasSize(2)
			.allSatisfy(a -> assertThat(a.currentRoleKey()).isEqualTo("care-worker"))
			.allSatisfy(a -> assertThat(a.roleKey()).isNull());
	}

	@Test
	void aSecondStarterAfterALongPlaceOfTheFirstIsAnnounced() {
		List<Announcement> all = parseAllShipped(
				"Per 4 januari beginnen Anna Bos als verzorgende op de afdeling Linde in "
						+ "Zwolle, en Kees Mol als facilitair medewerker.");

		assertThat(all).extracting(Announcement::employeeName).containsExactly("Anna Bos", "Kees Mol");
		assertThat(all).extracting(Announcement::roleKey).containsExactly("care-worker", "facility-coordinator");
	}

}

package io.handover.intake;

import java.time.LocalDate;
import java.util.List;

import io.handover.intake.Announcement.Kind;
import org.junit.jupiter.api.Test;

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

	static final List<RoleName> ROLES = IntakeCorpusTests.shippedRoles();

	List<Announcement> parseAll(String text) {
		return new AnnouncementParser().parseAll(text, OnTheCorpusDay.TODAY, ROLES);
	}

	Announcement parse(String text) {
		return parseAll(text).get(0);
	}

	@Test
	void aLowerCaseNameEndsWhereThePlaceTheyWorkInBegins() {
		Announcement town = parse("maandag 11 januari begint sanne de groot in het tuincentrum in Hoorn");
		Announcement greenhouse = parse("per 4 januari begint piotr nowak in kas 7");
		Announcement desk = parse("ff doorgeven: bram kuiper van de balie stopt per 1 februari");

		assertThat(town.employeeName()).isEqualTo("Sanne de Groot");
		assertThat(greenhouse.employeeName()).isEqualTo("Piotr Nowak");
		assertThat(desk.employeeName()).isEqualTo("Bram Kuiper");
		assertThat(desk.kind()).isEqualTo(Kind.LEAVER);
	}

	@Test
	void theUnitInBracketsAfterALowerCaseNameIsNoName() {
		Announcement a = parse("heads up: jordan lee (night shift) leaves on friday 18 december");

		assertThat(a.employeeName()).isEqualTo("Jordan Lee");
		assertThat(a.date()).isEqualTo(LocalDate.of(2026, 12, 18));
	}

	@Test
	void everyLowerCaseNameOfAListIsAnnounced() {
		List<Announcement> joined = parseAll("receptie: nieuwe collega's per 4 januari, fenna bos en milan visser");
		List<Announcement> bracketed = parseAll("nieuw per 1 februari: joris smit (magazijn) en eva de wit (kantine)");

		assertThat(joined).extracting(Announcement::employeeName).containsExactly("Fenna Bos", "Milan Visser");
		assertThat(joined).allSatisfy(a -> assertThat(a.date()).isEqualTo(LocalDate.of(2027, 1, 4)));
		assertThat(bracketed).extracting(Announcement::employeeName).containsExactly("Joris Smit", "Eva de Wit");
	}

	@Test
	void theLastOfAListAfterACommaAndIsAnnouncedToo() {
		List<Announcement> all = parseAll(
				"Three seasonal pickers start Monday 4 January: Piotr Zieliński, Marta Kowalczyk, and Oksana Bondar.");

		assertThat(all).extracting(Announcement::employeeName)
			.containsExactly("Piotr Zieliński", "Marta Kowalczyk", "Oksana Bondar");
		assertThat(all).allSatisfy(a -> assertThat(a.kind()).isEqualTo(Kind.STARTER));
	}

	@Test
	void anAdjectiveWithTheJobBeforeTheNameIsNoPartOfIt() {
		assertThat(parse("technisch tekenaar sven mulder stopt per 1 maart").employeeName()).isEqualTo("Sven Mulder");
	}

	@Test
	void aUnitInTitleCaseBesideTheNameIsNoSecondPerson() {
		List<Announcement> all = parseAll("New joiner: Amina Diallo, Customer Support, starts Monday 11 January.");

		assertThat(all).extracting(Announcement::employeeName).containsExactly("Amina Diallo");
	}

	@Test
	void anEngineerWhoseFieldIsNotSoftwareGetsNoDeveloperProfile() {
		Announcement dutch = parse(
				"Per 4 januari begint Koen Dijkstra als product-engineer (hardware, geen software) in de fabriek.");
		Announcement english = parse("Ella Novak starts on 11 January as a design engineer (bridges, not IT).");
		Announcement developer = parse("Zoe Marsh joins on 4 January as a backend developer, not a tester.");

		assertThat(dutch.roleKey()).isNull();
		assertThat(english.roleKey()).isNull();
		assertThat(developer.roleKey()).isEqualTo("software-engineer");
	}

	@Test
	void theJobBesideAMoversNameIsTheOneHeld() {
		Announcement a = parse("Fatma Yilmaz, verzorgende op de Dahlia, wordt per 1 maart planner op ons kantoor.");

		assertThat(a.kind()).isEqualTo(Kind.ROLE_CHANGE);
		assertThat(a.currentRoleKey()).isEqualTo("care-worker");
		assertThat(a.roleKey()).isNull();
	}

	@Test
	void theJobAfterWordtIsTheNewOneAcrossTheJobHeldBesideTheName() {
		Announcement a = parse("Per 1 april wordt Joyce Bakker, nu gastvrouw, onze accountmanager voor de regio Oost.");

		assertThat(a.kind()).isEqualTo(Kind.ROLE_CHANGE);
		assertThat(a.roleKey()).isEqualTo("account-manager");
		assertThat(a.currentRoleKey()).isNull();
	}

	@Test
	void aJobBeforeTheNameIsHeldWhenTheMoverGoesToAnotherFunction() {
		Announcement a = parse("Per 1 februari gaat onze sales & marketing medewerker Inge Post naar de planning.");

		assertThat(a.currentRoleKey()).isEqualTo("account-manager");
		assertThat(a.roleKey()).isNull();
	}

	@Test
	void aJobSaidToStayIsBothTheHeldAndTheNewOne() {
		Announcement briefly = parse(
				"Onze verzorgende Petra Smit gaat per 1 maart naar locatie De Horst. Functie blijft.");
		Announcement unit = parse(
				"Account manager Yusuf Demir moves to the Utrecht office on 1 February, still in sales.");
		Announcement sites = parse("Please note: Hanna Berg (care worker) moves from our Zwolle location to the "
				+ "Deventer location on 11 January.");
		Announcement more = parse("Onze accountmanager Zuid, Bas Hermans, neemt per 1 maart ook Limburg erbij en "
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
		Announcement a = parse("Op verzoek van de teamleider: Mohamed El Idrissi werkt vanaf 4 januari op ons "
				+ "kantoor in Zwolle. Functie blijft gelijk.");

		assertThat(a.employeeName()).isEqualTo("Mohamed El Idrissi");
	}

	@Test
	void aCapitalisedTownBeforeAPlaceNounIsNoNameInAChat() {
		Announcement a = parse("fyi kasia wrobel is going to our Gdansk office from 1 february");

		assertThat(a.employeeName()).isEqualTo("Kasia Wrobel");
	}

	@Test
	void theRequestsVerbAfterALowerCaseNameAndAnIdiomAreNoName() {
		Announcement a = parse("kun je de inlog van joost de vos blokkeren? hij is gisteren op staande voet ontslagen");

		assertThat(a.employeeName()).isEqualTo("Joost de Vos");
	}

	@Test
	void anElidedSurnameIsCapitalisedAfterItsApostrophe() {
		assertThat(parse("new starter: sean o'brien, dec 14").employeeName()).isEqualTo("Sean O'Brien");
	}

	@Test
	void aJobSetApartRightBeforeTheSecondNameIsTheirs() {
		List<Announcement> all = parseAll(
				"Our developer Tom Hale leaves on 31 December, and a new developer, Ivy Chen, starts 4 January.");

		assertThat(all).extracting(Announcement::roleKey).containsExactly("software-engineer", "software-engineer");
		assertThat(all.get(1).employeeName()).isEqualTo("Ivy Chen");
	}

	@Test
	void aNewJobSaidWithAsAfterATransferIsNotTheOneHeld() {
		Announcement a = parse(
				"From 11 January, Omar Said transfers from Customer Service to the app team as a junior developer.");

		assertThat(a.kind()).isEqualTo(Kind.ROLE_CHANGE);
		assertThat(a.roleKey()).isEqualTo("software-engineer");
		assertThat(a.currentRoleKey()).isNull();
	}

	@Test
	void aJobOfTwoWordsInTheHeadingIsEachListedPersons() {
		List<Announcement> all = parseAll("two new care workers for the night shift: Lea Blom starts Monday 4 Jan "
				+ "and Tess Kooi starts Monday 11 Jan.");

		assertThat(all).extracting(Announcement::roleKey).containsExactly("care-worker", "care-worker");
	}

	@Test
	void aJobOfOurTeamSaidOfAllMoversIsTheOneHeld() {
		List<Announcement> all = parseAll("Per 1 maart gaan twee verzorgenden van ons team naar de planning als "
				+ "roostermaker: Nina Bos en Eva Lam.");

		assertThat(all).hasSize(2)
			.allSatisfy(a -> assertThat(a.currentRoleKey()).isEqualTo("care-worker"))
			.allSatisfy(a -> assertThat(a.roleKey()).isNull());
	}

	@Test
	void aSecondStarterAfterALongPlaceOfTheFirstIsAnnounced() {
		List<Announcement> all = parseAll("Per 4 januari beginnen Anna Bos als verzorgende op de afdeling Linde in "
				+ "Zwolle, en Kees Mol als facilitair medewerker.");

		assertThat(all).extracting(Announcement::employeeName).containsExactly("Anna Bos", "Kees Mol");
		assertThat(all).extracting(Announcement::roleKey).containsExactly("care-worker", "facility-coordinator");
	}

}

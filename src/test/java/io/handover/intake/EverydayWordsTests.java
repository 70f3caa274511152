package io.handover.intake;

import java.time.LocalDate;
import java.util.List;

import io.handover.intake.Announcement.Kind;
import org.junit.jupiter.api.Test;

import static io.handover.intake.OnTheCorpusDay.parseAllShipped;
import static io.handover.intake.OnTheCorpusDay.parseShipped;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Everyday words the parser missed (issue 18): Dutch separable verbs split by a date or a
 * name ("gaat … weg", "loopt … af"), "stop working", "voor het laatst", a contract of a
 * named person that runs out, "new" before any role the catalogue knows, "werkt … bij
 * ons" in any word order, "de verzorging", a name kept as written ("El"), and roles said
 * by name where two people are introduced first.
 */
class EverydayWordsTests {

	@Test
	void aSeparableLeaverVerbSplitByADateOrANameStillSaysLeaving() {
		Announcement gaat = parseShipped("Na twaalf jaar gaat Henk Bosman op 29 januari bij ons weg.");
		Announcement loopt = parseShipped(
				"Het contract van Yara Mulder loopt eind februari af, graag haar account dan blokkeren.");
		List<Announcement> both = parseAllShipped(
				"Per 1 maart gaan Iris Kok (verzorgende) en Jelle Vos (verkoper) allebei weg.");

		assertThat(gaat.kind()).isEqualTo(Kind.LEAVER);
		assertThat(gaat.employeeName()).isEqualTo("Henk Bosman");
		assertThat(loopt.kind()).isEqualTo(Kind.LEAVER);
		assertThat(loopt.date()).isEqualTo(LocalDate.of(2027, 2, 28));
		assertThat(both).extracting(Announcement::kind).containsExactly(Kind.LEAVER, Kind.LEAVER);
		assertThat(both).extracting(Announcement::roleKey).containsExactly("care-worker", "account-manager");
	}

	@Test
	void moreWaysOfSayingSomeoneLeaves() {
		assertThat(parseShipped("Marcus Webb has decided to stop working here; his last day is 22 January.").kind())
			.isEqualTo(Kind.LEAVER);
		assertThat(parseShipped("Femke Post staat op 18 december voor het laatst op de planning.").kind())
			.isEqualTo(Kind.LEAVER);
		Announcement contract = parseShipped(
				"The contract of Owen Hart (carer) runs out on 31 January and we are not renewing it.");
		assertThat(contract.kind()).isEqualTo(Kind.LEAVER);
		assertThat(contract.employeeName()).isEqualTo("Owen Hart");
		assertThat(contract.roleKey()).isEqualTo("care-worker");
	}

	@Test
	void newBeforeAnyFormOfARoleAnnouncesAStarter() {
		Announcement female = parseShipped("Nieuwe verkoopster per 1 februari: Marloes Kuijpers.");
		Announcement typo = parseShipped("A new acount manager for the north region: Theo Lambert, from 11 January.");
		Announcement wordt = parseShipped("Lieke Wolters wordt per 1 maart onze nieuwe ontwikkelaar.");

		assertThat(female.kind()).isEqualTo(Kind.STARTER);
		assertThat(female.roleKey()).isEqualTo("account-manager");
		assertThat(typo.kind()).isEqualTo(Kind.STARTER);
		assertThat(wordt.kind()).isEqualTo(Kind.STARTER);
	}

	@Test
	void werktBijOnsInAnyWordOrder() {
		Announcement inverted = parseShipped("Vanaf 18 januari werkt Kim de Ridder als facilitair medewerker bij ons.");
		Announcement last = parseShipped("Fijn nieuws: Omar Said zal per 1 februari als verzorgende bij ons werken.");

		assertThat(inverted.kind()).isEqualTo(Kind.STARTER);
		assertThat(inverted.employeeName()).isEqualTo("Kim de Ridder");
		assertThat(last.kind()).isEqualTo(Kind.STARTER);
		assertThat(last.roleKey()).isEqualTo("care-worker");
	}

	@Test
	void whoWorksHereAlreadyIsNoStarterByWerktBijOns() {
		Announcement a = parseShipped(
				"Piet Kok werkt al jaren bij ons als verkoper en wordt per 1 maart ontwikkelaar.");

		assertThat(a.kind()).isEqualTo(Kind.ROLE_CHANGE);
	}

	@Test
	void deVerzorgingIsTheCareRole() {
		assertThat(parseShipped("Vanaf 11 januari komt Ricardo Lopes de verzorging versterken.").roleKey())
			.isEqualTo("care-worker");
	}

	@Test
	void aNameIsKeptAsWritten() {
		assertThat(parseShipped("Yasmina El Amrani begint op 4 januari als ontwikkelaar.").employeeName())
			.isEqualTo("Yasmina El Amrani");
		assertThat(parseShipped("Karim el Haddad starts on 1 February as a carer.").employeeName())
			.isEqualTo("Karim el Haddad");
	}

	@Test
	void rolesSaidByNameInTheIntroductionAreEachOnesOwn() {
		List<Announcement> all = parseAllShipped("Goodbye to Tom Hale (developer) and Rosa Lind (carer); "
				+ "Rosa leaves on 5 February, Tom on 12 February.");

		assertThat(all).extracting(Announcement::employeeName).containsExactly("Tom Hale", "Rosa Lind");
		assertThat(all).extracting(Announcement::roleKey).containsExactly("software-engineer", "care-worker");
		assertThat(all).extracting(Announcement::currentRoleKey).containsOnlyNulls();
	}

	@Test
	void aSurnameOneTypoFromARoleStaysAName() {
		Announcement a = parseShipped("Please set up Rowan Carter, our new developer, for 8 March.");
		Announcement b = parseShipped("Ivy Carver joins the sales team on 1 February.");

		assertThat(a.employeeName()).isEqualTo("Rowan Carter");
		assertThat(a.roleKey()).isEqualTo("software-engineer");
		assertThat(b.employeeName()).isEqualTo("Ivy Carver");
		assertThat(b.roleKey()).isEqualTo("account-manager");
	}

	@Test
	void aTitleIsNoPartOfTheName() {
		assertThat(parseShipped("Dr. Lotte Visser begint op 4 januari als ontwikkelaar.").employeeName())
			.isEqualTo("Lotte Visser");
	}

	@Test
	void moreWaysOfSayingSomeoneJoins() {
		assertThat(parseShipped("Per 2 februari stroomt Jesse Mulder in als zorgmedewerker.").kind())
			.isEqualTo(Kind.STARTER);
		assertThat(parseShipped("Loes Bakker stroomt op 9 februari in het team in.").kind()).isEqualTo(Kind.STARTER);
		assertThat(parseShipped("Instroom per 1 maart: Kasper Dijk, ontwikkelaar.").kind()).isEqualTo(Kind.STARTER);
		assertThat(parseShipped("Jana Peeters vervoegt vanaf 15 februari onze ploeg als verkoopster.").kind())
			.isEqualTo(Kind.STARTER);
		assertThat(parseAllShipped("Milan Claes en Fien Maes vervoegen ons op 1 maart, allebei als verzorgende."))
			.extracting(Announcement::kind)
			.containsExactly(Kind.STARTER, Kind.STARTER);
		assertThat(parseShipped("Aanmelding nieuwe medewerker Roel Smit, ingangsdatum 1 februari 2027.").kind())
			.isEqualTo(Kind.STARTER);
		assertThat(parseShipped("Ingangsdatum dienstverband Sanne Vos: 1 april 2027 (verkoper).").kind())
			.isEqualTo(Kind.STARTER);
		assertThat(parseShipped("Zorg je dat er op 3 februari een laptop klaarstaat voor Iris Wolters?").kind())
			.isEqualTo(Kind.STARTER);
		assertThat(parseShipped("Could a laptop be ready for our new planner Dean Ford on 8 February?").kind())
			.isEqualTo(Kind.STARTER);
		assertThat(parseShipped("New person on the care team from 1 February: Lena Hart.").kind())
			.isEqualTo(Kind.STARTER);
		assertThat(parseShipped("A new face at the front desk on 2 February - Pieter Smit, facilities.").kind())
			.isEqualTo(Kind.STARTER);
	}

	@Test
	void moreWaysOfSayingSomeoneLeavesFromBlindSixKinds() {
		assertThat(parseAllShipped("Rory Shaw and Ellen Park, both developers, leave on 26 February."))
			.extracting(Announcement::kind)
			.containsExactly(Kind.LEAVER, Kind.LEAVER);
		assertThat(parseShipped("Tess Moor does her final shift on 20 February; she is a carer.").kind())
			.isEqualTo(Kind.LEAVER);
		assertThat(parseShipped("Gisteren is Bart Hoekstra, ontwikkelaar, bij ons vertrokken.").kind())
			.isEqualTo(Kind.LEAVER);
		assertThat(parseShipped("Graag de uitstroom verwerken van Wim Koster (verzorgende) per 31 januari.").kind())
			.isEqualTo(Kind.LEAVER);
		assertThat(parseShipped(
				"We are not going to... sorry: we won't be extending Kate Rowe's contract, it ends 28 February.")
			.kind()).isEqualTo(Kind.LEAVER);
		assertThat(parseShipped("We won't be renewing the contract of Jay Lund after 31 January; he is a developer.")
			.kind()).isEqualTo(Kind.LEAVER);
		// a leave of absence is no leaver
		assertThat(parseShipped("Mia Stone starts on 1 February as a carer; she will go on parental leave on 1 June.")
			.kind()).isEqualTo(Kind.STARTER);
	}

	@Test
	void aRoleSaidOnceForTwoPeopleIsGivenToBoth() {
		assertThat(parseAllShipped(
				"Kees Brand starts on 1 February and Lynn Roos leaves on 12 February, both in the care team."))
			.extracting(Announcement::roleKey)
			.containsExactly("care-worker", "care-worker");
		assertThat(parseAllShipped(
				"Welcome our new developers! Ravi Patel starts on 1 February, and Emma Blom on 15 February."))
			.extracting(Announcement::roleKey)
			.containsExactly("software-engineer", "software-engineer");
		assertThat(
				parseAllShipped("Jon Eck joins the sales team on 1 February; Pia Lund leaves that team on 5 February."))
			.extracting(Announcement::roleKey)
			.containsExactly("account-manager", "account-manager");
		assertThat(parseAllShipped("Nieuwe verzorgenden: Sara Pool begint op 1 februari en Ties Kok op 8 februari."))
			.extracting(Announcement::roleKey)
			.containsExactly("care-worker", "care-worker");
		// a role outside the catalogue is not overwritten, and "both" about the date
		// shares no role
		assertThat(parseAllShipped("Anna Berg starts as office manager and Tom Wood as developer, both on 1 February."))
			.extracting(Announcement::roleKey)
			.containsExactly(null, "software-engineer");
	}

}

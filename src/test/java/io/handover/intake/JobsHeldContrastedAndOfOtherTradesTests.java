package io.handover.intake;

import java.util.List;

import io.handover.intake.Announcement.Kind;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The role a manager means, not every catalogue word said (issue 18): a job contrasted
 * with the one meant, a job of another trade that shares a catalogue word, a mover's job
 * held said with what it is for, and a move into another function's department. Read with
 * the shipped profiles' names.
 */
class JobsHeldContrastedAndOfOtherTradesTests {

	static final List<RoleName> ROLES = IntakeCorpusTests.shippedRoles();

	Announcement parse(String text) {
		return new AnnouncementParser().parse(text, OnTheCorpusDay.TODAY, ROLES);
	}

	@Test
	void aJobContrastedWithTheOneMeantIsNoRole() {
		Announcement a = parse(
				"Noor Amrani starts on 11 January on the service desk: hardware and accounts, " + "not development.");

		assertThat(a.kind()).isEqualTo(Kind.STARTER);
		assertThat(a.roleKey()).isNull();
	}

	@Test
	void aJobDeniedAfterTheOneMeantIsNoRole() {
		Announcement a = parse("Bo Smits begint op 4 januari als testcoördinator, niet als ontwikkelaar.");

		assertThat(a.roleKey()).isNull();
	}

	@Test
	void aShipsEngineerByRankIsNoSoftwareEngineer() {
		Announcement ship = parse("The ship's engineer Lars Holm leaves on 31 January.");
		Announcement second = parse("Our second engineer Lars Holm leaves on 31 January.");
		Announcement software = parse("Our software engineer Lars Holm leaves on 31 January.");

		assertThat(ship.roleKey()).isNull();
		assertThat(second.roleKey()).isNull();
		assertThat(software.roleKey()).isEqualTo("software-engineer");
	}

	@Test
	void aSellerAtATicketWindowIsNoSalesJob() {
		Announcement tickets = parse("Kaartjesverkoper Gijs Mulder begint zaterdag 12 december.");
		Announcement export = parse("Exportverkoper Gijs Mulder begint zaterdag 12 december.");

		assertThat(tickets.roleKey()).isNull();
		assertThat(export.roleKey()).isEqualTo("account-manager");
	}

	@Test
	void aJobHeldSaidWithWhatItIsForIsTheMoversCurrentRole() {
		Announcement a = parse("Our payments developer Ines Ferreira steps into the role of team lead on 1 March.");

		assertThat(a.kind()).isEqualTo(Kind.ROLE_CHANGE);
		assertThat(a.currentRoleKey()).isEqualTo("software-engineer");
		assertThat(a.roleKey()).isNull();
	}

	@Test
	void theSameJobHeldAndTakenIsBothRoles() {
		Announcement a = parse(
				"Per 1 februari gaat Wim Kok (onze PLC programmeur) als ontwikkelaar naar het MES-team.");

		assertThat(a.currentRoleKey()).isEqualTo("software-engineer");
		assertThat(a.roleKey()).isEqualTo("software-engineer");
	}

	@Test
	void anotherFunctionsDepartmentLeavesTheJobHeldBehind() {
		Announcement payroll = parse("Verzorgende Gonny Smit gaat per 1 maart naar de salarisadministratie.");
		Announcement site = parse("Verzorgende Gonny Smit gaat per 1 maart van locatie Noord naar locatie Zuid.");
		Announcement verbFirst = parse("Per 1 maart gaat onze verzorgende Gonny Smit naar de receptie.");

		assertThat(payroll.kind()).isEqualTo(Kind.ROLE_CHANGE);
		assertThat(payroll.currentRoleKey()).isEqualTo("care-worker");
		assertThat(payroll.roleKey()).isNull();
		assertThat(verbFirst.currentRoleKey()).isEqualTo("care-worker");
		assertThat(verbFirst.roleKey()).isNull();
		assertThat(site.currentRoleKey()).isEqualTo("care-worker");
		assertThat(site.roleKey()).isEqualTo("care-worker");
	}

	@Test
	void aNewJobSaidWithHellBeIsNoJobKept() {
		Announcement a = parse(
				"Our developer Tom Reid moves to the finance floor on 1 March; he'll be a controller from then on.");

		assertThat(a.currentRoleKey()).isEqualTo("software-engineer");
		assertThat(a.roleKey()).isNull();
	}

	@Test
	void aLeaversNextJobElsewhereIsNoRoleHere() {
		Announcement english = parse("Ruth Kane leaves us on 29 January to become a developer at a bank.");
		Announcement dutch = parse("Ruth Kane stopt per 29 januari om als ontwikkelaar bij ASML te beginnen.");

		assertThat(english.kind()).isEqualTo(Kind.LEAVER);
		assertThat(english.roleKey()).isNull();
		assertThat(dutch.roleKey()).isNull();
	}

	@Test
	void theDepartmentAMessageIsAddressedToIsNoOnesJob() {
		Announcement dutch = parse("Beste Verkoop, Ans Kramer stopt per 1 februari.");
		Announcement english = parse("Dear Facilities team,\nAns Kramer leaves on 1 February.");

		assertThat(dutch.roleKey()).isNull();
		assertThat(english.roleKey()).isNull();
	}

	@Test
	void aLeaversJobHereSaidAfterTheNextEmployersIsTheirRole() {
		Announcement a = parse("Ben Okoro stopt per 31 januari en gaat bij een concurrent aan de slag als verkoper; "
				+ "hier was hij ontwikkelaar.");

		assertThat(a.kind()).isEqualTo(Kind.LEAVER);
		assertThat(a.roleKey()).isEqualTo("software-engineer");
	}

	@Test
	void aTeamWrittenClosedIsItsJob() {
		Announcement a = parse("Per 1 februari komt Iris Wolf ons developmentteam versterken.");

		assertThat(a.roleKey()).isEqualTo("software-engineer");
	}

	@Test
	void aJobSaidToStayForAllIsEachMoversRoleHeldAndTaken() {
		List<Announcement> read = new AnnouncementParser()
			.parseAll("Per 1 maart naar ons kantoor in Almere (functie blijft gelijk):\n- Eva Rood, verzorgende\n"
					+ "- Omar Said, verzorgende", OnTheCorpusDay.TODAY, ROLES);

		assertThat(read).extracting(Announcement::currentRoleKey).containsExactly("care-worker", "care-worker");
		assertThat(read).extracting(Announcement::roleKey).containsExactly("care-worker", "care-worker");
	}

}

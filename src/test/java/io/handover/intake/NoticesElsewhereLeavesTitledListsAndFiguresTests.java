package io.handover.intake;

import java.util.List;

import org.junit.jupiter.api.Test;

import static io.handover.intake.NoOneAnnounced.assertNoOne;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A newcomer's notice period and last day at the employer they leave for us; the leave of
 * the one a successor follows; a leaving timed by a sabbatical before it; names with
 * titles in a list under one date; a last shift before a leave; going on the road in
 * Flemish ("trekt … de baan op"); a place of work traded in for another in a figure of
 * speech. Today is Thursday 3 December 2026.
 */
class NoticesElsewhereLeavesTitledListsAndFiguresTests {

	@Test
	void aNewcomersLastDayAtTheOldEmployerIsNoLeavingAndNoFirstDay() {
		Announcement read = OnTheCorpusDay.parseShipped("Onze nieuwe verzorgende Ilse Mertens heeft bij haar huidige "
				+ "werkgever een opzegtermijn van twee maanden; haar laatste dag daar is 29 januari. Ze begint bij ons "
				+ "op maandag 1 februari.");
		assertThat(read.kind()).isEqualTo(Announcement.Kind.STARTER);
		assertThat(read.employeeName()).isEqualTo("Ilse Mertens");
		assertThat(read.date()).hasToString("2027-02-01");
		assertThat(read.roleKey()).isEqualTo("care-worker");
		// a last day of ours is still a leaving
		Announcement leaver = OnTheCorpusDay.parse("Ilse Mertens vertrekt; haar laatste dag is 29 januari.");
		assertThat(leaver.kind()).isEqualTo(Announcement.Kind.LEAVER);
		assertThat(leaver.date()).hasToString("2027-01-29");
	}

	@Test
	void theLeaveOfTheOneFollowedGivesTheSuccessorNoDay() {
		// HR asks the successor's first day rather than book the other's leave as it
		Announcement read = OnTheCorpusDay.parseShipped(
				"Our new colleague Omar Haddad replaces Julia Marsh, who is on parental leave from 8 February.");
		assertThat(read.kind()).isEqualTo(Announcement.Kind.STARTER);
		assertThat(read.employeeName()).isEqualTo("Omar Haddad");
		assertThat(read.date()).isNull();
		assertThat(OnTheCorpusDay.parseAll(
				"Nieuwe collega Wout Baert vervangt Hanne Goris, die vanaf 1 maart met " + "zwangerschapsverlof gaat."))
			.singleElement()
			.extracting(Announcement::employeeName, Announcement::date)
			.containsExactly("Wout Baert", null);
	}

	@Test
	void aSuccessorsOwnDayBesideTheOthersLeaveIsKept() {
		Announcement read = OnTheCorpusDay.parseShipped("Omar Haddad joins us as a developer and replaces Julia "
				+ "Marsh, who is on parental leave from 8 February. Omar starts on 1 February.");
		assertThat(read.kind()).isEqualTo(Announcement.Kind.STARTER);
		assertThat(read.date()).hasToString("2027-02-01");
		assertThat(read.roleKey()).isEqualTo("software-engineer");
	}

	@Test
	void aLeavingAfterASabbaticalWithNoDayLeavesTheDayToAsk() {
		Announcement read = OnTheCorpusDay
			.parse("Op 17 december is de teamdag. Els Wuyts gaat op sabbatical en " + "verlaat ons daarna.");
		assertThat(read.kind()).isEqualTo(Announcement.Kind.LEAVER);
		assertThat(read.employeeName()).isEqualTo("Els Wuyts");
		assertThat(read.date()).isNull();
		assertThat(OnTheCorpusDay
			.parse("Adam Cole takes a sabbatical and leaves us after that. Our Christmas " + "party is on 18 December.")
			.date()).isNull();
	}

	@Test
	void aLeavingAfterASabbaticalWithItsDayKeepsIt() {
		assertThat(OnTheCorpusDay.parse("Els Wuyts verlaat ons na haar sabbatical op 31 mei.").date())
			.hasToString("2027-05-31");
		assertThat(OnTheCorpusDay
			.parse("Els Wuyts gaat op sabbatical en verlaat ons daarna. Haar laatste werkdag is 28 mei.")
			.date()).hasToString("2027-05-28");
	}

	@Test
	void namesWithTitlesListedUnderOneDateEachGetIt() {
		List<Announcement> read = OnTheCorpusDay
			.parseAll("Vanaf 4 januari beginnen bij ons:\n- dr. Pieter Wauters\n- ir. Saar Jacobs\n- mevr. Nele Dewit");
		assertThat(read).extracting(Announcement::kind, Announcement::employeeName, a -> a.date().toString())
			.containsExactly(
					org.assertj.core.groups.Tuple.tuple(Announcement.Kind.STARTER, "Pieter Wauters", "2027-01-04"),
					org.assertj.core.groups.Tuple.tuple(Announcement.Kind.STARTER, "Saar Jacobs", "2027-01-04"),
					org.assertj.core.groups.Tuple.tuple(Announcement.Kind.STARTER, "Nele Dewit", "2027-01-04"));
	}

	@Test
	void aLastShiftBeforeALeaveAnnouncesNoOne() {
		assertNoOne("FYI: Megan Price works her last shift before her maternity leave on Tuesday.");
		assertNoOne("Zaterdag draait Anouk Vermeulen haar laatste dienst voor haar ouderschapsverlof.");
	}

	@Test
	void aLastShiftBeforeWorkElsewhereIsALeaving() {
		Announcement read = OnTheCorpusDay
			.parse("Megan Price works her last shift on Tuesday; she is going to work for another hospital.");
		assertThat(read.kind()).isEqualTo(Announcement.Kind.LEAVER);
		assertThat(read.date()).hasToString("2026-12-08");
	}

	@Test
	void goingOnTheRoadFromAUnitOfOursIsAMove() {
		List<Announcement> read = OnTheCorpusDay.parseAllShipped("Vanaf 1 maart trekt Jens Wouters van de "
				+ "binnendienst de baan op als vertegenwoordiger. Rita Claes gaat met pensioen; haar laatste werkdag "
				+ "is vrijdag 26 februari.");
		assertThat(read).hasSize(2);
		assertThat(read.get(0).kind()).isEqualTo(Announcement.Kind.ROLE_CHANGE);
		assertThat(read.get(0).employeeName()).isEqualTo("Jens Wouters");
		assertThat(read.get(0).date()).hasToString("2027-03-01");
		assertThat(read.get(0).roleKey()).isEqualTo("account-manager");
		assertThat(read.get(1).kind()).isEqualTo(Announcement.Kind.LEAVER);
		assertThat(read.get(1).date()).hasToString("2027-02-26");
	}

	@Test
	void aNewcomerOnTheRoadStartsAndOneOnTheRoadAlreadyIsNoNews() {
		assertThat(OnTheCorpusDay.parse("Onze nieuwe vertegenwoordiger Bert Janssens trekt vanaf 4 januari de baan op.")
			.kind()).isEqualTo(Announcement.Kind.STARTER);
		assertNoOne("Bert Janssens is deze maand veel op de baan; mail hem gerust.");
	}

	@Test
	void aPlaceOfOursTradedForAnotherIsAMove() {
		Announcement read = OnTheCorpusDay.parseShipped(
				"Kim Bakker swaps the checkout for the keyboard: from 1 February she is our software developer.");
		assertThat(read.kind()).isEqualTo(Announcement.Kind.ROLE_CHANGE);
		assertThat(read.employeeName()).isEqualTo("Kim Bakker");
		assertThat(read.date()).hasToString("2027-02-01");
		assertThat(read.roleKey()).isEqualTo("software-engineer");
		assertThat(OnTheCorpusDay
			.parseShipped("Per 1 maart verruilt Tim de Smet het magazijn voor het bureau: hij wordt onze "
					+ "facilitair coördinator.")
			.kind()).isEqualTo(Announcement.Kind.ROLE_CHANGE);
	}

	@Test
	void aJobElsewhereTradedForOursIsAStart() {
		Announcement read = OnTheCorpusDay.parseShipped(
				"Kim Bakker swaps her job at the bank for our team: she starts on 1 February as a software developer.");
		assertThat(read.kind()).isEqualTo(Announcement.Kind.STARTER);
		assertThat(read.date()).hasToString("2027-02-01");
	}

}

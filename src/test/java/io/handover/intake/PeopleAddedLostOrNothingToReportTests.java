package io.handover.intake;

import java.util.List;

import org.junit.jupiter.api.Test;

import static io.handover.intake.NoOneAnnounced.assertNoOne;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Newcomers said as people added to a team ("we're adding", "komen … erbij"), as a
 * season's or an agency's temps under a heading; leavers said as a loss to us, as work
 * that will not go on, or by a fatal accident; a trip's "voor vertrek", which is no
 * leaving; work done ourselves "instead of" outsourcing it, which is no move; and a
 * report that there is nothing to report. Today is Thursday 3 December 2026.
 */
class PeopleAddedLostOrNothingToReportTests {

	@Test
	void peopleAddedToATeamStart() {
		List<Announcement> added = OnTheCorpusDay.parseAll(
				"We're adding two people to the roofing crew: Sam Price on 11 January and Ava Hill on 25 January.");
		assertThat(added).extracting(Announcement::kind)
			.containsExactly(Announcement.Kind.STARTER, Announcement.Kind.STARTER);
		assertThat(added).extracting(a -> a.date().toString()).containsExactly("2027-01-11", "2027-01-25");
		List<Announcement> erbij = OnTheCorpusDay
			.parseAll("Vanaf 4 januari komen Bram Kok en Lisa Mol erbij als inpakkers.");
		assertThat(erbij).extracting(Announcement::kind)
			.containsExactly(Announcement.Kind.STARTER, Announcement.Kind.STARTER);
	}

	@Test
	void workDoneOurselvesInsteadOfOutsourcedIsNoMove() {
		List<Announcement> read = OnTheCorpusDay.parseAll("We bouwen de webshop voortaan zelf in plaats van hem uit te "
				+ "besteden. Daarom komen er twee ontwikkelaars bij: Jesse Kok per 11 januari en Fenna Bos per 1 februari.");
		assertThat(read).extracting(Announcement::kind)
			.containsExactly(Announcement.Kind.STARTER, Announcement.Kind.STARTER);
		assertThat(OnTheCorpusDay
			.parse("We run the kiosk ourselves instead of renting it out, so Amy Fox joins us on 4 " + "January.")
			.kind()).isEqualTo(Announcement.Kind.STARTER);
		// a place instead of another is still a move
		assertThat(OnTheCorpusDay.parse("Per 4 januari werkt Eva Smit in de vestiging Ede in plaats van Tiel.").kind())
			.isEqualTo(Announcement.Kind.ROLE_CHANGE);
	}

	@Test
	void aSeasonsOrAnAgencysTempsUnderAHeadingStart() {
		List<Announcement> temps = OnTheCorpusDay.parseAll(
				"Kersthulpen voor de winkel in Gouda:\nTim Vos - vanaf 14 december\nEline Bos - vanaf 16 december");
		assertThat(temps).extracting(Announcement::kind)
			.containsExactly(Announcement.Kind.STARTER, Announcement.Kind.STARTER);
		assertThat(OnTheCorpusDay
			.parse("Two agency nurses for the night ward from 21 December: Grace Osei and Ruth Mensah.")
			.kind()).isEqualTo(Announcement.Kind.STARTER);
	}

	@Test
	void aLossAWorkThatWillNotGoOnOrAFatalAccidentIsALeaving() {
		assertThat(OnTheCorpusDay.parse("Next month we lose Oliver Grant, he moves to Spain.").kind())
			.isEqualTo(Announcement.Kind.LEAVER);
		Announcement ends = OnTheCorpusDay.parse("Tomasz Nowak will not work anymore by us after 31.12.2026.");
		assertThat(ends.kind()).isEqualTo(Announcement.Kind.LEAVER);
		assertThat(ends.date()).hasToString("2026-12-31");
		assertThat(
				OnTheCorpusDay.parse("Tot onze schok is Gerrit Post vorige week bij een ongeluk om het leven gekomen.")
					.kind())
			.isEqualTo(Announcement.Kind.LEAVER);
	}

	@Test
	void aTripsDepartureIsNoLeaving() {
		Announcement read = OnTheCorpusDay
			.parse("Nieuwe reisbegeleider: Joost Smit, vanaf 18 december. Graag zijn pas klaar voor vertrek.");
		assertThat(read.kind()).isEqualTo(Announcement.Kind.STARTER);
	}

	@Test
	void nothingToReportAnnouncesNoOne() {
		assertNoOne("Nothing to report from the Zwolle depot this week - no starters, no leavers.");
		assertNoOne("Vanuit Deventer deze maand niets te melden: geen starters en geen vertrekkers.");
		// news said beside it stays news
		Announcement except = OnTheCorpusDay.parse(
				"Nothing to report from Zwolle, no starters, no leavers - except that Jan Bos leaves on Friday 11 December.");
		assertThat(except.kind()).isEqualTo(Announcement.Kind.LEAVER);
		assertThat(except.employeeName()).isEqualTo("Jan Bos");
	}

}

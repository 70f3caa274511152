package io.handover.intake;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

/**
 * Announcements of tuning-58 (tuner TW): an automatic away reply naming whom to contact,
 * the end of this or next week as its Friday, a learner's "gaat weg van ons bedrijf", a
 * resignation letter passed on, its writer the one who leaves, a question after an open
 * ticket by its key. Today is Thursday 3 December 2026.
 */
class AwayRepliesWeekEndsAndLeavingTheFirmTests {

	@Test
	void anAwayReplyNamingWhomToContactAnnouncesNoOne() {
		assertThat(OnTheCorpusDay.parseAllShipped("Automatisch antwoord: ik ben afwezig tot en met vrijdag 8 januari. "
				+ "Voor dringende zaken kunt u terecht bij Joost Verhagen."))
			.extracting(Announcement::employeeName, Announcement::date)
			.containsExactly(tuple(null, null));
		assertThat(OnTheCorpusDay.parseAllShipped(
				"I'm out of office until Monday 11 January. For anything urgent please contact Maud Reynolds."))
			.extracting(Announcement::employeeName, Announcement::date)
			.containsExactly(tuple(null, null));
		// a start said beside the away notice is news
		assertThat(OnTheCorpusDay.parseAllShipped("I'm on leave until 11 January, so a heads-up before I go: "
				+ "Nadia Khoury starts in the garage on Monday 4 January."))
			.extracting(Announcement::kind, Announcement::employeeName, a -> a.date().toString())
			.containsExactly(tuple(Announcement.Kind.STARTER, "Nadia Khoury", "2027-01-04"));
	}

	@Test
	void theEndOfThisOrNextWeekIsItsFriday() {
		assertThat(OnTheCorpusDay.parseAllShipped("Fleur Adriaans vertrekt eind volgende week bij het tuincentrum."))
			.extracting(Announcement::kind, a -> a.date().toString())
			.containsExactly(tuple(Announcement.Kind.LEAVER, "2026-12-11"));
		assertThat(OnTheCorpusDay
			.parseAllShipped("Owen Fitzgerald leaves us at the end of this week; his demo car goes back to the pool."))
			.extracting(Announcement::kind, a -> a.date().toString())
			.containsExactly(tuple(Announcement.Kind.LEAVER, "2026-12-04"));
		// a weekday said beside it is that week's
		assertThat(OnTheCorpusDay
			.parseAllShipped("Jesper Holm is leaving the showroom, last working day end of next week (Friday)."))
			.extracting(a -> a.date().toString())
			.containsExactly("2026-12-11");
		// a written day is the start; the week's end is another errand
		assertThat(OnTheCorpusDay
			.parseAllShipped("Ivo Brandt starts on 4 January; we will confirm his desk by the end of next week."))
			.extracting(Announcement::kind, a -> a.date().toString())
			.containsExactly(tuple(Announcement.Kind.STARTER, "2027-01-04"));
	}

	@Test
	void goingAwayFromTheWholeFirmIsALeavingNotAMove() {
		assertThat(OnTheCorpusDay
			.parseAllShipped("Wim Claessens gaat weg uit onze organisatie, zijn laatste dag is 29 januari."))
			.extracting(Announcement::kind, a -> a.date().toString())
			.containsExactly(tuple(Announcement.Kind.LEAVER, "2027-01-29"));
		assertThat(OnTheCorpusDay.parseAllShipped(
				"Mijn collega Hamza Idrissi gaat weg van ons bedrijf, laatst werkdag is 22 januari. Bedankt"))
			.extracting(Announcement::kind, Announcement::employeeName)
			.containsExactly(tuple(Announcement.Kind.LEAVER, "Hamza Idrissi"));
		// away from a unit of ours to another is a move
		assertThat(OnTheCorpusDay
			.parseAllShipped("Lieke Smit gaat per 1 februari weg van team Onderhoud naar de planning."))
			.extracting(Announcement::kind)
			.containsExactly(Announcement.Kind.ROLE_CHANGE);
	}

	@Test
	void aResignationPassedOnNamesItsWriterNotTheOneGreeted() {
		assertThat(OnTheCorpusDay.parseAllShipped("FYI below.\n\nFrom: Daniel Okafor\nSent: Wednesday 2 December 2026 "
				+ "16:40\nTo: Karen Hill\nSubject: Notice\n\nHi Karen, with regret I am resigning; my last day will be "
				+ "Friday 15 January. Thanks for everything, Daniel"))
			.extracting(Announcement::kind, Announcement::employeeName, a -> a.date().toString())
			.containsExactly(tuple(Announcement.Kind.LEAVER, "Daniel Okafor", "2027-01-15"));
		assertThat(OnTheCorpusDay.parseAllShipped("Doorgestuurd bericht:\nVan: Sem Verhulst <s.verhulst@tuin.nl>\n"
				+ "Onderwerp: ontslag\n\nBeste Ingrid, hierbij neem ik ontslag. Mijn laatste werkdag is 26 februari.\n\n"
				+ "Ingrid: graag regelen."))
			.extracting(Announcement::kind, Announcement::employeeName)
			.containsExactly(tuple(Announcement.Kind.LEAVER, "Sem Verhulst"));
		// the writer tells of another's leaving: that one leaves
		assertThat(OnTheCorpusDay.parseAllShipped("Van: Joke Pauwels\nOnderwerp: vertrek\n\nBeste Frank,\n\n"
				+ "Ik laat je weten dat Dirk Segers stopt in de zetterij; zijn laatste werkdag is 22 januari.\n\n"
				+ "Groet, Joke"))
			.extracting(Announcement::employeeName)
			.containsExactly("Dirk Segers");
		assertThat(OnTheCorpusDay.parseAllShipped("From: Karen Hill\nSubject: leaver\n\nHi team, Marcus Webb leaves "
				+ "the showroom on 15 January; my last day with him is the 14th. Karen"))
			.extracting(Announcement::employeeName)
			.containsExactly("Marcus Webb");
	}

	@Test
	void aQuestionAfterAnOpenTicketByItsKeyAnnouncesNoOne() {
		assertThat(
				OnTheCorpusDay.parseAllShipped("Hoe staat het met de pas van Yusuf? JML-0311 staat al een week open."))
			.extracting(Announcement::employeeName, Announcement::kind)
			.containsExactly(tuple(null, null));
		assertThat(OnTheCorpusDay.parseAllShipped("Any news on Bram's phone? JML-0456 still says waiting for IT."))
			.extracting(Announcement::employeeName, Announcement::kind)
			.containsExactly(tuple(null, null));
		// a start with its day beside the key is news
		assertThat(OnTheCorpusDay.parseAllShipped(
				"Karin begint maandag bij de kassa, ticket JML-0520 is al aangemaakt. Krijgt ze haar pas op tijd?"))
			.extracting(Announcement::kind, Announcement::employeeName, a -> a.date().toString())
			.containsExactly(tuple(Announcement.Kind.STARTER, "Karin", "2026-12-07"));
	}

}

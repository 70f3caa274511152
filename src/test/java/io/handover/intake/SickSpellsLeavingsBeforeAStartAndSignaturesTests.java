package io.handover.intake;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

/**
 * Announcements of tuning-60 (tuner TY): an illness with its time said between the verb
 * and the illness, a leaver's day without a month after a starter's date, a signature's
 * name kept to its own line, a unit taken over "als" a new job. Today is Thursday 3
 * December 2026.
 */
class SickSpellsLeavingsBeforeAStartAndSignaturesTests {

	@Test
	void beingIllForAWhileAnnouncesNoOne() {
		assertThat(OnTheCorpusDay.parseAllShipped("Femke Jansen is vanaf maandag een week of drie ziek thuis."))
			.extracting(Announcement::employeeName, Announcement::date)
			.containsExactly(tuple(null, null));
		assertThat(OnTheCorpusDay
			.parseAllShipped("Rob Hendriks heeft zich vanmorgen ziek gemeld, hij is er vrijdag weer."))
			.extracting(Announcement::employeeName, Announcement::date)
			.containsExactly(tuple(null, null));
		assertThat(OnTheCorpusDay
			.parseAllShipped("Tessa Marsh will be off sick for a fortnight from tomorrow, she'll be back after that."))
			.extracting(Announcement::employeeName, Announcement::date)
			.containsExactly(tuple(null, null));
		// a leaving said beside the illness is news
		assertThat(OnTheCorpusDay.parseAllShipped(
				"Liam Price has been off sick since Monday and has resigned; his last day is 18 December."))
			.extracting(Announcement::kind, Announcement::employeeName, a -> a.date().toString())
			.containsExactly(tuple(Announcement.Kind.LEAVER, "Liam Price", "2026-12-18"));
		assertThat(OnTheCorpusDay
			.parseAllShipped("Sander Wit is twee weken ziek geweest maar stopt per 31 december bij ons."))
			.extracting(Announcement::kind, a -> a.date().toString())
			.containsExactly(tuple(Announcement.Kind.LEAVER, "2026-12-31"));
	}

	@Test
	void aLeaversDayWithoutAMonthAfterAStartIsInTheStartsMonth() {
		assertThat(OnTheCorpusDay
			.parseAllShipped("Jade Fox starts on Monday 14 December. Ella Ward's last day is the 11th."))
			.extracting(Announcement::kind, Announcement::employeeName, a -> a.date().toString())
			.containsExactly(tuple(Announcement.Kind.STARTER, "Jade Fox", "2026-12-14"),
					tuple(Announcement.Kind.LEAVER, "Ella Ward", "2026-12-11"));
		// a list of starts runs on to the next month
		assertThat(OnTheCorpusDay.parseAllShipped("Noah Grey starts on 28 December, Zara Khan on the 4th."))
			.extracting(a -> a.date().toString())
			.containsExactly("2026-12-28", "2027-01-04");
		// a day already past is the next month's
		assertThat(OnTheCorpusDay.parseAllShipped("Noah Grey starts on 21 December and Ella Ward leaves on the 2nd."))
			.extracting(a -> a.date().toString())
			.containsExactly("2026-12-21", "2027-01-02");
	}

	@Test
	void aSignaturesNameEndsWithItsLine() {
		assertThat(OnTheCorpusDay.parseAllShipped("Hoi,\n\nMijn laatste werkdag wordt vrijdag 22 januari.\n\n"
				+ "Met vriendelijke groet, Lieke Brands\n\nKunnen jullie dit regelen?"))
			.extracting(Announcement::kind, Announcement::employeeName, a -> a.date().toString())
			.containsExactly(tuple(Announcement.Kind.LEAVER, "Lieke Brands", "2027-01-22"));
		assertThat(OnTheCorpusDay.parseAllShipped(
				"I'm resigning, my last day will be 29 January.\nBest regards, Conor Walsh\n\nPlease confirm"))
			.extracting(Announcement::employeeName)
			.containsExactly("Conor Walsh");
	}

	@Test
	void aUnitTakenOverAsItsNewJobIsAMove() {
		assertThat(OnTheCorpusDay.parseAllShipped(
				"Ward Claes neemt per 1 februari de roeiloods in Gent over als botenman; hij was tot nu barman."))
			.extracting(Announcement::kind, Announcement::employeeName, a -> a.date().toString())
			.containsExactly(tuple(Announcement.Kind.ROLE_CHANGE, "Ward Claes", "2027-02-01"));
		// a newcomer taking it over starts
		assertThat(OnTheCorpusDay
			.parseAllShipped("Nieuwe collega Ines Wauters neemt op 18 januari de receptie over als baliemedewerker."))
			.extracting(Announcement::kind)
			.containsExactly(Announcement.Kind.STARTER);
	}

}

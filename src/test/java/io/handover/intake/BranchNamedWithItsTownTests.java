package io.handover.intake;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

/**
 * Announcements of tuning-64 (tuner UC): a branch named by its brand and town ("van de
 * kassa in Lumière Utrecht", "at Vue Leeds") is a place, not a second person with the
 * first one's day. Today is Thursday 3 December 2026.
 */
class BranchNamedWithItsTownTests {

	@Test
	void aPersonWhoseSurnameIsATownIsStillSomeone() {
		assertThat(OnTheCorpusDay.parseAllShipped("Per 1 januari begint Ilse Groningen bij ons als kassamedewerker."))
			.extracting(Announcement::kind, Announcement::employeeName, a -> a.date().toString())
			.containsExactly(tuple(Announcement.Kind.STARTER, "Ilse Groningen", "2027-01-01"));
		assertThat(OnTheCorpusDay.parseAllShipped("Tim de Wit begint maandag bij Sanne Leiden op de kassa."))
			.extracting(Announcement::employeeName)
			.contains("Tim de Wit");
	}

	@Test
	void aBrandAndItsTownAfterInIsNoOne() {
		assertThat(OnTheCorpusDay.parseAllShipped(
				"Noor Dekker van de balie in Cinemax Leiden stopt, haar laatste " + "werkdag is vrijdag 18 december."))
			.extracting(Announcement::kind, Announcement::employeeName, a -> a.date().toString())
			.containsExactly(tuple(Announcement.Kind.LEAVER, "Noor Dekker", "2026-12-18"));
		assertThat(OnTheCorpusDay.parseAllShipped(
				"Ryan Hughes, projectionist at Starlight Manchester, leaves us on " + "Friday 18 December."))
			.extracting(Announcement::kind, Announcement::employeeName, a -> a.date().toString())
			.containsExactly(tuple(Announcement.Kind.LEAVER, "Ryan Hughes", "2026-12-18"));
	}

}

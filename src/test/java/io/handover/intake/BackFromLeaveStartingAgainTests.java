package io.handover.intake;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

/**
 * Announcements of tuning-64 (tuner UC): someone back from a leave who "start weer" or
 * "begint weer" on a day is one of ours back at work, no starter. Today is Thursday 3
 * December 2026.
 */
class BackFromLeaveStartingAgainTests {

	@Test
	void aStarterWhoStartsAgainOrStandsInForALeaveStillStarts() {
		assertThat(OnTheCorpusDay
			.parseAllShipped("Sem Kok start maandag weer bij ons in de werkplaats, hij werkte hier " + "vroeger ook."))
			.extracting(Announcement::kind, Announcement::employeeName, a -> a.date().toString())
			.containsExactly(tuple(Announcement.Kind.STARTER, "Sem Kok", "2026-12-07"));
		assertThat(OnTheCorpusDay.parseAllShipped(
				"Eva Smit gaat met zwangerschapsverlof; haar vervanger Tim Bos start " + "maandag op de kassa."))
			.extracting(Announcement::kind, Announcement::employeeName, a -> a.date().toString())
			.containsExactly(tuple(Announcement.Kind.STARTER, "Tim Bos", "2026-12-07"));
	}

	@Test
	void backFromALeaveAndStartingAgainAnnouncesNoOne() {
		assertThat(OnTheCorpusDay.parseAllShipped(
				"Mark Peeters komt 4 januari terug van ouderschapsverlof en begint " + "dan weer in de werkplaats."))
			.extracting(Announcement::employeeName)
			.containsOnlyNulls();
		assertThat(OnTheCorpusDay.parseAllShipped(
				"Fijn: Lotte Claes is terug van haar zwangerschapsverlof, ze start " + "dinsdag weer bij de drukpers."))
			.extracting(Announcement::employeeName)
			.containsOnlyNulls();
	}

}

package io.handover.intake;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

/**
 * Announcements of tuning-65 (tuner UD): the work of one going on leave covered by
 * someone named only by their job ("…, the assistant covers his sessions", "…, de
 * assistent-trainer neemt haar trainingen over") announces no one; the cover is no move
 * of the one away. Today is Thursday 3 December 2026.
 */
class CoverWhileAwayTests {

	@Test
	void aTakeoverWithoutLeaveOrByANamedColleagueStillReads() {
		assertThat(OnTheCorpusDay.parseAllShipped("Ruud Smit takes over the keeper sessions from monday."))
			.extracting(Announcement::kind, Announcement::employeeName, a -> a.date().toString())
			.containsExactly(tuple(Announcement.Kind.ROLE_CHANGE, "Ruud Smit", "2026-12-07"));
		assertThat(OnTheCorpusDay.parseAllShipped(
				"Ruud Smit is on parental leave until monday; Tom Jansen takes over as coach of the under-19s from 1 January."))
			.extracting(Announcement::kind, Announcement::employeeName, a -> a.date().toString())
			.containsExactly(tuple(Announcement.Kind.ROLE_CHANGE, "Tom Jansen", "2027-01-01"));
		// the one back from leave takes the work over himself
		assertThat(OnTheCorpusDay
			.parseAllShipped("Ruud Smit is back from paternity leave on monday and takes over the under-19s."))
			.extracting(Announcement::kind, Announcement::employeeName)
			.containsExactly(tuple(Announcement.Kind.ROLE_CHANGE, "Ruud Smit"));
	}

	@Test
	void aJobCoveringTheWorkOfOneOnLeaveAnnouncesNoOne() {
		assertThat(OnTheCorpusDay.parseAllShipped(
				"fyi keeper coach ruud smit is on parental leave from monday, his assistant takes over the sessions"))
			.extracting(Announcement::kind, Announcement::employeeName)
			.containsExactly(tuple(null, null));
		assertThat(OnTheCorpusDay.parseAllShipped(
				"Sanne de Wit gaat maandag met zwangerschapsverlof, de assistent-trainer neemt haar trainingen over."))
			.extracting(Announcement::kind, Announcement::employeeName)
			.containsExactly(tuple(null, null));
	}

}

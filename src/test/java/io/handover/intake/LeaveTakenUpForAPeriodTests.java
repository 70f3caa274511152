package io.handover.intake;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

/**
 * Announcements of tuning-64 (tuner UC): a leave taken up with its particle before the
 * period ("neemt ouderschapsverlof op van 4 januari tot 1 maart") is an absence, no
 * temp's stay from one day to another. Today is Thursday 3 December 2026.
 */
class LeaveTakenUpForAPeriodTests {

	@Test
	void aTempsStayFromOneDayToAnotherStillStarts() {
		assertThat(OnTheCorpusDay.parseAllShipped("Eline Bos komt als vakantiekracht van 21 december tot 3 januari."))
			.extracting(Announcement::kind, Announcement::employeeName, a -> a.date().toString())
			.containsExactly(tuple(Announcement.Kind.STARTER, "Eline Bos", "2026-12-21"));
	}

	@Test
	void aLeaveTakenUpForAPeriodAnnouncesNoOne() {
		assertThat(OnTheCorpusDay
			.parseAllShipped("Daan Mulder neemt zorgverlof op van 11 januari tot 5 februari, daarna is hij er weer."))
			.extracting(Announcement::employeeName)
			.containsOnlyNulls();
		assertThat(OnTheCorpusDay.parseAllShipped("Ter info: Priya Shah neemt vakantie op van 21 tot 31 december."))
			.extracting(Announcement::employeeName)
			.containsOnlyNulls();
	}

}

package io.handover.intake;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

/**
 * Announcements of tuning-65 (tuner UD): one who "comes over from our Den Helder yard" or
 * "komt over van onze vestiging in Gent" moves, though the message says they join a team;
 * of two introduced together only the one named again before those words. Today is
 * Thursday 3 December 2026.
 */
class OverFromASiteOfOursTests {

	@Test
	void comingOverFromAFormerEmployerIsStillAStart() {
		assertThat(OnTheCorpusDay
			.parseAllShipped("Ilse Kok joins the studio on 4 January; she comes over from Mecanoo in Delft."))
			.extracting(Announcement::kind, Announcement::employeeName)
			.containsExactly(tuple(Announcement.Kind.STARTER, "Ilse Kok"));
		assertThat(OnTheCorpusDay
			.parseAllShipped("Ilse Kok and Tom Bos join the studio on 4 January; Ilse Kok comes over from Mecanoo."))
			.extracting(Announcement::kind, Announcement::employeeName)
			.containsExactly(tuple(Announcement.Kind.STARTER, "Ilse Kok"), tuple(Announcement.Kind.STARTER, "Tom Bos"));
		// said new to the company all the same: a start at that office first
		assertThat(OnTheCorpusDay.parseAllShipped(
				"Can we get Ana Lima set up for Monday 11 January? Ana is coming over from our Porto office, she's new to the company."))
			.extracting(Announcement::kind, Announcement::employeeName)
			.containsExactly(tuple(Announcement.Kind.STARTER, "Ana Lima"));
	}

	@Test
	void comingOverFromASiteOfOursIsAMoveOfTheOneNamed() {
		assertThat(OnTheCorpusDay.parseAllShipped(
				"Kwame Boateng and Lieke Mol join the rigging crew on 4 January; Lieke is coming over from our Den Helder yard."))
			.extracting(Announcement::kind, Announcement::employeeName, a -> a.date().toString())
			.containsExactly(tuple(Announcement.Kind.STARTER, "Kwame Boateng", "2027-01-04"),
					tuple(Announcement.Kind.ROLE_CHANGE, "Lieke Mol", "2027-01-04"));
		assertThat(OnTheCorpusDay
			.parseAllShipped("Per 1 maart komt Ilse Kok bij het team; ze komt over van onze vestiging in Gent."))
			.extracting(Announcement::kind, Announcement::employeeName, a -> a.date().toString())
			.containsExactly(tuple(Announcement.Kind.ROLE_CHANGE, "Ilse Kok", "2027-03-01"));
	}

}

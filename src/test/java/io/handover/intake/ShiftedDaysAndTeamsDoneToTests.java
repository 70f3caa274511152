package io.handover.intake;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

/**
 * Announcements of tuning-61 (tuner TZ): a day named after a shift by a period ("begint
 * een week later (14 december)") is the day, not the plan moved; a team done to in Dutch
 * ("Mijn team wordt uitgebreid!") is no job anyone becomes. Today is Thursday 3 December
 * 2026.
 */
class ShiftedDaysAndTeamsDoneToTests {

	@Test
	void aDayNamedAfterAShiftIsTheDay() {
		assertThat(OnTheCorpusDay.parseAllShipped(
				"Wijziging: de starter van maandag 11 januari, Bas Geerts, begint een week later (18 januari)."))
			.extracting(Announcement::kind, a -> a.date().toString())
			.containsExactly(tuple(Announcement.Kind.STARTER, "2027-01-18"));
		assertThat(OnTheCorpusDay.parseAllShipped(
				"Change: Nora Vance, due to leave on 23 December, leaves two days earlier, on 21 December."))
			.extracting(Announcement::kind, a -> a.date().toString())
			.containsExactly(tuple(Announcement.Kind.LEAVER, "2026-12-21"));
	}

	@Test
	void aLaterDayAfterAnotherThingIsNoShift() {
		assertThat(OnTheCorpusDay
			.parseAllShipped("Yara Lind starts on 11 January, later than planned: her phone comes on 6 January."))
			.extracting(a -> a.date().toString())
			.containsExactly("2027-01-11");
	}

	@Test
	void aTeamDoneToIsNoJobBecome() {
		assertThat(OnTheCorpusDay
			.parseAllShipped("Onze ploeg wordt uitgebreid! Per 11 januari beginnen Ruth Baert en Omer Celik als kok."))
			.extracting(Announcement::kind, Announcement::employeeName)
			.containsExactly(tuple(Announcement.Kind.STARTER, "Ruth Baert"),
					tuple(Announcement.Kind.STARTER, "Omer Celik"));
		assertThat(OnTheCorpusDay.parseAllShipped(
				"De receptie wordt versterkt met Elif Aydin, ze start op 4 januari als onthaalmedewerker."))
			.extracting(Announcement::kind)
			.containsExactly(Announcement.Kind.STARTER);
		// a job become stays a move
		assertThat(OnTheCorpusDay.parseAllShipped("Per 1 februari wordt onze kok Senne Wauters verkoper."))
			.extracting(Announcement::kind, Announcement::roleKey)
			.containsExactly(tuple(Announcement.Kind.ROLE_CHANGE, "account-manager"));
	}

}

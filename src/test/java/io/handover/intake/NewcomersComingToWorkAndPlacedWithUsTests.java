package io.handover.intake;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A newcomer said the way non-native writers and staffing agencies say it: "is coming to
 * work by us", "plaatsen wij … bij jullie", "we are placing … with you". A vacancy placed
 * announces no one. Today is Thursday 3 December 2026.
 */
class NewcomersComingToWorkAndPlacedWithUsTests {

	@Test
	void someoneComingToWorkForUsIsAStarter() {
		Announcement starter = OnTheCorpusDay.parse("Hello, I want to inform that mister Andrei Popescu is coming to "
				+ "work by us as fitter from next Monday. Please he need the account and the badge.");
		assertThat(starter.kind()).isEqualTo(Announcement.Kind.STARTER);
		assertThat(starter.employeeName()).isEqualTo("Andrei Popescu");
		assertThat(starter.date()).hasToString("2026-12-07");
	}

	@Test
	void someoneAnAgencyPlacesWithUsIsAStarter() {
		Announcement dutch = OnTheCorpusDay.parse(
				"Beste Jaap, vanaf maandag 14 december plaatsen wij Nikolai Ivanov " + "bij jullie als orderpicker.");
		assertThat(dutch.kind()).isEqualTo(Announcement.Kind.STARTER);
		assertThat(dutch.employeeName()).isEqualTo("Nikolai Ivanov");
		assertThat(dutch.date()).hasToString("2026-12-14");
		Announcement english = OnTheCorpusDay
			.parse("From Monday 7 December we are placing Ana Costa with you as a packer.");
		assertThat(english.kind()).isEqualTo(Announcement.Kind.STARTER);
		assertThat(english.date()).hasToString("2026-12-07");
	}

	@Test
	void aVacancyPlacedAnnouncesNoOne() {
		NoOneAnnounced.assertNoOne("Wij plaatsen de vacature voor een nieuwe lasser volgende week op onze website.");
	}

}

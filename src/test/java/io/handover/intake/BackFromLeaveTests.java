package io.handover.intake;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Someone back from a leave is no starter: they still hold their accounts, and a
 * starter's form would order them a second set. Found by the lead trying announcements by
 * hand. Today is Thursday 3 December 2026.
 */
class BackFromLeaveTests {

	@Test
	void aColleagueBackFromParentalLeaveAnnouncesNoOne() {
		assertThat(OnTheCorpusDay.parseAll("Mohammed Ouali komt terug van ouderschapsverlof op 4 januari."))
			.allSatisfy(read -> assertThat(read.kind()).isNull());
		assertThat(OnTheCorpusDay.parseAll("Rosa Lindqvist keert op 11 januari terug uit zwangerschapsverlof."))
			.allSatisfy(read -> assertThat(read.kind()).isNull());
		assertThat(OnTheCorpusDay.parseAll("Dev Malhotra returns from paternity leave on Monday 11 January."))
			.allSatisfy(read -> assertThat(read.kind()).isNull());
		assertThat(OnTheCorpusDay.parseAll("Julia Berg comes back from maternity leave next week."))
			.allSatisfy(read -> assertThat(read.kind()).isNull());
	}

	@Test
	void aFormerColleagueWhoComesBackToWorkHereIsAStarter() {
		Announcement back = OnTheCorpusDay.parse("Willem Prins keert op 1 februari terug bij ons als accountmanager.");

		assertThat(back.kind()).isEqualTo(Announcement.Kind.STARTER);
		assertThat(back.date()).hasToString("2027-02-01");
	}

}

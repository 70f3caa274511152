package io.handover.intake;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Someone back from a leave is no starter, nor someone back in a job held before: they
 * still hold their accounts, and a starter's form would order them a second set. Found by
 * the lead trying announcements by hand. Today is Thursday 3 December 2026.
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
	void aLeaveSaidOnlyAsTheirsOrOfAnUnlistedKindAnnouncesNoOne() {
		assertThat(OnTheCorpusDay.parseAll("Femke comes back from her leave on 4 January."))
			.allSatisfy(read -> assertThat(read.kind()).isNull());
		assertThat(OnTheCorpusDay.parseAll("Monique komt maandag terug van haar burn-outverlof."))
			.allSatisfy(read -> assertThat(read.kind()).isNull());
		assertThat(OnTheCorpusDay
			.parseAll("Yusuf Demir komt op 11 januari terug van zijn verlof, graag zijn pas weer aanzetten."))
			.allSatisfy(read -> assertThat(read.kind()).isNull());
		assertThat(OnTheCorpusDay.parseAll("Greta returns after her leave on Monday 11 January."))
			.allSatisfy(read -> assertThat(read.kind()).isNull());
	}

	@Test
	void aNewcomerWhoStartsAfterAColleaguesLeaveIsStillAStarter() {
		Announcement english = OnTheCorpusDay
			.parse("Femke comes back from her leave on 4 January and Lotte Smit starts that day as a planner.");
		Announcement dutch = OnTheCorpusDay
			.parse("Noor Bakker komt op 4 januari terug bij ons als planner, na haar verlof bij een ander bedrijf.");

		assertThat(english.kind()).isEqualTo(Announcement.Kind.STARTER);
		assertThat(english.employeeName()).isEqualTo("Lotte Smit");
		assertThat(dutch.kind()).isEqualTo(Announcement.Kind.STARTER);
		assertThat(dutch.date()).hasToString("2027-01-04");
	}

	@Test
	void aFormerColleagueWhoComesBackToWorkHereIsAStarter() {
		Announcement back = OnTheCorpusDay.parse("Willem Prins keert op 1 februari terug bij ons als accountmanager.");

		assertThat(back.kind()).isEqualTo(Announcement.Kind.STARTER);
		assertThat(back.date()).hasToString("2027-02-01");
	}

	@Test
	void goingBackToTheJobHeldBeforeIsAMove() {
		Announcement dutch = OnTheCorpusDay
			.parse("Kim de Graaf keert per 1 februari terug naar haar oude functie als verzorgende.");
		Announcement english = OnTheCorpusDay.parse("From 1 February Kim Grey returns to her old job as a carer.");
		Announcement team = OnTheCorpusDay.parse("Per 1 februari gaat Kim de Graaf terug naar haar oude afdeling.");

		assertThat(List.of(dutch, english, team)).extracting(Announcement::kind)
			.containsOnly(Announcement.Kind.ROLE_CHANGE);
		assertThat(dutch.roleKey()).isEqualTo("care-worker");
		assertThat(english.date()).hasToString("2027-02-01");
	}

}

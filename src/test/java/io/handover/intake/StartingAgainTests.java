package io.handover.intake;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A kind of the twenty-seventh blind set, with own examples: someone back after an
 * illness, an operation or a leave who "starts again" is still employed, so no one joins;
 * a prefilled starter form would book a first day that is none. Today is Thursday 3
 * December 2026.
 */
class StartingAgainTests {

	@Test
	void backFromAnIllnessAndStartingAgainAnnouncesNoOne() {
		assertThat(OnTheCorpusDay.parseAll(
				"Sven Kuipers is back from his knee surgery and starts again on Monday 14 December, half days at first."))
			.allSatisfy(read -> assertThat(read.employeeName()).isNull());
		assertThat(OnTheCorpusDay.parseAll("Nice news: Ilse is back from her burn-out and works again from 4 January."))
			.allSatisfy(read -> assertThat(read.employeeName()).isNull());
	}

	@Test
	void terugVanEenZiekteEnWeerBeginnenIsGeenNieuweCollega() {
		assertThat(
				OnTheCorpusDay.parseAll("Nadia Amrani is terug van haar burn-out en begint weer op maandag 4 januari."))
			.allSatisfy(read -> assertThat(read.employeeName()).isNull());
		assertThat(OnTheCorpusDay
			.parseAll("Pieter de Groot komt terug na zijn operatie en start weer op maandag 14 december."))
			.allSatisfy(read -> assertThat(read.employeeName()).isNull());
	}

	@Test
	void backFromALeaveAndStartingAgainAnnouncesNoOne() {
		assertThat(
				OnTheCorpusDay.parseAll("Fleur de Wit is back from her parental leave and starts again on 4 January."))
			.allSatisfy(read -> assertThat(read.employeeName()).isNull());
	}

	@Test
	void aNewcomerBackFromAnIllnessElsewhereStillStarts() {
		Announcement read = OnTheCorpusDay.parse(
				"Eva Bos is back from a burn-out at her old employer and starts with us on 11 January as a planner.");
		assertThat(read.kind()).isEqualTo(Announcement.Kind.STARTER);
		assertThat(read.employeeName()).isEqualTo("Eva Bos");
		assertThat(read.date()).hasToString("2027-01-11");
		assertThat(
				OnTheCorpusDay.parse("Joost Mulder begint op 4 januari als planner; hij is hersteld van een operatie.")
					.employeeName())
			.isEqualTo("Joost Mulder");
	}

	@Test
	void someoneWhoLeftBeforeAndStartsAgainIsARehire() {
		Announcement read = OnTheCorpusDay
			.parse("Tom Hart left us in 2024 and starts again with us on 1 March as a developer.");
		assertThat(read.kind()).isEqualTo(Announcement.Kind.STARTER);
		assertThat(read.date()).hasToString("2027-03-01");
		assertThat(OnTheCorpusDay.parse("Tom Hart, who left us in 2024, starts again on 1 March.").kind())
			.isEqualTo(Announcement.Kind.STARTER);
		assertThat(OnTheCorpusDay.parse("Tom Hart is leaving us on 1 March.").kind())
			.isEqualTo(Announcement.Kind.LEAVER);
	}

	@Test
	void comingBackToWorkAfterTheirOperationSaidEitherWayAnnouncesNoOne() {
		// the return first, the reason after it, the operation one word
		NoOneAnnounced.assertNoOne("Kees komt donderdag na zijn heupoperatie weer werken.");
		// the reason first: a starter's form prefilled with Monday was the danger
		NoOneAnnounced.assertNoOne("Na haar rugoperatie komt Sanne maandag weer werken.");
		NoOneAnnounced.assertNoOne("After his hip surgery Tom Hale is back at work on Monday.");
	}

	@Test
	void comingToWorkWithUsStillStarts() {
		Announcement starter = OnTheCorpusDay.parse("Jan Bos komt maandag bij ons werken.");
		assertThat(starter.kind()).isEqualTo(Announcement.Kind.STARTER);
		assertThat(starter.date()).hasToString("2026-12-07");
	}

}

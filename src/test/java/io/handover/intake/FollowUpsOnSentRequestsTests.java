package io.handover.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

/**
 * A manager asks whether a request sent earlier arrived. The day it was sent is no start
 * or last day, and the colleague named already has a form: nobody new is announced.
 */
class FollowUpsOnSentRequestsTests {

	@Test
	void aJoinerAskedAfterIsNoSecondJoinerDatedByTheDayItWasSent() {
		Announcement read = OnTheCorpusDay
			.parse("Is the joiner for Marco (kitchen) already in your queue? " + "I sent it on Monday.");

		assertThat(read.employeeName()).isNull();
		assertThat(read.date()).isNull();
	}

	@Test
	void aLeaverAskedAfterIsNoOffboardingOnNextTuesday() {
		Announcement read = OnTheCorpusDay
			.parse("I sent the leaver for Sofia Berg on Tuesday — has it been picked up?");

		assertThat(read.kind()).isNull();
		assertThat(read.employeeName()).isNull();
	}

	@Test
	void aDutchCheckWhetherTheFormCameInNamesNoOne() {
		assertThat(OnTheCorpusDay
			.parse("Ik heb maandag de aanmelding voor Karim (magazijn) gestuurd, " + "is die binnengekomen?")
			.employeeName()).isNull();
		assertThat(OnTheCorpusDay
			.parse("Even checken: staat de uitdienstmelding van Joost (bar) al in het systeem? "
					+ "Heb ik vorige week gestuurd.")
			.employeeName()).isNull();
	}

	@Test
	void aStartToldBesideAQuestionAboutAnEarlierMailIsStillAStart() {
		Announcement read = OnTheCorpusDay
			.parse("Lena Vogel starts on Monday in the warehouse. Did you get my earlier mail about her laptop?");

		assertThat(read.kind()).isEqualTo(Announcement.Kind.STARTER);
		assertThat(read.employeeName()).isEqualTo("Lena Vogel");
		assertThat(read.date()).isEqualTo(LocalDate.of(2026, 12, 7));
	}

	@Test
	void aStartToldAfterSayingAMessageWasSentIsStillAStart() {
		Announcement read = OnTheCorpusDay.parse("I sent you a message about Tom Berg last week: he starts on "
				+ "4 January as a chef. Can you set him up?");

		assertThat(read.employeeName()).isEqualTo("Tom Berg");
		assertThat(read.date()).isEqualTo(LocalDate.of(2027, 1, 4));
	}

}

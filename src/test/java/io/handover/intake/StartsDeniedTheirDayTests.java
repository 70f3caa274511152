package io.handover.intake;

import org.junit.jupiter.api.Test;

import static io.handover.intake.NoOneAnnounced.assertNoOne;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A start denied its day "after all", or a newcomer who let us know she is not coming,
 * announces no one; a start brought forward "instead of in January" stays a start on the
 * new day, and a day denied with another said is that other day. Today is Thursday 3
 * December 2026.
 */
class StartsDeniedTheirDayTests {

	@Test
	void aStartDeniedItsDayAfterAllOrToldNotToComeAnnouncesNoOne() {
		assertNoOne("Could you stop the laptop order for Ella Ward, she will not start on Tuesday after all.");
		assertNoOne("De nieuwe kok Bas Visser heeft vanochtend gemeld dat hij niet meer komt.");
	}

	@Test
	void aStartBroughtForwardFromAMonthIsAStartOnTheNewDay() {
		Announcement read = OnTheCorpusDay
			.parse("Jesse Bos begint al op maandag 7 december in plaats van in februari.");
		assertThat(read.kind()).isEqualTo(Announcement.Kind.STARTER);
		assertThat(read.date()).hasToString("2026-12-07");
	}

	@Test
	void aDayDeniedWithAnotherSaidIsThatOtherDay() {
		Announcement read = OnTheCorpusDay.parse("Sven Dekker will not start on Monday, but on Wednesday 9 December.");
		assertThat(read.kind()).isEqualTo(Announcement.Kind.STARTER);
		assertThat(read.date()).hasToString("2026-12-09");
	}

}

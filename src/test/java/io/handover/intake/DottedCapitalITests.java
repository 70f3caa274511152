package io.handover.intake;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A Turkish capital "İ" lower-cases to two characters, so every place read in a
 * lower-cased copy of the message stood one character off in the message itself: near the
 * message's end the reading failed outright ("İlknur Yılmaz begint maandag" gave the
 * manager "something went wrong"). The name keeps its "İ" on the form. Today is Thursday
 * 3 December 2026.
 */
class DottedCapitalITests {

	@Test
	void aNameWithADottedCapitalIIsReadWithItsDay() {
		Announcement start = OnTheCorpusDay.parse("İlknur Yılmaz begint maandag");
		Announcement late = OnTheCorpusDay.parse("Op maandag 11 januari begint İlknur Yılmaz, dinsdag");

		assertThat(start.kind()).isEqualTo(Announcement.Kind.STARTER);
		assertThat(start.employeeName()).isEqualTo("İlknur Yılmaz");
		assertThat(start.date()).hasToString("2026-12-07");
		assertThat(start.dateWords()).isEqualTo("maandag");
		assertThat(late.employeeName()).isEqualTo("İlknur Yılmaz");
	}

	@Test
	void aLeaverWithADottedCapitalIKeepsItOnTheForm() {
		Announcement leaver = OnTheCorpusDay.parse("Per 1 februari stopt onze collega İrem Aydın, ze gaat naar İzmir.");

		assertThat(leaver.kind()).isEqualTo(Announcement.Kind.LEAVER);
		assertThat(leaver.employeeName()).isEqualTo("İrem Aydın");
		assertThat(leaver.date()).hasToString("2027-02-01");
	}

}

package io.handover.intake;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A newcomer already at work and not yet told, in a Dutch chat: "sinds gisteren zit X bij
 * ons op de weegbrug", "zit sinds maandag bij de planning". A start on that day, past;
 * the day said after "sinds" is the start's, not set aside for a "vandaag" asked after
 * it. Found on blind-30 and blind-31. Today is Thursday 3 December 2026.
 */
class AlreadyWithUsSinceADayTests {

	@Test
	void sittingWithUsSinceARecentDayIsAStartOnThatDay() {
		Announcement yesterday = OnTheCorpusDay.parse(
				"sinds gisteren zit anouk brinkman bij ons op de administratie, vergeten door te geven. kan ze vandaag nog inloggen?");
		Announcement monday = OnTheCorpusDay
			.parse("sinds afgelopen maandag zit jelle postma bij ons in de werkplaats, graag een account");
		Announcement after = OnTheCorpusDay
			.parse("Tessa Hoekstra zit sinds dinsdag bij de planning, nog niet aangemeld.");

		assertThat(yesterday.kind()).isEqualTo(Announcement.Kind.STARTER);
		assertThat(yesterday.employeeName()).isEqualTo("Anouk Brinkman");
		assertThat(yesterday.date()).hasToString("2026-12-02");
		assertThat(monday.kind()).isEqualTo(Announcement.Kind.STARTER);
		assertThat(monday.employeeName()).isEqualTo("Jelle Postma");
		assertThat(monday.date()).hasToString("2026-11-30");
		assertThat(after.kind()).isEqualTo(Announcement.Kind.STARTER);
		assertThat(after.date()).hasToString("2026-12-01");
	}

	@Test
	void sittingAtHomeIllOrWithUsForYearsIsNoStart() {
		assertThat(
				OnTheCorpusDay.parseAll("Tessa Hoekstra zit sinds dinsdag ziek thuis, kan iemand haar mail bekijken?"))
			.allSatisfy(read -> assertThat(read.kind()).isNull());
		Announcement leaver = OnTheCorpusDay
			.parse("Karel Smit zit sinds 2009 bij ons op de werkplaats en gaat op 31 januari met pensioen.");
		assertThat(leaver.kind()).isEqualTo(Announcement.Kind.LEAVER);
		assertThat(leaver.date()).hasToString("2027-01-31");
	}

}

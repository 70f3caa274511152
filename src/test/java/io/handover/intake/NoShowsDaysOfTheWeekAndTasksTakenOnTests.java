package io.handover.intake;

import org.junit.jupiter.api.Test;

import static io.handover.intake.NoOneAnnounced.assertNoOne;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A newcomer who is not coming after all ("gaat toch niet bij ons beginnen"), who did not
 * turn up on the first day, or whose start is denied its planned month with no other day;
 * someone who will work only some days of the week; and a job or a task stopped for other
 * work of ours said as a task ("en gaat de inkoop doen"), which is a move, not a leaving.
 * Today is Thursday 3 December 2026.
 */
class NoShowsDaysOfTheWeekAndTasksTakenOnTests {

	@Test
	void aNewcomerWhoIsNotComingAnnouncesNoOne() {
		assertNoOne("Lotte Visser gaat toch niet bij ons beginnen; ze blijft bij haar huidige werkgever.");
		assertNoOne("Ruben Kok zou dinsdag starten, maar is niet komen opdagen. We laten het hierbij.");
		assertNoOne("Owen Price was due to start on Monday but never turned up.");
		assertNoOne("Grace Hall won't start in February as planned; we'll let you know the new date.");
	}

	@Test
	void aStartDeniedItsPlannedMonthWithAnotherDaySaidIsThatDay() {
		Announcement read = OnTheCorpusDay
			.parse("Grace Hall won't start in February as planned but on Monday 1 March.");
		assertThat(read.kind()).isEqualTo(Announcement.Kind.STARTER);
		assertThat(read.date()).hasToString("2027-03-01");
		// the plain start stays one
		assertThat(OnTheCorpusDay.parse("Lotte Visser gaat bij ons beginnen op 4 januari.").kind())
			.isEqualTo(Announcement.Kind.STARTER);
	}

	@Test
	void onlySomeDaysOfTheWeekAnnouncesNoOne() {
		assertNoOne("Ter info: Jeroen Vink werkt vanaf februari alleen nog op dinsdag en woensdag.");
		assertNoOne("From January Amy Ross will only work Mondays, Wednesdays and Fridays.");
	}

	@Test
	void aJobOrTaskStoppedForATaskOfOursIsAMove() {
		Announcement read = OnTheCorpusDay
			.parseShipped("Ilse Bakker stopt per 1 maart als facilitair medewerker en gaat de planning doen.");
		assertThat(read.kind()).isEqualTo(Announcement.Kind.ROLE_CHANGE);
		assertThat(read.currentRoleKey()).isEqualTo("facility-coordinator");
		assertThat(read.roleKey()).isNull();
		assertThat(OnTheCorpusDay.parse("Sem Vos stopt met het inpakken en gaat dan onze klantenservice doen.").kind())
			.isEqualTo(Announcement.Kind.ROLE_CHANGE);
		assertThat(OnTheCorpusDay.parse("Nina Cole stops as a barista on 1 March and will run our catering.").kind())
			.isEqualTo(Announcement.Kind.ROLE_CHANGE);
	}

	@Test
	void aMoveTimedByAnothersLeavingIsAMove() {
		Announcement read = OnTheCorpusDay
			.parseShipped("Lars Visser, our developer, becomes team lead from 1 April, when Ingrid retires.");
		assertThat(read.kind()).isEqualTo(Announcement.Kind.ROLE_CHANGE);
		assertThat(read.date()).hasToString("2027-04-01");
		assertThat(OnTheCorpusDay.parse("Per 1 april wordt Sanne de Jong teamleider, zodra Kees met pensioen gaat.")
			.kind()).isEqualTo(Announcement.Kind.ROLE_CHANGE);
		// the one who leaves, named in full, is announced as a leaver
		assertThat(OnTheCorpusDay.parseAll("When Paula Smit retires on 1 March, Kevin Ng becomes IT manager.").get(0))
			.extracting(Announcement::kind, Announcement::employeeName)
			.containsExactly(Announcement.Kind.LEAVER, "Paula Smit");
	}

	@Test
	void workOfOnesOwnAfterStoppingIsALeaving() {
		assertThat(OnTheCorpusDay.parse("Piet Bos stopt op 31 januari als monteur en gaat de zaak van zijn vader doen.")
			.kind()).isEqualTo(Announcement.Kind.LEAVER);
		assertThat(
				OnTheCorpusDay.parse("Anna de Wit stopt per 1 maart met werken en gaat de wereld rondreizen.").kind())
			.isEqualTo(Announcement.Kind.LEAVER);
	}

}

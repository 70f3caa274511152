package io.handover.intake;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

/**
 * Announcements of tuning-61 (tuner TZ): a last day said to be a weekday after a
 * dismissal told as done ("is ontslagen en zijn laatste dag is vrijdag") is the next such
 * day, and a death told as "the passing of" someone is a leaving. Today is Thursday 3
 * December 2026.
 */
class LastDaysToComeAndPassingsTests {

	@Test
	void aLastDaySaidToBeAWeekdayAfterADismissalIsTheNextOne() {
		assertThat(OnTheCorpusDay.parseAllShipped(
				"Onze kok Frank Aerts is ontslagen en zijn laatste dag is woensdag. Sleutels graag terug."))
			.extracting(Announcement::kind, a -> a.date().toString())
			.containsExactly(tuple(Announcement.Kind.LEAVER, "2026-12-09"));
		assertThat(OnTheCorpusDay.parseAllShipped("We dismissed Lara Quinn yesterday; her last working day is Monday."))
			.extracting(Announcement::kind, a -> a.date().toString())
			.containsExactly(tuple(Announcement.Kind.LEAVER, "2026-12-07"));
		assertThat(OnTheCorpusDay
			.parseAllShipped("Tijs Maes werd vorige week ontslagen, zijn laatste werkdag wordt dinsdag."))
			.extracting(a -> a.date().toString())
			.containsExactly("2026-12-08");
	}

	@Test
	void aLastDayThatWasAWeekdayStaysPast() {
		assertThat(OnTheCorpusDay.parseAllShipped("Greet Stevens is vrijdag vertrokken, haar laatste dag was vrijdag."))
			.extracting(a -> a.date().toString())
			.containsExactly("2026-11-27");
		// a participle after the day still tells of it as done
		assertThat(OnTheCorpusDay.parseAllShipped("Joris Lemmens is maandag begonnen als verkoper."))
			.extracting(a -> a.date().toString())
			.containsExactly("2026-11-30");
	}

	@Test
	void thePassingOfSomeoneIsALeaving() {
		assertThat(OnTheCorpusDay.parseAllShipped(
				"It is with great sadness that we announce the passing of Mr Victor Hale on Sunday 29 November."))
			.extracting(Announcement::kind, Announcement::employeeName, a -> a.date().toString())
			.containsExactly(tuple(Announcement.Kind.LEAVER, "Victor Hale", "2026-11-29"));
		assertThat(OnTheCorpusDay
			.parseAllShipped("We mourn the sudden passing of our colleague Nadia Karim last Tuesday."))
			.extracting(Announcement::kind, a -> a.date().toString())
			.containsExactly(tuple(Announcement.Kind.LEAVER, "2026-12-01"));
	}

}

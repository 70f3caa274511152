package io.handover.intake;

import java.util.List;

import org.junit.jupiter.api.Test;

import static io.handover.intake.NoOneAnnounced.assertNoOne;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Three ways a date was prefilled wrong with no note (blind-19's first run): a dismissal
 * told as done on a weekday is the last one, not the next; a last working day said "for
 * both" after the names holds for both, over a "per" date of the first; and a question
 * whether an announcement came through announces no one. Today is Thursday 3 December
 * 2026.
 */
class DismissalsDoneLastDaysOfBothAndAnnouncementsAskedAfterTests {

	@Test
	void aDismissalToldAsDoneOnAWeekdayIsTheLastOneAndNoted() {
		for (String words : new String[] { "We let go of Ryan Doyle on Monday after repeated no-shows.",
				"We fired Ryan Doyle on Monday. Please block his badge.",
				"We let Ryan Doyle go on Monday, please disable his login." }) {
			Announcement ryan = OnTheCorpusDay.parse(words);
			assertThat(ryan.kind()).as(words).isEqualTo(Announcement.Kind.LEAVER);
			assertThat(ryan.date()).as(words).hasToString("2026-11-30");
			assertThat(ryan.notes()).as(words).contains(Announcement.Note.PAST_DATE);
		}
	}

	@Test
	void aDismissalStillToComeIsTheNextWeekday() {
		assertThat(OnTheCorpusDay.parse("Ryan Doyle will be fired on Monday.").date()).hasToString("2026-12-07");
		assertThat(OnTheCorpusDay.parse("Ryan Doyle is being let go on Friday.").date()).hasToString("2026-12-04");
	}

	@Test
	void aLastWorkingDaySaidForBothBeforeItsWordsHoldsForBoth() {
		List<Announcement> both = OnTheCorpusDay
			.parseAll("Per 1 februari nemen we afscheid van Kim Jansen (planning) en Tom Bakker (magazijn). "
					+ "Voor allebei is 29 januari de laatste werkdag.");
		assertThat(both).extracting(Announcement::employeeName).containsExactly("Kim Jansen", "Tom Bakker");
		assertThat(both).allSatisfy(leaver -> {
			assertThat(leaver.kind()).isEqualTo(Announcement.Kind.LEAVER);
			assertThat(leaver.date()).hasToString("2027-01-29");
		});
	}

	@Test
	void aQuestionWhetherAnAnnouncementCameThroughAnnouncesNoOne() {
		assertNoOne("Is de aanmelding van Iris (start 11 januari) goed doorgekomen? Ik hoorde niks.");
		assertNoOne("Did my announcement for Tom Hendriks come through? He starts Monday.");
		assertNoOne("Heb je de melding over Piet de Vries ontvangen? Hij vertrekt 31 januari.");
		// announced here, and asked to confirm: the form stays
		assertThat(OnTheCorpusDay.parse("Anna de Vries begint op 4 januari. Kun je bevestigen dat het is ontvangen?")
			.employeeName()).isEqualTo("Anna de Vries");
	}

}

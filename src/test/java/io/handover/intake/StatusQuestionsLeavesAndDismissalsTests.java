package io.handover.intake;

import java.util.List;

import org.junit.jupiter.api.Test;

import static io.handover.intake.NoOneAnnounced.assertNoOne;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The kinds behind the seventeenth blind set's silent dates, in own words: a question
 * whether a starter's things are ready keeps its form with a note (writers mean a first
 * announcement and a follow-up alike); sick leave, an extension told as news, a leaver
 * reversed and names still to come announce no one; a unit of ours named like a person is
 * no one; a dismissal told as done on a weekday was the last one. Today is Thursday 3
 * December 2026.
 */
class StatusQuestionsLeavesAndDismissalsTests {

	@Test
	void askingWhetherAStartersThingsAreReadyKeepsTheFormWithANote() {
		for (String asked : List.of("Can you tell me if the laptop for Ruben Smit is ready? He starts on Monday.",
				"Zijn de accounts voor Anna de Wit al klaar? Ze begint maandag.")) {
			Announcement read = OnTheCorpusDay.parse(asked);

			assertThat(read.kind()).as(asked).isEqualTo(Announcement.Kind.STARTER);
			assertThat(read.date()).as(asked).hasToString("2026-12-07");
			assertThat(read.notes()).as(asked).contains(Announcement.Note.ASKED_ABOUT);
		}
	}

	@Test
	void askingToGetAStartersThingsReadyIsAnAnnouncement() {
		Announcement read = OnTheCorpusDay
			.parse("Can you make sure the accounts for Ruben Smit are ready? He starts on Monday.");

		assertThat(read.kind()).isEqualTo(Announcement.Kind.STARTER);
		assertThat(read.date()).hasToString("2026-12-07");
		assertThat(read.notes()).doesNotContain(Announcement.Note.ASKED_ABOUT);
	}

	@Test
	void sickLeaveAnExtensionAReversedLeaverAndNamesToComeAnnounceNoOne() {
		assertNoOne("Sick leave, not a leaver: Bo Kim is out for six weeks from Monday. Nothing to disable.");
		assertNoOne("De verlenging van het contract van Noor Smit is rond: ze blijft tot 1 september 2027.");
		assertNoOne("Please undo the leaver for Sam Reed: his contract was extended until 31 May 2027.");
		assertNoOne("Volgende maand beginnen er drie nieuwe chauffeurs op 4 januari, de namen volgen nog.");
		assertNoOne("Four new cleaners start on 4 January, names to follow.");
	}

	@Test
	void aUnitOfOursNamedLikeAPersonIsNoOne() {
		List<Announcement> read = OnTheCorpusDay
			.parseAll("Per 1 februari komt Iris Bakker ons Service Centrum versterken als adviseur.");

		assertThat(read).extracting(Announcement::employeeName).containsExactly("Iris Bakker");
	}

	@Test
	void aDismissalToldAsDoneWasOnTheLastSuchWeekday() {
		Announcement done = OnTheCorpusDay.parse("Let go on Monday: cleaner Tom Hill. Please block his badge.");
		Announcement ahead = OnTheCorpusDay.parse("Tom Hill will be dismissed on Friday; please block his badge then.");

		assertThat(done.kind()).isEqualTo(Announcement.Kind.LEAVER);
		assertThat(done.date()).hasToString("2026-11-30");
		assertThat(ahead.date()).hasToString("2026-12-04");
	}

}

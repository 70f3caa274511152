package io.handover.intake;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A weekday said for a habit ("every other Friday", "om de vrijdag", "elke dinsdag") is
 * no day of anyone's start: if a form is offered with it, the day carries a note asking
 * to check it, never silently. Today is Thursday 3 December 2026.
 */
class WeekdaysOfAHabitTests {

	@Test
	void aHabitsWeekdayIsNeverPrefilledSilently() {
		for (String text : new String[] {
				"Our window cleaners come every other Friday. Do they need a badge or can reception let them in?",
				"De glazenwassers komen om de vrijdag. Hebben die een pasje nodig?",
				"Onze hovenier komt elke dinsdag. Moet hij een account?" }) {
			assertThat(OnTheCorpusDay.parseAll(text)).as(text)
				.allSatisfy(read -> assertThat(
						read.date() == null || read.notes().stream().anyMatch(note -> note.field() == FormField.DATE))
					.isTrue());
		}
	}

	@Test
	void aWeekdaySaidPlainlyNeedsNoNote() {
		Announcement read = OnTheCorpusDay.parse("Tom Bos begint vrijdag in de winkel.");
		assertThat(read.date()).isNotNull();
		assertThat(read.notes()).noneMatch(note -> note.field() == FormField.DATE);
	}

}

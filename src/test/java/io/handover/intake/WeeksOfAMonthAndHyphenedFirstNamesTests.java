package io.handover.intake;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The two silent wrong dates of blind-15's first run, fixed from the lead's own examples
 * (the blind messages stay unread by the tuners). Today is Thursday 3 December 2026.
 */
class WeeksOfAMonthAndHyphenedFirstNamesTests {

	@Test
	void weekdaysAfterAWeekOfAMonthAreDaysOfThatWeek() {
		// next Monday and next Wednesday were prefilled without a note
		List<Announcement> two = OnTheCorpusDay
			.parseAll("Two cooks start in the first week of January: Tom Berg on Monday and Ada Kok on Wednesday.");
		assertThat(two).extracting(Announcement::date)
			.extracting(Object::toString)
			.containsExactly("2027-01-04", "2027-01-06");
		assertThat(OnTheCorpusDay.parse(
				"In de tweede week van februari beginnen twee chauffeurs: Sem Bos op dinsdag en Lina Kaya op donderdag.")
			.date()).hasToString("2027-02-09");
		assertThat(
				OnTheCorpusDay.parse("Sem Bos starts on Tuesday, in the first week of January, as a developer.").date())
			.hasToString("2027-01-05");
	}

	@Test
	void aWeekOfAMonthAloneIsItsMondayAndAWeekRunningIntoTheNextMonthIsDoubted() {
		Announcement alone = OnTheCorpusDay.parse("Noor Vos starts in the first week of January.");
		assertThat(alone.date()).hasToString("2027-01-04");
		assertThat(alone.notes()).containsExactly(Announcement.Note.WEEK_ONLY);
		// the last week of December holds New Year's Day: some count it to January
		Announcement across = OnTheCorpusDay.parse("Noor Vos begint maandag in de laatste week van december.");
		assertThat(across.date()).hasToString("2026-12-28");
		assertThat(across.notes()).containsExactly(Announcement.Note.WEEK_ACROSS_MONTHS);
		// a week within its month is no doubt
		assertThat(OnTheCorpusDay.parse("Noor Vos starts on Monday in the second week of February.").notes()).isEmpty();
	}

	@Test
	void aMonthsShortNameInAHyphenedFirstNameIsNoDate() {
		// "3 Jan" was read out of "1/3 Jan-Willem": 3 January, and the name lost its
		// first
		// name
		Announcement mover = OnTheCorpusDay.parse("Per 1/3 Jan-Willem Smit moves from the bar to the kitchen as chef.");
		assertThat(mover.employeeName()).isEqualTo("Jan-Willem Smit");
		assertThat(mover.date()).hasToString("2027-03-01");
		// a month written with its day stays a date
		assertThat(OnTheCorpusDay.parse("Starting 4 Jan Jan-Willem Smit joins us as a developer.").date())
			.hasToString("2027-01-04");
	}

}

package io.handover.intake;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

/**
 * Announcements of tuning-63 (tuner UB): a weekday typed with two neighbouring letters
 * swapped ("begint maandga", "last day is fridya") is that weekday. Today is Thursday 3
 * December 2026.
 */
class WeekdaysWithTwoLettersSwappedTests {

	@Test
	void aWeekdayWithTwoLettersSwappedIsThatDay() {
		assertThat(OnTheCorpusDay.parseAllShipped("Jorien Wolters begint dinsdga in de wijnwinkel in Delft."))
			.extracting(Announcement::employeeName, a -> a.date().toString())
			.containsExactly(tuple("Jorien Wolters", "2026-12-08"));
		assertThat(OnTheCorpusDay.parseAllShipped("Marco Ricci's last day is fridya, he's moving to Rome."))
			.extracting(Announcement::kind, a -> a.date().toString())
			.containsExactly(tuple(Announcement.Kind.LEAVER, "2026-12-04"));
	}

	@Test
	void otherWordsNearAWeekdayAreLeftAlone() {
		assertThat(WeekdaySpelling.mended("Sundae on Mondays, Fridays off"))
			.isEqualTo("Sundae on Mondays, Fridays off");
		// the first letter is never mended, nor a word of another length
		assertThat(WeekdaySpelling.mended("amandag en maandagen")).isEqualTo("amandag en maandagen");
		assertThat(WeekdaySpelling.mended("begint Maandga")).isEqualTo("begint Maandag");
	}

}

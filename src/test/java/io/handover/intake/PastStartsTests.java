package io.handover.intake;

import java.time.LocalDate;

import io.handover.intake.Announcement.Kind;
import io.handover.intake.Announcement.Note;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A starter announced late ("started today", "is maandag begonnen", "joined us
 * yesterday") is a starter with that date, and a weekday told of the past is the last
 * one, not the next (issue 18). Today is Thursday 3 December 2026.
 */
class PastStartsTests {

	Announcement parse(String text) {
		return OnTheCorpusDay.parse(text);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			Lisa Mol started today as developer.                | Lisa Mol     | 2026-12-03
			Jeroen Bakker is vandaag begonnen als verzorgende.   | Jeroen Bakker | 2026-12-03
			Noah Peters started on Monday.                       | Noah Peters  | 2026-11-30
			Jan de Boer is maandag begonnen als ontwikkelaar.    | Jan de Boer  | 2026-11-30
			Fenna Mulder begon afgelopen dinsdag bij ons.        | Fenna Mulder | 2026-12-01
			Emma Vos joined us yesterday as account manager.     | Emma Vos     | 2026-12-02
			Sara Kok is vanochtend gestart.                      | Sara Kok     | 2026-12-03
			Tom Wit has joined the team this week, on Tuesday.   | Tom Wit      | 2026-12-01
			""")
	void aStartAlreadyMadeIsAStarterWithThatDate(String text, String name, LocalDate date) {
		Announcement a = parse(text);

		assertThat(a.kind()).isEqualTo(Kind.STARTER);
		assertThat(a.employeeName()).isEqualTo(name);
		assertThat(a.date()).isEqualTo(date);
	}

	@Test
	void aPastDateIsNotedForTheManagerToCheck() {
		assertThat(parse("Noah Peters started on Monday.").notes()).contains(Note.PAST_DATE);
		assertThat(parse("Lisa Mol started today.").notes()).doesNotContain(Note.PAST_DATE);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			Daan Smit begint maandag.                        | 2026-12-07
			Anna Bos was hired and starts on Monday.         | 2026-12-07
			Piet Kramer started as an intern and rejoins us next Monday. | 2026-12-07
			""")
	void aWeekdayStillToComeIsTheNextOne(String text, LocalDate date) {
		assertThat(parse(text).date()).isEqualTo(date);
	}

	@Test
	void aLeaverWhoLeftOnAWeekdayLeftOnTheLastOne() {
		Announcement a = parse("Piet Kramer left on Friday, please block his account.");

		assertThat(a.kind()).isEqualTo(Kind.LEAVER);
		assertThat(a.date()).isEqualTo(LocalDate.of(2026, 11, 27));
	}

}

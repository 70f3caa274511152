package io.handover.intake;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A start or a last day said the loose way managers say it: a week and a half, after
 * Christmas, the first working day of the new year, a day said as an ordinal word once
 * the month was named, the day a leaver stops in effect. Today is Thursday 3 December
 * 2026.
 */
class DaysSaidLooselyTests {

	@Test
	void aWeekAndAHalfWithItsWeekdayIsThatDay() {
		assertThat(OnTheCorpusDay
			.parse("Hoi allemaal, over anderhalve week (maandag dus) begint Daan Verschoor bij ons als ontwikkelaar.")
			.date()).hasToString("2026-12-14");
		Announcement starter = OnTheCorpusDay.parse("Karin Smit starts in a week and a half, on Monday.");
		assertThat(starter.date()).hasToString("2026-12-14");
		assertThat(starter.notes()).doesNotContain(Announcement.Note.AMBIGUOUS_DATE);
	}

	@Test
	void aWeekAndAHalfAloneIsAboutTenDaysAndTheFormSaysSo() {
		Announcement starter = OnTheCorpusDay.parse("Bas de Vries starts in a week and a half.");
		assertThat(starter.date()).hasToString("2026-12-13");
		assertThat(starter.notes()).contains(Announcement.Note.AMBIGUOUS_DATE);
		assertThat(OnTheCorpusDay.parse("Over anderhalve week komt Sara Haddou ons team versterken.").notes())
			.contains(Announcement.Note.AMBIGUOUS_DATE);
	}

	@Test
	void afterChristmasIsTheFirstWorkingDayAfterBoxingDayAndTheFormSaysSo() {
		Announcement dutch = OnTheCorpusDay.parse("Na de kerst begint Oksana Kovalenko bij ons in de oogst.");
		assertThat(dutch.date()).hasToString("2026-12-28");
		assertThat(dutch.notes()).contains(Announcement.Note.AMBIGUOUS_DATE);
		Announcement english = OnTheCorpusDay.parse("Our new welder Tom Hardy starts after Christmas.");
		assertThat(english.date()).hasToString("2026-12-28");
		assertThat(english.notes()).contains(Announcement.Note.AMBIGUOUS_DATE);
	}

	@Test
	void aDaySaidBesideChristmasWinsAndTheHolidaysHaveNoDay() {
		assertThat(OnTheCorpusDay.parse("Stagiaire Demi Oosterbeek start na de kerst, op 4 januari.").date())
			.hasToString("2027-01-04");
		assertThat(OnTheCorpusDay.parse("Maandag na de kerst begint Piet Hein bij ons.").date())
			.hasToString("2026-12-28");
		assertThat(OnTheCorpusDay.parse("Na de kerstvakantie begint Eva Smit als planner.").date()).isNull();
		assertThat(OnTheCorpusDay.parse("Lucas Berg joins us after the Christmas holidays.").date()).isNull();
	}

	@Test
	void theFirstWorkingDayOfTheNewYearSkipsNewYearsDay() {
		assertThat(OnTheCorpusDay
			.parse("Onze nieuwe reisadviseur, Kevin Oduya, begint op de eerste werkdag van het nieuwe jaar.")
			.date()).hasToString("2027-01-04");
		assertThat(OnTheCorpusDay.parse("Mia Chen starts on the first working day of the new year.").date())
			.hasToString("2027-01-04");
	}

	@Test
	void anOrdinalWordIsADayOfTheMonthNamedBefore() {
		List<Announcement> two = OnTheCorpusDay.parseAll(
				"Two departures: Megan Walsh leaves on the fifteenth of January and Daniel Okoro on the twenty-ninth.");
		assertThat(two).extracting(Announcement::employeeName).containsExactly("Megan Walsh", "Daniel Okoro");
		assertThat(two).extracting(a -> a.date().toString()).containsExactly("2027-01-15", "2027-01-29");
		assertThat(two).allSatisfy(a -> assertThat(a.kind()).isEqualTo(Announcement.Kind.LEAVER));
		assertThat(OnTheCorpusDay.parse("Joep Smit begint in januari, op de elfde.").date()).hasToString("2027-01-11");
	}

	@Test
	void anOrdinalWordWithoutAMonthOrBeforeANounIsNoDay() {
		assertThat(OnTheCorpusDay.parse("Piet Bos begint in het nieuwe jaar op de tweede verdieping.").date()).isNull();
		assertThat(OnTheCorpusDay.parse("Ella Fox joins our team, her desk is on the second.").date()).isNull();
	}

	@Test
	void theDayALeaverStopsInEffectBeatsTheFormalOne() {
		assertThat(OnTheCorpusDay
			.parse("Natalie Price resigned today. Her last day will be 3 January, but she has holidays left so "
					+ "effectively she stops on 23 December.")
			.date()).hasToString("2026-12-23");
		assertThat(OnTheCorpusDay
			.parse("Femke Jansen heeft opgezegd, haar contract loopt tot 31 januari maar in de praktijk stopt ze "
					+ "op 15 januari.")
			.date()).hasToString("2027-01-15");
	}

}

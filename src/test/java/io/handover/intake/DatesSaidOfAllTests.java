package io.handover.intake;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Dates said once for everyone in a list, and dates whose words leave the day open. Each
 * was a wrong date prefilled without a note. Today is Thursday 3 December 2026.
 */
class DatesSaidOfAllTests {

	@Test
	void anEndSaidOfAllTheTempsIsNotTheLastOnesStart() {
		for (String text : new String[] {
				"Invalkrachten voor de drukte vanaf dinsdag 15 december: Piotr Nowak en Jan Smit, allebei in het magazijn, tot en met 29 januari.",
				"vakantiekrachten kassa per 15 dec: Eva Bos, Daan Kok, Iris Veen — allemaal t/m 5 januari",
				"Temps for the holiday rush from Tuesday 15 December: Mark Lee and Sam Ortiz, both until 29 January.",
				"Oliebollenkraam: vanaf dinsdag 15 dec extra hulp bij de kraam: Kees Vos, Aad Prins en Lot Dekker. Tot 31/12." }) {
			List<Announcement> temps = OnTheCorpusDay.parseAll(text);
			assertThat(temps).hasSizeGreaterThan(1);
			assertThat(temps).as(text).allSatisfy(temp -> assertThat(temp.date()).hasToString("2026-12-15"));
		}
	}

	@Test
	void anEndOfOnePersonsOwnStaysTheirs() {
		List<Announcement> leavers = OnTheCorpusDay
			.parseAll("Ruud Kramer stopt op 18 december. Lisa Berg blijft tot en met 8 januari en stopt dan ook.");
		assertThat(leavers).extracting(Announcement::date)
			.extracting(Object::toString)
			.containsExactly("2026-12-18", "2027-01-08");
	}

	@Test
	void aLastDaySaidForBothIsEachLeaversLastDay() {
		List<Announcement> leavers = OnTheCorpusDay
			.parseAll("Jan en Piet stoppen allebei per 1 januari: Jan Smit (magazijn) en Piet de Boer (kantoor). "
					+ "Laatste werkdag voor beiden 31 december.");
		assertThat(leavers).extracting(Announcement::employeeName).containsExactly("Jan Smit", "Piet de Boer");
		assertThat(leavers).allSatisfy(leaver -> assertThat(leaver.date()).hasToString("2026-12-31"));

		List<Announcement> english = OnTheCorpusDay.parseAll(
				"Both Kim Ross and Lee Park leave us as of 1 February; the last working day for both is 29 January.");
		assertThat(english).allSatisfy(leaver -> assertThat(leaver.date()).hasToString("2027-01-29"));
	}

	@Test
	void nextFridaySaidOnThursdayIsTomorrowOrAWeekLaterAndTheFormAsks() {
		for (String text : new String[] { "Starting next Friday, our receptionist will be Amy Chen.",
				"Vanaf volgende vrijdag begint Amy Chen bij de receptie." }) {
			Announcement starter = OnTheCorpusDay.parse(text);
			assertThat(starter.date()).hasToString("2026-12-04");
			assertThat(starter.notes()).as(text).contains(Announcement.Note.NEXT_WHICH_WEEK);
		}
		// next week's day can only be the coming one; "volgende week vrijdag" says which
		assertThat(OnTheCorpusDay.parse("Starting next Monday, our receptionist will be Amy Chen.").notes())
			.doesNotContain(Announcement.Note.NEXT_WHICH_WEEK);
		assertThat(OnTheCorpusDay.parse("Vanaf volgende week vrijdag begint Amy Chen bij de receptie.").notes())
			.doesNotContain(Announcement.Note.NEXT_WHICH_WEEK);
	}

	@Test
	void theWeekOfADateGivesNoDayAndTheFormAsksForIt() {
		for (String text : new String[] {
				"New trainee for the finance team - Omar Haddad - he starts in the week of 18 January, exact day to be confirmed.",
				"Omar Haddad begint in de week van 18 januari, de precieze dag volgt nog." }) {
			assertThat(OnTheCorpusDay.parse(text).notes()).as(text).contains(Announcement.Note.WEEK_ONLY);
		}
		assertThat(OnTheCorpusDay.parse("Omar Haddad starts on 18 January.").notes())
			.doesNotContain(Announcement.Note.WEEK_ONLY);
	}

	@Test
	void aStartToldByItsMonthBesideAnotherMonthsDayIsNoted() {
		Announcement move = OnTheCorpusDay.parse("Vanaf maart werkt Lies Wouters bij ons als teamleider in plaats van "
				+ "als verpleegkundige — ze rondt op 26 februari haar opleiding af.");
		assertThat(move.notes()).contains(Announcement.Note.SEVERAL_DATES);
		assertThat(OnTheCorpusDay.parse("Per 1 maart begint Lies Wouters als teamleider.").notes())
			.doesNotContain(Announcement.Note.SEVERAL_DATES);
	}

}

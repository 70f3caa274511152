package io.handover.intake;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * More of what the thirty-second blind set missed, in words of our own: "gisterenmiddag"
 * is yesterday, a project contract finished on a day is a leaving, an English closing
 * translated from Dutch or German ("With friendly greetings,") signs the message, and the
 * last of a list of starters keeps the news when something is said of both after it.
 * Today is Thursday 3 December 2026.
 */
class ClosingsFinishedContractsAndListedStartersTests {

	@Test
	void yesterdayAfternoonOrMorningIsYesterday() {
		Announcement death = OnTheCorpusDay.parse("Gisterenmiddag is onze monteur Karel Smeets plotseling overleden.");
		Announcement sacked = OnTheCorpusDay.parse("Gisterenochtend hebben we Ruud Brink op staande voet ontslagen.");

		assertThat(death.kind()).isEqualTo(Announcement.Kind.LEAVER);
		assertThat(death.date()).hasToString("2026-12-02");
		assertThat(sacked.date()).hasToString("2026-12-02");
	}

	@Test
	void projectContractsFinishedOnADayAreLeavings() {
		List<Announcement> read = OnTheCorpusDay.parseAll(
				"The survey is done: Nadia Kamal and Piet Hein finish their temporary contracts on Friday 15 January.");

		assertThat(read).extracting(Announcement::employeeName).containsExactly("Nadia Kamal", "Piet Hein");
		assertThat(read).allSatisfy((leaver) -> {
			assertThat(leaver.kind()).isEqualTo(Announcement.Kind.LEAVER);
			assertThat(leaver.date()).hasToString("2027-01-15");
		});
	}

	@Test
	void aFinishedTaskIsNoLeaving() {
		Announcement read = OnTheCorpusDay.parse("Nadia Kamal will finish her project report on Friday.");

		assertThat(read.kind()).isNotEqualTo(Announcement.Kind.LEAVER);
	}

	@Test
	void aClosingWithFriendlyGreetingsSignsTheMessage() {
		List<Announcement> read = OnTheCorpusDay.parseAll(
				"Hello, Mrs. Greta Lindner begins at 11.01.2027 as sales assistant. Please prepare a laptop. With friendly greetings, Jonas Krebs");

		assertThat(read).extracting(Announcement::employeeName).containsExactly("Greta Lindner");
	}

	@Test
	void greetingsOpeningAMessageSignNothing() {
		Announcement read = OnTheCorpusDay.parse("Greetings from Berlin! Anna Weber starts on 4 January.");

		assertThat(read.employeeName()).isEqualTo("Anna Weber");
		assertThat(read.date()).hasToString("2027-01-04");
	}

	@Test
	void theLastOfAListOfStartersKeepsTheNewsWhenTheirHoursAreSaidAfter() {
		List<Announcement> read = OnTheCorpusDay
			.parseAll("Nieuwe kassamedewerkers per 4 januari: Bo Smits en Eva Kroon. Allebei alleen in het weekend.");

		assertThat(read).extracting(Announcement::employeeName).containsExactly("Bo Smits", "Eva Kroon");
		assertThat(read).allSatisfy((starter) -> assertThat(starter.date()).hasToString("2027-01-04"));
	}

	@Test
	void hoursOnADayOfTheWeekGiveNoDayWithoutANote() {
		List<Announcement> read = OnTheCorpusDay
			.parseAll("Nieuwe kassamedewerkers per 4 januari: Bo Smits en Eva Kroon. Allebei alleen op zaterdag.");

		// "alleen op zaterdag" is a habit: any day read from it comes with a note to
		// check
		assertThat(read).filteredOn((starter) -> "2026-12-05".equals(String.valueOf(starter.date())))
			.allSatisfy((starter) -> assertThat(starter.notes()).contains(Announcement.Note.AMBIGUOUS_DATE));
	}

	@Test
	void oneWhoGoesOnFewerHoursBesideAStarterIsNoStarter() {
		List<Announcement> read = OnTheCorpusDay
			.parseAll("Tom Vos begint op 4 januari en Sara Lind werkt vanaf dan alleen nog ochtenden.");

		assertThat(read).extracting(Announcement::employeeName).containsExactly("Tom Vos");
	}

	@Test
	void twoWhoGoOnFewerHoursAreNoStarters() {
		assertThat(OnTheCorpusDay.parseAll("Anna Bakker en Piet Kok gaan vanaf januari minder werken."))
			.allSatisfy((read) -> assertThat(read.kind()).isNull());
	}

}

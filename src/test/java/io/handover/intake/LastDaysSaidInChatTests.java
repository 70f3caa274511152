package io.handover.intake;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Leavers told the way a manager chats, found in the fifth Playground trial: a chat
 * opener before a lower-case name, a last day said for two people after their names, and
 * an exact last day with a short weekday beside a vague "eind januari". Today is Thursday
 * 3 December 2026.
 */
class LastDaysSaidInChatTests {

	@Test
	void aLowerCaseNameAfterAChatOpenerIsTheName() {
		Announcement read = OnTheCorpusDay
			.parse("ff melden: youri de bruijn van de werkplaats stopt, laatste dag vr 12-2. groet");

		assertThat(read.employeeName()).isEqualTo("Youri de Bruijn");
		assertThat(read.kind()).isEqualTo(Announcement.Kind.LEAVER);
		assertThat(read.date()).hasToString("2027-02-12");
	}

	@Test
	void aLastDaySaidOfBothAfterTheirNamesIsEachOnesDay() {
		List<Announcement> dutch = OnTheCorpusDay.parseAll("Twee vertrekkers in de keuken: kok Bas Altena en "
				+ "afwasser Sevda Arslan. Beiden hebben hun laatste werkdag op zondag 10 januari.");
		List<Announcement> english = OnTheCorpusDay.parseAll(
				"Two leavers in the kitchen: Tom Reed and Amy Lowe. They both have their last day on Friday 18 December.");

		assertThat(dutch).extracting(a -> String.valueOf(a.date())).containsExactly("2027-01-10", "2027-01-10");
		assertThat(english).extracting(a -> String.valueOf(a.date())).containsExactly("2026-12-18", "2026-12-18");
	}

	@Test
	void anExactLastDayWithAShortWeekdayBeatsTheEndOfTheMonth() {
		Announcement read = OnTheCorpusDay.parse(
				"hoi, onze bakker henk-jan ter beek stopt eind januari, z'n laatste werkdag is za 30 jan. wat moet ik doen?");

		assertThat(read.date()).hasToString("2027-01-30");
	}

	@Test
	void aShortWeekdayThatIsAnotherDayIsNoted() {
		Announcement read = OnTheCorpusDay.parse("Piet Bos begint di 7 januari.");

		assertThat(read.date()).hasToString("2027-01-07");
		assertThat(read.notes()).contains(Announcement.Note.WEEKDAY_CONTRADICTS);
	}

}

package io.handover.intake;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Kinds of the twenty-third blind set and the twelfth Playground trial, each with own
 * examples: a name in a lower-case chat said inside the words of the news ("komt ook noor
 * visser erbij"); a surname one slip from a job ("ben carter", "carer") and "ben" as a
 * given name after a job; a Korean given name written in lower case; a second person who
 * moves to a place of ours beside a starter; a task given up for a job in our office.
 * Today is Thursday 3 December 2026.
 */
class ChatNamesInsideIntentsAndPlacesMovedBesideAStartTests {

	@Test
	void aLowerCaseChatNameInsideTheNewsIsTheNewcomer() {
		Announcement read = OnTheCorpusDay.parse("vanaf dinsdag komt ook sem de jong erbij in de werkplaats");
		assertThat(read.kind()).isEqualTo(Announcement.Kind.STARTER);
		assertThat(read.employeeName()).isEqualTo("Sem de Jong");
		assertThat(read.date()).hasToString("2026-12-08");
	}

	@Test
	void aJobAfterAnArticleInsideTheNewsIsNoName() {
		Announcement read = OnTheCorpusDay.parse("vanaf dinsdag komt er een nieuwe magazijn planner erbij");
		assertThat(read.employeeName()).isNull();
		// nor in a message with capitals, where a capital tells a name
		assertThat(OnTheCorpusDay
			.parseAll("We'll have a new warehouse planner in February but the contract is not signed. Name follows."))
			.allSatisfy(a -> assertThat(a.employeeName()).isNull());
	}

	@Test
	void aSurnameOneSlipFromAJobIsAName() {
		Announcement read = OnTheCorpusDay.parseShipped("scaffolder ben carter starts wed 9 dec");
		assertThat(read.kind()).isEqualTo(Announcement.Kind.STARTER);
		assertThat(read.employeeName()).isEqualTo("Ben Carter");
		assertThat(read.roleKey()).isNull();
		assertThat(OnTheCorpusDay.parseShipped("Sam starts a new career with us as a carer on Monday").roleKey())
			.isEqualTo("care-worker");
		// "ben" as a particle between names stays one
		assertThat(OnTheCorpusDay.parse("Youssef ben Ali starts on Monday").employeeName())
			.isEqualTo("Youssef ben Ali");
	}

	@Test
	void aKoreanGivenNameKeepsItsSecondSyllableLowerCase() {
		assertThat(OnTheCorpusDay.parse("shop assistant min-jun cho starts monday").employeeName())
			.isEqualTo("Min-jun Cho");
		assertThat(OnTheCorpusDay.parse("nieuwe collega jan-willem de vries begint maandag").employeeName())
			.isEqualTo("Jan-Willem de Vries");
	}

	@Test
	void aSecondPersonMovingToAPlaceOfOursBesideAStarterMoves() {
		List<Announcement> read = OnTheCorpusDay
			.parseAll("Per 1 maart begint Mila Jansen bij ons als projectleider. Daarnaast gaat Piotr Nowak van "
					+ "Tilburg naar ons kantoor in Breda; hij blijft tolk Pools. Dat gaat in op maandag 1 februari.");
		assertThat(read).extracting(Announcement::employeeName).containsExactly("Mila Jansen", "Piotr Nowak");
		assertThat(read).extracting(Announcement::kind)
			.containsExactly(Announcement.Kind.STARTER, Announcement.Kind.ROLE_CHANGE);
		assertThat(read).extracting(a -> a.date().toString()).containsExactly("2027-03-01", "2027-02-01");
		// the starter keeps her start when the other's move says the job stays
		read = OnTheCorpusDay.parseAll(
				"Amy Fox starts on 4 January as an analyst. Also, Tom Lee moves to our Leeds office on 11 January, same job.");
		assertThat(read).extracting(Announcement::kind)
			.containsExactly(Announcement.Kind.STARTER, Announcement.Kind.ROLE_CHANGE);
		// two people moving under one heading move alike
		read = OnTheCorpusDay
			.parseAll("Nieuwe teams vanaf 1 februari: Ria Veen en Tom Bos gaan naar team Oost, zelfde functie.");
		assertThat(read).extracting(Announcement::kind)
			.containsExactly(Announcement.Kind.ROLE_CHANGE, Announcement.Kind.ROLE_CHANGE);
	}

	@Test
	void aTaskGivenUpForAJobInOurOfficeIsAMove() {
		Announcement read = OnTheCorpusDay.parseShipped("Joke Maes stopt met rijles geven en komt vanaf 11 januari "
				+ "bij ons op kantoor, ze wordt daar onze facilitair medewerker.");
		assertThat(read.kind()).isEqualTo(Announcement.Kind.ROLE_CHANGE);
		assertThat(read.roleKey()).isEqualTo("facility-coordinator");
		assertThat(read.date()).hasToString("2027-01-11");
		// coming by to say goodbye is no job with us
		read = OnTheCorpusDay.parse(
				"Joke Maes stopt met rijles geven en komt vrijdag 8 januari bij ons langs om " + "afscheid te nemen.");
		assertThat(read.kind()).isEqualTo(Announcement.Kind.LEAVER);
	}

}

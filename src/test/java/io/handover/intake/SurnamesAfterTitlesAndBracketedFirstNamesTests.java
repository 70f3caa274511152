package io.handover.intake;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Names as formal mails write them, found by the lead trying announcements by hand: a
 * surname alone after a form of address keeps its particle, and a first name in brackets
 * between initials and the surname is the first name. Today is Thursday 3 December 2026.
 */
class SurnamesAfterTitlesAndBracketedFirstNamesTests {

	@Test
	void aSurnameAloneAfterAFormOfAddressKeepsItsParticle() {
		assertThat(OnTheCorpusDay.parse("De heer Van Kempen (Frits) stopt op 31 december.").employeeName())
			.isEqualTo("Van Kempen");
		assertThat(OnTheCorpusDay.parse("Mevrouw van der Staay vertrekt per 1 februari.").employeeName())
			.isEqualTo("van der Staay");
		assertThat(OnTheCorpusDay.parse("Mr. De Groot leaves on 18 December.").employeeName()).isEqualTo("De Groot");
	}

	@Test
	void aFirstNameInBracketsBesideInitialsIsTheFirstName() {
		assertThat(
				OnTheCorpusDay.parse("Hierbij meld ik dat mevr. H. (Hennie) ten Brink per 1 maart met pensioen gaat.")
					.employeeName())
			.isEqualTo("Hennie ten Brink");
		assertThat(OnTheCorpusDay.parse("Wouter (W.) Zijlstra begint op 4 januari.").employeeName())
			.isEqualTo("Wouter Zijlstra");
		assertThat(OnTheCorpusDay
			.parse("Onze nieuwe directeur, mevrouw dr. A.M. (Anne-Marie) Timmermans, begint op 1 maart 2027.")
			.employeeName()).isEqualTo("Anne-Marie Timmermans");
	}

	@Test
	void aNameWrittenOtherwiseThanTheFormNearTheMessagesEndIsReadWithoutFailing() {
		// the form's "Jan-Peter de Groot" is longer than what stands from "Groot" on
		Announcement read = OnTheCorpusDay.parse("Per 1 maart treedt drs. J.P. (Jan-Peter) de Groot in dienst.");

		assertThat(read.kind()).isEqualTo(Announcement.Kind.STARTER);
		assertThat(read.employeeName()).isEqualTo("Jan-Peter de Groot");
		assertThat(read.date()).hasToString("2027-03-01");
	}

	@Test
	void theInitialAIsAnInitialNotAnArticle() {
		assertThat(OnTheCorpusDay.parse("Per 1 maart treedt mevrouw W.A. (Wilma) Verbeek in dienst als adviseur.")
			.employeeName()).isEqualTo("Wilma Verbeek");
		assertThat(
				OnTheCorpusDay.parse("Ms A. (Anna) Kowalski starts on 4 January as an account manager.").employeeName())
			.isEqualTo("Anna Kowalski");
		assertThat(OnTheCorpusDay.parse("A. Kowalski starts on 4 January as an account manager.").employeeName())
			.isEqualTo("A. Kowalski");
	}

	@Test
	void aJobInBracketsBetweenTwoPeopleJoinsNoNames() {
		List<Announcement> both = OnTheCorpusDay
			.parseAll("Starting 4 January: Lotte (Sales) and Ruud Visser (developer).");

		assertThat(both).extracting(Announcement::employeeName).doesNotContain("Lotte Ruud Visser");
	}

	@Test
	void theAddresseeOfAFormalLetterIsNoOneAnnounced() {
		List<Announcement> read = OnTheCorpusDay.parseAll(
				"Geachte heer Van Houten,\n\nHierbij bevestig ik dat mevrouw Iris Blom per 1 maart 2027 in dienst treedt.");

		assertThat(read).extracting(Announcement::employeeName).containsExactly("Iris Blom");
	}

}

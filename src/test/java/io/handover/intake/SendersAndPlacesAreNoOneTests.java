package io.handover.intake;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The signer below a formal closing sent the message, and a site named after "op locatie"
 * or "at location" is a place: neither gets a form of their own. Today is Thursday 3
 * December 2026.
 */
class SendersAndPlacesAreNoOneTests {

	@Test
	void theSignerBelowAFormalClosingIsTheSender() {
		assertThat(OnTheCorpusDay.parseAll("Dear colleagues,\n\nMr. Femi Bello, our Chief Engineer, will retire with "
				+ "effect from 31 May 2027.\n\nYours faithfully,\nC. Eze\nAdministration Officer"))
			.extracting(Announcement::employeeName)
			.containsExactly("Femi Bello");
		assertThat(OnTheCorpusDay.parseAll("Geachte heer, mevrouw,\n\nMevrouw Lieke Prins treedt op 1 februari 2027 in "
				+ "dienst als archivaris.\n\nMet collegiale groet,\nH. Vos\nhoofd P&O"))
			.extracting(Announcement::employeeName)
			.containsExactly("Lieke Prins");
		assertThat(OnTheCorpusDay.parseAll(
				"Geachte collega's,\n\nDe heer Ahmed Bakr gaat op 28 februari 2027 met pensioen.\n\nHoogachtend,\nM. Smits"))
			.extracting(Announcement::employeeName)
			.containsExactly("Ahmed Bakr");
	}

	@Test
	void aSiteAfterLocatieOrLocationIsAPlace() {
		var read = OnTheCorpusDay
			.parseAll("Per 1 maart wordt Sem Willems teamleider. Hij is nu nog medewerker op locatie Overvecht.");
		assertThat(read).extracting(Announcement::employeeName).containsExactly("Sem Willems");
		var joiner = OnTheCorpusDay.parseAll("Welkom aan Nina Bos, zij begint op 4 januari op locatie Zuilen.");
		assertThat(joiner).extracting(Announcement::employeeName).containsExactly("Nina Bos");
		assertThat(joiner.get(0).date()).hasToString("2027-01-04");
		assertThat(OnTheCorpusDay.parseAll("Ravi Shah joins the kitchen on 7 December at location North Point."))
			.extracting(Announcement::employeeName)
			.containsExactly("Ravi Shah");
	}

}

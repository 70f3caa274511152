package io.handover.intake;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A dismissal on the spot, told in a lower-case chat with its reason between the name and
 * the dismissal ("ruzie gemaakt met de chef", "geld gestolen uit de kas"): the reason's
 * words are no name, the person before them is. Today is Thursday 3 December 2026.
 */
class ReasonsForADismissalTests {

	@Test
	void aPartingSaidBeforeTheNameStaysOutOfIt() {
		assertThat(OnTheCorpusDay.parse("gisteren hebben we afscheid genomen van kees brouwer, per direct ontslagen")
			.employeeName()).isEqualTo("Kees Brouwer");
	}

	@Test
	void theReasonAfterALowerCaseNameStaysOutOfIt() {
		assertThat(OnTheCorpusDay
			.parse("vanochtend heeft heftruckchauffeur tom de groot ruzie gemaakt met de chef, "
					+ "per direct ontslagen. account graag blokkeren")
			.employeeName()).isEqualTo("Tom de Groot");
		assertThat(OnTheCorpusDay
			.parse("gisteren heeft kassière ilse brouwer geld gestolen uit de kas, op staande voet ontslagen")
			.employeeName()).isEqualTo("Ilse Brouwer");
		assertThat(OnTheCorpusDay.parse(
				"yesterday our driver sam oduya got into a fight with a customer, dismissed on the spot. lock everything pls")
			.employeeName()).isEqualTo("Sam Oduya");
	}

	@Test
	void aReasonSetOffAfterTheNameIsNoSecondPerson() {
		assertThat(OnTheCorpusDay.parseAll(
				"vanmiddag op staande voet ontslagen: lasser kees brink, vechtpartij op de vloer. pas graag direct blokkeren"))
			.singleElement()
			.satisfies(read -> assertThat(read.employeeName()).isEqualTo("Kees Brink"));
		assertThat(OnTheCorpusDay
			.parseAll("dismissed today: operator dean cole, misconduct on the night shift. block his badge pls"))
			.singleElement()
			.satisfies(read -> assertThat(read.employeeName()).isEqualTo("Dean Cole"));
	}

}

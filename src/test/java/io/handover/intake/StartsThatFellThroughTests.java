package io.handover.intake;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A start that fell through on the newcomer's side (signed elsewhere, took a
 * counter-offer, failed the medical) or that the writer sums up as no start at all
 * announces no one: a starter's form on its day would be a silent wrong date. Found on
 * blind-31. Today is Thursday 3 December 2026.
 */
class StartsThatFellThroughTests {

	@Test
	void aNewcomerWhoSignedElsewhereOrStaysWithTheirEmployerStartsNoOne() {
		assertThat(OnTheCorpusDay.parseAll(
				"Bad luck: the welder we offered the job, Ravi, has signed with another company. So no start on 11 January."))
			.allSatisfy(read -> assertThat(read.kind()).isNull());
		assertThat(OnTheCorpusDay.parseAll(
				"Onze nieuwe planner Femke heeft een tegenbod gekregen en blijft bij haar huidige werkgever. Er begint dus niemand op 4 januari."))
			.allSatisfy(read -> assertThat(read.kind()).isNull());
		assertThat(OnTheCorpusDay
			.parseAll("The driver we hired, Tomasz, got a counter-offer. Nobody starts on 4 January after all."))
			.allSatisfy(read -> assertThat(read.kind()).isNull());
	}

	@Test
	void aStartPlannedButFailedAtTheMedicalStartsNoOne() {
		assertThat(OnTheCorpusDay
			.parseAll("We had planned a start for a new forklift driver on 11 January, but he failed the medical."))
			.allSatisfy(read -> assertThat(read.kind()).isNull());
		assertThat(OnTheCorpusDay
			.parseAll("De nieuwe chauffeur zou op 11 januari beginnen, maar hij is afgekeurd bij de keuring."))
			.allSatisfy(read -> assertThat(read.kind()).isNull());
	}

	@Test
	void aNewcomerWhoFirstServesOutTheirOldJobStillStarts() {
		Announcement dutch = OnTheCorpusDay
			.parse("Femke Sanders blijft bij haar huidige werkgever tot 31 december en begint op 4 januari bij ons.");
		Announcement signed = OnTheCorpusDay.parse("Ravi Patel has signed his contract and starts on 11 January.");

		assertThat(dutch.kind()).isEqualTo(Announcement.Kind.STARTER);
		assertThat(dutch.date()).hasToString("2027-01-04");
		assertThat(signed.kind()).isEqualTo(Announcement.Kind.STARTER);
		assertThat(signed.employeeName()).isEqualTo("Ravi Patel");
	}

}

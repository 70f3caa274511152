package io.handover.intake;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A chat line in lower case that gives the job, the start and then, after a colon, the
 * name: "road sweeper starting mon 11 jan: pim de kok." The words before the verb are the
 * job, the words after the colon the person. Today is Thursday 3 December 2026.
 */
class ChatLinesWithTheNameLastTests {

	@Test
	void theNameAfterTheColonIsThePerson() {
		Announcement english = OnTheCorpusDay
			.parse("hi, road sweeper starting mon 11 jan: pim de kok. needs a vest and a van key");
		assertThat(english.employeeName()).isEqualTo("Pim de Kok");
		assertThat(english.date()).hasToString("2027-01-11");
		assertThat(OnTheCorpusDay.parse("nieuwe tegelzetter begint ma 18 jan: rick hoogeveen").employeeName())
			.isEqualTo("Rick Hoogeveen");
	}

	@Test
	void whatFollowsTheColonIsNoNameWhenItAsksForThings() {
		Announcement read = OnTheCorpusDay.parse("anna bakker begint maandag: graag een laptop en een pas");
		assertThat(read.employeeName()).isEqualTo("Anna Bakker");
	}

}

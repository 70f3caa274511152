package io.handover.intake;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A colleague back from leave or an illness, ill for long or on fewer hours, a request
 * taken back, a question about a kind of worker and a signature under any Dutch greeting
 * announce no one; a dismissal told as done keeps its past day. Today is Thursday 3
 * December 2026.
 */
class ReturnsSignaturesAndRequestsTakenBackTests {

	@Test
	void someoneBackFromLeaveIsNoNewsEvenWithALaptopStillReady() {
		assertNoOne("Noor Visser komt op 11 januari terug van zwangerschapsverlof. Staat haar laptop nog klaar?");
		assertNoOne("Ruben Kok komt per 1 maart weer terug na zijn ouderschapsverlof. Moet er iets geregeld worden?");
	}

	@Test
	void someoneBackAfterAnIllnessIllForLongOrOnFewerHoursIsNoNews() {
		assertNoOne("Sem Kuiper komt na zijn burn-out per 4 januari weer halve dagen werken.");
		assertNoOne("Lotte Vink is langdurig ziek. Moet haar telefoon terug?");
		assertNoOne("Dean Ford returns after his surgery on 11 January, part-time at first.");
		assertNoOne("Amira Said reduces to 24 hours from 1 February. Nothing else changes.");
	}

	@Test
	void aStarterWhoDoesNotComeTakesHisRequestWithHim() {
		assertNoOne(
				"De kok die op 4 januari zou beginnen komt niet. Kunnen jullie de aanmelding voor Bas Smit intrekken?");
	}

	@Test
	void aSignatureUnderAnyDutchGreetingIsTheSender() {
		List<Announcement> read = OnTheCorpusDay.parseAll("Hoi Marja,\nOnze nieuwe kok Sem Bakker begint per 4 januari "
				+ "2027. Hij heeft een pas nodig.\nMet zonnige groet,\nIlse de Wit\nBedrijfsleider");
		assertThat(read).extracting(Announcement::employeeName).containsExactly("Sem Bakker");
	}

	@Test
	void aQuestionAboutWorkersOfAHabitIsNoAnnouncement() {
		assertNoOne("Krijgen schoonmakers die alleen op zondag werken een eigen account? We hebben er drie.");
		assertNoOne("Do drivers who only work on Saturdays need a phone? We have two of them.");
	}

	@Test
	void aNameLeftUnsaidIsNotMadeOfTheWordsAroundIt() {
		for (Announcement read : OnTheCorpusDay
			.parseAll("kan iemand kijken of de nieuwe kok al een pas heeft? ik weet z'n achternaam niet, hij heet "
					+ "piet en begint maandag")) {
			assertThat(read.employeeName()).as("a name from the words around it").isNull();
		}
	}

	@Test
	void aDismissalToldAsDoneKeepsItsPastDay() {
		Announcement read = OnTheCorpusDay
			.parse("We let our night porter Ben Archer go on Tuesday after he was caught stealing.");
		assertThat(read.kind()).isEqualTo(Announcement.Kind.LEAVER);
		assertThat(read.date()).hasToString("2026-12-01");
		assertThat(read.notes()).contains(Announcement.Note.PAST_DATE);
	}

	private static void assertNoOne(String text) {
		assertThat(OnTheCorpusDay.parseAll(text)).as(text)
			.allSatisfy(read -> assertThat(read.employeeName()).as(text).isNull())
			.allSatisfy(read -> assertThat(read.date()).as(text).isNull());
	}

}

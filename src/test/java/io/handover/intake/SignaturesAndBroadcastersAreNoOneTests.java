package io.handover.intake;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Names in a message that are no one to announce: the sender below a closing said without
 * "met" ("Lieve groet, Carla van Dam") or above a signature set out line by line, and a
 * radio station or broadcaster named like a person ("joining Radio Noordkaap"). Today is
 * Thursday 3 December 2026.
 */
class SignaturesAndBroadcastersAreNoOneTests {

	@Test
	void aClosingWithItsOwnWordForTheGreetingSignsTheMessage() {
		List<Announcement> read = OnTheCorpusDay
			.parseAll("Volgende week dinsdag komt onze nieuwe geestelijk verzorger, Hanneke Bosman, bij ons werken. "
					+ "Wil iemand haar inwerken op het systeem? Lieve groet, Carla van Dam");
		assertThat(read).extracting(Announcement::employeeName).containsExactly("Hanneke Bosman");
		assertThat(OnTheCorpusDay.parseAll("Piet Smit stopt per 1 februari. Zonnige groetjes, Anouk de Wit")
			.stream()
			.map(Announcement::employeeName)).containsExactly("Piet Smit");
	}

	@Test
	void aSignatureSetOutLineByLineIsTheSenders() {
		List<Announcement> read = OnTheCorpusDay
			.parseAll("Good morning,\n\nWe welcome Ana Sofia Ribeiro to our estate planning team. She starts on "
					+ "7 December as a legal secretary.\n\nKind regards,\n\nRobert van Leeuwen\nOffice Manager\n"
					+ "Notariskantoor Van Leeuwen & Partners\nT 010 123 4567");
		assertThat(read).extracting(Announcement::employeeName).containsExactly("Ana Sofia Ribeiro");
		assertThat(read.get(0).date()).hasToString("2026-12-07");
	}

	@Test
	void aBroadcasterIsNoOne() {
		List<Announcement> read = OnTheCorpusDay
			.parseAll("Big news: Jasmine Okafor is joining Radio Noordkaap as our new morning show producer! "
					+ "Her first day is Monday, December 14th.");
		assertThat(read).extracting(Announcement::employeeName).containsExactly("Jasmine Okafor");
		assertThat(read.get(0).date()).hasToString("2026-12-14");
		assertThat(
				OnTheCorpusDay.parseAll("Vanaf 4 januari komt Lars Dekker bij Omroep Zeeland werken als verslaggever.")
					.stream()
					.map(Announcement::employeeName))
			.containsExactly("Lars Dekker");
	}

}

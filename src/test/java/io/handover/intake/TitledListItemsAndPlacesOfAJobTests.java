package io.handover.intake;

import java.util.List;

import org.junit.jupiter.api.Test;

import static io.handover.intake.NoOneAnnounced.assertNoOne;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Numbered items whose names carry a title ("1. mr. Thomas de Bruin", "2. dr. Eva Smit")
 * are each a person of the list; and the capitalised place of a job asked about ("voor
 * onze zzp-gids in Italië") is no one's name. Today is Thursday 3 December 2026.
 */
class TitledListItemsAndPlacesOfAJobTests {

	@Test
	void aTitleAfterTheNumberKeepsEachItemAPerson() {
		List<Announcement> read = OnTheCorpusDay.parseAllShipped(
				"Vanaf 11 januari beginnen bij ons:\n1. dr. Mirjam Hoekstra (huisarts)\n2. Bram de Wit (assistent)\n3. mr. Ayoub Tahiri (facilitair medewerker)\nGroet, Kees");
		assertThat(read).extracting(Announcement::kind).containsOnly(Announcement.Kind.STARTER);
		assertThat(read).extracting(Announcement::employeeName)
			.containsExactly("Mirjam Hoekstra", "Bram de Wit", "Ayoub Tahiri");
		assertThat(read).extracting(Announcement::roleKey).containsExactly(null, null, "facility-coordinator");
		assertThat(read.get(1).date()).hasToString("2027-01-11");
	}

	@Test
	void theCapitalisedPlaceOfAJobAskedAboutIsNoName() {
		assertNoOne(
				"Kunnen jullie voor onze reisleider in Portugal een telefoon regelen? Hij werkt als zzp'er. Groet, Ilse");
		assertNoOne("Is het mogelijk om voor onze zzp-chauffeur in Duitsland een pas aan te maken?");
	}

	@Test
	void aNameAfterAPlaceWordStaysAName() {
		// a full name in a place stays the person, the place does not swallow it
		Announcement read = OnTheCorpusDay.parse("Onze nieuwe gids in Gent, Lotte Maes, begint op 4 januari.");
		assertThat(read.employeeName()).isEqualTo("Lotte Maes");
		assertThat(read.kind()).isEqualTo(Announcement.Kind.STARTER);
	}

}

package io.handover.intake;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A kind of the twenty-ninth blind set, with own examples: a day said in a sentence
 * before the person's, about something else (a site closing, a season), gives way to the
 * day said in their own sentence. A day said only before stays theirs. Today is Thursday
 * 3 December 2026.
 */
class DaysInTheirOwnSentenceTests {

	@Test
	void theDayInTheirOwnSentenceIsTheirs() {
		Announcement read = OnTheCorpusDay.parse("Our Tilburg depot shuts at the end of April. The first to go is "
				+ "Mara Vos, who moves to the Breda depot on 1 March, same job.");
		assertThat(read.employeeName()).isEqualTo("Mara Vos");
		assertThat(read.date()).isEqualTo(LocalDate.of(2027, 3, 1));
		Announcement nl = OnTheCorpusDay
			.parse("Eind mei sluiten we de winkel in Gouda. Joris Kaan stopt al op 12 februari bij ons.");
		assertThat(nl.employeeName()).isEqualTo("Joris Kaan");
		assertThat(nl.date()).isEqualTo(LocalDate.of(2027, 2, 12));
	}

	@Test
	void aDaySaidOnlyBeforeTheirSentenceStaysTheirs() {
		Announcement read = OnTheCorpusDay
			.parse("Per 1 maart een nieuwe collega in de kaasmakerij. Ze heet Loes Brink.");
		assertThat(read.employeeName()).isEqualTo("Loes Brink");
		assertThat(read.date()).isEqualTo(LocalDate.of(2027, 3, 1));
	}

}

package io.handover.intake;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Dates in a list of people: a label before a name, or the end of a person's own item.
 */
class DateLabelsTests {

	@Test
	void aDateEndingAListItemIsThatItemsPersons() {
		List<Announcement> read = OnTheCorpusDay
			.parseAll("Our new developers:\n- Pieter Baas, starting 15/12\n- Oona Hill, starting 11/1");
		assertThat(read).extracting(Announcement::employeeName).containsExactly("Pieter Baas", "Oona Hill");
		assertThat(read).extracting(a -> a.date().toString()).containsExactly("2026-12-15", "2027-01-11");
	}

	@Test
	void aDateLabelOnTheLineOfANameIsThatNamesDate() {
		List<Announcement> read = OnTheCorpusDay
			.parseAll("Starters: 15 December: Pieter Baas, developer. 11 January: Oona Hill, developer.");
		assertThat(read).extracting(Announcement::employeeName).containsExactly("Pieter Baas", "Oona Hill");
		assertThat(read).extracting(a -> a.date().toString()).containsExactly("2026-12-15", "2027-01-11");
	}

}

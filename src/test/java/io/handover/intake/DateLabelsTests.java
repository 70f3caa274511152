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

	@Test
	void aDateBeforeTheVerbOfOnePersonThenADateBeforeTheNextNameGivesEachTheirOwn() {
		List<Announcement> dutch = OnTheCorpusDay
			.parseAll("Op maandag 7 december begint Ruben Hazelaar en op woensdag 9 december Ilse Wijnberg.");
		List<Announcement> leaving = OnTheCorpusDay
			.parseAll("Per 31 december vertrekt Tamara Vos, per 15 januari Gijs Koolhoven.");

		assertThat(dutch).extracting(Announcement::employeeName).containsExactly("Ruben Hazelaar", "Ilse Wijnberg");
		assertThat(dutch).extracting(a -> a.date().toString()).containsExactly("2026-12-07", "2026-12-09");
		assertThat(dutch).extracting(Announcement::kind).containsOnly(Announcement.Kind.STARTER);
		assertThat(leaving).extracting(Announcement::employeeName).containsExactly("Tamara Vos", "Gijs Koolhoven");
		assertThat(leaving).extracting(a -> a.date().toString()).containsExactly("2026-12-31", "2027-01-15");
		assertThat(leaving).extracting(Announcement::kind).containsOnly(Announcement.Kind.LEAVER);
	}

}

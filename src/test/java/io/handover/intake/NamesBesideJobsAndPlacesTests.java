package io.handover.intake;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The names of people announced, apart from the words around them (issue 18): a plural
 * job before a list of names, a lower-case name after a colon with where the newcomer
 * comes from in brackets.
 */
class NamesBesideJobsAndPlacesTests {

	List<Announcement> parseAll(String text) {
		return new AnnouncementParser().parseAll(text, OnTheCorpusDay.TODAY, IntakeCorpusTests.shippedRoles());
	}

	@Test
	void aPluralJobBeforeTheNamesIsNoPartOfTheFirst() {
		List<Announcement> read = parseAll("Kaartcontroleurs Ruben Smit en Ilse Koster beginnen zaterdag 12 december.");

		assertThat(read).extracting(Announcement::employeeName).containsExactly("Ruben Smit", "Ilse Koster");
	}

	@Test
	void aLowerCaseNameAfterAColonEndsAtTheBracket() {
		List<Announcement> read = parseAll("nieuwe stagiair bij de techniek vanaf maandag: daan smit (roc twente)");

		assertThat(read).extracting(Announcement::employeeName).containsExactly("Daan Smit");
	}

}

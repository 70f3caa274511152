package io.handover.intake;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The names of people announced, apart from the words around them (issue 18): a plural
 * job before a list of names, a lower-case name after a colon with where the newcomer
 * comes from in brackets or after a comma behind the job of whoever leaves, the church or
 * museum someone works at, a given name that is also a role's short word or holds a
 * weekday's short form.
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

	@Test
	void aLowerCaseLeaverAfterTheirJobAndACommaIsNamed() {
		List<Announcement> read = parseAll("laatste werkdag vrijdag voor onze glazenwasser, kevin de bruijn");

		assertThat(read).extracting(Announcement::employeeName).containsExactly("Kevin de Bruijn");
		assertThat(read.get(0).kind()).isEqualTo(Announcement.Kind.LEAVER);
	}

	@Test
	void theChurchOrMuseumSomeoneWorksAtIsNoPartOfTheirName() {
		List<Announcement> church = parseAll("Organist Henk Post van de Lambertuskerk stopt per 1 maart.");
		List<Announcement> surname = parseAll("Henk van de Kerk stopt per 1 maart.");

		assertThat(church).extracting(Announcement::employeeName).containsExactly("Henk Post");
		assertThat(surname).extracting(Announcement::employeeName).containsExactly("Henk van de Kerk");
	}

	@Test
	void aGivenNameThatIsAlsoARolesShortWordIsTheName() {
		List<Announcement> read = parseAll("Dev Malhotra starts on 11 January as a porter.");

		assertThat(read).extracting(Announcement::employeeName).containsExactly("Dev Malhotra");
		assertThat(read.get(0).roleKey()).isNull();
	}

	@Test
	void aWeekdaysShortFormInsideANameIsANamePart() {
		List<Announcement> read = parseAll("Pham Thu Lan begint op 4 januari in de keuken.");

		assertThat(read).extracting(Announcement::employeeName).containsExactly("Pham Thu Lan");
		assertThat(read.get(0).date()).isEqualTo(java.time.LocalDate.of(2027, 1, 4));
		assertThat(read.get(0).notes()).isEmpty();
	}

	@Test
	void anOrganisationThatSendsTheNewsIsNoOneAnnounced() {
		List<Announcement> read = parseAll("Dierenopvang De Hoeve meldt: Kim Maas begint 4 januari.");

		assertThat(read).extracting(Announcement::employeeName).containsExactly("Kim Maas");
	}

	@Test
	void theUnitAfterALowerCaseNameIsNoPartOfIt() {
		List<Announcement> read = parseAll("hoi, ruud kok van de werkplaats stopt per 1 maart");
		// a packing or dispatch unit, found on blind-31
		List<Announcement> dispatch = parseAll("kees dijkstra van de expeditie gaat met pensioen, laatste dag 30/12");

		assertThat(read).extracting(Announcement::employeeName).containsExactly("Ruud Kok");
		assertThat(dispatch).extracting(Announcement::employeeName).containsExactly("Kees Dijkstra");
	}

	@Test
	void aLoneLetterBetweenTwoWordsOfANameIsPartOfIt() {
		List<Announcement> name = parseAll("Marvin Tjong A Hung stopt per 1 maart.");
		List<Announcement> team = parseAll("Team B: Marvin Tjong stopt per 1 maart.");

		assertThat(name).extracting(Announcement::employeeName).containsExactly("Marvin Tjong A Hung");
		assertThat(team).extracting(Announcement::employeeName).containsExactly("Marvin Tjong");
	}

}

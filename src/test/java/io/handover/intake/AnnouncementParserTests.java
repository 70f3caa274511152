package io.handover.intake;

import java.time.LocalDate;
import java.util.List;

import io.handover.intake.Announcement.Kind;
import io.handover.intake.Announcement.Location;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A manager writes the way they talk; the bot prefills the form with what it understood.
 * Today is Monday 23 November 2026.
 */
class AnnouncementParserTests {

	static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

	static final List<RoleName> ROLES = List.of(
			new RoleName("account-manager", List.of("account-manager", "Account Manager", "accountmanager", "sales")),
			new RoleName("software-engineer",
					List.of("software-engineer", "Software Engineer", "developer", "ontwikkelaar")),
			new RoleName("care-worker", List.of("care-worker", "Care Worker", "zorgmedewerker", "verzorgende")),
			new RoleName("facility-coordinator",
					List.of("facility-coordinator", "Facility Coordinator", "facilitair coördinator")));

	AnnouncementParser parser = new AnnouncementParser();

	Announcement parse(String text) {
		return this.parser.parse(text, TODAY, ROLES);
	}

	@Test
	void anEnglishStarterInFreeText() {
		Announcement a = parse("Anna de Vries starts on 7 December as account manager");

		assertThat(a.kind()).isEqualTo(Kind.STARTER);
		assertThat(a.employeeName()).isEqualTo("Anna de Vries");
		assertThat(a.date()).isEqualTo(LocalDate.of(2026, 12, 7));
		assertThat(a.roleWords()).isEqualTo("account manager");
		assertThat(a.roleKey()).isEqualTo("account-manager");
	}

	@Test
	void aDutchStarterInFreeText() {
		Announcement a = parse("Anna de Vries begint op 7 december als accountmanager");

		assertThat(a.kind()).isEqualTo(Kind.STARTER);
		assertThat(a.employeeName()).isEqualTo("Anna de Vries");
		assertThat(a.date()).isEqualTo(LocalDate.of(2026, 12, 7));
		assertThat(a.roleKey()).isEqualTo("account-manager");
	}

	@Test
	void initialsBeforeASurnameArePartOfTheName() {
		Announcement a = parse("Laatste werkdag van J. de Haas is 30 december.");
		assertThat(a.kind()).isEqualTo(Kind.LEAVER);
		assertThat(a.employeeName()).isEqualTo("J. de Haas");
		assertThat(a.date()).isEqualTo(LocalDate.of(2026, 12, 30));

		assertThat(parse("A.B. Visser begint op 4 januari als verkoper").employeeName()).isEqualTo("A.B. Visser");
		assertThat(parse("Please offboard M. Yilmaz, last day 18 December.").employeeName()).isEqualTo("M. Yilmaz");
	}

	@Test
	void anEnglishLeaver() {
		Announcement a = parse("Jan Bakker leaves on 30 November");

		assertThat(a.kind()).isEqualTo(Kind.LEAVER);
		assertThat(a.employeeName()).isEqualTo("Jan Bakker");
		assertThat(a.date()).isEqualTo(LocalDate.of(2026, 11, 30));
		assertThat(a.roleKey()).isNull();
	}

	@Test
	void aDutchLeaverWithANumericDate() {
		Announcement a = parse("Jan Bakker gaat 30-11 uit dienst");

		assertThat(a.kind()).isEqualTo(Kind.LEAVER);
		assertThat(a.employeeName()).isEqualTo("Jan Bakker");
		assertThat(a.date()).isEqualTo(LocalDate.of(2026, 11, 30));
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = { "new starter|STARTER", "New Starter|STARTER", "nieuwe medewerker|STARTER",
			"new leaver|LEAVER", "uitdienst|LEAVER", "role change|ROLE_CHANGE", "functiewijziging|ROLE_CHANGE" })
	void bareCommandsOpenAnEmptyForm(String text, Kind kind) {
		Announcement a = parse(text);

		assertThat(a.kind()).isEqualTo(kind);
		assertThat(a.isBareCommand()).isTrue();
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|',
			value = { "7 December|2026-12-07", "7 dec 2026|2026-12-07", "07-12-2026|2026-12-07",
					"2026-12-07|2026-12-07", "December 7|2026-12-07", "7 dec.|2026-12-07", "7/12/26|2026-12-07",
					"7 januari|2027-01-07", "next Monday|2026-11-30", "volgende maandag|2026-11-30",
					"tomorrow|2026-11-24", "morgen|2026-11-24", "overmorgen|2026-11-25", "in 2 weeks|2026-12-07",
					"over 10 dagen|2026-12-03", "friday|2026-11-27" })
	void datesInEnglishAndDutchForms(String words, LocalDate expected) {
		assertThat(parse("Piet Jansen starts " + words).date()).isEqualTo(expected);
	}

	@Test
	void aDayThatDoesNotExistIsNoDateButTheWordsAreKept() {
		Announcement a = parse("Piet Jansen starts on 31 February");

		assertThat(a.date()).isNull();
		assertThat(a.dateWords()).isEqualTo("31 February");
	}

	@Test
	void aRecentDayWithoutAYearStaysInThisYearSoTheFormCanSayItIsPast() {
		assertThat(parse("Jan Bakker left on 20 November, last day").date()).isEqualTo(LocalDate.of(2026, 11, 20));
		assertThat(parse("Piet starts 1 March").date()).isEqualTo(LocalDate.of(2027, 3, 1));
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = { "Account manager|account-manager", "ACCOUNTMANAGER|account-manager",
			"acount manager|account-manager", "sofware engineer|software-engineer", "developer|software-engineer",
			"facilitair coordinator|facility-coordinator", "zorgmedewerker|care-worker" })
	void rolesByTitleAndAliasToleratingCaseAndSmallTypos(String role, String key) {
		assertThat(parse("Anna de Vries starts on 7 December as " + role).roleKey()).isEqualTo(key);
	}

	@Test
	void anUnknownRoleKeepsTheWordsForTheFormToQuestion() {
		Announcement a = parse("Anna de Vries starts on 7 December as astronaut");

		assertThat(a.roleWords()).isEqualTo("astronaut");
		assertThat(a.roleKey()).isNull();
	}

	@Test
	void aMoverWithTheNewRole() {
		Announcement a = parse("Anna de Vries moves to software engineer on 1 January");

		assertThat(a.kind()).isEqualTo(Kind.ROLE_CHANGE);
		assertThat(a.employeeName()).isEqualTo("Anna de Vries");
		assertThat(a.roleKey()).isEqualTo("software-engineer");
		assertThat(a.date()).isEqualTo(LocalDate.of(2027, 1, 1));
	}

	@Test
	void aDutchMover() {
		Announcement a = parse("Anna de Vries wordt per 1 januari ontwikkelaar");

		assertThat(a.kind()).isEqualTo(Kind.ROLE_CHANGE);
		assertThat(a.employeeName()).isEqualTo("Anna de Vries");
		assertThat(a.roleKey()).isEqualTo("software-engineer");
	}

	@Test
	void theWorkLocation() {
		assertThat(parse("Anna de Vries starts on 7 December as developer, remote").workLocation())
			.isEqualTo(Location.REMOTE);
		assertThat(parse("Anna de Vries begint 7 december hybride").workLocation()).isEqualTo(Location.HYBRID);
	}

	@Test
	void aCommandFollowedByTheDetails() {
		Announcement a = parse("New starter: Sara Visser, 4 January, care worker");

		assertThat(a.kind()).isEqualTo(Kind.STARTER);
		assertThat(a.employeeName()).isEqualTo("Sara Visser");
		assertThat(a.date()).isEqualTo(LocalDate.of(2027, 1, 4));
		assertThat(a.roleKey()).isEqualTo("care-worker");
	}

	@Test
	void wordsThatAnnounceNothing() {
		Announcement a = parse("what is the weather like");

		assertThat(a.kind()).isNull();
	}

	@Test
	void aBuildingOrRoomLetterIsNeverAnInitialOfTheName() {
		// "C." after "gebouw" is the building's, not the first letter of Femke's name
		Announcement femke = parse("Ze zit in gebouw C. Femke de Wit begint 1 februari 2027.");
		assertThat(femke.employeeName()).isEqualTo("Femke de Wit");
		assertThat(femke.date()).isEqualTo(LocalDate.of(2027, 2, 1));

		Announcement sanne = parse("Kamer B. Sanne Visser begint 11 januari 2027 als verzorgende.");
		assertThat(sanne.employeeName()).isEqualTo("Sanne Visser");
		assertThat(sanne.roleKey()).isEqualTo("care-worker");

		List<Announcement> jan = this.parser
			.parseAll("Jan Bakker starts on 4 January 2027, building C. Room B. Kees Mol is his buddy.", TODAY, ROLES);
		assertThat(jan).extracting(Announcement::employeeName).first().isEqualTo("Jan Bakker");
		assertThat(jan).extracting(Announcement::employeeName)
			.noneMatch(name -> name.contains("C.") || name.contains("B."));

		assertThat(parse("Tom Groen starts on floor 2. on 4 January 2027").employeeName()).isEqualTo("Tom Groen");
		assertThat(parse("On floor 2. Tom Groen starts on 4 January 2027").employeeName()).isEqualTo("Tom Groen");
		// an initial elsewhere still is one, and Floor is still a first name
		assertThat(parse("In gebouw C. begint J. de Haas op 4 januari 2027.").employeeName()).isEqualTo("J. de Haas");
		assertThat(parse("Floor Jansen begint op 4 januari 2027 in gebouw C.").employeeName())
			.isEqualTo("Floor Jansen");
	}

	/**
	 * A second person's date said relative to the first one's is that date plus the
	 * period (issue 18), never the first person's date copied silently.
	 */
	@ParameterizedTest
	@CsvSource(delimiter = '|',
			textBlock = """
											Lieke Jansen begint 4 januari als accountmanager, Mohamed Ali een week later als developer | 2027-01-04 | 2027-01-11
											Sam Vos starts on 4 January and Tim Berg a week later | 2027-01-04 | 2027-01-11
											Anna Smit begint op 4 januari 2027, Eva de Boer twee dagen later | 2027-01-04 | 2027-01-06
											Sam Vos starts on 4 January, Tim Berg the day after | 2027-01-04 | 2027-01-05
											Sam Vos begint 4 januari, Tim Berg de dag erna | 2027-01-04 | 2027-01-05
											Sam Vos starts on 4 January 2027 and Tim Berg a month later | 2027-01-04 | 2027-02-04
											Sam Vos starts on 11 January, Tim Berg three days earlier | 2027-01-11 | 2027-01-08
											Sam Vos begint 11 januari, Tim Berg een week eerder | 2027-01-11 | 2027-01-04
											Sam Vos begint 4 januari, Tim Berg drie weken daarna | 2027-01-04 | 2027-01-25
									Sam Vos starts on 4 January. A week later, Tim Berg joins us. | 2027-01-04 | 2027-01-11
									Sam Vos starts on Monday 4 January, Tim Berg the Wednesday after | 2027-01-04 | 2027-01-06
									Sam Vos starts on 4 January, Tim Berg the following week | 2027-01-04 | 2027-01-11
							Sam Vos starts on 4 January, Tim Berg a week later, on Monday | 2027-01-04 | 2027-01-11
					Sam Vos starts on 4 January and Tim Berg on the 11th | 2027-01-04 | 2027-01-11
											""")
	void aDateRelativeToTheFirstPersonsIsComputed(String text, LocalDate first, LocalDate second) {
		List<Announcement> all = this.parser.parseAll(text, TODAY, ROLES);

		assertThat(all).hasSize(2);
		assertThat(all.get(0).date()).isEqualTo(first);
		assertThat(all.get(1).date()).isEqualTo(second);
		assertThat(all.get(1).kind()).isEqualTo(all.get(0).kind());
	}

	@Test
	void aRelationThatCannotBeReadGivesNoDateRatherThanTheOtherPersons() {
		List<Announcement> all = this.parser.parseAll("Sam Vos starts on 4 January, Tim Berg a bit later", TODAY,
				ROLES);

		assertThat(all).hasSize(2);
		assertThat(all.get(0).date()).isEqualTo(LocalDate.of(2027, 1, 4));
		assertThat(all.get(1).date()).isNull();
	}

}

package io.handover.intake;

import java.time.LocalDate;
import java.util.List;

import io.handover.intake.Announcement.Kind;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two or more people introduced together and then told about one by one, by first name:
 * each gets their own date and role, a first name is read as the full name introduced,
 * and a date relative to the person before counts from that person's date (issue 18).
 */
class IntroducedFirstTests {

	List<Announcement> parse(String text) {
		return OnTheCorpusDay.parseAll(text);
	}

	@Test
	void eachPersonIntroducedFirstGetsTheirOwnDateAndRole() {
		List<Announcement> all = parse("Could you set up Lieke Jansen and Mohamed Amrani? "
				+ "Lieke starts 4 January as account manager, Mohamed a week later as developer.");

		assertThat(all).extracting(Announcement::kind).containsExactly(Kind.STARTER, Kind.STARTER);
		assertThat(all).extracting(Announcement::employeeName).containsExactly("Lieke Jansen", "Mohamed Amrani");
		assertThat(all).extracting(Announcement::date)
			.containsExactly(LocalDate.of(2027, 1, 4), LocalDate.of(2027, 1, 11));
		assertThat(all).extracting(Announcement::roleKey).containsExactly("account-manager", "software-engineer");
	}

	@Test
	void inDutchWithAnOwnDateEach() {
		List<Announcement> all = parse("Voor Anna de Vries en Kees Bakker: Anna begint 1 februari als verzorgende, "
				+ "Kees op 8 februari als ontwikkelaar.");

		assertThat(all).extracting(Announcement::employeeName).containsExactly("Anna de Vries", "Kees Bakker");
		assertThat(all).extracting(Announcement::date)
			.containsExactly(LocalDate.of(2027, 2, 1), LocalDate.of(2027, 2, 8));
		assertThat(all).extracting(Announcement::roleKey).containsExactly("care-worker", "software-engineer");
	}

	@Test
	void theDayAfterCountsFromThePersonToldAboutBefore() {
		List<Announcement> all = parse(
				"Nieuwe collega's: Eva Mulder en Daan Kok. Daan begint 11 januari, Eva de dag erna.");

		assertThat(all).extracting(Announcement::employeeName).containsExactly("Eva Mulder", "Daan Kok");
		assertThat(all).extracting(Announcement::date)
			.containsExactly(LocalDate.of(2027, 1, 12), LocalDate.of(2027, 1, 11));
	}

	@Test
	void whatTheIntroductionSaysHoldsForAll() {
		List<Announcement> all = parse(
				"Per 1 maart beginnen Bo Jansen en Teun Kok: Bo als ontwikkelaar, Teun als verzorgende.");

		assertThat(all).extracting(Announcement::kind).containsOnly(Kind.STARTER);
		assertThat(all).extracting(Announcement::date).containsOnly(LocalDate.of(2027, 3, 1));
		assertThat(all).extracting(Announcement::roleKey).containsExactly("software-engineer", "care-worker");
	}

	@Test
	void aRelationThatCannotBeCountedLeavesTheSecondDateEmpty() {
		List<Announcement> all = parse(
				"Please set up Sara Peters and Tom Visser. Sara starts on 11 January, Tom somewhat later.");

		assertThat(all).extracting(Announcement::date).containsExactly(LocalDate.of(2027, 1, 11), null);
	}

	@Test
	void twoPeopleWithTheSameFirstNameAreNotToldApartByIt() {
		List<Announcement> all = parse(
				"Welcome Anna Bos and Anna de Wit! Anna starts on 4 January, Anna a week later.");

		assertThat(all).extracting(Announcement::employeeName).containsExactly("Anna Bos", "Anna de Wit");
		// whose date is whose is a guess: never prefilled without saying so
		assertThat(all).allSatisfy((a) -> assertThat(a.notes()).contains(Announcement.Note.SAME_FIRST_NAME));
	}

	@Test
	void twoPeopleWithTheSameFirstNameToldApartByTheirFullNamesNeedNoNote() {
		List<Announcement> all = parse("Anna Bos starts on 4 January and Anna de Wit on 11 January.");

		assertThat(all).extracting(Announcement::date)
			.containsExactly(LocalDate.of(2027, 1, 4), LocalDate.of(2027, 1, 11));
		assertThat(all).allSatisfy((a) -> assertThat(a.notes()).doesNotContain(Announcement.Note.SAME_FIRST_NAME));
	}

	@Test
	void aPersonWhoseDateIsNotKnownYetGetsNone() {
		List<Announcement> en = parse("Could you set up Lieke Jansen and Mohamed Amrani? "
				+ "Lieke starts 4 January as account manager, Mohamed's date is not known yet.");
		List<Announcement> nl = parse(
				"Voor Anna de Vries en Kees Bakker: Anna begint 1 februari, voor Kees volgt de datum nog.");

		assertThat(en).extracting(Announcement::date).containsExactly(LocalDate.of(2027, 1, 4), null);
		assertThat(nl).extracting(Announcement::date).containsExactly(LocalDate.of(2027, 2, 1), null);
	}

	@Test
	void aDateSaidOnlyForAnotherPersonIsPrefilledWithANote() {
		List<Announcement> all = parse("Could you set up Lieke Jansen and Mohamed Amrani? "
				+ "Lieke starts 4 January as account manager, Mohamed as developer.");

		assertThat(all.get(1).date()).isEqualTo(LocalDate.of(2027, 1, 4));
		assertThat(all.get(1).notes()).contains(Announcement.Note.DATE_OF_ANOTHER);
		assertThat(all.get(0).notes()).doesNotContain(Announcement.Note.DATE_OF_ANOTHER);
		assertThat(AnnouncementNotes.of(all.get(1), java.util.Locale.forLanguageTag("nl-NL")))
			.containsKey(FormField.DATE);
	}

	@Test
	void oneFirstNameMentionedAgainIsNoGroup() {
		List<Announcement> all = parse(
				"Welcome Hugo Maes, who starts on 18 January as a carer. " + "Hugo's manager will be Sofie Peeters.");

		assertThat(all).hasSize(1);
		assertThat(all.get(0).date()).isEqualTo(LocalDate.of(2027, 1, 18));
	}

	@Test
	void firstNamesFirstThenEachFullNameWithItsOwnRole() {
		List<Announcement> all = new AnnouncementParser().parseAll(
				"Ruth and Kofi start with us on "
						+ "1 February. Ruth Elders comes in as account manager, Kofi Mensah as facility coordinator.",
				OnTheCorpusDay.TODAY, IntakeCorpusTests.shippedRoles());

		assertThat(all).extracting(Announcement::employeeName).containsExactly("Ruth Elders", "Kofi Mensah");
		assertThat(all).extracting(Announcement::kind).containsOnly(Kind.STARTER);
		assertThat(all).extracting(Announcement::date).containsOnly(LocalDate.of(2027, 2, 1));
		assertThat(all).extracting(Announcement::roleKey).containsExactly("account-manager", "facility-coordinator");
	}

	@Test
	void aWeakWordOfOnesOwnDoesNotOverruleWhatWasSaidOfAll() {
		List<Announcement> all = parse("Welkom aan Sanne en Bram, die allebei op 1 maart bij ons beginnen! "
				+ "Sanne de Wit wordt verzorgende en Bram Kok komt als ontwikkelaar.");

		assertThat(all).extracting(Announcement::kind).containsExactly(Kind.STARTER, Kind.STARTER);
		assertThat(all).extracting(Announcement::roleKey).containsExactly("care-worker", "software-engineer");
	}

	@Test
	void aRoleSaidOfAllMoversIsTheOneTheyLeave() {
		List<Announcement> all = new AnnouncementParser().parseAll(
				"Anna and Tom both move from "
						+ "sales on 1 March. Anna Berg goes to the development team and Tom Wood to facilities.",
				OnTheCorpusDay.TODAY, IntakeCorpusTests.shippedRoles());

		assertThat(all).extracting(Announcement::kind).containsOnly(Kind.ROLE_CHANGE);
		assertThat(all).extracting(Announcement::currentRoleKey).containsOnly("account-manager");
		assertThat(all).extracting(Announcement::roleKey).containsExactly("software-engineer", "facility-coordinator");
	}

	@Test
	void aPersonToldAboutAgainIsNoOtherPersonAndKeepsWhatTheSecondTimeSays() {
		List<Announcement> all = new AnnouncementParser().parseAll("Please set up Nora Quist and Elias Berg. "
				+ "Nora starts on 4 January, Elias a week later. Nora will be a carer; Elias comes in as developer.",
				OnTheCorpusDay.TODAY, IntakeCorpusTests.shippedRoles());

		assertThat(all).extracting(Announcement::employeeName).containsExactly("Nora Quist", "Elias Berg");
		assertThat(all).extracting(Announcement::kind).containsOnly(Kind.STARTER);
		assertThat(all).extracting(Announcement::date)
			.containsExactly(LocalDate.of(2027, 1, 4), LocalDate.of(2027, 1, 11));
		assertThat(all).extracting(Announcement::roleKey).containsExactly("care-worker", "software-engineer");
	}

}

package io.handover.intake;

import org.junit.jupiter.api.Test;

import static io.handover.intake.NoOneAnnounced.assertNoOne;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A manager asks about a newcomer by their job alone, or tells news that moves no one
 * (someone already here, a leaving denied, a start put off with no date, fewer hours): no
 * person's form. A newcomer named beside the job in such a question is still announced.
 * And the day of a dismissal or a death said in the past is that day, not today. Today is
 * Thursday 3 December 2026.
 */
class NewcomersAskedAboutAndChangesThatAreNoNewsTests {

	@Test
	void aQuestionAboutTheNewOneByTheirJobAloneAnnouncesNoOne() {
		assertNoOne("Does the new planner need a Salesforce licence? He starts in February.");
		assertNoOne("Weet jij of de nieuwe kapper al een kassacode heeft?");
		assertNoOne("Dank je! Heeft de nieuwe heftruckchauffeur al een Toyota-pas? Hij werkt hier sinds dinsdag.");
		assertNoOne("Has the new receptionist got Outlook yet? She has been with us since Monday.");
		assertNoOne("Is the new receptionist already in Outlook? She has been with us since Monday.");
		assertNoOne("hey, does the new data analyst get a laptop or a desktop? starts in march");
		assertNoOne("Will the new sous-chef need a login for the tablet? He starts after New Year.");
		assertNoOne("Does a developer who starts next month need a VPN token?");
		assertNoOne("krijgt een planner die volgende week begint al een laptop of pas na een maand?");
	}

	@Test
	void aQuestionAboutTheNewOneOfADayAnnouncesNoOne() {
		assertNoOne("Is de pas voor de nieuwe schilder van 18 januari al besteld, of doe ik dat zelf?");
		assertNoOne("Has anyone ordered a phone for the new electrician who starts on 11 January yet?");
	}

	@Test
	void aRequestForTheNewOneOfADayStillGetsTheForm() {
		Announcement nameless = OnTheCorpusDay
			.parse("Kun je een laptop regelen voor de nieuwe schilder van 18 januari?");
		assertThat(nameless.kind()).isEqualTo(Announcement.Kind.STARTER);
		assertThat(nameless.date()).hasToString("2027-01-18");
	}

	@Test
	void aNewcomerNotYetNamedButGivenADayStillGetsTheFormToFillInTheName() {
		for (String words : new String[] { "We have a new developer starting Monday, can you set up a laptop?",
				"Can you set up an account for the new developer? He starts Monday.",
				"Kun je een laptop regelen voor de nieuwe ontwikkelaar? Hij begint maandag." }) {
			Announcement nameless = OnTheCorpusDay.parse(words);
			assertThat(nameless.kind()).as(words).isEqualTo(Announcement.Kind.STARTER);
			assertThat(nameless.employeeName()).as(words).isNull();
			assertThat(nameless.date()).as(words).hasToString("2026-12-07");
			assertThat(nameless.roleKey()).as(words).isEqualTo("software-engineer");
		}
	}

	@Test
	void aWeekdayRightAfterTheLabelIsTheDayNotTheName() {
		for (String words : new String[] { "New starter Monday: developer, name follows later.",
				"Nieuwe starter Maandag: ontwikkelaar, naam volgt." }) {
			Announcement nameless = OnTheCorpusDay.parse(words);
			assertThat(nameless.kind()).as(words).isEqualTo(Announcement.Kind.STARTER);
			assertThat(nameless.employeeName()).as(words).isNull();
			assertThat(nameless.date()).as(words).hasToString("2026-12-07");
		}
		assertThat(OnTheCorpusDay.parse("New starter Tuesday: Anna de Vries, developer.").employeeName())
			.isEqualTo("Anna de Vries");
	}

	@Test
	void aNewcomerNamedBesideTheJobInTheQuestionIsStillAnnounced() {
		Announcement anna = OnTheCorpusDay
			.parse("Could you set up an account for our new developer Anna Smit? " + "She starts Monday.");
		assertThat(anna.kind()).isEqualTo(Announcement.Kind.STARTER);
		assertThat(anna.employeeName()).isEqualTo("Anna Smit");
		assertThat(anna.date()).hasToString("2026-12-07");
		Announcement fatima = OnTheCorpusDay
			.parse("Does the new nurse, Fatima, need a badge? She starts on 7 December.");
		assertThat(fatima.employeeName()).isEqualTo("Fatima");
		assertThat(fatima.kind()).isEqualTo(Announcement.Kind.STARTER);
		Announcement ahmed = OnTheCorpusDay.parse("Heeft de nieuwe kok al een pas? Hij heet Ahmed en begint maandag.");
		assertThat(ahmed.employeeName()).isEqualTo("Ahmed");
		assertThat(ahmed.date()).hasToString("2026-12-07");
	}

	@Test
	void whetherSomeoneHereSinceADayPastHasSomethingAnnouncesNoOne() {
		assertNoOne("Kun je even kijken of Ruben Smit al een pasje heeft? Hij werkt sinds woensdag bij ons.");
	}

	@Test
	void aLeavingDeniedOrAContractSignedAgainAnnouncesNoOne() {
		assertNoOne("Karin de Boer gaat niet weg, ze heeft toch bijgetekend.");
		assertNoOne("Our goalkeeper coach Tom Reed is not leaving, he has signed a new contract.");
	}

	@Test
	void aStartPutOffWithItsDateUnknownAnnouncesNoOne() {
		assertNoOne("The start of our new planner Lisa Kramer is postponed to the spring, date to be confirmed.");
		assertNoOne("De start van Mehmet Yilmaz is uitgesteld tot na de zomer, datum volgt.");
	}

	@Test
	void aStartPutOffToADayIsStillAStart() {
		Announcement lisa = OnTheCorpusDay.parse("The start of Lisa Kramer is postponed to 11 January.");
		assertThat(lisa.kind()).isEqualTo(Announcement.Kind.STARTER);
		assertThat(lisa.date()).hasToString("2027-01-11");
	}

	@Test
	void hoursCutOrAMoveToPartTimeAnnouncesNoOne() {
		assertNoOne("We are reducing Sophie Claes's hours from 36 to 24 from March; nothing else changes.");
		assertNoOne("Bram Hoek is switching to part-time from 1 February.");
		assertNoOne("Dirk Ploeg is moving to part-time from January.");
	}

	@Test
	void aMoveToAnotherOfficeIsStillAMove() {
		Announcement bram = OnTheCorpusDay.parse("Bram Hoek is moving to the Utrecht office from 1 February.");
		assertThat(bram.kind()).isEqualTo(Announcement.Kind.ROLE_CHANGE);
		assertThat(bram.date()).hasToString("2027-02-01");
	}

	@Test
	void aDismissalWithImmediateEffectYesterdayIsYesterday() {
		Announcement kees = OnTheCorpusDay
			.parse("Gisteren per direct ontslagen: magazijnmedewerker Kees Vos. Graag zijn pas blokkeren.");
		assertThat(kees.kind()).isEqualTo(Announcement.Kind.LEAVER);
		assertThat(kees.date()).hasToString("2026-12-02");
		Announcement ian = OnTheCorpusDay.parse("Ian Cole leaves with immediate effect.");
		assertThat(ian.date()).hasToString("2026-12-03");
	}

	@Test
	void aDeathOnAWeekdayIsThatDayNotTheDayAPlaceIsClosed() {
		Announcement jan = OnTheCorpusDay
			.parse("Our caretaker Jan Mol died on Monday after a short illness; the school is closed today.");
		assertThat(jan.kind()).isEqualTo(Announcement.Kind.LEAVER);
		assertThat(jan.date()).hasToString("2026-11-30");
		Announcement henk = OnTheCorpusDay
			.parse("Onze kok Henk Mulder is maandag overleden; het restaurant blijft " + "vandaag dicht.");
		assertThat(henk.date()).hasToString("2026-11-30");
	}

}

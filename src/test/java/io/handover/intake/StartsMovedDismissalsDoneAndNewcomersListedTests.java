package io.handover.intake;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A manager corrects a start or a last day, reports a dismissal already done, or lists
 * several newcomers at once. A start moved stays a start on the new day, whatever the
 * reason beside it (a notice at the old employer, a plan given up); a day the earlier
 * message was sent is no one's day; a dismissal told as done is a leaving today; each
 * newcomer of a list gets their own form and their own day.
 */
class StartsMovedDismissalsDoneAndNewcomersListedTests {

	@Test
	void aStartMovedInACorrectionOfAnEarlierMessageIsOnTheNewDayNotTheMessages() {
		Announcement read = OnTheCorpusDay.parseShipped("Correctie op mijn mail van dinsdag: Noor Vermeulen "
				+ "begint niet op 4 januari maar op woensdag 13 januari.");

		assertThat(read.kind()).isEqualTo(Announcement.Kind.STARTER);
		assertThat(read.date()).isEqualTo(LocalDate.of(2027, 1, 13));
		assertThat(OnTheCorpusDay
			.parseShipped("Following up on my message of Monday: Owen Price does not start on 4 January but on "
					+ "Tuesday 12 January.")
			.date()).isEqualTo(LocalDate.of(2027, 1, 12));
	}

	@Test
	void aNewcomersNoticeAtTheOldEmployerIsNoLeavingHere() {
		Announcement priya = OnTheCorpusDay.parseShipped("Small change: Priya Nair joins on 15 February instead of "
				+ "1 February (notice period at her current employer).");
		assertThat(priya.kind()).isEqualTo(Announcement.Kind.STARTER);
		assertThat(priya.date()).isEqualTo(LocalDate.of(2027, 2, 15));
		assertThat(OnTheCorpusDay
			.parseShipped("Daan Mulder begint op 1 maart in plaats van 1 februari, vanwege "
					+ "zijn opzegtermijn bij zijn huidige werkgever.")
			.kind()).isEqualTo(Announcement.Kind.STARTER);
		// a notice of ours is still a leaving
		assertThat(
				OnTheCorpusDay.parseShipped("Karin Smit has handed in her notice; her last day is 29 January.").kind())
			.isEqualTo(Announcement.Kind.LEAVER);
	}

	@Test
	void aStartNotOnTheDayPreviouslyPlannedIsNoMove() {
		Announcement read = OnTheCorpusDay.parseShipped("Our biologist Dr. Femi Adeyemi starts on the 3rd of May "
				+ "2027 and not on 5 April as previously agreed.");

		assertThat(read.kind()).isEqualTo(Announcement.Kind.STARTER);
		assertThat(read.date()).isEqualTo(LocalDate.of(2027, 5, 3));
		// a job held before, said so, still moves
		assertThat(OnTheCorpusDay
			.parseShipped("From 1 March Sara Vos, previously our receptionist, becomes account manager.")
			.kind()).isEqualTo(Announcement.Kind.ROLE_CHANGE);
	}

	@Test
	void aStartSetAgainstAnotherDayIsNoMove() {
		for (String words : new String[] { "Ben Hughes will now join on 18 January instead of the 4th.",
				"Door zijn opzegtermijn begint Jeroen Bakker pas op 1 maart in plaats van op 1 februari.",
				"Due to her notice period, Sophie Turner will join us on 1 March instead of 1 February." }) {
			assertThat(OnTheCorpusDay.parseShipped(words).kind()).as(words).isEqualTo(Announcement.Kind.STARTER);
		}
		// a place set against another still moves
		assertThat(OnTheCorpusDay
			.parseShipped("From Monday 7 December Grace Obi works on the ward instead of at " + "reception.")
			.kind()).isEqualTo(Announcement.Kind.ROLE_CHANGE);
	}

	@Test
	void aStayLongerUntilADayIsALeavingThen() {
		Announcement read = OnTheCorpusDay
			.parseShipped("Lisa Kramer blijft een maand langer, tot 31 januari, in plaats van tot 31 december.");

		assertThat(read.kind()).isEqualTo(Announcement.Kind.LEAVER);
		assertThat(read.date()).isEqualTo(LocalDate.of(2027, 1, 31));
		assertThat(read.notes()).doesNotContain(Announcement.Note.SEVERAL_DATES);
	}

	@Test
	void aLeavingDeniedForAMoveIsTheMove() {
		Announcement read = OnTheCorpusDay.parseShipped(
				"Correction: Sanne Vos is not leaving, she moves to our purchasing department on 1 February.");
		assertThat(read.kind()).isEqualTo(Announcement.Kind.ROLE_CHANGE);
		assertThat(read.date()).isEqualTo(LocalDate.of(2027, 2, 1));
		assertThat(OnTheCorpusDay
			.parseShipped("Correctie: Gijs Maas vertrekt niet. Hij gaat per 1 maart naar de afdeling inkoop.")
			.kind()).isEqualTo(Announcement.Kind.ROLE_CHANGE);
		// a leaving day taken back for another still leaves
		assertThat(OnTheCorpusDay.parseShipped("Wouter Bos vertrekt niet op 31 december maar op 31 januari.").kind())
			.isEqualTo(Announcement.Kind.LEAVER);
	}

	@Test
	void aLeavingDeniedWithNothingElseAnnouncesNoOne() {
		NoOneAnnounced.assertNoOne("Karin Smit vertrekt toch niet, haar contract is verlengd.");
		NoOneAnnounced.assertNoOne("Correction: Bart Stam is not leaving after all.");
	}

	@Test
	void aLastDayMovedLaterKeepsTheLeaverWhoseSurnameIsAnEverydayWord() {
		Announcement read = OnTheCorpusDay.parseShipped("Update: Max Snel's last day is no longer 31 December; he "
				+ "will stay on until 29 January to hand over his work.");

		assertThat(read.kind()).isEqualTo(Announcement.Kind.LEAVER);
		assertThat(read.employeeName()).isEqualTo("Max Snel");
		assertThat(read.date()).isEqualTo(LocalDate.of(2027, 1, 29));
	}

	@Test
	void aDismissalToldAsDoneIsALeavingOnItsDay() {
		Announcement jordan = OnTheCorpusDay.parseShipped("We had to dismiss Jordan Blake yesterday after a serious "
				+ "incident at the depot. Please block his badge and laptop.");
		assertThat(jordan.kind()).isEqualTo(Announcement.Kind.LEAVER);
		assertThat(jordan.date()).isEqualTo(LocalDate.of(2026, 12, 2));
		for (String words : new String[] {
				"We ended the contract of our cleaner Mara Lopez today, still within her probation period. Please "
						+ "revoke her access.",
				"We hebben vandaag het contract van Lotte Smeets in haar proeftijd beëindigd. Wil je haar toegang "
						+ "intrekken?" }) {
			Announcement read = OnTheCorpusDay.parseShipped(words);
			assertThat(read.kind()).as(words).isEqualTo(Announcement.Kind.LEAVER);
			assertThat(read.date()).as(words).isEqualTo(OnTheCorpusDay.TODAY);
		}
	}

	@Test
	void aProbationOrAMessageDismissedBesideAStartLeavesItAStart() {
		assertThat(OnTheCorpusDay
			.parseShipped("Tom Baker starts on 4 January as a developer; during his probation period he works "
					+ "from the office.")
			.kind()).isEqualTo(Announcement.Kind.STARTER);
		assertThat(
				OnTheCorpusDay.parseShipped("Dismiss my earlier message please: Anna Kok starts on 4 January.").kind())
			.isEqualTo(Announcement.Kind.STARTER);
	}

	@Test
	void aStartCalledOffInACorrectionOfAnEarlierMessageAnnouncesNoOne() {
		NoOneAnnounced.assertNoOne("Correction to my mail of Monday: Iris Vogel is not starting with us after all.");
	}

	@Test
	void newcomersListedForTheDaysOfAWeekSaidOnceEachStartOnTheirDay() {
		List<Announcement> read = OnTheCorpusDay
			.parseAllShipped("In week 3 beginnen twee nieuwe monteurs: Sem Janssen op de maandag en Lotte Brouwer "
					+ "op de donderdag.");

		assertThat(read).extracting(Announcement::employeeName).containsExactly("Sem Janssen", "Lotte Brouwer");
		assertThat(read).extracting(Announcement::date)
			.containsExactly(LocalDate.of(2027, 1, 18), LocalDate.of(2027, 1, 21));
	}

	@Test
	void newcomersListedUnderAHeadingSayingNewEachWithAPartOfTheirOwnAreAll() {
		List<Announcement> read = OnTheCorpusDay.parseAllShipped("Per 1 februari komen er drie verzorgenden bij: "
				+ "Fenna Smit voor afdeling Oost, Ilse de Jong voor de nachtdienst en Rik Vos voor de dagbesteding.");

		assertThat(read).extracting(Announcement::employeeName)
			.containsExactly("Fenna Smit", "Ilse de Jong", "Rik Vos");
		assertThat(read).allSatisfy(a -> {
			assertThat(a.kind()).isEqualTo(Announcement.Kind.STARTER);
			assertThat(a.date()).isEqualTo(LocalDate.of(2027, 2, 1));
			assertThat(a.roleKey()).isEqualTo("care-worker");
		});
		assertThat(OnTheCorpusDay.parseAllShipped("Two new account managers from 4 January: Chloe Marsh for the "
				+ "north and Idris Khan for the south."))
			.extracting(Announcement::employeeName)
			.containsExactly("Chloe Marsh", "Idris Khan");
	}

	@Test
	void daysListedRespectivelyAreOneForEachInTheOrderOfTheNames() {
		List<Announcement> read = OnTheCorpusDay
			.parseAllShipped("Anna Smit and Joost Vos start on 4 and 11 January respectively.");

		assertThat(read).extracting(Announcement::date)
			.containsExactly(LocalDate.of(2027, 1, 4), LocalDate.of(2027, 1, 11));
		assertThat(read).allSatisfy(a -> assertThat(a.notes()).doesNotContain(Announcement.Note.SEVERAL_DATES));
		// said without "respectively", the same order, with a note to check it
		assertThat(OnTheCorpusDay.parseAllShipped("Anna Smit en Joost Vos beginnen op 4 en 11 januari."))
			.allSatisfy(a -> assertThat(a.notes()).contains(Announcement.Note.SEVERAL_DATES))
			.extracting(Announcement::date)
			.containsExactly(LocalDate.of(2027, 1, 4), LocalDate.of(2027, 1, 11));
	}

	@Test
	void aStartSomewhereBetweenTwoDaysIsNeverPrefilledWithoutANote() {
		Announcement read = OnTheCorpusDay.parseShipped("Tussen 4 en 11 januari begint Eva Mol.");

		assertThat(read.kind()).isEqualTo(Announcement.Kind.STARTER);
		assertThat(read.notes()).contains(Announcement.Note.SEVERAL_DATES);
	}

	@Test
	void aLeaverWorkingOnDaysListedLeavesOnTheLast() {
		Announcement read = OnTheCorpusDay
			.parseShipped("Op 30 en 31 december werkt Eva Mol nog, daarna gaat ze met pensioen.");

		assertThat(read.kind()).isEqualTo(Announcement.Kind.LEAVER);
		assertThat(read.date()).isEqualTo(LocalDate.of(2026, 12, 31));
	}

	@Test
	void aStarterSaidByWhatTheyWillDoThenAsWhatStarts() {
		Announcement bo = OnTheCorpusDay.parseShipped(
				"Vanaf zaterdag 12 december staat Bo Dijkman achter de kassa in de kantine, als invalkracht.");
		assertThat(bo.kind()).isEqualTo(Announcement.Kind.STARTER);
		assertThat(bo.date()).isEqualTo(LocalDate.of(2026, 12, 12));
		assertThat(OnTheCorpusDay
			.parseShipped("From Monday 11 January Amy Hart works in the kitchen of our Leeds hotel as a relief cook.")
			.kind()).isEqualTo(Announcement.Kind.STARTER);
		// the job held now said beside it: a move
		assertThat(OnTheCorpusDay
			.parseShipped("Vanaf maandag 4 januari staat Joost Mol achter de kassa in Utrecht als vakantiekracht; "
					+ "nu werkt hij nog in het magazijn.")
			.kind()).isEqualTo(Announcement.Kind.ROLE_CHANGE);
	}

}

package io.handover.intake;

import java.util.List;

import org.junit.jupiter.api.Test;

import static io.handover.intake.NoOneAnnounced.assertNoOne;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

/**
 * Tuning set 47's journey: questions about the process, a group or a vacancy that name a
 * thing, a language or a nationality but no one; a day heard of asked to be confirmed;
 * starts moved with the new day said first or pushed on from one day to another; a start
 * told with its end; a change of days a week; lower-case names listed before the verb; a
 * counted plural job over a list; a titled job given up for other work; a move taken over
 * beside the one who did it before; an engineer of a hardware field. Today is Thursday 3
 * December 2026.
 */
class ProcessQuestionsMovedStartsAndWorkGivenUpTests {

	@Test
	void aQuestionAboutAThingALanguageOrAGroupNamesNoOne() {
		assertNoOne(
				"Does a volunteer French tutor need a Slack login, or is a guest pass enough? Asking before the 18th.");
		assertNoOne("Hoe krijgt een vrijwillige Poolse tolk toegang tot OneDrive? Ze is geen personeel van ons.");
		assertNoOne(
				"Do agency crews have to be registered too, or only our own staff? About 30 Lithuanians arrive in May.");
	}

	@Test
	void aQuestionThatAsksForSomethingForANewcomerStillAnnouncesThem() {
		assertThat(OnTheCorpusDay
			.parseAllShipped("Can you make sure Eva Stam has a laptop on Monday? She starts as a developer then."))
			.extracting(Announcement::kind, Announcement::employeeName, a -> a.date().toString(), Announcement::roleKey)
			.containsExactly(tuple(Announcement.Kind.STARTER, "Eva Stam", "2026-12-07", "software-engineer"));
	}

	@Test
	void aVacancyForASecondOneIsNoOne() {
		assertNoOne(
				"We're recruiting another planner for Zeeland; can the vacancy be entered now, or only once we hire?");
		assertNoOne("We zoeken een tweede kok voor Texel; kan de vacature al in het systeem?");
	}

	@Test
	void askingWhetherADayHeardOfIsRightAnnouncesNoOne() {
		assertNoOne("Is it true that Lars Berg's first day is now 8 February? I had 1 February.");
		assertNoOne("Klopt het dat de startdatum van Mira Aydin nu 1 maart is?");
		// told, not asked: the start on its new day
		assertThat(OnTheCorpusDay.parseAllShipped("Lars Berg's first day is now 8 February instead of 1 February."))
			.extracting(Announcement::kind, a -> a.date().toString())
			.containsExactly(tuple(Announcement.Kind.STARTER, "2027-02-08"));
	}

	@Test
	void aNewDaySaidBeforeTheStartPutOffIsItsDay() {
		assertThat(OnTheCorpusDay.parseAllShipped(
				"Niet per 11 januari maar per 8 februari: de start van Ivo Lam als ontwikkelaar is uitgesteld."))
			.extracting(Announcement::kind, Announcement::employeeName, a -> a.date().toString(), Announcement::roleKey)
			.containsExactly(tuple(Announcement.Kind.STARTER, "Ivo Lam", "2027-02-08", "software-engineer"));
		// with no new day at all, the start is put off: no one yet
		assertNoOne("De start van Ivo Lam is uitgesteld; een nieuwe datum volgt.");
	}

	@Test
	void aStartPushedOnFromOneDayToAnotherIsOnTheLaterDay() {
		assertThat(OnTheCorpusDay
			.parseShipped("Door de storm schuift de start van Nina Pos op van 11 januari naar maandag 25 januari.")
			.date()).hasToString("2027-01-25");
	}

	@Test
	void workingAtUsFromADayIsAStart() {
		Announcement read = OnTheCorpusDay.parseShipped(
				"Dear all, Mr. Felix Braun will work at us from the 01.02.2027 as a surveyor. Greetings, Uwe");
		assertThat(read.kind()).isEqualTo(Announcement.Kind.STARTER);
		assertThat(read.employeeName()).isEqualTo("Felix Braun");
		assertThat(read.date()).hasToString("2027-02-01");
	}

	@Test
	void aStartToldWithItsEndIsTheStart() {
		assertThat(OnTheCorpusDay.parseAllShipped("stagiair bram kok begint 11-1, stopt 30-6"))
			.extracting(Announcement::kind, Announcement::employeeName, a -> a.date().toString())
			.containsExactly(tuple(Announcement.Kind.STARTER, "Bram Kok", "2027-01-11"));
		assertThat(OnTheCorpusDay.parseAllShipped("trainee amy park starts 18/1, ends 30/4"))
			.extracting(Announcement::kind, Announcement::employeeName, a -> a.date().toString())
			.containsExactly(tuple(Announcement.Kind.STARTER, "Amy Park", "2027-01-18"));
		// an end alone is a leaving
		assertThat(OnTheCorpusDay.parseShipped("Jan Bos stopt 31 december.").kind())
			.isEqualTo(Announcement.Kind.LEAVER);
	}

	@Test
	void changingToFewerDaysAWeekIsNoMove() {
		assertNoOne("Cook Tim Raven is changing to three days a week from February, nothing else changes.");
	}

	@Test
	void lowerCaseNamesListedBeforeTheVerbEachStart() {
		assertThat(OnTheCorpusDay
			.parseAllShipped("two new cleaners via the agency, ana silva and rui costa, start mon 11 jan"))
			.extracting(Announcement::employeeName, a -> a.date().toString())
			.containsExactly(tuple("Ana Silva", "2027-01-11"), tuple("Rui Costa", "2027-01-11"));
	}

	@Test
	void aCountedPluralJobOverAListIsEachOnes() {
		assertThat(OnTheCorpusDay.parseAllShipped(
				"Hi,\n\nWe hired two developers:\n- Ana Ruiz, starting 4 January\n- Ben Okafor, starting 11 January\n\nJo"))
			.extracting(Announcement::roleKey)
			.containsExactly("software-engineer", "software-engineer");
		// a count of news is no job: the leaver keeps none
		List<Announcement> read = OnTheCorpusDay.parseAllShipped(
				"Two updates: Lena Dorn leaves on 18 December and Omar Said starts on 4 January as our new developer.");
		assertThat(read).extracting(Announcement::employeeName, Announcement::roleKey)
			.containsExactly(tuple("Lena Dorn", null), tuple("Omar Said", "software-engineer"));
	}

	@Test
	void aTitledJobGivenUpForOtherWorkIsAMoveFromIt() {
		Announcement read = OnTheCorpusDay.parseShipped(
				"Onze verzorgende Sara Bakker gaat per 1 maart de inkoop doen; ze stopt dan met de wijkzorg.");
		assertThat(read.kind()).isEqualTo(Announcement.Kind.ROLE_CHANGE);
		assertThat(read.roleKey()).isNull();
		assertThat(read.currentRoleKey()).isEqualTo("care-worker");
		assertThat(read.date()).hasToString("2027-03-01");
	}

	@Test
	void aMoveTakenOverIsNotUndoneByWhoDidTheWorkBefore() {
		assertThat(OnTheCorpusDay.parseAllShipped(
				"Vanaf maandag neemt Rik Smit de facilitaire dienst over; hij was hiervoor magazijnier. Els, die dit deed, is met ouderschapsverlof."))
			.extracting(Announcement::kind, Announcement::employeeName, a -> a.date().toString(), Announcement::roleKey)
			.containsExactly(tuple(Announcement.Kind.ROLE_CHANGE, "Rik Smit", "2026-12-07", "facility-coordinator"));
	}

	@Test
	void anEngineerOfAHardwareFieldIsNoSoftwareEngineer() {
		assertThat(OnTheCorpusDay
			.parseShipped("The contract of contractor Ian Frost (test engineer, hardware) ends on 29 January.")
			.roleKey()).isNull();
		assertThat(OnTheCorpusDay.parseShipped("Our RF engineer Noor Haddad leaves on 29 January.").roleKey()).isNull();
	}

}

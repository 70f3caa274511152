package io.handover.intake;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

/**
 * Announcements of tuning-49: a day said after "since" or the writer's own beside the
 * event's, workers named as a group, a job written as a title, two names joined by "as
 * well as", a leaving taken back with a new day, a question passed on from someone's
 * manager, a job said instead of a name with nobody coming, a park after an article, a
 * month timing the sentence, a predecessor's leaving in a relative clause, one of ours
 * appointed to another job, and a verb of a chat line. Today is Thursday 3 December 2026.
 */
class SinceDaysWorkerGroupsAndManagersQuestionsTests {

	@Test
	void aDaySinceSomeoneCameIsNotTheEventsDay() {
		assertThat(OnTheCorpusDay.parseAllShipped("Marjan Post werkt hier sinds 1 april en stopt op 18 december."))
			.extracting(Announcement::kind, a -> a.date().toString())
			.containsExactly(tuple(Announcement.Kind.LEAVER, "2026-12-18"));
		assertThat(OnTheCorpusDay.parseShipped("Gary Lowe has been with us since 2 June and leaves on 31 December.")
			.date()).isEqualTo(LocalDate.of(2026, 12, 31));
		// said alone, the day since is the start reported late
		assertThat(OnTheCorpusDay.parseShipped("Sinds dinsdag werkt Evi Bruins bij ons.").date())
			.isEqualTo(LocalDate.of(2026, 12, 1));
	}

	@Test
	void theWritersOwnDayIsNotTheNews() {
		assertThat(OnTheCorpusDay.parseShipped("ik ben er morgen niet, kees bos begint maandag").date())
			.isEqualTo(LocalDate.of(2026, 12, 7));
		assertThat(OnTheCorpusDay.parseShipped("I'm off tomorrow, so quickly: Amy Lee starts Monday.").date())
			.isEqualTo(LocalDate.of(2026, 12, 7));
		// the news's own day told first stays
		assertThat(OnTheCorpusDay.parseShipped("Kees Bos begint morgen. Ik ben er maandag niet.").date())
			.isEqualTo(LocalDate.of(2026, 12, 4));
	}

	@Test
	void workersNamedAsAGroupAnnounceNoOne() {
		assertThat(OnTheCorpusDay.parseAllShipped("Seizoenskrachten beginnen maandag in de kas."))
			.allMatch(a -> a.kind() == null && a.employeeName() == null);
		assertThat(OnTheCorpusDay.parseAllShipped("Temps start on Monday in the warehouse."))
			.allMatch(a -> a.kind() == null && a.employeeName() == null);
		// one of them, named, is a joiner
		assertThat(OnTheCorpusDay.parseAllShipped("Vrijwilliger Kees Brouwer begint maandag bij de voedselbank."))
			.extracting(Announcement::kind, Announcement::employeeName)
			.containsExactly(tuple(Announcement.Kind.STARTER, "Kees Brouwer"));
	}

	@Test
	void aJobWrittenAsATitleAfterAStartsAsIsNoPerson() {
		assertThat(OnTheCorpusDay.parseAllShipped("Hugo Lambert starts as Quality Inspector on Monday."))
			.extracting(Announcement::employeeName, a -> a.date().toString())
			.containsExactly(tuple("Hugo Lambert", "2026-12-07"));
	}

	@Test
	void twoNamesJoinedByAsWellAsShareTheDaySaidOfBoth() {
		assertThat(OnTheCorpusDay
			.parseAllShipped("Please create accounts for Ruth Hale as well as Owen Price, both start Monday."))
			.extracting(Announcement::employeeName, a -> a.date().toString())
			.containsExactly(tuple("Ruth Hale", "2026-12-07"), tuple("Owen Price", "2026-12-07"));
	}

	@Test
	void aLeavingTakenBackWithANewDayIsALeavingThatDay() {
		assertThat(OnTheCorpusDay.parseAllShipped("Nadia Fox is not leaving after all; she leaves on 31 March."))
			.extracting(Announcement::kind, a -> a.date().toString())
			.containsExactly(tuple(Announcement.Kind.LEAVER, "2027-03-31"));
		// with no new day, no one
		assertThat(OnTheCorpusDay.parseAllShipped("Nadia Fox is not leaving after all."))
			.allMatch(a -> a.kind() == null);
	}

	@Test
	void someonesManagerAskingWhetherTheyNeedSomethingAnnouncesNoOne() {
		assertThat(OnTheCorpusDay.parseAllShipped("Owen Baxter's supervisor asked whether he needs a phone."))
			.allMatch(a -> a.kind() == null);
		// with a day of theirs, their news
		assertThat(OnTheCorpusDay.parseAllShipped("Owen Baxter's supervisor says he starts on Monday."))
			.extracting(Announcement::employeeName)
			.containsExactly("Owen Baxter");
	}

	@Test
	void aJobSaidInsteadOfANameWithNobodyComingIsNoOne() {
		assertThat(OnTheCorpusDay.parseAllShipped(
				"The lab technician who was supposed to start in January: we withdrew the vacancy. Nobody is coming."))
			.allMatch(a -> a.kind() == null && a.employeeName() == null);
	}

	@Test
	void aParkAfterAnArticleIsNoPerson() {
		assertThat(OnTheCorpusDay.parseAllShipped(
				"Fijn te melden dat Iris Veen per maandag 4 januari bij ons begint als gids in het Nationaal Park Hoge Veluwe."))
			.extracting(Announcement::employeeName)
			.containsExactly("Iris Veen");
	}

	@Test
	void aMonthTimingTheSentenceIsNoPartOfTheName() {
		assertThat(OnTheCorpusDay
			.parseAllShipped("From March Sam Reyes works for us as a lecturer instead of as a PhD student."))
			.extracting(Announcement::employeeName)
			.containsExactly("Sam Reyes");
		// a month that is a first name stays one
		assertThat(OnTheCorpusDay.parseShipped("April Dunn starts on Monday.").employeeName()).isEqualTo("April Dunn");
	}

	@Test
	void aPredecessorsLeavingInARelativeClauseIsNotTheTakers() {
		assertThat(OnTheCorpusDay.parseAllShipped(
				"Vanaf 4 januari neemt Ruben Hoekstra de kantine over; Marja, die dat twintig jaar deed, gaat met pensioen."))
			.extracting(Announcement::kind, Announcement::employeeName)
			.containsExactly(tuple(Announcement.Kind.ROLE_CHANGE, "Ruben Hoekstra"));
		assertThat(OnTheCorpusDay.parseAllShipped(
				"From 11 January Kevin Marsh takes over the stockroom; Lucy, who ran it for years, is retiring."))
			.extracting(Announcement::kind)
			.containsExactly(Announcement.Kind.ROLE_CHANGE);
	}

	@Test
	void oneOfOursAppointedToAnotherJobMovesFromTheJobHeld() {
		assertThat(OnTheCorpusDay
			.parseAllShipped("Our sales rep Dana Cole has been appointed shift supervisor as of 1 February."))
			.extracting(Announcement::kind, Announcement::roleKey, Announcement::currentRoleKey)
			.containsExactly(tuple(Announcement.Kind.ROLE_CHANGE, null, "account-manager"));
	}

	@Test
	void aVerbOfAChatLineIsNoName() {
		assertThat(OnTheCorpusDay.parseAllShipped(
				"hey so mark won't be coming back after his parental leave. mark jansen, kitchen. his contract ends 28 feb"))
			.extracting(Announcement::employeeName)
			.doesNotContain("Be Coming");
	}

	@Test
	void aFirstNameSaidAgainInFullWithTheirUnitNamesThem() {
		assertThat(OnTheCorpusDay.parseAllShipped(
				"so daisy won't be coming back after her sick leave. daisy holt, laundry. contract ends 31 jan"))
			.extracting(Announcement::kind, Announcement::employeeName, a -> a.date().toString())
			.containsExactly(tuple(Announcement.Kind.LEAVER, "Daisy Holt", "2027-01-31"));
	}

	@Test
	void aJobSaidNewAfterALowerCaseNameIsNoName() {
		assertThat(OnTheCorpusDay
			.parseAllShipped("hey can u add sara de jong to the system, new forklift driver, starts next week tuesday"))
			.extracting(Announcement::employeeName, a -> a.date().toString())
			.containsExactly(tuple("Sara de Jong", "2026-12-08"));
		assertThat(OnTheCorpusDay.parseAllShipped("pls add jake moran, new pastry chef, starts mon 4 jan"))
			.extracting(Announcement::employeeName)
			.containsExactly("Jake Moran");
	}

	@Test
	void someoneComingAlongTheSameDayIsASecondStarter() {
		assertThat(OnTheCorpusDay.parseAllShipped(
				"Mister Piotr Kowalski is start by us like welder on 04-01-2027, he is coming with his brother Adam Kowalski same day."))
			.extracting(Announcement::employeeName, a -> a.date().toString())
			.containsExactly(tuple("Piotr Kowalski", "2027-01-04"), tuple("Adam Kowalski", "2027-01-04"));
		// the same day of another thing names no one more
		assertThat(OnTheCorpusDay.parseAllShipped("Eva Kok starts Monday, same day as the new kitchen opens."))
			.extracting(Announcement::employeeName)
			.containsExactly("Eva Kok");
	}

	@Test
	void aSuccessorsJobIsNotGuessedForTheLeaver() {
		// the older sets read the leaver's job as unknown: the successor may come to a
		// job changed
		assertThat(OnTheCorpusDay.parseAllShipped(
				"Kate Moss leaves on 31 December and her successor Dan Reid starts on 4 January as account manager."))
			.extracting(Announcement::employeeName, Announcement::roleKey)
			.containsExactly(tuple("Kate Moss", null), tuple("Dan Reid", "account-manager"));
	}

}

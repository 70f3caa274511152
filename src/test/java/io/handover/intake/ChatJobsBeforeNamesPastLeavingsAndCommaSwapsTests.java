package io.handover.intake;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

/**
 * Announcements of tuning-45: a lower-case chat line with the job (and its unit) before
 * the name, a school or agency in brackets after a lower-case name, a leaving told in the
 * past "after her shift", two days of one month said once, and two colleagues named with
 * the jobs held set off by commas. The name is the person's alone, the day is the one
 * meant, and both colleagues get a form. Today is Thursday 3 December 2026.
 */
class ChatJobsBeforeNamesPastLeavingsAndCommaSwapsTests {

	@Test
	void aJobWithItsUnitOrLeadBeforeALowerCaseNameIsNoPartOfIt() {
		assertThat(OnTheCorpusDay.parseAllShipped("kitchen lead tom evers leaves fri 18 dec"))
			.extracting(Announcement::employeeName, Announcement::date)
			.containsExactly(tuple("Tom Evers", LocalDate.of(2026, 12, 18)));
		assertThat(OnTheCorpusDay.parseAllShipped("kok keuken sem de boer stopt 31/12"))
			.extracting(Announcement::employeeName)
			.containsExactly("Sem de Boer");
		assertThat(OnTheCorpusDay.parseAllShipped("customer advisor lisa bos starts monday"))
			.extracting(Announcement::employeeName)
			.containsExactly("Lisa Bos");
	}

	@Test
	void aSchoolInBracketsAfterALowerCaseNameIsNotTheName() {
		assertThat(OnTheCorpusDay.parseAllShipped("nieuwe stagiair tim kok (Hogeschool Zeeland) begint maandag"))
			.extracting(Announcement::employeeName)
			.containsExactly("Tim Kok");
	}

	@Test
	void aPastWeekdayAfterTheShiftIsThatDay() {
		assertThat(OnTheCorpusDay.parseAllShipped("Jan Smit left last Tuesday after his shift.").get(0).date())
			.hasToString("2026-12-01");
		assertThat(OnTheCorpusDay.parseAllShipped("Els Bos is afgelopen maandag na het werk gestopt.").get(0).date())
			.hasToString("2026-11-30");
		// an event of the person's own, with no day we know, still leaves the day empty
		assertThat(OnTheCorpusDay.parseAllShipped("Piet Mol starts the Monday after his training.").get(0).date())
			.isNull();
	}

	@Test
	void aMonthSaidOnTheLastOfTwoDaysIsTheFirstOnesToo() {
		assertThat(OnTheCorpusDay.parseAllShipped("Eva Kok starts on the 5th, Bram Lee on the 12th of January."))
			.extracting(Announcement::employeeName, a -> a.date().toString())
			.containsExactly(tuple("Eva Kok", "2027-01-05"), tuple("Bram Lee", "2027-01-12"));
	}

	@Test
	void colleaguesSwappingWithTheJobsHeldSetOffByCommasEachTakeTheOthers() {
		assertThat(OnTheCorpusDay.parseAllShipped(
				"Per 1 april ruilen Sanne Post, nu verzorgende, en Joris Dekker, nu programmeur, van baan."))
			.extracting(Announcement::kind, Announcement::employeeName, Announcement::roleKey,
					Announcement::currentRoleKey, a -> a.date().toString())
			.containsExactly(
					tuple(Announcement.Kind.ROLE_CHANGE, "Sanne Post", "software-engineer", "care-worker",
							"2027-04-01"),
					tuple(Announcement.Kind.ROLE_CHANGE, "Joris Dekker", "care-worker", "software-engineer",
							"2027-04-01"));
		// the day said once, after the swap, is both's
		assertThat(OnTheCorpusDay
			.parseAllShipped("Mia Lee, our receptionist, and Tom Hart, our account manager, swap roles on 4 January."))
			.extracting(Announcement::employeeName, Announcement::roleKey, Announcement::currentRoleKey,
					a -> a.date().toString())
			.containsExactly(tuple("Mia Lee", "account-manager", null, "2027-01-04"),
					tuple("Tom Hart", null, "account-manager", "2027-01-04"));
	}

	@Test
	void aSecondNameAfterTheFirstOnesJobSetOffByCommasIsASecondPerson() {
		assertThat(OnTheCorpusDay
			.parseAllShipped("Per 4 januari beginnen Tom Bakker, ontwikkelaar, en Sara Lin, verzorgende."))
			.extracting(Announcement::kind, Announcement::employeeName, Announcement::roleKey)
			.containsExactly(tuple(Announcement.Kind.STARTER, "Tom Bakker", "software-engineer"),
					tuple(Announcement.Kind.STARTER, "Sara Lin", "care-worker"));
	}

	@Test
	void aJobHeldToldBareOrAfterItsVerbInALaterClauseIsTheOneLeft() {
		// a job outside the catalogue, then the one held: a move, not a start
		assertThat(OnTheCorpusDay.parseAllShipped("Sander Kuipers is per 1 januari uitvoerder; hij was monteur."))
			.extracting(Announcement::kind)
			.containsExactly(Announcement.Kind.ROLE_CHANGE);
		// "hij was hiervoor verzorgende": the job held, not the new one
		assertThat(
				OnTheCorpusDay.parseAllShipped("Vanaf maandag doet Anna Kok de planning; ze was hiervoor verzorgende."))
			.extracting(Announcement::kind, Announcement::roleKey, Announcement::currentRoleKey)
			.containsExactly(tuple(Announcement.Kind.ROLE_CHANGE, null, "care-worker"));
		// not a state of the person: "hij was ziek"
		assertThat(OnTheCorpusDay.parseAllShipped("Tom Kok begint maandag als kok; hij was ziek."))
			.extracting(Announcement::kind)
			.containsExactly(Announcement.Kind.STARTER);
	}

	@Test
	void eachOfTwoStartsBeforeAnEndSaidOfBothIsTheirOwn() {
		assertThat(OnTheCorpusDay.parseAllShipped(
				"Tom Bakker begint zaterdag 26 december en Sara Lin maandag 28 december. Allebei tot en met 31 december."))
			.extracting(Announcement::employeeName, a -> a.date().toString())
			.containsExactly(tuple("Tom Bakker", "2026-12-26"), tuple("Sara Lin", "2026-12-28"));
	}

	@Test
	void theWorkHeldStoppedThenAfterTheNewWorkIsAMove() {
		// "ze stopt dan met de zorg": the work held stops when the new one starts
		assertThat(OnTheCorpusDay.parseAllShipped(
				"Onze verzorgende Fenna Bos gaat per 1 maart de roosters maken; ze stopt dan met de zorg."))
			.extracting(Announcement::kind, Announcement::currentRoleKey)
			.containsExactly(tuple(Announcement.Kind.ROLE_CHANGE, "care-worker"));
		// a pension is a leaving all the same
		assertThat(OnTheCorpusDay
			.parseAllShipped("Tom Hale gaat per 1 maart met pensioen; hij stopt dan met de bezorging."))
			.extracting(Announcement::kind)
			.containsExactly(Announcement.Kind.LEAVER);
	}

	@Test
	void aJobHeldBeforeTheNameThenATeamOfOursWithANewJobIsAMove() {
		assertThat(OnTheCorpusDay.parseAllShipped(
				"From 1 March our developer Tom Hale will be in the support team as a tester instead of developing."))
			.extracting(Announcement::kind, Announcement::roleKey, Announcement::currentRoleKey)
			.containsExactly(tuple(Announcement.Kind.ROLE_CHANGE, null, "software-engineer"));
	}

}

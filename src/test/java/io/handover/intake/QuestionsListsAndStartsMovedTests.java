package io.handover.intake;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

/**
 * Tuning set 44's journey: questions that name a person but announce no one, lists with
 * one verb after a colon, starters in one week each on a weekday of their own, starts
 * moved, numeric dates and leavings called off. Today is Thursday 3 December 2026.
 */
class QuestionsListsAndStartsMovedTests {

	@Test
	void eachStarterListedUnderAWeekStartsOnTheirOwnDayOfIt() {
		List<Announcement> read = OnTheCorpusDay.parseAllShipped(
				"Hoi,\n\nZe beginnen alle drie in week 5:\n- Tom Bakker (ma)\n- Sara Lin (wo)\n- Joost Vink (vr)\n\nGroet,\nIngrid");
		assertThat(read).extracting(Announcement::employeeName, a -> a.date().toString())
			.containsExactly(tuple("Tom Bakker", "2027-02-01"), tuple("Sara Lin", "2027-02-03"),
					tuple("Joost Vink", "2027-02-05"));
		assertThat(read.get(1).notes()).doesNotContain(Announcement.Note.WEEK_ONLY);
	}

	@Test
	void anEnglishWeekdayInBracketsIsThatDayOfTheWeekNotTheNextOne() {
		List<Announcement> read = OnTheCorpusDay
			.parseAllShipped("Two new drivers start in week 3:\n- Ahmed Yilmaz (Mon)\n- Kate Moore (Thu)");
		assertThat(read).extracting(a -> a.date().toString()).containsExactly("2027-01-18", "2027-01-21");
	}

	@Test
	void namesEachWithADayAfterADashAreItemsOfOneList() {
		List<Announcement> read = OnTheCorpusDay
			.parseAllShipped("Starters week 2 (allemaal in het team van Wendy):\nFemke Dekker - di\nYusuf Demir - do");
		assertThat(read).extracting(Announcement::employeeName, a -> a.date().toString())
			.containsExactly(tuple("Femke Dekker", "2027-01-12"), tuple("Yusuf Demir", "2027-01-14"));
	}

	@Test
	void aDayWithADateOfItsOwnKeepsThatDate() {
		List<Announcement> read = OnTheCorpusDay
			.parseAllShipped("Week 5 starters:\nLiam Ford (Mon 1 Feb)\nZara Khan (Wed)");
		assertThat(read).extracting(a -> a.date().toString()).containsExactly("2027-02-01", "2027-02-03");
	}

	@Test
	void askingWhetherThingsAreReadyForSomeoneAlreadyHereAnnouncesNoOne() {
		assertThat(
				OnTheCorpusDay.parseShipped("Heeft Jan de Vries al een account? Hij begon 1 december.").employeeName())
			.isNull();
		assertThat(OnTheCorpusDay.parseShipped("Kan Priya Nair al inloggen?").kind()).isNull();
		assertThat(OnTheCorpusDay
			.parseShipped("Quick one: has anyone set up Marcus Webb's email? He joined on 1 December.")
			.employeeName()).isNull();
	}

	@Test
	void aStartToldBeforeTheQuestionIsAnnounced() {
		Announcement read = OnTheCorpusDay.parseShipped(
				"Lotte Brink begint op 4 januari als verzorgende. Heeft zij al een pasje nodig voor de eerste dag?");
		assertThat(read.kind()).isEqualTo(Announcement.Kind.STARTER);
		assertThat(read.date()).hasToString("2027-01-04");
	}

	@Test
	void aLeavingSaidToBeOffOrCancelledLeavesNoOne() {
		assertThat(OnTheCorpusDay.parseShipped("Marco's leaving is off, he decided to stay").kind()).isNull();
		assertThat(OnTheCorpusDay.parseShipped("The departure of Isla Grant on 31 January is cancelled.").kind())
			.isNull();
	}

	@Test
	void aLeavingStillOnBesideOneCalledOffIsRead() {
		List<Announcement> read = OnTheCorpusDay.parseAllShipped(
				"Leo Marsh's leaving is still on: last day 15 January. The leaving of Ben Cole is off, he stays.");
		assertThat(read).extracting(Announcement::kind, Announcement::employeeName)
			.containsExactly(tuple(Announcement.Kind.LEAVER, "Leo Marsh"));
	}

	@Test
	void tempsWhoseContractsEndAfterTheListLeaveOnThatDay() {
		List<Announcement> read = OnTheCorpusDay.parseAllShipped(
				"Tijdelijke krachten voor de kerstdrukte: Anna Bos, Piet Kok en Lies Mol, contracten eindigen op 23 december");
		assertThat(read).extracting(Announcement::kind, a -> a.date().toString())
			.containsOnly(tuple(Announcement.Kind.LEAVER, "2026-12-23"));
		assertThat(read).hasSize(3);
	}

	@Test
	void startersToldWithTheirContractsEndStayStarters() {
		List<Announcement> read = OnTheCorpusDay.parseAllShipped("hi, pls add 3 new seasonal pickers for the christmas "
				+ "peak, all starting 19 dec: Tom Reed, Ana Silva and Lars Berg. contracts end 31 march");
		assertThat(read).extracting(Announcement::kind, a -> a.date().toString())
			.containsOnly(tuple(Announcement.Kind.STARTER, "2026-12-19"));
	}

	@Test
	void aStartMovedBecauseOfTheNewcomersNoticeIsNoLeaving() {
		Announcement read = OnTheCorpusDay.parseShipped("The start of Daniel Frost has moved from Monday 11 January "
				+ "to Monday 25 January because of his notice period.");
		assertThat(read.kind()).isEqualTo(Announcement.Kind.STARTER);
		assertThat(read.date()).hasToString("2027-01-25");
	}

	@Test
	void aNoticePeriodThatEndsIsStillALeaving() {
		assertThat(OnTheCorpusDay.parseShipped("Bas Kooi's notice period ends on Jan 31.").kind())
			.isEqualTo(Announcement.Kind.LEAVER);
	}

	@Test
	void aDutchLeavingCalledOffLeavesNoOneAndItsDayToNoOneElse() {
		assertThat(OnTheCorpusDay.parseShipped("Het vertrek van Bram Koster is geannuleerd.").kind()).isNull();
		List<Announcement> read = OnTheCorpusDay.parseAllShipped(
				"Het vertrek van Bram Koster op 31 januari wordt afgeblazen. Eva Kok vertrekt op 15 januari.");
		assertThat(read).extracting(Announcement::employeeName, a -> a.date().toString())
			.containsExactly(tuple("Eva Kok", "2027-01-15"));
	}

}

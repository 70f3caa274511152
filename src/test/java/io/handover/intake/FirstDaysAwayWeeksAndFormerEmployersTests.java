package io.handover.intake;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Dates that belong to someone else or to nothing, and joiners told without a joining
 * verb (blind-12's kinds 1, 6, 12, 13 and 14, with invented messages). Today is Thursday
 * 3 December 2026.
 */
class FirstDaysAwayWeeksAndFormerEmployersTests {

	@Test
	void aLeaverGoneFromTomorrowWorksTodayForTheLastTime() {
		// tomorrow was prefilled as the last day, silently
		Announcement english = OnTheCorpusDay
			.parse("From tomorrow Greta Olsen no longer works here; she handed in her notice this morning.");
		assertThat(english.kind()).isEqualTo(Announcement.Kind.LEAVER);
		assertThat(english.date()).isEqualTo(OnTheCorpusDay.TODAY);
		assertThat(OnTheCorpusDay.parse("Vanaf morgen werkt Bas Hendriks niet meer bij ons.").date())
			.isEqualTo(OnTheCorpusDay.TODAY);
		// a written date stays the end of employment HR fills in, and a starter's
		// tomorrow stays tomorrow
		assertThat(OnTheCorpusDay.parse("Per 1 maart werkt Thijs Ram niet meer bij ons.").date())
			.hasToString("2027-03-01");
		assertThat(OnTheCorpusDay.parse("Ivo Kranjc starts tomorrow as a cook.").date()).hasToString("2026-12-04");
	}

	@Test
	void theLastTripWorkedBeatsTheRetirementDateAndTheFormSaysBoth() {
		Announcement captain = OnTheCorpusDay.parse("Kapitein Lars Mulder gaat per 1 maart met pensioen; "
				+ "de laatste vaart die hij maakt is die van vrijdag 19 februari.");
		assertThat(captain.date()).hasToString("2027-02-19");
		assertThat(captain.notes()).contains(Announcement.Note.SEVERAL_DATES);
		Announcement conductor = OnTheCorpusDay.parse(
				"Eileen Ward, our conductor, retires on 1 April; the last train she runs is the one on Friday 26 March.");
		assertThat(conductor.date()).hasToString("2027-03-26");
	}

	@Test
	void aWeekSaidAloneIsItsMondayAndTheFormSaysOnlyTheWeekWasTold() {
		// the week was no date at all
		Announcement starter = OnTheCorpusDay.parse("Vanaf week 3 begint Sanne Mol bij ons als planner.");
		assertThat(starter.date()).hasToString("2027-01-18");
		assertThat(starter.notes()).containsExactly(Announcement.Note.WEEK_ONLY);
		Announcement leaver = OnTheCorpusDay.parse("Kees Arends stopt in week 3, graag zijn account dan sluiten.");
		assertThat(leaver.date()).hasToString("2027-01-18");
		assertThat(leaver.notes()).contains(Announcement.Note.WEEK_ONLY);
		// a day of the week said after it is that day, with no doubt
		assertThat(OnTheCorpusDay.parse("Bram Smit begint in week 2 als planner. Dinsdag om 8 uur bij de receptie.")
			.date()).hasToString("2027-01-12");
	}

	@Test
	void hoursAndRoomNumbersAreNoDates() {
		// "14:00-22:00" took the place of next Wednesday; "kas 2-6" was 2 June
		assertThat(OnTheCorpusDay.parse("Next Wednesday we welcome Lucas Moreau to the warehouse, hours 14:00-22:00.")
			.date()).hasToString("2026-12-09");
		Announcement greenhouse = OnTheCorpusDay.parse("Na 12 jaar stopt Anja Pos (kas 2-6) op vrijdag 18 december.");
		assertThat(greenhouse.date()).hasToString("2026-12-18");
		assertThat(greenhouse.notes()).isEmpty();
	}

	@Test
	void aFormerEmployerIsNoSecondPersonAndLeavesTheDateToTheJoiner() {
		List<Announcement> dutch = OnTheCorpusDay
			.parseAll("Wim Groen komt over van Waterschap Rivierenland en begint maandag 11 januari als planner.");
		assertThat(dutch).extracting(Announcement::employeeName).containsExactly("Wim Groen");
		assertThat(dutch.get(0).date()).hasToString("2027-01-11");
		List<Announcement> english = OnTheCorpusDay
			.parseAll("Nadia Osei joins us from The Evening Herald on 1 March as news editor.");
		assertThat(english).extracting(Announcement::employeeName).containsExactly("Nadia Osei");
		assertThat(english.get(0).date()).hasToString("2027-03-01");
	}

	@Test
	void aNewcomersJobSaidWithNewOrExtraIsAJoinerButANewRoleIsAMove() {
		assertThat(OnTheCorpusDay.parse("New forklift driver from Monday 4 January: Piotr Zielinski.").kind())
			.isEqualTo(Announcement.Kind.STARTER);
		assertThat(OnTheCorpusDay.parse("Jonas Eklund is our new sous chef as of Monday 11 January.").kind())
			.isEqualTo(Announcement.Kind.STARTER);
		assertThat(OnTheCorpusDay.parse("Per 1 februari hebben we een extra kok in de keuken, Johan Wils.").kind())
			.isEqualTo(Announcement.Kind.STARTER);
		assertThat(OnTheCorpusDay.parse("New role from 1 March: Pieter Buys, planner.").kind())
			.isEqualTo(Announcement.Kind.ROLE_CHANGE);
	}

	@Test
	void everyoneListedUnderTheHeadingGetsItsKindAndDateAlsoInLowerCase() {
		List<Announcement> all = OnTheCorpusDay
			.parseAll("vanaf ma 4 jan twee nieuwe vakkenvullers op de versafdeling:\nnoor bakker\ntim de jong");
		assertThat(all).extracting(Announcement::employeeName).containsExactly("Noor Bakker", "Tim de Jong");
		assertThat(all).allSatisfy(a -> {
			assertThat(a.kind()).isEqualTo(Announcement.Kind.STARTER);
			assertThat(a.date()).hasToString("2027-01-04");
		});
		assertThat(OnTheCorpusDay.parseAll("Two new drivers for the night run from 4 January: Sam Reid and Ola Berg."))
			.extracting(Announcement::kind)
			.containsExactly(Announcement.Kind.STARTER, Announcement.Kind.STARTER);
		// a trainee beside the joiner was no one
		List<Announcement> pair = OnTheCorpusDay.parseAll("Two people start at the nursery on 1 February: "
				+ "Sofie Kramer (teacher) and, until July, trainee Lars Veen.");
		assertThat(pair).extracting(Announcement::employeeName).containsExactly("Sofie Kramer", "Lars Veen");
		assertThat(pair).allSatisfy(a -> assertThat(a.date()).hasToString("2027-02-01"));
	}

}

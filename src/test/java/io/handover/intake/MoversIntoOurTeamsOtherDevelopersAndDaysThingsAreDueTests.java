package io.handover.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * A manager tells that a colleague from a unit of ours goes to work in one of our teams
 * ("van de kassa … gaat bij ons webteam aan de slag als", "is leaving the front desk!
 * From Monday she joins our app team"): a move, so the account is kept. A developer of
 * property, of a business or of food products gets no software profile. A weekday in a
 * closing question about getting things ready is when things are due, not anyone's day.
 */
class MoversIntoOurTeamsOtherDevelopersAndDaysThingsAreDueTests {

	@Test
	void someoneFromAUnitOfOursWhoSetsToWorkInOneOfOurTeamsMoves() {
		Announcement sem = OnTheCorpusDay.parseShipped("Sem Visser van de kassa in Tilburg gaat per maandag 4 januari "
				+ "bij ons webteam aan de slag als ontwikkelaar. Kan hij een snellere laptop krijgen?");

		assertThat(sem.kind()).isEqualTo(Announcement.Kind.ROLE_CHANGE);
		assertThat(sem.date()).isEqualTo(LocalDate.of(2027, 1, 4));
		assertThat(sem.roleKey()).isEqualTo("software-engineer");
		assertThat(OnTheCorpusDay
			.parseShipped("Tom Reed from the warehouse in Leeds will get started in our IT team "
					+ "as a programmer from Monday 8 February.")
			.kind()).isEqualTo(Announcement.Kind.ROLE_CHANGE);
	}

	@Test
	void someoneFromAnotherEmployerWhoSetsToWorkWithUsStarts() {
		Announcement rik = OnTheCorpusDay.parseShipped("Rik Smeets komt van De Gouden Leeuw en gaat vanaf maandag "
				+ "4 januari bij ons aan de slag als ontwikkelaar.");

		assertThat(rik.kind()).isEqualTo(Announcement.Kind.STARTER);
		assertThat(rik.employeeName()).isEqualTo("Rik Smeets");
	}

	@Test
	void workOfOursLeftToJoinAnotherTeamOfOursIsAMove() {
		Announcement mark = OnTheCorpusDay.parseShipped("Good news - Mark Lee is leaving the front desk! From Monday "
				+ "4 January he joins our app team as a developer.");

		assertThat(mark.kind()).isEqualTo(Announcement.Kind.ROLE_CHANGE);
		assertThat(mark.date()).isEqualTo(LocalDate.of(2027, 1, 4));
		assertThat(mark.roleKey()).isEqualTo("software-engineer");
		assertThat(OnTheCorpusDay
			.parseShipped("Anna Smit verlaat de receptie! Per 1 februari komt ze in ons ontwikkelteam als programmeur.")
			.kind()).isEqualTo(Announcement.Kind.ROLE_CHANGE);
	}

	@Test
	void theCompanyLeftForAnotherEmployerIsALeaving() {
		Announcement omar = OnTheCorpusDay.parseShipped("Omar Haddad is leaving the company; his last day is Friday "
				+ "29 January, then he joins a bank as an analyst.");

		assertThat(omar.kind()).isEqualTo(Announcement.Kind.LEAVER);
		assertThat(omar.date()).isEqualTo(LocalDate.of(2027, 1, 29));
	}

	@Test
	void developersOfPropertyBusinessOrFoodAreNoSoftwareDevelopers() {
		assertThat(OnTheCorpusDay.parseShipped("On Monday 11 January Ruth Baker joins us as property developer.")
			.roleKey()).isNull();
		assertThat(OnTheCorpusDay.parseShipped("Our new business developer Tariq Aziz starts on Monday 1 March.")
			.roleKey()).isNull();
		assertThat(OnTheCorpusDay
			.parseShipped("Lucy Grant starts on 1 February as a product developer in our "
					+ "bakery, working on new recipes.")
			.roleKey()).isNull();
		assertThat(OnTheCorpusDay.parseShipped("Sam Hale joins us on Monday 1 February as a software developer.")
			.roleKey()).isEqualTo("software-engineer");
	}

	@Test
	void aWeekdayInAClosingQuestionAboutGettingThingsReadyLeavesThePairTheirDate() {
		List<Announcement> read = OnTheCorpusDay.parseAllShipped("Vanaf maandag 14 december zijn Joost Bakker en "
				+ "Iris Maas onze nieuwe koks. Ze hebben een sleutel nodig, kan dat voor vrijdag geregeld zijn?");

		assertThat(read).extracting(Announcement::employeeName).containsExactly("Joost Bakker", "Iris Maas");
		assertThat(read).extracting(Announcement::date).containsOnly(LocalDate.of(2026, 12, 14));
		assertThat(OnTheCorpusDay.parseAllShipped("From Saturday 9 January Ollie Hart and Mia Stone are our new "
				+ "groundskeepers. Can their keys be sorted by Friday?"))
			.extracting(Announcement::date)
			.containsOnly(LocalDate.of(2027, 1, 9));
	}

	@Test
	void aQuestionAboutAMoveThatMayComeAnnouncesNoOne() {
		NoOneAnnounced.assertNoOne("Hoeveel tijd hebben jullie nodig om een account klaar te zetten? "
				+ "Misschien gaat iemand van de balie bij ons IT-team aan de slag.");
	}

}

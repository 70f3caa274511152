package io.handover.intake;

import java.util.List;

import org.junit.jupiter.api.Test;

import static io.handover.intake.NoOneAnnounced.assertNoOne;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

/**
 * People named beside an announcement who announce nothing themselves: the one whose
 * team, crew or shift a newcomer or mover joins, and the one whose work is taken over
 * when nothing says they leave; and a vacancy withdrawn, which announces no one. HR wants
 * one form per person who starts, moves or leaves: a team lead or a predecessor who stays
 * would be a form too many, and with the newcomer's day on it a silently wrong one. Today
 * is Thursday 3 December 2026.
 */
class TeamsJoinedWorkTakenOverAndVacanciesWithdrawnTests {

	@Test
	void theOneWhoseCrewANewcomerJoinsGetsNoForm() {
		List<Announcement> read = OnTheCorpusDay
			.parseAllShipped("Yusuf Demir joins Hannah Cole's crew on Monday 11 January as a care worker.");
		assertThat(read).extracting(Announcement::kind, Announcement::employeeName, Announcement::roleKey)
			.containsExactly(tuple(Announcement.Kind.STARTER, "Yusuf Demir", "care-worker"));
		assertThat(read.get(0).date()).hasToString("2027-01-11");
	}

	@Test
	void theOneUnderWhomOrInWhoseTeamSomeoneComesToWorkGetsNoForm() {
		assertThat(OnTheCorpusDay
			.parseAllShipped("Per 1 februari komt Ilse Vos als programmeur onder Ruud Smit te werken."))
			.extracting(Announcement::employeeName)
			.containsExactly("Ilse Vos");
		assertThat(OnTheCorpusDay.parseAllShipped("Bram Claes begint maandag in de ploeg van Wim Peeters."))
			.extracting(Announcement::employeeName)
			.containsExactly("Bram Claes");
		assertThat(OnTheCorpusDay.parseAllShipped(
				"Per 1 maart gaat Eva Smit van de receptie naar het team van Joost Brink als verzorgende."))
			.extracting(Announcement::kind, Announcement::employeeName)
			.containsExactly(tuple(Announcement.Kind.ROLE_CHANGE, "Eva Smit"));
	}

	@Test
	void aTeamLeadWithALeavingOfTheirOwnIsStillALeaver() {
		// their own clause says they go: HR must offboard them
		assertThat(OnTheCorpusDay.parseAllShipped("Yusuf Demir joins the team of Kees Mol, who retires on 1 March."))
			.extracting(Announcement::kind, Announcement::employeeName)
			.containsExactly(tuple(Announcement.Kind.STARTER, "Yusuf Demir"),
					tuple(Announcement.Kind.LEAVER, "Kees Mol"));
	}

	@Test
	void workTakenOverFromSomeoneWhoStaysIsOnlyTheTakersMove() {
		Announcement read = OnTheCorpusDay
			.parseShipped("Vanaf 1 februari neemt Joyce Kramer de inkoop over van Dirk Wolters.");
		assertThat(
				OnTheCorpusDay.parseAllShipped("Vanaf 1 februari neemt Joyce Kramer de inkoop over van Dirk Wolters."))
			.hasSize(1);
		assertThat(read.kind()).isEqualTo(Announcement.Kind.ROLE_CHANGE);
		assertThat(read.employeeName()).isEqualTo("Joyce Kramer");
		assertThat(read.date()).hasToString("2027-02-01");
		// a newcomer's own words make the taker a starter
		assertThat(OnTheCorpusDay
			.parseAllShipped("New colleague Omar Said takes over the invoicing from Lucy Hart on 4 January."))
			.extracting(Announcement::kind, Announcement::employeeName)
			.containsExactly(tuple(Announcement.Kind.STARTER, "Omar Said"));
		assertThat(OnTheCorpusDay
			.parseAllShipped("Maandag neemt Tess Mulder de dossiers van Kees Bakker over; Tess is nieuw bij ons."))
			.extracting(Announcement::employeeName)
			.containsExactly("Tess Mulder");
	}

	@Test
	void aJobHeldAsOneOfOursIsTheOneTheTakerHolds() {
		Announcement read = OnTheCorpusDay
			.parseShipped("Ruben Hoek, one of our developers, takes over the planning from Nadia Bos from 1 March.");
		assertThat(read.kind()).isEqualTo(Announcement.Kind.ROLE_CHANGE);
		assertThat(read.currentRoleKey()).isEqualTo("software-engineer");
		assertThat(read.roleKey()).isNull();
	}

	@Test
	void theOneWorkIsTakenFromWhoIsSaidToLeaveIsALeaverWithTheirOwnDay() {
		List<Announcement> read = OnTheCorpusDay.parseAllShipped(
				"Onze chauffeur Tim Vos neemt per 1 maart de werkplaats over van Henk Dekker, die op 26 februari met pensioen gaat.");
		assertThat(read).extracting(Announcement::kind, Announcement::employeeName)
			.containsExactly(tuple(Announcement.Kind.ROLE_CHANGE, "Tim Vos"),
					tuple(Announcement.Kind.LEAVER, "Henk Dekker"));
		assertThat(read.get(0).date()).hasToString("2027-03-01");
		assertThat(read.get(1).date()).hasToString("2027-02-26");
		List<Announcement> later = OnTheCorpusDay
			.parseAllShipped("Amy Fox takes over the rota from Joe Lang on 4 January. Joe leaves us on 31 December.");
		assertThat(later).extracting(Announcement::employeeName).containsExactly("Amy Fox", "Joe Lang");
		assertThat(later.get(0).date()).hasToString("2027-01-04");
		assertThat(later.get(1).date()).hasToString("2026-12-31");
	}

	@Test
	void aVacancyWithdrawnAnnouncesNoOne() {
		assertNoOne("The warehouse operative vacancy has been withdrawn, so nobody will start.");
		assertNoOne("De vacature voor Lasser is geschrapt.");
		assertNoOne("We've decided not to fill the Senior Buyer position after all.");
		assertNoOne("Dag HR, de vacature voor chauffeur komt te vervallen. Er komt dus niemand.");
	}

	@Test
	void aVacancyNotWithdrawnOrFilledStillAnnouncesItsNewcomer() {
		assertThat(
				OnTheCorpusDay.parseShipped("The tester vacancy has not been withdrawn: Lena Roth starts on 4 January.")
					.employeeName())
			.isEqualTo("Lena Roth");
		assertThat(
				OnTheCorpusDay.parseShipped("The developer vacancy is filled: Nina Ross starts on 4 January.").kind())
			.isEqualTo(Announcement.Kind.STARTER);
		// a position dropped after its holder leaves: the leaver stays announced
		assertThat(OnTheCorpusDay.parseShipped("Sam Lee leaves on 1 March; his position is withdrawn.").kind())
			.isEqualTo(Announcement.Kind.LEAVER);
	}

}

package io.handover.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * A manager lists newcomers after a heading that says once what holds for all of them:
 * that they are new (or extra, or "komen er bij"), and perhaps their job, their unit or
 * the firm they are for, how many, and their first day, in any order. Each name in the
 * list is a starter with the heading's day; a firm or place named in the heading is no
 * one. A heading about a new role or date announces no newcomer.
 */
class NewPeopleListedUnderAHeadingTests {

	@Test
	void aHeadingSayingNewInATeamMakesEachNameAfterItAStarter() {
		List<Announcement> read = OnTheCorpusDay.parseAllShipped(
				"Nieuw in ploeg Zuid vanaf dinsdag: Bram Hendriks (verzorgende) en Iris Mol (zorgmedewerker).");

		assertThat(read).extracting(Announcement::kind)
			.containsExactly(Announcement.Kind.STARTER, Announcement.Kind.STARTER);
		assertThat(read).extracting(Announcement::date).containsOnly(LocalDate.of(2026, 12, 8));
		assertThat(read).extracting(Announcement::roleKey).containsOnly("care-worker");
	}

	@Test
	void extraHandsOrPeopleWhoComeAlongAreStartersToo() {
		assertThat(OnTheCorpusDay.parseAllShipped(
				"Extra drivers for the Christmas rush, from Monday 14 December: Ben Carter, Liam Scott and Ava Reid."))
			.extracting(Announcement::kind)
			.containsOnly(Announcement.Kind.STARTER)
			.hasSize(3);
		assertThat(OnTheCorpusDay.parseAllShipped(
				"Per 1 februari komen er via het uitzendbureau twee heftruckchauffeurs bij: Tomasz Wójcik en Kamil Nowak."))
			.extracting(Announcement::kind, Announcement::date)
			.containsOnly(org.assertj.core.groups.Tuple.tuple(Announcement.Kind.STARTER, LocalDate.of(2027, 2, 1)));
	}

	@Test
	void theFirmOrPlaceTheyAreNewForIsNoOne() {
		List<Announcement> read = OnTheCorpusDay.parseAllShipped(
				"Three new carers for Heatherfield Lodge from 4 January: Amy Stone, Lucy Hall and Priya Nair.");

		assertThat(read).extracting(Announcement::employeeName).containsExactly("Amy Stone", "Lucy Hall", "Priya Nair");
		assertThat(OnTheCorpusDay
			.parseAllShipped("Twee nieuwe verkopers voor Bakkerij Vermeulen vanaf 1 maart: Henk Veld en Karin Zijl."))
			.extracting(Announcement::employeeName)
			.containsExactly("Henk Veld", "Karin Zijl");
	}

	@Test
	void aNewRoleInTheHeadingIsAMoveNotANewcomer() {
		Announcement read = OnTheCorpusDay.parseShipped("New role for Anna Bakker from 1 March: team lead.");

		assertThat(read.kind()).isEqualTo(Announcement.Kind.ROLE_CHANGE);
		assertThat(read.employeeName()).isEqualTo("Anna Bakker");
	}

}

package io.handover.intake;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

/**
 * Two colleagues who swap jobs, each named with the job held now in brackets: each is a
 * mover to the other's job, from their own. HR needs both forms with both jobs, so that
 * each gets the other's access and loses their own; a held job outside the catalogue
 * leaves the other's new job empty rather than guessed. Today is Thursday 3 December
 * 2026.
 */
class JobSwapsNamedWithTheJobsHeldTests {

	@Test
	void eachTakesTheOthersJobFromTheirOwn() {
		List<Announcement> read = OnTheCorpusDay.parseAllShipped(
				"Per 1 maart ruilen Sanne Post (nu verzorgende) en Joris Dekker (nu programmeur) van functie.");
		assertThat(read)
			.extracting(Announcement::kind, Announcement::employeeName, Announcement::roleKey,
					Announcement::currentRoleKey)
			.containsExactly(tuple(Announcement.Kind.ROLE_CHANGE, "Sanne Post", "software-engineer", "care-worker"),
					tuple(Announcement.Kind.ROLE_CHANGE, "Joris Dekker", "care-worker", "software-engineer"));
		assertThat(read.get(1).date()).hasToString("2027-03-01");
	}

	@Test
	void aHeldJobOutsideTheCatalogueLeavesTheOthersNewJobEmpty() {
		List<Announcement> read = OnTheCorpusDay
			.parseAllShipped("Mia Lee (currently receptionist) and Tom Hart (currently account manager) swap roles "
					+ "on 4 January.");
		assertThat(read)
			.extracting(Announcement::kind, Announcement::employeeName, Announcement::roleKey,
					Announcement::currentRoleKey)
			.containsExactly(tuple(Announcement.Kind.ROLE_CHANGE, "Mia Lee", "account-manager", null),
					tuple(Announcement.Kind.ROLE_CHANGE, "Tom Hart", null, "account-manager"));
	}

	@Test
	void twoMoversWhoDoNotSwapKeepTheirOwnNewJobs() {
		// no swap said: the brackets are the jobs held, the new jobs are each one's own
		List<Announcement> read = OnTheCorpusDay.parseAllShipped(
				"Per 1 maart wordt Sanne Post (verzorgende) programmeur en wordt Joris Dekker (verkoper) verzorgende.");
		assertThat(read).extracting(Announcement::employeeName).containsExactly("Sanne Post", "Joris Dekker");
		assertThat(read.get(0).roleKey()).isEqualTo("software-engineer");
	}

}

package io.handover.intake;

import java.util.List;

import org.junit.jupiter.api.Test;

import static io.handover.intake.NoOneAnnounced.assertNoOne;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Kinds of the twenty-fourth blind set, each with own examples: a newcomer who was going
 * to start and found another job meanwhile announces no one (its silent wrong date: the
 * start day was prefilled); a job held here said in brackets beside the new one, or told
 * as where they sat until now, makes the news a move; a "Hiring:" heading over dated
 * names starts them. Today is Thursday 3 December 2026.
 */
class StartsGivenUpForAnotherJobAndJobsHeldBesideANewOneTests {

	@Test
	void aNewcomerWhoFoundAnotherJobBeforeTheStartAnnouncesNoOne() {
		assertNoOne("Lara Quist, who was supposed to begin here on 11 January as a cook, has accepted another "
				+ "offer. No start then.");
		// a start moved, not given up, keeps its newcomer
		Announcement read = OnTheCorpusDay
			.parse("Lara Quist was going to start in February; she starts on 11 January now after all.");
		assertThat(read.kind()).isEqualTo(Announcement.Kind.STARTER);
		assertThat(read.date()).hasToString("2027-01-11");
	}

	@Test
	void aJobHeldHereSaidInBracketsBesideTheNewOneIsAMove() {
		Announcement read = OnTheCorpusDay.parseShipped(
				"From Monday 14 December Ruth Okafor is our new account manager (she was a buyer in Zwolle).");
		assertThat(read.kind()).isEqualTo(Announcement.Kind.ROLE_CHANGE);
		assertThat(read.roleKey()).isEqualTo("account-manager");
		read = OnTheCorpusDay.parseShipped(
				"From 4 January Sam Reyes is our new facility coordinator (he's been in logistics until now).");
		assertThat(read.kind()).isEqualTo(Announcement.Kind.ROLE_CHANGE);
		// a job held at another employer is a newcomer's past
		read = OnTheCorpusDay
			.parseShipped("From 4 January Sam Reyes is our new facility coordinator (he was a porter at Schiphol).");
		assertThat(read.kind()).isEqualTo(Announcement.Kind.STARTER);
	}

	@Test
	void whereTheyWorkedUntilNowMakesTheNewWorkAMove() {
		Announcement read = OnTheCorpusDay.parseShipped(
				"Vanaf 1 maart doet Wim Haak de facilitaire dienst van de vestiging; tot nu toe stond hij in de werkplaats.");
		assertThat(read.kind()).isEqualTo(Announcement.Kind.ROLE_CHANGE);
		assertThat(read.roleKey()).isEqualTo("facility-coordinator");
	}

	@Test
	void aHiringHeadingOverDatedNamesStartsThem() {
		List<Announcement> read = OnTheCorpusDay
			.parseAll("Hiring: two drivers, Oskar Lind (11 Jan) and Rui Sousa (18 Jan). Both on the night routes.");
		assertThat(read).extracting(Announcement::kind)
			.containsExactly(Announcement.Kind.STARTER, Announcement.Kind.STARTER);
		assertThat(read).extracting(a -> a.date().toString()).containsExactly("2027-01-11", "2027-01-18");
		// hiring as a state of things is no one's start
		assertNoOne("We are still hiring for the night routes; no names yet.");
	}

}

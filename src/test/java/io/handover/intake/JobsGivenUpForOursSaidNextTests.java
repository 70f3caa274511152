package io.handover.intake;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A job given up, the job taken with us told in the next sentence ("is stopping as our
 * cashier. From 1 February she'll be our new account manager", "will no longer be hosting
 * the morning show. From Monday he joins our sales team as account manager"), and a job
 * stopped for a task of ours with its day between ("en gaat per 1 februari de roosters
 * doen"): moves, not a leaving and not a start. Today is Thursday 3 December 2026.
 */
class JobsGivenUpForOursSaidNextTests {

	@Test
	void theNewJobOfOursInTheNextSentenceMakesAMove() {
		Announcement read = OnTheCorpusDay.parseShipped(
				"Hannah Kerr is stopping as our cashier. From 1 February she'll be our new account manager for the north.");
		assertThat(read).extracting(Announcement::kind, Announcement::employeeName, Announcement::roleKey)
			.containsExactly(Announcement.Kind.ROLE_CHANGE, "Hannah Kerr", "account-manager");
		assertThat(read.date()).hasToString("2027-02-01");
		assertThat(read.currentRoleKey()).isNull();
	}

	@Test
	void aTaskNoLongerDoneThenATeamOfOursJoinedIsAMove() {
		Announcement read = OnTheCorpusDay.parseShipped(
				"Owen Lacey will no longer be hosting the morning show. From 8 February he joins our sales team as account manager.");
		assertThat(read).extracting(Announcement::kind, Announcement::employeeName, Announcement::roleKey)
			.containsExactly(Announcement.Kind.ROLE_CHANGE, "Owen Lacey", "account-manager");
		assertThat(read.date()).hasToString("2027-02-08");
	}

	@Test
	void aJobStoppedForATaskOfOursWithItsDayBetweenIsAMove() {
		Announcement read = OnTheCorpusDay.parseAllShipped(
				"Twee dingen: Joris Kamp stopt als cameraman en gaat per 1 februari de roosters doen. Zijn plek wordt ingenomen door Fenna Bos, die op 8 februari begint.")
			.get(0);
		assertThat(read).extracting(Announcement::kind, Announcement::employeeName, Announcement::roleKey)
			.containsExactly(Announcement.Kind.ROLE_CHANGE, "Joris Kamp", null);
		assertThat(read.date()).hasToString("2027-02-01");
	}

	@Test
	void anotherEmployersJobOrASuccessorStaysWhatItWas() {
		// the next job is elsewhere: a leaving
		assertThat(OnTheCorpusDay
			.parse("Hannah Kerr is stopping as our cashier. From 1 February she'll be an account manager at Philips.")
			.kind()).isNotEqualTo(Announcement.Kind.ROLE_CHANGE);
		// someone else will be our new one: the first stays no mover
		assertThat(OnTheCorpusDay
			.parse("Hannah Kerr stops as our cashier on 31 January. From 1 February Tom will be our new cashier.")
			.kind()).isNotEqualTo(Announcement.Kind.ROLE_CHANGE);
		// work of one's own after stopping stays a leaving
		assertThat(
				OnTheCorpusDay.parse("Joris Kamp stopt als cameraman en gaat per 1 februari de zaak van zijn oom doen.")
					.kind())
			.isEqualTo(Announcement.Kind.LEAVER);
		assertThat(OnTheCorpusDay.parse("Joris Kamp stopt als cameraman en gaat per 1 februari het huishouden doen.")
			.kind()).isEqualTo(Announcement.Kind.LEAVER);
	}

}

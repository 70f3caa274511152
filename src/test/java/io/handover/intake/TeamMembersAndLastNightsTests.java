package io.handover.intake;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A member's word before a name ("MT-lid", "Bestuurslid") is no part of it, and "the last
 * night of" someone with us is their leaving while "last night" alone is yesterday. Today
 * is Thursday 3 December 2026.
 */
class TeamMembersAndLastNightsTests {

	@Test
	void aMembersWordBeforeANameIsNoPartOfIt() {
		assertThat(
				OnTheCorpusDay.parse("MT-lid Anouk Smit gaat per 1 februari naar ons kantoor in Gent.").employeeName())
			.isEqualTo("Anouk Smit");
		assertThat(OnTheCorpusDay.parse("Bestuurslid Gerrit Mulder stopt per 1 maart.").employeeName())
			.isEqualTo("Gerrit Mulder");
	}

	@Test
	void theLastNightOfSomeoneWithUsIsTheirLeaving() {
		Announcement leaver = OnTheCorpusDay.parse("Friday is the last night of our barman Koen Bos with us.");

		assertThat(leaver.kind()).isEqualTo(Announcement.Kind.LEAVER);
		assertThat(leaver.date()).hasToString("2026-12-04");
		assertThat(leaver.notes()).doesNotContain(Announcement.Note.SEVERAL_DATES);
	}

	@Test
	void lastNightAloneIsYesterday() {
		Announcement starter = OnTheCorpusDay.parse("Last night Koen Bos started his first shift, went well!");

		assertThat(starter.kind()).isEqualTo(Announcement.Kind.STARTER);
		assertThat(starter.date()).hasToString("2026-12-02");
	}

}

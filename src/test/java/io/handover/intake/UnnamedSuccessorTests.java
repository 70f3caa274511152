package io.handover.intake;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A leaver's successor told of without a name, found by the lead trying announcements by
 * hand: the leaver was read as a starter on the successor's day. Today is Thursday 3
 * December 2026.
 */
class UnnamedSuccessorTests {

	@Test
	void aSuccessorNotNamedLeavesTheLeaverALeaverOnTheLeaversOwnDay() {
		Announcement english = OnTheCorpusDay
			.parse("Noah Peters leaves on 18 December. His successor starts on 4 January.");
		Announcement dutch = OnTheCorpusDay.parse("Noah Peters vertrekt vrijdag. Zijn opvolger begint op 4 januari.");

		assertThat(english.kind()).isEqualTo(Announcement.Kind.LEAVER);
		assertThat(english.date()).hasToString("2026-12-18");
		assertThat(dutch.kind()).isEqualTo(Announcement.Kind.LEAVER);
		assertThat(dutch.date()).hasToString("2026-12-04");
	}

	@Test
	void aSuccessorNamedIsAStarterOfTheirOwn() {
		List<Announcement> both = OnTheCorpusDay
			.parseAll("Noah Peters leaves on 18 December. His successor, Eva Smit, starts on 4 January.");

		assertThat(both).extracting(Announcement::kind)
			.containsExactly(Announcement.Kind.LEAVER, Announcement.Kind.STARTER);
		assertThat(both).extracting(a -> a.date().toString()).containsExactly("2026-12-18", "2027-01-04");
	}

}

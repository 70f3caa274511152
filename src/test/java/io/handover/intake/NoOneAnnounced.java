package io.handover.intake;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** What the intake tests expect of a message that announces no one: no person's form. */
final class NoOneAnnounced {

	private NoOneAnnounced() {
	}

	/** The message reads as no one: no kind, no name, no date to confirm. */
	static void assertNoOne(String text) {
		List<Announcement> read = OnTheCorpusDay.parseAll(text);
		assertThat(read).as(text).hasSize(1);
		assertThat(read.get(0).kind()).as(text).isNull();
		assertThat(read.get(0).employeeName()).as(text).isNull();
		assertThat(read.get(0).date()).as(text).isNull();
	}

}

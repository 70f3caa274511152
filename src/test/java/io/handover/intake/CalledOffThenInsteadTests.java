package io.handover.intake;

import java.util.List;

import org.junit.jupiter.api.Test;

import static io.handover.intake.NoOneAnnounced.assertNoOne;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A start called off and another one said "instead" in the same sentence: the one named
 * after "instead" still starts. Today is Thursday 3 December 2026.
 */
class CalledOffThenInsteadTests {

	@Test
	void theOneNamedInsteadStillStarts() {
		for (String text : new String[] {
				"The welder we hired for January has backed out; instead Priya Raman starts on 18 January.",
				"De nieuwe lasser heeft afgezegd, in plaats daarvan begint Bram Wolters op 18 januari." }) {
			List<Announcement> read = OnTheCorpusDay.parseAll(text);
			assertThat(read).as(text).hasSize(1);
			assertThat(read.get(0).kind()).as(text).isEqualTo(Announcement.Kind.STARTER);
			assertThat(read.get(0).date()).as(text).hasToString("2027-01-18");
		}
	}

	@Test
	void theOneWhoPulledOutIsStillCalledOff() {
		assertNoOne("Priya Raman, who was to start on 18 January, has backed out.");
	}

}

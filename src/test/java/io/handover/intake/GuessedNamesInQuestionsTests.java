package io.handover.intake;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

/**
 * Announcements of tuning-65 (tuner UD): a question after a newcomer whose name the
 * writer only guesses ("I think his name is Sam Boyd or something", "ze heet volgens mij
 * Noor de Wit of zo") announces no one. Today is Thursday 3 December 2026.
 */
class GuessedNamesInQuestionsTests {

	@Test
	void aNameSaidWithADoubtOfTheDayOrWithNewsStillReads() {
		assertThat(OnTheCorpusDay.parseAllShipped("When does Noor de Wit start? I think on Monday."))
			.extracting(Announcement::kind, Announcement::employeeName)
			.containsExactly(tuple(Announcement.Kind.STARTER, "Noor de Wit"));
		assertThat(OnTheCorpusDay.parseAllShipped("The new vet is Noor de Wit or something, she starts Monday."))
			.extracting(Announcement::kind, Announcement::employeeName, a -> a.date().toString())
			.containsExactly(tuple(Announcement.Kind.STARTER, "Noor de Wit", "2026-12-07"));
	}

	@Test
	void aGuessedNameBesideAQuestionIsNoOneAnnounced() {
		assertThat(OnTheCorpusDay
			.parseAllShipped("Does the new keeper start on Monday? I think his name is Sam Boyd or something."))
			.extracting(Announcement::kind, Announcement::employeeName)
			.containsExactly(tuple(null, null));
		assertThat(OnTheCorpusDay
			.parseAllShipped("Wanneer begint de nieuwe dierenarts eigenlijk? Ze heet volgens mij Noor de Wit of zo."))
			.extracting(Announcement::kind, Announcement::employeeName)
			.containsExactly(tuple(null, null));
	}

}

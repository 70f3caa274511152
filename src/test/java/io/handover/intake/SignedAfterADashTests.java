package io.handover.intake;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

/**
 * Announcements of tuning-65 (tuner UD): a message signed after a long dash at its end,
 * with no closing word ("… quietly. — Dr. Alan Price", "… aub. -- Marja de Wit, afdeling
 * Dieren"), is the writer's name, no second person with the first one's news. Today is
 * Thursday 3 December 2026.
 */
class SignedAfterADashTests {

	@Test
	void aDashInsideTheNewsOrBetweenListedNamesIsNoSignature() {
		assertThat(OnTheCorpusDay.parseAllShipped("Kees Brouwer stopt per 1 januari — Anna de Vries neemt het over."))
			.extracting(Announcement::employeeName)
			.containsExactly("Kees Brouwer", "Anna de Vries");
		assertThat(OnTheCorpusDay.parseAllShipped("Kees Brouwer stopt per 1 januari. — Anna de Vries neemt het over."))
			.extracting(Announcement::employeeName)
			.containsExactly("Kees Brouwer", "Anna de Vries");
	}

	@Test
	void aNameSignedAfterADashAtTheEndIsTheWriters() {
		assertThat(OnTheCorpusDay.parseAllShipped(
				"Sad news: our groundsman Peter Quinn died last Sunday. Please close his accounts. — Dr. Helen Marsh"))
			.extracting(Announcement::kind, Announcement::employeeName, a -> a.date().toString())
			.containsExactly(tuple(Announcement.Kind.LEAVER, "Peter Quinn", "2026-11-29"));
		assertThat(OnTheCorpusDay.parseAllShipped(
				"Schoonmaker Dirk Jan Mulder is vandaag ontslagen. Pas blokkeren aub. -- Marja de Wit, afdeling Dieren"))
			.extracting(Announcement::kind, Announcement::employeeName)
			.containsExactly(tuple(Announcement.Kind.LEAVER, "Dirk Jan Mulder"));
	}

}

package io.handover.intake;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A heading that says only "more" or "gone" over a list of people with their days: "Drie
 * lassers erbij: …" are starters, "Weg bij de kinderopvang: …" are leavers. Today is
 * Thursday 3 December 2026.
 */
class ListHeadingsThatSayTheKindTests {

	@Test
	void peopleListedUnderErbijStart() {
		List<Announcement> read = OnTheCorpusDay.parseAll(
				"Drie lassers erbij: Kees Mol per 4 januari, Ans Vink per 11 januari en Ravi Singh per 18 januari.");
		assertThat(read).extracting(Announcement::employeeName).containsExactly("Kees Mol", "Ans Vink", "Ravi Singh");
		assertThat(read).extracting(Announcement::kind).containsOnly(Announcement.Kind.STARTER);
	}

	@Test
	void peopleListedUnderWegBijLeave() {
		List<Announcement> read = OnTheCorpusDay.parseAll(
				"Weg bij de kinderopvang: Els Baars op 23 december en Tim Vos op 15 januari. Beiden pedagogisch medewerker.");
		assertThat(read).extracting(Announcement::employeeName).containsExactly("Els Baars", "Tim Vos");
		assertThat(read).extracting(Announcement::kind).containsOnly(Announcement.Kind.LEAVER);
	}

}

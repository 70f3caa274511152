package io.handover.intake;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

/**
 * Announcements of tuning-65 (tuner UD): in lower-case chat, a first name said alone and
 * then again in full with "dus"/"so" ("lotte stopt vrijdag. lotte de wit dus"), after an
 * emoji too, with the particle "'t" ("kim van 't veer"), is the person's full name. Today
 * is Thursday 3 December 2026.
 */
class NamesSaidAgainInChatTests {

	@Test
	void aFirstNameSaidAgainAloneOrAnElidedWordIsNoName() {
		assertThat(
				OnTheCorpusDay.parseAllShipped("joris wordt partner per 1 jan. joris dus, van associate naar partner"))
			.extracting(Announcement::kind, Announcement::employeeName)
			.containsExactly(tuple(Announcement.Kind.ROLE_CHANGE, null));
		assertThat(OnTheCorpusDay.parseAllShipped("ik zie 't niet zitten, kees de boer stopt vrijdag"))
			.extracting(Announcement::kind, Announcement::employeeName)
			.containsExactly(tuple(Announcement.Kind.LEAVER, "Kees de Boer"));
	}

	@Test
	void aFullNameSaidAgainWithDusIsTheName() {
		assertThat(OnTheCorpusDay.parseAllShipped("lotte stopt vrijdag. lotte de wit dus"))
			.extracting(Announcement::kind, Announcement::employeeName, a -> a.date().toString())
			.containsExactly(tuple(Announcement.Kind.LEAVER, "Lotte de Wit", "2026-12-04"));
		assertThat(OnTheCorpusDay.parseAllShipped("kim begint maandag bij de bar 🙌 kim van 't veer dus, de nieuwe"))
			.extracting(Announcement::kind, Announcement::employeeName)
			.containsExactly(tuple(Announcement.Kind.STARTER, "Kim van 't Veer"));
	}

}

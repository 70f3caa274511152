package io.handover.intake;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

/**
 * Blind-33's silent dates: in a chat, a dismissal's reason set off after the name by a
 * comma ("chauffeur ruben van zwieten, rijden zonder tachograaf") was a second leaver
 * with the first one's day; and a closing denied ("Gewoon doorbetalen en niks afsluiten")
 * made a leave a leaving. Today is Thursday 3 December 2026.
 */
class DismissalReasonsAndClosingsDeniedTests {

	@Test
	void aReasonSetOffAfterTheNameIsNoSecondLeaver() {
		assertThat(OnTheCorpusDay.parseAllShipped(
				"vanochtend ontslagen: heftruckchauffeur sven bouma, rijden zonder rijbewijs. per direct alles dicht"))
			.extracting(Announcement::employeeName, a -> a.date().toString())
			.containsExactly(tuple("Sven Bouma", "2026-12-03"));
		assertThat(OnTheCorpusDay.parseAllShipped("gisteren afscheid genomen van kassamedewerker lisa brink, "
				+ "personeelskorting van een vriendin misbruikt. graag pas blokkeren"))
			.extracting(Announcement::employeeName, a -> a.date().toString())
			.containsExactly(tuple("Lisa Brink", "2026-12-02"));
	}

	@Test
	void twoLeaversSetOffByACommaAreStillBothRead() {
		assertThat(OnTheCorpusDay.parseAllShipped("vandaag ontslagen: sven bouma, lisa brink. per direct alles dicht"))
			.extracting(Announcement::employeeName)
			.containsExactly("Sven Bouma", "Lisa Brink");
	}

	@Test
	void aLeaveWithNothingToCloseAnnouncesNoOne() {
		assertThat(OnTheCorpusDay
			.parseAllShipped("Noor gaat per 1 februari met ouderschapsverlof. Gewoon doorbetalen en niks afsluiten."))
			.allMatch(a -> a.employeeName() == null && a.kind() == null);
		assertThat(OnTheCorpusDay
			.parseAllShipped("Noor de Wit vertrekt per 1 februari. Account pas daarna afsluiten graag."))
			.extracting(Announcement::kind, Announcement::employeeName)
			.containsExactly(tuple(Announcement.Kind.LEAVER, "Noor de Wit"));
	}

}

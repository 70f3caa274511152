package io.handover.intake;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * "Geen nieuwe accounts nodig", "no new laptop needed": a manager who says nothing new
 * has to be set up is not asking for a starter's things. Said beside a move, the move
 * stays a move; said beside a start, the start stays a start. Today is Thursday 3
 * December 2026.
 */
class NothingNewToProvideTests {

	@Test
	void aMoveWithNoNewAccountsNeededStaysAMove() {
		for (String text : new String[] {
				"Per 1 februari gaat Kees de Vries van de receptie naar de planning. Geen nieuwe accounts nodig.",
				"Vanaf 4 januari stapt Ilse Brand over van de kassa naar de administratie, ze heeft geen nieuwe laptop nodig.",
				"Ahmed Yilmaz moves from the warehouse to planning on 4 January; no new laptop needed.",
				"Ruth Mensah switches from reception to the back office on 11 January. No need for a new account." }) {
			assertThat(OnTheCorpusDay.parse(text).kind()).as(text).isEqualTo(Announcement.Kind.ROLE_CHANGE);
		}
	}

	@Test
	void aStarterWhoNeedsNoNewLaptopStillStarts() {
		Announcement read = OnTheCorpusDay
			.parse("Lotte Bos begint 4 januari in de keuken, geen nieuwe laptop nodig want ze krijgt die van Ans.");
		assertThat(read.kind()).isEqualTo(Announcement.Kind.STARTER);
		assertThat(read.employeeName()).isEqualTo("Lotte Bos");
	}

	@Test
	void aRequestForNewAccountsStillAnnouncesAStarter() {
		Announcement read = OnTheCorpusDay.parse("Graag nieuwe accounts voor Sven Dekker, per 4 januari.");
		assertThat(read.kind()).isEqualTo(Announcement.Kind.STARTER);
	}

}

package io.handover.intake;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Leavers said as done with us ("is per vandaag klaar bij ons", "badge en account mogen
 * dicht"), a death reported a day later (the day the news came is not the day it
 * happened), a last shift told with the Dutch verb before its subject, and the one a
 * successor replaces "as" their job, who keeps their own leaving day. Today is Thursday 3
 * December 2026.
 */
class LeaversDoneAndReportedTests {

	@Test
	void doneWithUsIsALeaving() {
		Announcement dutch = OnTheCorpusDay
			.parse("De schilder van het uitzendbureau, Ruud Peters, is per vandaag klaar bij ons. Zijn pas mag dicht.");
		assertThat(dutch.kind()).isEqualTo(Announcement.Kind.LEAVER);
		assertThat(dutch.date()).hasToString("2026-12-03");
		Announcement english = OnTheCorpusDay
			.parse("Our contractor Sam Reid is done with us as of today, so his badge can be deactivated.");
		assertThat(english.kind()).isEqualTo(Announcement.Kind.LEAVER);
		assertThat(english.date()).hasToString("2026-12-03");
	}

	@Test
	void aDeathReportedLaterIsDatedTheDayItHappened() {
		Announcement english = OnTheCorpusDay
			.parse("Our driver Kevin Boateng passed away on Monday, his sister let us know this morning.");
		assertThat(english.kind()).isEqualTo(Announcement.Kind.LEAVER);
		assertThat(english.date()).hasToString("2026-11-30");
		Announcement dutch = OnTheCorpusDay
			.parse("Onze kok Henk Smit is zondag overleden, zijn vrouw belde ons vanochtend.");
		assertThat(dutch.date()).hasToString("2026-11-29");
	}

	@Test
	void aDayToldAsTheNewsItselfIsNoDayTheNewsCame() {
		Announcement leaver = OnTheCorpusDay.parse("Sven Berg told me Friday is his last day.");
		assertThat(leaver.date()).hasToString("2026-12-04");
	}

	@Test
	void theLastShiftToldWithTheVerbFirstBeatsTheContractsEnd() {
		Announcement leaver = OnTheCorpusDay
			.parse("Chauffeur Wim Bakker stopt per 1 februari. Zijn laatste rit rijdt hij op 29 januari.");
		assertThat(leaver.kind()).isEqualTo(Announcement.Kind.LEAVER);
		assertThat(leaver.date()).hasToString("2027-01-29");
	}

	@Test
	void aLastShiftSaidInSpokenDutchIsTheLastDay() {
		Announcement leaver = OnTheCorpusDay
			.parse("Per direct werkt Koen Mulder niet meer bij ons; gisteren was z'n laatste dienst.");
		assertThat(leaver.date()).hasToString("2026-12-02");
	}

	@Test
	void theOneReplacedKeepsTheirOwnLeavingDayAndTheSuccessorStartsOnTheDaySaidAfterTheJob() {
		List<Announcement> both = OnTheCorpusDay
			.parseAll("Ellen Moss replaces Rick Dunn as shift leader from 4 January; Rick retires on 31 December.");
		assertThat(both).extracting(Announcement::kind)
			.containsExactly(Announcement.Kind.STARTER, Announcement.Kind.LEAVER);
		assertThat(both).extracting(a -> String.valueOf(a.date())).containsExactly("2027-01-04", "2026-12-31");
	}

}

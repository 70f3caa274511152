package io.handover.intake;

import java.util.List;

import org.junit.jupiter.api.Test;

import static io.handover.intake.NoOneAnnounced.assertNoOne;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Events or agreements in the plural heading a message ("De incidenten van gisteren:",
 * "The changes for January:") are no one's name; and a start put off with no day yet,
 * however it is worded (its day as a label, "wordt later", "is postponed, we'll let you
 * know"), announces no one, as NewsOfNoOneYetTests settled. Today is Thursday 3 December
 * 2026.
 */
class EventHeadingsAndStartsPutOffWithNoDayTests {

	@Test
	void pluralEventsHeadingAMessageNameNoOne() {
		// the bot may still show an empty form; it names no one for HR to book
		for (String text : List.of("De incidenten van vorige week: de koffieautomaat lekte en het alarm ging af.",
				"De afspraken van maandag: niks over personeel. Verder alles rustig.",
				"De mutaties van januari: geen nieuwe mensen en niemand die weggaat.")) {
			assertThat(OnTheCorpusDay.parseAll(text)).as(text)
				.extracting(Announcement::employeeName)
				.containsOnlyNulls();
		}
	}

	@Test
	void thePeopleAfterSuchAHeadingAreStillAnnounced() {
		Announcement read = OnTheCorpusDay
			.parseShipped("De afspraken van dinsdag: Lisa Brouwer begint op 11 januari als verzorgende.");
		assertThat(read.kind()).isEqualTo(Announcement.Kind.STARTER);
		assertThat(read.employeeName()).isEqualTo("Lisa Brouwer");
		assertThat(read.date()).hasToString("2027-01-11");
		assertThat(read.roleKey()).isEqualTo("care-worker");
		Announcement leaver = OnTheCorpusDay.parseShipped("The changes for February: Jack Moor leaves on 5 February.");
		assertThat(leaver.kind()).isEqualTo(Announcement.Kind.LEAVER);
		assertThat(leaver.date()).hasToString("2027-02-05");
	}

	@Test
	void aStartPutOffWithNoDayAnnouncesNoOneHoweverItIsWorded() {
		assertNoOne("Start date for Noah Frey: later than planned, date to follow.");
		assertNoOne("startdatum van femke kok wordt later, nog niet bekend wanneer");
		assertNoOne("De start van Lotte Hermans schuift op, nieuwe datum volgt.");
		assertNoOne("Sam's first day is postponed, we'll let you know when.");
		assertNoOne("Quick update on Rosa Vink: her start has been pushed back, we don't have a new date yet.");
	}

	@Test
	void aStartPutOffToADayStartsOnThatDay() {
		Announcement read = OnTheCorpusDay
			.parseShipped("De eerste werkdag van Ward Smit is uitgesteld naar 18 januari.");
		assertThat(read.kind()).isEqualTo(Announcement.Kind.STARTER);
		assertThat(read.date()).hasToString("2027-01-18");
		Announcement labelled = OnTheCorpusDay.parseShipped("Start date for Noah Frey: 11 January.");
		assertThat(labelled.kind()).isEqualTo(Announcement.Kind.STARTER);
		assertThat(labelled.date()).hasToString("2027-01-11");
	}

}

package io.handover.intake;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A manager takes a start or a leaving back, tells which day a request went out, heads a
 * message with a venue, tells of a leave or other hours, gains a colleague as
 * "versterking", dates a list below it or gives a last day after a period's end: the form
 * shows the person and day meant, and no one where no one joins, moves or leaves. Today
 * is Thursday 3 December 2026.
 */
class TakenBackStartsAndSentDaysTests {

	@Test
	void aStartCancelledOnItsDayAnnouncesNoOneNotAnOnboardingOnThatDay() {
		for (String text : new String[] { "We cancelled the start of Mila Berg on 8 January; she took another job.",
				"We hebben de start van Sem Kok op 11 januari geannuleerd.",
				"Our new gardener's first day has been postponed indefinitely, please put it on hold.",
				"De start van de nieuwe kapster is uitgesteld, datum volgt.",
				"Update: Tess Brink is not leaving after all. Please cancel her offboarding.",
				"Hugo Valk gaat toch niet weg, de uitdienstmelding mag vervallen." }) {
			List<Announcement> read = OnTheCorpusDay.parseAll(text);
			assertThat(read).as(text).hasSize(1);
			assertThat(read.get(0).employeeName()).as(text).isNull();
			assertThat(read.get(0).date()).as(text).isNull();
		}
		// staying on until a later day, or another starting instead, still names someone
		assertThat(OnTheCorpusDay.parseAll("Jan Bos stays with us after all until 1 March, then he leaves."))
			.extracting(Announcement::employeeName)
			.contains("Jan Bos");
		assertThat(OnTheCorpusDay.parseAll("We stop the onboarding of Kim Lee and start Bo Ray on 4 January instead."))
			.extracting(Announcement::employeeName)
			.contains("Bo Ray");
		// put off to a day said is a new day, not a start called off
		Announcement later = OnTheCorpusDay.parse("De start van Sem Kok is uitgesteld naar 18 januari.");
		assertThat(later.employeeName()).isEqualTo("Sem Kok");
		assertThat(later.date()).hasToString("2027-01-18");
	}

	@Test
	void aWeekdayARequestWasSentOnIsTheLastOneAndNoted() {
		// read as the next one, the sending day became a start or a leaving a week
		// ahead, without a note; a follow-up may name no one at all
		for (String text : new String[] { "I sent the joiner for Olaf Berg on Monday, is it in your queue?",
				"Ik heb dinsdag de afmelding van Kim Duin gestuurd, is die binnen?",
				"Sent the leaver form for Bram Oost on Tuesday; his last day is still to be agreed." }) {
			Announcement sent = OnTheCorpusDay.parse(text);
			if (sent.date() != null) {
				assertThat(sent.date()).as(text).isBefore(OnTheCorpusDay.TODAY);
				assertThat(sent.notes()).as(text).contains(Announcement.Note.PAST_DATE);
			}
		}
		// beside a day of the person's own, the sending day is not theirs
		assertThat(OnTheCorpusDay.parse("Heb dinsdag de aanmelding gestuurd voor Ilse Kaan; zij begint op 4 januari.")
			.date()).hasToString("2027-01-04");
		assertThat(OnTheCorpusDay.parse("Daan Kuiper starts on Monday; I sent his contract yesterday.").date())
			.hasToString("2026-12-07");
		// a weekday said of the start itself stays ahead
		assertThat(OnTheCorpusDay.parse("Ik heb gisteren gemaild dat Mees Brouwer maandag begint.").date())
			.hasToString("2026-12-07");
	}

	@Test
	void aVenueHeadingOrARegionIsNoOneAnnounced() {
		List<Announcement> venue = OnTheCorpusDay
			.parseAll("Theatre Deventer: new usher Kofi Mensah starts Saturday 12 December.");
		assertThat(venue).extracting(Announcement::employeeName).containsExactly("Kofi Mensah");
		List<Announcement> region = OnTheCorpusDay.parseAll(
				"Our account manager for the Baltic States, Eva Lind, moves to the Riga office on 1 February - same job.");
		assertThat(region).extracting(Announcement::employeeName).containsExactly("Eva Lind");
	}

	@Test
	void aLeaveOtherHoursOrALongerContractAnnounceNoOne() {
		for (String text : new String[] { "Het zwangerschapsverlof van Iris Meijer begint op 18 januari.",
				"Tom's working hours go from 24 to 32 from 1 March. Anything needed?",
				"Hugo Brand's fixed-term contract now runs until 31 August, so his badge needs extending.",
				"Het tijdelijke contract van Wout Smeets loopt nu tot 1 september; graag zijn pas verlengen." }) {
			List<Announcement> read = OnTheCorpusDay.parseAll(text);
			assertThat(read).as(text).hasSize(1);
			assertThat(read.get(0).employeeName()).as(text).isNull();
		}
		// a contract that runs out is a leaving
		Announcement ends = OnTheCorpusDay.parse("Het contract van Wout Smeets loopt af op 31 januari.");
		assertThat(ends.kind()).isEqualTo(Announcement.Kind.LEAVER);
	}

	@Test
	void aTeamGainingSomeoneIsAJoiner() {
		Announcement dutch = OnTheCorpusDay
			.parse("Het ochtendteam krijgt vanaf maandag 14 december versterking van Romy Bakker (kapster).");
		assertThat(dutch.kind()).isEqualTo(Announcement.Kind.STARTER);
		assertThat(dutch.date()).hasToString("2026-12-14");
		Announcement english = OnTheCorpusDay
			.parse("Our warehouse in Venlo gets a new forklift driver on Monday 11 January: Piet Brouwer.");
		assertThat(english.kind()).isEqualTo(Announcement.Kind.STARTER);
		assertThat(english.employeeName()).isEqualTo("Piet Brouwer");
	}

	@Test
	void aDateForAllBelowAListIsEveryonesAndALastDayBeatsThePeriodEnd() {
		List<Announcement> list = OnTheCorpusDay
			.parseAll("Two new cleaners for the winter season, welcome:\n- Maria Costa\n- Joana Reis\n"
					+ "They both begin on 7 December.");
		assertThat(list).extracting(a -> String.valueOf(a.date())).containsExactly("2026-12-07", "2026-12-07");
		Announcement leaver = OnTheCorpusDay
			.parse("Mark Vogel leaves us at the end of February, his last day being 24 February.");
		assertThat(leaver.date()).hasToString("2027-02-24");
	}

}

package io.handover.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * A manager tells of a leaving in HR's or a faculty's words, of a successor who takes the
 * work over from the one just said to leave, and of a day said twice (short, then in
 * full) or beside a mistake owned up to. Each leaver gets an offboarding on their own
 * day, each successor a start; the day a mistake was made is no one's start, and a
 * contract that is renewed announces no one.
 */
class LeaversSuccessorsAndRestatedDatesTests {

	@Test
	void aResignationHeadingNamesTheLeaverAfterItsColonInLowerCase() {
		Announcement read = OnTheCorpusDay
			.parseShipped("ontslag ingediend: sanne de wit, locatie utrecht. laatste werkdag vrijdag 29 januari");

		assertThat(read.kind()).isEqualTo(Announcement.Kind.LEAVER);
		assertThat(read.employeeName()).isEqualTo("Sanne de Wit");
		assertThat(read.date()).isEqualTo(LocalDate.of(2027, 1, 29));
	}

	@Test
	void aProfessorGoingEmeritusLeaves() {
		Announcement read = OnTheCorpusDay.parseShipped("prof. dr. Hendrik Smeets gaat per 1 september met emeritaat.");

		assertThat(read.kind()).isEqualTo(Announcement.Kind.LEAVER);
		assertThat(read.employeeName()).isEqualTo("Hendrik Smeets");
		assertThat(read.date()).isEqualTo(LocalDate.of(2027, 9, 1));
	}

	@Test
	void aContractThatEndsAndIsNotRenewedIsALeavingAndOneRenewedIsNoNews() {
		Announcement ends = OnTheCorpusDay
			.parseShipped("The contract of Marta Silva ends on 28 February 2027 and will not be renewed.");
		assertThat(ends.kind()).isEqualTo(Announcement.Kind.LEAVER);
		assertThat(ends.date()).isEqualTo(LocalDate.of(2027, 2, 28));

		assertThat(OnTheCorpusDay
			.parseShipped("The contract of Marta Silva ends on 28 February and will be renewed until 31 August.")
			.kind()).isNull();
	}

	@Test
	void accessToCutNowDatesADismissalToday() {
		Announcement read = OnTheCorpusDay
			.parseShipped("Dean Walsh has been dismissed, please disable all his access now.");

		assertThat(read.kind()).isEqualTo(Announcement.Kind.LEAVER);
		assertThat(read.date()).isEqualTo(OnTheCorpusDay.TODAY);
	}

	@Test
	void whoTakesItOverFromTheLeaverStarts() {
		List<Announcement> read = OnTheCorpusDay.parseAllShipped(
				"Hoofdkok Sander Wijk stopt per 28 februari; Noor Haddou neemt het per 1 maart van hem over.");

		assertThat(read).extracting(Announcement::kind, Announcement::date)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(Announcement.Kind.LEAVER, LocalDate.of(2027, 2, 28)),
					org.assertj.core.groups.Tuple.tuple(Announcement.Kind.STARTER, LocalDate.of(2027, 3, 1)));
	}

	@Test
	void aDaySaidShortThenInFullIsTheFullOne() {
		Announcement read = OnTheCorpusDay
			.parseShipped("Carer Nina Bos starts on the 11th, that is Monday 11 January.");

		assertThat(read.date()).isEqualTo(LocalDate.of(2027, 1, 11));
		assertThat(read.notes()).doesNotContain(Announcement.Note.SEVERAL_DATES);
		assertThat(OnTheCorpusDay.parseShipped("Verzorgende Lies Mol begint op de 11e, dus maandag 11 januari.").date())
			.isEqualTo(LocalDate.of(2027, 1, 11));
	}

	@Test
	void theDayAMistakeWasMadeIsNoStart() {
		assertThat(OnTheCorpusDay
			.parseShipped(
					"The new cook starting on Wednesday is Ada Lamb (not Ada Lane, I got the name wrong yesterday).")
			.date()).isEqualTo(LocalDate.of(2026, 12, 9));
		assertThat(OnTheCorpusDay.parseShipped(
				"De nieuwe chauffeur die maandag begint is Rik Aalbers (niet Rik Aalberts, ik heb me gisteren vergist).")
			.date()).isEqualTo(LocalDate.of(2026, 12, 7));
	}

	@Test
	void theSameLastDayOfAnotherOnAnotherDayIsASecondLeaver() {
		List<Announcement> read = OnTheCorpusDay
			.parseAllShipped("Vrijdag is de laatste werkdag van Joke Smit en maandag die van Pim Ros.");

		assertThat(read).extracting(Announcement::employeeName, Announcement::kind, Announcement::date)
			.containsExactly(
					org.assertj.core.groups.Tuple.tuple("Joke Smit", Announcement.Kind.LEAVER,
							LocalDate.of(2026, 12, 4)),
					org.assertj.core.groups.Tuple.tuple("Pim Ros", Announcement.Kind.LEAVER,
							LocalDate.of(2026, 12, 7)));
	}

}

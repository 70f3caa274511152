package io.handover.intake;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the thirty-second blind set prefilled wrong without a note, each in words of our
 * own: fewer mornings is no leaving, "Saturday the 28th" said of a start already made is
 * last month's, "hun laatste werkdag" is the day of all the leavers named, a shift named
 * by its day is no date, and the firm an employment is with is no person. Today is
 * Thursday 3 December 2026.
 */
class FewerMorningsPassedDaysShiftsAndEmployersTests {

	@Test
	void workingOnlyAFewMorningsOrEveningsAnnouncesNoOne() {
		for (String text : List.of("Per 1 februari werkt Sander Bol nog maar twee avonden in de bar.",
				"From February Priya Nair works only two mornings a week, nothing else changes.",
				"Vanaf januari werkt Ria van de kantine nog maar drie ochtenden.")) {
			Announcement read = OnTheCorpusDay.parse(text);

			assertThat(read.employeeName()).as(text).isNull();
			assertThat(read.date()).as(text).isNull();
		}
	}

	@Test
	void aStarterForAFewMorningsAWeekStillStarts() {
		Announcement start = OnTheCorpusDay.parse("Ingrid de Wit begint op 4 januari, drie ochtenden per week.");

		assertThat(start.kind()).isEqualTo(Announcement.Kind.STARTER);
		assertThat(start.date()).hasToString("2027-01-04");
	}

	@Test
	void aWeekdayAndADayOfAStartAlreadyMadeIsTheOneJustPassed() {
		Announcement english = OnTheCorpusDay
			.parse("Milan Oost started at the bar on Saturday the 28th, sorry for the delay!");
		Announcement dutch = OnTheCorpusDay.parse("Lotte Baas is zaterdag de 28e begonnen in de garderobe.");

		assertThat(english.date()).hasToString("2026-11-28");
		assertThat(dutch.date()).hasToString("2026-11-28");
		assertThat(english.notes()).contains(Announcement.Note.PAST_DATE);
	}

	@Test
	void aWeekdayAndADayWithinTwoMonthsIsStillAhead() {
		assertThat(OnTheCorpusDay.parse("Mark Vos starts on Monday the 14th.").date()).hasToString("2026-12-14");
		assertThat(OnTheCorpusDay.parse("Noor Dekker begint maandag de 11e.").date()).hasToString("2027-01-11");
	}

	@Test
	void theirLastWorkingDayIsEveryLeaversNamed() {
		for (String text : List.of(
				"Einde van het jaar gaan Kees Mol en Truus Dam met pensioen, hun laatste werkdag is dinsdag 29 december.",
				"At the end of the year Pam Reed and Joe Lutz retire, their last working day is Tuesday 29 December.")) {
			List<Announcement> read = OnTheCorpusDay.parseAll(text);

			assertThat(read).as(text).hasSize(2);
			assertThat(read).as(text).allSatisfy((leaver) -> {
				assertThat(leaver.kind()).isEqualTo(Announcement.Kind.LEAVER);
				assertThat(leaver.date()).hasToString("2026-12-29");
			});
		}
	}

	@Test
	void leaversWithADayEachKeepTheirOwn() {
		List<Announcement> read = OnTheCorpusDay.parseAll("Kees Mol stopt op 8 januari en Truus Dam op 15 januari.");

		assertThat(read).extracting((leaver) -> leaver.date().toString()).containsExactly("2027-01-08", "2027-01-15");
	}

	@Test
	void aShiftNamedByItsDayIsNoDate() {
		List<Announcement> read = OnTheCorpusDay.parseAll(
				"three new cleaners for the saturday early shift: lisa kort and omar haddad, first shift sat 9 jan");

		assertThat(read).extracting(Announcement::employeeName).containsExactly("Lisa Kort", "Omar Haddad");
		assertThat(read).allSatisfy((starter) -> assertThat(starter.date()).hasToString("2027-01-09"));
	}

	@Test
	void aWeekdayBeforeOtherWordsIsStillADay() {
		assertThat(OnTheCorpusDay.parse("Anna Smit starts Monday, team sales.").date()).hasToString("2026-12-07");
		assertThat(
				OnTheCorpusDay.parse("Nieuw voor de zaterdagploeg: Bas Kok, hij begint zaterdag 12 december.").date())
			.hasToString("2026-12-12");
	}

	@Test
	void theFirmAnEmploymentIsWithIsNoPerson() {
		for (String text : List.of("Mr. Tom Reyes will start his employment with Harbor Foods on 1 February.",
				"We confirm that Ms. Ada Lowe will end her employment with Greenfield Dairies on 30 April.",
				"Hierbij bevestigen wij dat mevrouw Els Kramer haar dienstverband bij Kramer Bouw beëindigt per 1 mei.")) {
			assertThat(OnTheCorpusDay.parseAll(text)).as(text).hasSize(1);
		}
	}

	@Test
	void aNameBeforeTheFirmStillStarts() {
		Announcement start = OnTheCorpusDay.parse("Per 1 maart treedt Jan de Vries in dienst bij Bakkerij Vos.");

		assertThat(start.employeeName()).isEqualTo("Jan de Vries");
		assertThat(start.date()).hasToString("2027-03-01");
	}

	@Test
	void theEmploymentEndedWithSomeoneNamesThem() {
		Announcement leaver = OnTheCorpusDay
			.parse("Gisteren hebben we het dienstverband met Pieter Kuipers beëindigd.");

		assertThat(leaver.kind()).isEqualTo(Announcement.Kind.LEAVER);
		assertThat(leaver.employeeName()).isEqualTo("Pieter Kuipers");
	}

}

package io.handover.intake;

import java.time.LocalDate;

import io.handover.intake.Announcement.Kind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A date the manager takes back is never prefilled: the corrected one is (issue 18).
 */
class DateCorrectionsTests {

	Announcement parse(String text) {
		return OnTheCorpusDay.parse(text);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			Sanne Kok begint niet op 4 januari maar pas op 11 januari.                     | STARTER | 2027-01-11
			Ben Visser starts not on the 4th but the 11th of January.                      | STARTER | 2027-01-11
			Tom Bakker starts on 4 January. Correction: his start date is 11 January.       | STARTER | 2027-01-11
			Lars Bos starts with us; the start date moves from 4 January to 11 January.     | STARTER | 2027-01-11
			De startdatum van Mila Jansen verschuift van 4 januari naar 18 januari.         | STARTER | 2027-01-18
			Kim de Wit starts on 11 January instead of 4 January.                          | STARTER | 2027-01-11
			Kim de Wit begint op 11 januari in plaats van 4 januari.                        | STARTER | 2027-01-11
			Sanne Kok begint niet op 4 januari maar een week later.                        | STARTER | 2027-01-11
			Piet Jansen's last day is not 29 January but 5 February.                        | LEAVER  | 2027-02-05
			De laatste werkdag van Joris Smit is niet 29 januari, maar 31 januari.          | LEAVER  | 2027-01-31
			Update: Daan Kok's start date changed from 4 January to 18 January.             | STARTER | 2027-01-18
			""")
	void theCorrectedDateNeverTheFirst(String text, Kind kind, LocalDate date) {
		Announcement a = parse(text);

		assertThat(a.kind()).isEqualTo(kind);
		assertThat(a.date()).isEqualTo(date);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|',
			textBlock = """
					Ezra Holt is not finishing on the 12th of March any more; his last day is now the 19th of March. | LEAVER  | 2027-03-19
					Hanna Berg won't start on 4 January after all, she starts on 11 January.                          | STARTER | 2027-01-11
					Sara Lim was going to start on 4 January but now starts on 18 January.                            | STARTER | 2027-01-18
					Leaver Fay Dunn: 26 February is off, her last day will be 5 March.                                | LEAVER  | 2027-03-05
					Milan Post zou op 1 maart beginnen, maar dat is 8 maart geworden.                                | STARTER | 2027-03-08
					Nieuwe startdatum voor Kees Bril: oorspronkelijk 1 februari, nu 15 februari.                      | STARTER | 2027-02-15
					""")
	void anEventDeniedOrAPlanGivenUpTakesItsDateBack(String text, Kind kind, LocalDate date) {
		Announcement a = parse(text);

		assertThat(a.kind()).isEqualTo(kind);
		assertThat(a.date()).isEqualTo(date);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			Dirk Span is no longer with us as of 29 January 2027.           | 2027-01-29
			Aart Brem werkt per 29 januari 2027 niet meer bij ons.           | 2027-01-29
			Bram Vos will not be working here from 1 February.               | 2027-02-01
			Eva Lind won't start until 11 January.                          | 2027-01-11
			""")
	void aStateDeniedFromADateOnKeepsThatDate(String text, LocalDate date) {
		assertThat(parse(text).date()).isEqualTo(date);
	}

	@Test
	void aDateTakenBackWithoutAnotherLeavesTheDateToAsk() {
		assertThat(parse("Sanne Kok begint niet op 4 januari, de datum volgt nog.").date()).isNull();
	}

	@Test
	void aPeriodFromOneDateToAnotherIsNoCorrection() {
		Announcement a = parse("Tom Bakker works with us from 4 January to 30 June as a developer.");

		assertThat(a.date()).isEqualTo(LocalDate.of(2027, 1, 4));
	}

	@Test
	void aMoverMovingOnADateStillMoves() {
		assertThat(parse("Anna de Vries wordt per 1 januari ontwikkelaar").kind()).isEqualTo(Kind.ROLE_CHANGE);
		assertThat(parse("Anna Vos gaat per 1 maart naar sales.").kind()).isEqualTo(Kind.ROLE_CHANGE);
	}

}

package io.handover.intake;

import java.time.LocalDate;

import io.handover.intake.Announcement.Kind;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A manager often asks for what a starter needs instead of saying someone starts ("Graag
 * een account en werkplek voor …", "Can you prepare a laptop for …"): that asks for a
 * starter (issue 18). Asking to take things away does not.
 */
class RequestsForAStarterTests {

	Announcement parse(String text) {
		return OnTheCorpusDay.parse(text);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			Graag een account en werkplek voor Jan Bakker per 1 maart.          | Jan Bakker  | 2027-03-01
			Please arrange access for Tom de Wit from 11 January.               | Tom de Wit  | 2027-01-11
			Could you create an account for Eva Smit? She needs it on 4 January. | Eva Smit    | 2027-01-04
			Kunnen jullie een laptop klaarzetten voor Noor Aydın, per 1 februari? | Noor Aydın  | 2027-02-01
			We need a new laptop and a badge for Ravi Patel by 18 January.      | Ravi Patel  | 2027-01-18
			Wil je de inloggegevens regelen voor Sem Kuipers vanaf 8 februari?  | Sem Kuipers | 2027-02-08
			""")
	void aRequestForWhatAStarterNeedsAnnouncesAStarter(String text, String name, LocalDate date) {
		Announcement a = parse(text);

		assertThat(a.kind()).isEqualTo(Kind.STARTER);
		assertThat(a.employeeName()).isEqualTo(name);
		assertThat(a.date()).isEqualTo(date);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			Please remove the access of Tom de Wit after 29 January, his last day. | LEAVER
			Kun je de laptop van Jan Bakker terug laten leveren? Hij stopt per 1 maart. | LEAVER
			Please disable the account of Eva Smit on 4 January.                 | LEAVER
			""")
	void askingToTakeThingsAwayIsNoStarter(String text, Kind kind) {
		assertThat(parse(text).kind()).isEqualTo(kind);
	}

}

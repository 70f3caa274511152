package io.handover.intake;

import java.time.LocalDate;

import io.handover.intake.Announcement.Kind;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The everyday ways to say someone leaves, in English and Dutch: retiring, finishing with
 * us, handing in a notice, a last working day (issue 18).
 */
class LeaverWordsTests {

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			Piet Jansen will retire on 31 January.                            | Piet Jansen   | 2027-01-31
			Kees de Boer gaat met pensioen per 1 februari.                     | Kees de Boer  | 2027-02-01
			Maria Lopez finishes with us on 29 January.                        | Maria Lopez   | 2027-01-29
			Henk Smit stopt bij ons per 1 maart.                               | Henk Smit     | 2027-03-01
			Zijn laatste werkdag is 29 januari, het gaat om Pieter Kramer.      | Pieter Kramer | 2027-01-29
			Anna Bos leaves the company at the end of January.                 | Anna Bos      | 2027-01-31
			Tim Vos has handed in their notice; 15 January is the final day.   | Tim Vos       | 2027-01-15
			Ilse Brouwer heeft haar ontslag ingediend, ze werkt hier nog tot 12 februari. | Ilse Brouwer | 2027-02-12
			Ruud Hoek has decided to leave; leaving date 26 February.          | Ruud Hoek     | 2027-02-26
			Het dienstverband van Karin Mol wordt beëindigd per 1 april 2027.   | Karin Mol     | 2027-04-01
			""")
	void leaverWords(String text, String name, LocalDate date) {
		Announcement a = OnTheCorpusDay.parse(text);

		assertThat(a.kind()).isEqualTo(Kind.LEAVER);
		assertThat(a.employeeName()).isEqualTo(name);
		assertThat(a.date()).isEqualTo(date);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			Gijs Brand zwaait op 29 januari af.                                | Gijs Brand
			Mies Kramer houdt het per 31 januari voor gezien.                  | Mies Kramer
			Joep Veld kapt ermee, laatste dag 15 januari.                      | Joep Veld
			Hanneke Roos verruilt ons per 1 maart voor een andere werkgever.   | Hanneke Roos
			Ward Peeters gaat per 1 februari elders aan de slag.               | Ward Peeters
			Einde dienstverband Noor Claes: 28 februari.                       | Noor Claes
			Owen Tate is moving on to another company on 29 January.           | Owen Tate
			Ruby Shaw has accepted a job elsewhere and finishes on 22 January. | Ruby Shaw
			Ivan Holt won't be with us after 31 January.                       | Ivan Holt
			""")
	void leavingInIdiomAndFormalWords(String text, String name) {
		Announcement a = OnTheCorpusDay.parse(text);

		assertThat(a.kind()).isEqualTo(Kind.LEAVER);
		assertThat(a.employeeName()).isEqualTo(name);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			Anouk Wolf begint 1 februari; ze werkte eerder bij een ander bedrijf.
			Lars Dam joins us on 1 February; he had a job elsewhere before.
			Mara Voss starts on 8 February, coming from a different organisation.
			""")
	void aFormerEmployerIsNoLeaving(String text) {
		assertThat(OnTheCorpusDay.parse(text).kind()).isEqualTo(Kind.STARTER);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			Our developer Tobias Wren passed away on Monday.           | 2026-11-30
			Onze verzorgende Aaltje Bosma is dinsdag overleden.         | 2026-12-01
			""")
	void aDeathIsALeavingOnTheDayPast(String text, LocalDate date) {
		Announcement a = OnTheCorpusDay.parse(text);

		assertThat(a.kind()).isEqualTo(Kind.LEAVER);
		assertThat(a.date()).isEqualTo(date);
		assertThat(a.notes()).contains(Announcement.Note.PAST_DATE);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			Harm Kuipers is per 1 maart niet langer in dienst.
			As of 1 March Vera Hale is no longer with the organisation.
			Per 1 februari gaat Lotte Brink, verzorgende, bij ons weg.
			""")
	void employmentDeniedOrASeparableVerbAroundAnApposition(String text) {
		assertThat(OnTheCorpusDay.parse(text).kind()).isEqualTo(Kind.LEAVER);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			Vera Blom is stepping down as head of finance on 26 February.
			Our caretaker Ian Roe steps down at Easter, on 26 March.
			We have had to let Zoe Marsh go; cut her access please.
			Sadly we've let Piet Gans go after his trial period.
			Dr Noor Aziz will conclude her contract with the clinic on 31 March 2027.
			""")
	void steppingDownLettingGoAndAFormalEnd(String text) {
		assertThat(OnTheCorpusDay.parse(text).kind()).isEqualTo(Kind.LEAVER);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			Let me know when Yusuf Ali can go to the induction; he starts Monday.
			""")
	void letMeKnowIsNoLettingGo(String text) {
		assertThat(OnTheCorpusDay.parse(text).kind()).isEqualTo(Kind.STARTER);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			Our physio Lotte Frey takes her last session here on 15 January before moving to a clinic in Bath.
			Tandarts-assistent Mila Hoek heeft op 8 januari haar laatste praktijkdag en gaat naar een ziekenhuis in Ede.
			""")
	void aLastSessionAndANextEmployerThatIsNoTeamOfOursIsALeaving(String text) {
		assertThat(OnTheCorpusDay.parse(text).kind()).isEqualTo(Kind.LEAVER);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			Remember Theo Vance, who left us last spring? He is coming back and rejoins as a developer on 1 February.
			Remember Theo Vance, who left us last spring? He rejoins as a developer on 1 February.
			Mirte Hol, die in 2025 vertrok, komt per 1 maart terug als verzorgende.
			""")
	void aRehireIsAStartNotALeaving(String text) {
		assertThat(OnTheCorpusDay.parse(text).kind()).isEqualTo(Kind.STARTER);
	}

}

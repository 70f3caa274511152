package io.handover.intake;

import io.handover.intake.Announcement.Kind;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Joining and moving said beyond the plain verbs (issue 18): new people, new temps, the
 * plural "komen … bij ons", a heading for a title the catalogue does not know, a move
 * told with a separable verb or from one office to another.
 */
class JoinerWordsTests {

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			Twee nieuwe mensen voor het ontwikkelteam: Sem Vink en Jip Hol, per 4 januari.
			Op 11 januari komen Floor Mast en Ids Wijnia als verzorgenden bij ons.
			2 new temps monday on the sales floor: Kacper Nowak and Ines Duarte
			Per 1 maart nieuwe roostermaker op kantoor: Hylke Dam. Heeft een werkplek nodig.
			Nieuwe man in de verkoop vanaf 4 januari: Okke Zijl.
			""")
	void joinerCues(String text) {
		assertThat(OnTheCorpusDay.parseAll(text)).allSatisfy(a -> assertThat(a.kind()).isEqualTo(Kind.STARTER));
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			Marit Zeeman gaat per maandag 4 januari over naar de facilitaire dienst.
			Vanaf 1 februari gaat Ids Bron van ons kantoor in Delft naar de vestiging in Gouda.
			From 1 March Cordelia Whitlow moves to our other site.
			""")
	void moverCues(String text) {
		assertThat(OnTheCorpusDay.parse(text).kind()).isEqualTo(Kind.ROLE_CHANGE);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			Anna Kok krijgt per 1 maart een nieuwe functie: ontwikkelaar.
			Anna Kok wordt per 1 maart onze nieuwe teamleider.
			""")
	void aNewRoleIsNoNewPerson(String text) {
		assertThat(OnTheCorpusDay.parse(text).kind()).isEqualTo(Kind.ROLE_CHANGE);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			Nieuwe magazijnier per 1 februari: Tygo Veld.
			Our new receptionist, Maria Lopes, is in from Monday.
			New caretaker at the depot: Frank Osei, from 11 January.
			We're delighted to announce the appointment of Dr Anil Rao as medical director from 1 May.
			Per 1 maart hebben we twee vaste schoonmakers: Rick Bos en Ans Lam.
			Met ingang van 1 april zal mevrouw Iris Pool bij onze winkel in Assen werkzaam zijn.
			Graag melden wij de komst van Tamar Levi, per 1 februari.
			Our locum GP Sam Hill is with us from 4 January.
			Farid Nasser arrives on 1 February to take up the post of head chef.
			""")
	void joiningSaidWithoutAJoiningVerb(String text) {
		assertThat(OnTheCorpusDay.parseAll(text)).allSatisfy(a -> assertThat(a.kind()).isEqualTo(Kind.STARTER));
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			Per 4 januari is Mats Wever niet meer kok maar inkoper.
			Ilona Smit groeit in het nieuwe jaar door naar teamleider.
			Evan Doyle is seconded to the care team from 11 January.
			After the restructure Priya Nair is being redeployed into facilities from 1 March.
			As of 1 March Kofi Mensah is no longer a cashier but a buyer.
			""")
	void oneJobNoMoreButAnotherGrowingOnSecondedRedeployed(String text) {
		assertThat(OnTheCorpusDay.parse(text).kind()).isEqualTo(Kind.ROLE_CHANGE);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			Anouk Berg from Facilities has been appointed office manager from 1 March.
			""")
	void anAppointmentFromATeamHereIsAMove(String text) {
		assertThat(OnTheCorpusDay.parse(text).kind()).isEqualTo(Kind.ROLE_CHANGE);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			Ayesha Patel joins us on secondment from the council on 4 January.
			Bram Kuiper is seconded to us from the university from 11 January as a developer.
			""")
	void someoneSecondedToUsFromElsewhereJoins(String text) {
		assertThat(OnTheCorpusDay.parse(text).kind()).isEqualTo(Kind.STARTER);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			Our new pastry chef is Ines Varga, from Monday 4 January.
			We have just signed Olu Bello; he will be one of our drivers from 1 February.
			New in my team from 11 January: Mira Holt, planner.
			Vanaf 1 maart hebben we versterking: Jet Baas en Sam Loef.
			""")
	void joinersToldWithoutAStartVerb(String text) {
		assertThat(OnTheCorpusDay.parseAll(text)).isNotEmpty()
			.allSatisfy(a -> assertThat(a.kind()).isEqualTo(Kind.STARTER));
	}

}

package io.handover.intake;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

/**
 * Announcements of tuning-46 (session 36, tuner TK, on blind-25's kinds): temps who "both
 * work until" a day, a job finished "in our company", people who stay (a long illness, a
 * resignation taken back, a leaving off "in January after all"), lower-case chat lines (a
 * list before the verb, "stops fri 11 dec", "laatste dag van verkoper …"), questions
 * about a kind of worker, a successor who "takes over as" the leaver's job, a post taken
 * up in a formal letter, a ship's pilot's title and someone trained in beside a leaver.
 * Today is Thursday 3 December 2026.
 */
class WorkUntilStayingChatListsQuestionsAndTakeoversTests {

	@Test
	void tempsWhoAllWorkUntilADayLeaveThen() {
		assertThat(OnTheCorpusDay
			.parseAllShipped("Nina Holt and Sam Carver, our seasonal pickers, both work until 24 December."))
			.extracting(Announcement::kind, Announcement::employeeName, Announcement::date)
			.containsExactly(tuple(Announcement.Kind.LEAVER, "Nina Holt", LocalDate.of(2026, 12, 24)),
					tuple(Announcement.Kind.LEAVER, "Sam Carver", LocalDate.of(2026, 12, 24)));
		assertThat(OnTheCorpusDay.parseAllShipped("Ilse Kramer en Bas Meulenbelt werken beiden nog tot 31 december."))
			.extracting(Announcement::kind)
			.containsExactly(Announcement.Kind.LEAVER, Announcement.Kind.LEAVER);
		// a start said before it: the end is only how long they stay
		assertThat(OnTheCorpusDay
			.parseAllShipped("Lola Grant and Theo Marsh start on 14 December and both work until 2 January."))
			.extracting(Announcement::kind, Announcement::date)
			.containsExactly(tuple(Announcement.Kind.STARTER, LocalDate.of(2026, 12, 14)),
					tuple(Announcement.Kind.STARTER, LocalDate.of(2026, 12, 14)));
		// a time of day is no leaving
		assertThat(OnTheCorpusDay.parseAllShipped("Amir Khan and Lea Brandt both work until 5 pm on Fridays."))
			.extracting(Announcement::kind)
			.doesNotContain(Announcement.Kind.LEAVER);
	}

	@Test
	void workFinishedInOurCompanyIsALeaving() {
		Announcement read = OnTheCorpusDay
			.parseShipped("FYI: Yusuf Demir is going to finish her work in our company at 15.01.2027.");
		assertThat(read.kind()).isEqualTo(Announcement.Kind.LEAVER);
		assertThat(read.date()).isEqualTo(LocalDate.of(2027, 1, 15));
	}

	@Test
	void someoneWhoStaysIsNoOneAnnounced() {
		for (String text : new String[] {
				"Karin Dekker is al maanden ziek, maar ze blijft gewoon in dienst. Wie neemt haar diensten over?",
				"Fijn nieuws: Mehmet Kaya trekt zijn ontslag in.",
				"Update: Grace Owusu withdraws her resignation and stays with the team.",
				"Liam Foster's secondment was extended, so he is not leaving in February after all." }) {
			assertThat(OnTheCorpusDay.parseAllShipped(text)).as(text).allMatch(a -> a.employeeName() == null);
		}
		// another day said after it: the leaving holds, then
		assertThat(OnTheCorpusDay.parseShipped("Hannah Vos is not leaving in January after all but on 28 February."))
			.extracting(Announcement::kind, Announcement::date)
			.containsExactly(Announcement.Kind.LEAVER, LocalDate.of(2027, 2, 28));
	}

	@Test
	void lowerCaseChatLinesNameThePeopleOnly() {
		assertThat(OnTheCorpusDay.parseAllShipped("courier jade palmer stops fri 11 dec, moving to leeds"))
			.extracting(Announcement::kind, Announcement::employeeName, Announcement::date)
			.containsExactly(tuple(Announcement.Kind.LEAVER, "Jade Palmer", LocalDate.of(2026, 12, 11)));
		assertThat(OnTheCorpusDay.parseAllShipped("the new cleaners, maya lopez and kofi okafor, start monday"))
			.extracting(Announcement::employeeName, Announcement::date)
			.containsExactly(tuple("Maya Lopez", LocalDate.of(2026, 12, 7)),
					tuple("Kofi Okafor", LocalDate.of(2026, 12, 7)));
		assertThat(OnTheCorpusDay.parseAllShipped("ff melden: kim de graaf en lars post stoppen 31/12"))
			.extracting(Announcement::employeeName)
			.containsExactly("Kim de Graaf", "Lars Post");
		assertThat(
				OnTheCorpusDay.parseAllShipped("laatste dag van onze programmeur mila de jong is vrijdag 18 december"))
			.extracting(Announcement::employeeName, Announcement::roleKey)
			.containsExactly(tuple("Mila de Jong", "software-engineer"));
		// shifts stopped are no leaving
		assertThat(OnTheCorpusDay.parseAllShipped("jade palmer stops the night shifts, keeps her day job"))
			.allMatch(a -> a.employeeName() == null);
	}

	@Test
	void questionsAboutAKindOfWorkerAnnounceNoOne() {
		for (String text : new String[] { "Stagiairs hebben toch geen eigen laptop nodig? Of wel?",
				"Blijven de Poolse timmerlieden na januari nog, of niet?",
				"Dr Mensah's secretary wants to know if locums get their own badge?" }) {
			assertThat(OnTheCorpusDay.parseAllShipped(text)).as(text).allMatch(a -> a.employeeName() == null);
		}
		// a titled newcomer asked about after the start is still announced
		assertThat(
				OnTheCorpusDay.parseAllShipped("Judge Okoye starts on 4 January. Does she need a laptop from day one?"))
			.extracting(Announcement::kind)
			.containsExactly(Announcement.Kind.STARTER);
	}

	@Test
	void aSuccessorWhoTakesOverAsTheJobStartsUnlessOneOfOurs() {
		assertThat(OnTheCorpusDay.parseAllShipped(
				"Ray Dunn (planner) retires on 29 January; from 1 February Priya Shah takes over as planner."))
			.extracting(Announcement::kind, Announcement::employeeName)
			.containsExactly(tuple(Announcement.Kind.LEAVER, "Ray Dunn"),
					tuple(Announcement.Kind.STARTER, "Priya Shah"));
		// the leaver's own second is one of ours: a move
		assertThat(OnTheCorpusDay.parseAllShipped("Head chef Marco Rossi leaves on 8 January and his sous-chef "
				+ "Ivo Pranger takes over as head chef from 9 January."))
			.extracting(Announcement::kind)
			.containsExactly(Announcement.Kind.LEAVER, Announcement.Kind.ROLE_CHANGE);
		// no one following in the old job is no start
		assertThat(OnTheCorpusDay.parseAllShipped("Our receptionist Clara Beck becomes account manager from 1 March. "
				+ "The reception desk will be closed, so nobody replaces her."))
			.extracting(Announcement::kind, Announcement::roleKey)
			.containsExactly(tuple(Announcement.Kind.ROLE_CHANGE, "account-manager"));
		assertThat(OnTheCorpusDay.parseAllShipped(
				"Vanaf 1 maart neemt Fleur Jansen (nu verzorgende) de facilitaire dienst van de locatie over."))
			.extracting(Announcement::kind, Announcement::roleKey, Announcement::currentRoleKey)
			.containsExactly(tuple(Announcement.Kind.ROLE_CHANGE, "facility-coordinator", "care-worker"));
	}

	@Test
	void formalStartsTitlesAndHeadingsNameTheNewcomer() {
		assertThat(OnTheCorpusDay.parseAllShipped("I am pleased to announce that Ms. Leonie Vargas will take up her "
				+ "duties as Legal Adviser on Monday, 11 January 2027."))
			.extracting(Announcement::kind, Announcement::employeeName, Announcement::date)
			.containsExactly(tuple(Announcement.Kind.STARTER, "Leonie Vargas", LocalDate.of(2027, 1, 11)));
		assertThat(OnTheCorpusDay.parseAllShipped("Per 1 februari 2027 treedt mevrouw Sara Lindeman in functie."))
			.extracting(Announcement::kind, Announcement::employeeName)
			.containsExactly(tuple(Announcement.Kind.STARTER, "Sara Lindeman"));
		assertThat(OnTheCorpusDay.parseAllShipped("New office assistant in Leeuwarden: Ruby Chen, from Monday."))
			.extracting(Announcement::kind, Announcement::employeeName)
			.containsExactly(tuple(Announcement.Kind.STARTER, "Ruby Chen"));
		// a new office is no newcomer's job
		assertThat(OnTheCorpusDay.parseAllShipped("Tom Reed moves to our new office in Delft on 4 January, same job."))
			.extracting(Announcement::kind)
			.containsExactly(Announcement.Kind.ROLE_CHANGE);
		assertThat(OnTheCorpusDay.parseAllShipped("Loods Gerrit Zijlstra gaat per 1 maart met pensioen."))
			.extracting(Announcement::employeeName)
			.containsExactly("Gerrit Zijlstra");
	}

	@Test
	void someoneTrainedInBesideALeaverIsNoOneAnnounced() {
		assertThat(OnTheCorpusDay.parseAllShipped(
				"Onze invalkracht op de balie, Petra Mol, werkt nog t/m 15 januari. Daarna is Ruud Kessels ingewerkt."))
			.extracting(Announcement::kind, Announcement::employeeName)
			.containsExactly(tuple(Announcement.Kind.LEAVER, "Petra Mol"));
		// a start of theirs said beside it stays
		assertThat(OnTheCorpusDay
			.parseAllShipped("Petra Mol stopt op 15 januari. Ruud Kessels begint op 18 januari en is dan ingewerkt."))
			.extracting(Announcement::employeeName)
			.containsExactly("Petra Mol", "Ruud Kessels");
	}

	@Test
	void aFormalAppointmentWithTheVerbLastIsAStartUnlessAJobHereIsSaid() {
		assertThat(OnTheCorpusDay.parseAllShipped("Hierbij deel ik mee dat Anna Groen per 1 maart 2027 als "
				+ "beleidsmedewerker wordt benoemd. Zij werkte hiervoor bij de provincie Utrecht."))
			.extracting(Announcement::kind, Announcement::employeeName)
			.containsExactly(tuple(Announcement.Kind.STARTER, "Anna Groen"));
		// the job held here said beside the name: a move
		assertThat(OnTheCorpusDay
			.parseAllShipped("Per 1 maart wordt Kees Brink, nu verkoper, als facilitair medewerker benoemd."))
			.extracting(Announcement::kind, Announcement::currentRoleKey)
			.containsExactly(tuple(Announcement.Kind.ROLE_CHANGE, "account-manager"));
	}

	@Test
	void aLastServiceOnAWeekdayIsTheLastDay() {
		assertThat(OnTheCorpusDay.parseAllShipped(
				"Our bus driver Glen Parr leaves at the end of January; his last Saturday shift is the 23rd."))
			.extracting(Announcement::date)
			.containsExactly(LocalDate.of(2027, 1, 23));
		// a past weekday's shift is no last day
		assertThat(OnTheCorpusDay
			.parseAllShipped("Ilse Vos leaves on 31 January; last Sunday she worked a double shift to cover for Piet."))
			.extracting(Announcement::date)
			.containsExactly(LocalDate.of(2027, 1, 31));
	}

	@Test
	void theJobUnderAnOldPositionLabelIsTheOneHeld() {
		assertThat(OnTheCorpusDay.parseAllShipped(
				"Ravi Shah moves from the night ward to the office as our third developer from 1 March. Old role: carer."))
			.extracting(Announcement::roleKey, Announcement::currentRoleKey)
			.containsExactly(tuple("software-engineer", "care-worker"));
		// without the label, nothing is swapped
		assertThat(OnTheCorpusDay.parseAllShipped("Ravi Shah moves to the office as our third developer from 1 March."))
			.extracting(Announcement::roleKey)
			.containsExactly("software-engineer");
	}

}

package io.handover.intake;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

/**
 * Announcements of tuning-62 (tuner UA): an away reply with a period of two dates before
 * the absence, a name the writer says they wrote wrongly, a customer's news, words about
 * anyone or all ("if someone starts", "everyone welcome"), and a written date told as the
 * first day away. Today is Thursday 3 December 2026.
 */
class AwayPeriodsWrongNamesCustomersAndAnyoneTests {

	private static void noOne(String text) {
		List<Announcement> read = OnTheCorpusDay.parseAllShipped(text);
		assertThat(read).as(text).allMatch(a -> a.employeeName() == null && a.date() == null);
	}

	@Test
	void anAwayReplyWithAPeriodBeforeTheAbsenceAnnouncesNoOne() {
		noOne("Ik ben van maandag 21 december t/m vrijdag 1 januari niet op kantoor. Voor vragen over personeel kunt u "
				+ "contact opnemen met Joost Willemsen.");
		noOne("I'm away from 24 December until 4 January inclusive; for anything urgent please contact Laura Pike.");
	}

	@Test
	void aNameSaidToBeWrittenWronglyIsNoOne() {
		assertThat(OnTheCorpusDay
			.parseAllShipped("Oeps, ik schreef gisteren Bas Koster maar het is Bas Kuster. Hij begint op 4 januari."))
			.extracting(Announcement::employeeName, a -> a.date().toString())
			.containsExactly(tuple("Bas Kuster", "2027-01-04"));
		assertThat(OnTheCorpusDay
			.parseAllShipped("Sorry, I wrote Anna Smit earlier but it is Anna Smid. She starts on 4 January."))
			.extracting(Announcement::employeeName)
			.containsExactly("Anna Smid");
		assertThat(OnTheCorpusDay.parseAllShipped(
				"Ik had Gijs Mulders geschreven, maar het moet Gijs Mulder zijn. Hij begint 11 januari als loodgieter."))
			.extracting(Announcement::employeeName)
			.containsExactly("Gijs Mulder");
		// written about before, no other name: the one announced
		assertThat(OnTheCorpusDay
			.parseAllShipped("Ik schreef al eerder over Mila Dekker: zij begint op 4 januari in de winkel in Zwolle."))
			.extracting(Announcement::employeeName, a -> a.date().toString())
			.containsExactly(tuple("Mila Dekker", "2027-01-04"));
	}

	@Test
	void aCustomersNewsAnnouncesNoOne() {
		noOne("Klant Van Leeuwen Bouw stopt per 1 januari met hun polis, wie neemt het dossier over?");
		noOne("Klant Jansen Installatietechniek zegt per 1 januari de opstalverzekering op, wie neemt het dossier over?");
		noOne("Our client Mr Dean cancels his car policy per 1 February; can someone call him?");
		// customers before a colon: one of ours for them
		assertThat(OnTheCorpusDay
			.parseAllShipped("Nieuwe vertegenwoordiger voor de zakelijke klanten: Ilse Hoekstra, start 1 maart."))
			.extracting(Announcement::kind, Announcement::employeeName, Announcement::roleKey)
			.containsExactly(tuple(Announcement.Kind.STARTER, "Ilse Hoekstra", "account-manager"));
		// one of ours whose job has the customer in it leaves
		assertThat(OnTheCorpusDay.parseAllShipped("Onze klantadviseur Eva Brink stopt per 31 december."))
			.extracting(Announcement::kind, Announcement::employeeName, a -> a.date().toString())
			.containsExactly(tuple(Announcement.Kind.LEAVER, "Eva Brink", "2026-12-31"));
	}

	@Test
	void wordsAboutAnyoneOrAllAnnounceNoOne() {
		noOne("If someone starts on a Saturday, does IT still need 14 days notice?");
		noOne("Als iemand op zaterdag begint, moet de laptop dan vrijdag klaarstaan?");
		noOne("Team lunch on Tuesday 15 December at the Ghent shop, everyone welcome!");
		noOne("Op vrijdag 18 december is de kerstborrel in de winkel in Gent, iedereen is welkom!");
		// a welcome to all before a starter, a farewell named: still announced
		assertThat(OnTheCorpusDay
			.parseAllShipped("Welcome everyone! Noor Kaya starts on Monday 7 December as our new florist."))
			.extracting(Announcement::kind, Announcement::employeeName)
			.containsExactly(tuple(Announcement.Kind.STARTER, "Noor Kaya"));
		assertThat(OnTheCorpusDay.parseAllShipped(
				"Everyone welcome at the farewell drinks for Piet Jansen on Friday 18 December, his last day!"))
			.extracting(Announcement::kind, Announcement::employeeName, a -> a.date().toString())
			.containsExactly(tuple(Announcement.Kind.LEAVER, "Piet Jansen", "2026-12-18"));
	}

	@Test
	void aWrittenDateToldAsTheFirstDayAwayIsKeptWithANote() {
		assertThat(OnTheCorpusDay.parseAllShipped("Vanaf 1 februari werkt Ruben Aksoy niet meer bij ons."))
			.extracting(a -> a.date().toString(), Announcement::notes)
			.containsExactly(tuple("2027-02-01", java.util.Set.of(Announcement.Note.FROM_DATE_AWAY)));
		assertThat(OnTheCorpusDay.parseAllShipped("From 1 February Olga Berg no longer works for us."))
			.extracting(Announcement::notes)
			.containsExactly(java.util.Set.of(Announcement.Note.FROM_DATE_AWAY));
		// "from tomorrow" is moved to today, no note; a last day said is no first day
		// away
		assertThat(OnTheCorpusDay.parseAllShipped("Vanaf morgen werkt Bas Hendriks niet meer bij ons."))
			.extracting(a -> a.date().toString(), Announcement::notes)
			.containsExactly(tuple("2026-12-03", java.util.Set.of()));
		assertThat(OnTheCorpusDay.parseAllShipped("Ruben Aksoy heeft op 29 januari zijn laatste werkdag."))
			.extracting(Announcement::notes)
			.containsExactly(java.util.Set.of());
	}

	@Test
	void aStartDeniedOnItsDayAfterAllIsCalledOff() {
		noOne("Sorry, scratch that – Kevin Doyle is NOT starting on Monday after all, he took another offer.");
		noOne("Hannah Cole isn't starting on the 14th after all, she stays at her current job.");
		// another day said: the start moves
		assertThat(OnTheCorpusDay
			.parseAllShipped("Ravi Patel is not starting on Monday 7 December but on Monday 14 December."))
			.extracting(Announcement::employeeName, a -> a.date().toString())
			.containsExactly(tuple("Ravi Patel", "2026-12-14"));
	}

	@Test
	void aDutchStartAgainAfterAPastLeavingIsARehire() {
		assertThat(OnTheCorpusDay.parseAllShipped("Goed nieuws: Bram Hendriks komt terug! Hij was vorig jaar "
				+ "vertrokken maar begint weer op 1 februari als vertegenwoordiger."))
			.extracting(Announcement::kind, a -> a.date().toString(), Announcement::roleKey)
			.containsExactly(tuple(Announcement.Kind.STARTER, "2027-02-01", "account-manager"));
		assertThat(OnTheCorpusDay.parseAllShipped(
				"Joep Kramer is in de zomer vertrokken en begint weer op maandag 11 januari in de winkel in Breda."))
			.extracting(Announcement::kind, a -> a.date().toString())
			.containsExactly(tuple(Announcement.Kind.STARTER, "2027-01-11"));
		assertThat(OnTheCorpusDay
			.parseAllShipped("Sanne Mol, die in 2024 bij ons wegging, start opnieuw op 4 januari als loodgieter."))
			.extracting(Announcement::kind)
			.containsExactly(Announcement.Kind.STARTER);
	}

	@Test
	void anInternWeAreGettingIsAStarter() {
		assertThat(OnTheCorpusDay.parseAllShipped(
				"We're getting an intern from the local college: Ava Green, 11 Jan till 30 April, shop floor."))
			.extracting(Announcement::kind, Announcement::employeeName, a -> a.date().toString())
			.containsExactly(tuple(Announcement.Kind.STARTER, "Ava Green", "2027-01-11"));
		assertThat(OnTheCorpusDay
			.parseAllShipped("We are getting two trainees at the Leeds shop from 11 January: Omar Shah and Lily Dunn."))
			.extracting(Announcement::kind, Announcement::employeeName)
			.containsExactly(tuple(Announcement.Kind.STARTER, "Omar Shah"),
					tuple(Announcement.Kind.STARTER, "Lily Dunn"));
	}

	@Test
	void anAdverbMisspeltByALetterOpensNoName() {
		assertThat(OnTheCorpusDay.parseAllShipped("Unfortunatly Mia Lane leaves us on Friday 18 December."))
			.extracting(Announcement::employeeName)
			.containsExactly("Mia Lane");
		assertThat(OnTheCorpusDay.parseAllShipped("Hopefuly Tom Reed can start on 4 January as our new florist."))
			.extracting(Announcement::employeeName)
			.containsExactly("Tom Reed");
		// a given name in "-ly" is a name
		assertThat(OnTheCorpusDay.parseAllShipped("Kimberly Shaw starts on 4 January."))
			.extracting(Announcement::employeeName)
			.containsExactly("Kimberly Shaw");
	}

}

package io.handover.intake;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

/**
 * Announcements of tuning-51: a summary dismissal said as a noun before a lower-case name
 * and their unit in brackets, a job of three words before a lower-case name in a chat,
 * one of ours who stops doing one thing and goes to do another with us, someone who comes
 * back as a job, and people counted before a colon and listed after it. Today is Thursday
 * 3 December 2026.
 */
class DismissalsRehiresAndCountedListsTests {

	@Test
	void aDismissalSaidAsANounNamesTheOneAfterIt() {
		assertThat(OnTheCorpusDay.parseAllShipped(
				"ontslag op staande voet per vandaag voor bart hendriks (expeditie). toegang graag intrekken"))
			.extracting(Announcement::kind, Announcement::employeeName, a -> a.date().toString())
			.containsExactly(tuple(Announcement.Kind.LEAVER, "Bart Hendriks", "2026-12-03"));
		// "gegeven aan": the idiom's words are no name
		assertThat(OnTheCorpusDay.parseAllShipped(
				"gisteren ontslag op staande voet gegeven aan nadia bouzid (vriesafdeling), badge en mail dichtzetten graag"))
			.extracting(Announcement::employeeName)
			.containsExactly("Nadia Bouzid");
		// the other nouns of it
		assertThat(OnTheCorpusDay
			.parseAllShipped("dismissal with immediate effect today for priya menon (cold store). pls kill her access"))
			.extracting(Announcement::kind, Announcement::employeeName)
			.containsExactly(tuple(Announcement.Kind.LEAVER, "Priya Menon"));
		assertThat(OnTheCorpusDay
			.parseAllShipped("beëindiging dienstverband per vandaag voor sem vos (spoelkeuken), pas innemen graag"))
			.extracting(Announcement::kind, Announcement::employeeName)
			.containsExactly(tuple(Announcement.Kind.LEAVER, "Sem Vos"));
		// a dismissal told of the past with no one named names no one
		assertThat(OnTheCorpusDay
			.parseAllShipped("Het ontslag op staande voet van vorige maand (magazijn) is nu definitief afgehandeld."))
			.extracting(Announcement::employeeName)
			.containsOnlyNulls();
	}

	@Test
	void aJobOfThreeWordsBeforeALowerCaseNameIsNoPartOfIt() {
		assertThat(
				OnTheCorpusDay.parseAllShipped("lift maintenance tech sara jones starts monday. she needs a van key"))
			.extracting(Announcement::kind, Announcement::employeeName)
			.containsExactly(tuple(Announcement.Kind.STARTER, "Sara Jones"));
		// a job and the unit after it: "medewerker technische dienst"
		assertThat(OnTheCorpusDay.parseAllShipped(
				"medewerker technische dienst kees bakker stopt vrijdag, laatste dag. sleutels graag terug"))
			.extracting(Announcement::employeeName)
			.containsExactly("Kees Bakker");
		assertThat(OnTheCorpusDay.parseAllShipped("medewerker openbaar groen anna smit begint maandag"))
			.extracting(Announcement::employeeName)
			.containsExactly("Anna Smit");
		// a name of three words stays whole, with a job before it or none
		assertThat(OnTheCorpusDay.parseAllShipped("jan pieter de graaf begint maandag bij de kassa, graag een pasje"))
			.extracting(Announcement::employeeName)
			.containsExactly("Jan Pieter de Graaf");
		assertThat(OnTheCorpusDay.parseAllShipped("medewerker anne marie jansen begint maandag"))
			.extracting(Announcement::employeeName)
			.containsExactly("Anne Marie Jansen");
	}

	@Test
	void stoppingOneWorkToDoAnotherJobWithUsIsAMove() {
		assertThat(OnTheCorpusDay.parseAllShipped(
				"Karim Said stopt met sjouwen en gaat per 1 februari in de hal aan de slag als magazijnplanner."))
			.extracting(Announcement::kind, a -> a.date().toString())
			.containsExactly(tuple(Announcement.Kind.ROLE_CHANGE, "2027-02-01"));
		assertThat(OnTheCorpusDay.parseAllShipped(
				"Ben Carter stops delivering and goes to work in the office as a dispatcher from 1 February."))
			.extracting(Announcement::kind)
			.containsExactly(Announcement.Kind.ROLE_CHANGE);
		assertThat(OnTheCorpusDay
			.parseAllShipped("From 1 February Noor Aziz stops as cashier and joins the office team as bookkeeper."))
			.extracting(Announcement::kind)
			.containsExactly(Announcement.Kind.ROLE_CHANGE);
	}

	@Test
	void stoppingToRetireOrToWorkElsewhereOrToVisitStaysALeaving() {
		assertThat(OnTheCorpusDay.parseAllShipped("Henk Bos stopt met rijden en gaat per 1 februari met pensioen."))
			.extracting(Announcement::kind)
			.containsExactly(Announcement.Kind.LEAVER);
		assertThat(OnTheCorpusDay.parseAllShipped(
				"Olga Ivanova stops working here and goes to work as a planner at a haulier in Venlo from 1 March."))
			.extracting(Announcement::kind)
			.containsExactly(Announcement.Kind.LEAVER);
		assertThat(OnTheCorpusDay
			.parseAllShipped("Piet Bos stopt met bezorgen en gaat als chauffeur aan de slag bij een ander bedrijf."))
			.extracting(Announcement::kind)
			.containsExactly(Announcement.Kind.LEAVER);
	}

	@Test
	void comingBackAsAJobIsAStart() {
		assertThat(
				OnTheCorpusDay.parseAllShipped("Goed nieuws: Ruben Smit keert op 15 januari terug als ontwikkelaar."))
			.extracting(Announcement::kind, Announcement::roleKey, a -> a.date().toString())
			.containsExactly(tuple(Announcement.Kind.STARTER, "software-engineer", "2027-01-15"));
		assertThat(OnTheCorpusDay.parseAllShipped(
				"Vanaf maandag komt Tessa Wolf bij ons terug als verkoper, na drie jaar bij de concurrent."))
			.extracting(Announcement::kind, Announcement::roleKey)
			.containsExactly(tuple(Announcement.Kind.STARTER, "account-manager"));
	}

	@Test
	void comingBackFromALeaveOrGoingBackToACountryIsNoStart() {
		assertThat(OnTheCorpusDay.parseAllShipped("Eva Maas komt maandag terug van zwangerschapsverlof."))
			.extracting(Announcement::kind)
			.doesNotContain(Announcement.Kind.STARTER);
		assertThat(
				OnTheCorpusDay.parseAllShipped("Sofie Brink keert terug naar Spanje; vrijdag is haar laatste werkdag."))
			.extracting(Announcement::kind)
			.containsExactly(Announcement.Kind.LEAVER);
	}

	@Test
	void peopleCountedBeforeAColonAreEachOneListedAfterIt() {
		assertThat(OnTheCorpusDay.parseAllShipped(
				"Per 1 februari vertrekken drie monteurs: Gert Vos gaat naar Duitsland, Jan Buis stopt ermee en Rik Mol gaat studeren."))
			.extracting(Announcement::kind, Announcement::employeeName, a -> a.date().toString())
			.containsExactly(tuple(Announcement.Kind.LEAVER, "Gert Vos", "2027-02-01"),
					tuple(Announcement.Kind.LEAVER, "Jan Buis", "2027-02-01"),
					tuple(Announcement.Kind.LEAVER, "Rik Mol", "2027-02-01"));
		assertThat(OnTheCorpusDay.parseAllShipped(
				"Three leavers at the end of January: Tom Hart moves abroad, Lily Ford goes back to school and Sam Reed will work for his father."))
			.extracting(Announcement::employeeName)
			.containsExactly("Tom Hart", "Lily Ford", "Sam Reed");
		// the one a listed person goes to work with is no one counted
		assertThat(OnTheCorpusDay.parseAllShipped(
				"Per 1 januari gaan twee koks weg: Lars Berg verhuist naar Zweden en Mila Kok gaat bij Bram Bos in Gent werken."))
			.extracting(Announcement::employeeName)
			.containsExactly("Lars Berg", "Mila Kok");
	}

}

package io.handover.intake;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

/**
 * Announcements of tuning-48: a German's English "is working by you", a move to a job
 * outside the catalogue with a stay until then or a task stopped for it, an illness or an
 * operation with its time at home, a lower-case job before a chat name, successors and
 * newcomers a move word was read into, a presenter's last broadcast, a vacancy withdrawn,
 * a unit taken over by someone whose job is in brackets, an aircraft engineer, contracts
 * of named temps ending, and one town swapped for another. Today is Thursday 3 December
 * 2026.
 */
class WorkingByYouMovesWithAStayAndAbsencesTests {

	@Test
	void someoneSaidToBeWorkingByYouFromADayStarts() {
		assertThat(OnTheCorpusDay.parseAllShipped(
				"Hello, from 08.03.2027 Mrs. Ines Hartmann is working by you as quality inspector. Best greetings, Jonas"))
			.extracting(Announcement::kind, Announcement::employeeName, a -> a.date().toString())
			.containsExactly(tuple(Announcement.Kind.STARTER, "Ines Hartmann", "2027-03-08"));
		// asked whether one is still there on a day: no one announced
		assertThat(OnTheCorpusDay.parseAllShipped("Hello, is Mr. Jan Richter still working by you in January?"))
			.extracting(Announcement::employeeName)
			.containsOnlyNulls();
	}

	@Test
	void aNewJobWithAStayUntilThenOrATaskStoppedForItIsAMove() {
		assertThat(OnTheCorpusDay.parseAllShipped(
				"Per 1 april wordt Youssef Amrani, nu magazijnmedewerker, accountmanager. Hij blijft tot die tijd de orders verzamelen."))
			.extracting(Announcement::kind, Announcement::roleKey)
			.containsExactly(tuple(Announcement.Kind.ROLE_CHANGE, "account-manager"));
		assertThat(OnTheCorpusDay.parseAllShipped(
				"Verzorgende Henk Dijkman wordt per 1 februari locatiemanager en stopt daarmee met de zorgdiensten."))
			.extracting(Announcement::kind, Announcement::roleKey, Announcement::currentRoleKey)
			.containsExactly(tuple(Announcement.Kind.ROLE_CHANGE, null, "care-worker"));
		// the old job's successor trained in is no leaving
		assertThat(OnTheCorpusDay
			.parseAllShipped("Per 1 maart wordt Ilse Dorp, nu analist, teamleider. Ze gaat haar opvolger inwerken.")
			.get(0)
			.kind()).isEqualTo(Announcement.Kind.ROLE_CHANGE);
		// stopping with work as a whole, or staying until a day, stays a leaving
		assertThat(
				OnTheCorpusDay.parseAllShipped("Jeroen Stam blijft tot 31 januari, daarna vertrekt hij.").get(0).kind())
			.isEqualTo(Announcement.Kind.LEAVER);
		assertThat(OnTheCorpusDay.parseAllShipped("Mieke Haan stopt per 1 februari. Ze stopt dan met werken.")
			.get(0)
			.kind()).isEqualTo(Announcement.Kind.LEAVER);
	}

	@Test
	void salesHeadedByALeaderIsNoAccountManagersJob() {
		assertThat(OnTheCorpusDay.parseAllShipped("Verkoper Joost Ram wordt per 1 maart hoofd verkoop in Breda."))
			.extracting(Announcement::roleKey, Announcement::currentRoleKey)
			.containsExactly(tuple(null, "account-manager"));
		assertThat(
				OnTheCorpusDay.parseAllShipped("Sales representative Ivan Petrov becomes sales director on 1 March."))
			.extracting(Announcement::roleKey, Announcement::currentRoleKey)
			.containsExactly(tuple(null, "account-manager"));
	}

	@Test
	void anIllnessOrAnOperationWithTimeAtHomeAnnouncesNoOne() {
		assertThat(OnTheCorpusDay.parseAllShipped(
				"Sietse Brouwer is sinds gisteren ziek, dat duurt wel een maand. Zijn wijk wordt overgenomen."))
			.extracting(Announcement::employeeName)
			.containsOnlyNulls();
		assertThat(OnTheCorpusDay
			.parseAllShipped("Femke de Graaf heeft een knieoperatie gehad en is tot half februari thuis."))
			.extracting(Announcement::employeeName)
			.containsOnlyNulls();
		assertThat(OnTheCorpusDay.parseAllShipped("Grace Hill had surgery on her shoulder and is at home until March."))
			.extracting(Announcement::employeeName)
			.containsOnlyNulls();
		// a leaving said beside an illness is still news
		assertThat(
				OnTheCorpusDay.parseAllShipped("Bart Kuipers stopt per 1 februari; hij is al lang ziek.").get(0).kind())
			.isEqualTo(Announcement.Kind.LEAVER);
	}

	@Test
	void aLowerCaseJobBeforeAChatNameIsNoPartOfIt() {
		assertThat(OnTheCorpusDay.parseAllShipped("fyi intern noah fisher leaves friday, internship over"))
			.extracting(Announcement::employeeName, Announcement::date)
			.containsExactly(tuple("Noah Fisher", LocalDate.of(2026, 12, 4)));
		assertThat(
				OnTheCorpusDay.parseAllShipped("hoofd inkoop tim verhoef gaat per 1/2 naar onze vestiging in zwolle"))
			.extracting(Announcement::employeeName)
			.containsExactly("Tim Verhoef");
		// whatever a head leads, and a given name "ben" set off after a colon
		assertThat(OnTheCorpusDay.parseAllShipped("hoofd financiën sara wit stopt per 1/2"))
			.extracting(Announcement::employeeName)
			.containsExactly("Sara Wit");
		assertThat(OnTheCorpusDay.parseAllShipped("new driver for the bakery route: ben cole, starts mon 11 jan"))
			.extracting(Announcement::employeeName)
			.containsExactly("Ben Cole");
		// the name after whose last day it is, the job between
		assertThat(OnTheCorpusDay.parseAllShipped("vrijdag is de laatste dag van onze uitzendkracht eva mulder"))
			.extracting(Announcement::kind, Announcement::employeeName)
			.containsExactly(tuple(Announcement.Kind.LEAVER, "Eva Mulder"));
	}

	@Test
	void newcomersAMoveWordWasReadIntoStart() {
		assertThat(OnTheCorpusDay
			.parseAllShipped("Nadia Aziz will start in two weeks as a transfer agent for our hotel shuttles.")
			.get(0)
			.kind()).isEqualTo(Announcement.Kind.STARTER);
		assertThat(OnTheCorpusDay
			.parseAllShipped(
					"Op 1 maart opent onze winkel in Zwolle; Ruben Aerts wordt daar filiaalleider en begint dan ook.")
			.get(0)
			.kind()).isEqualTo(Announcement.Kind.STARTER);
		assertThat(OnTheCorpusDay.parseAllShipped(
				"At the front desk Rob Dean leaves on 18 December; Amy Cole takes his place from 4 January."))
			.extracting(Announcement::kind)
			.containsExactly(Announcement.Kind.LEAVER, Announcement.Kind.STARTER);
		// a successor whose place here is said moves
		assertThat(OnTheCorpusDay
			.parseAllShipped(
					"Rob Dean leaves on 18 December; Amy Cole (now in the warehouse) takes his place from 4 January.")
			.get(1)
			.kind()).isEqualTo(Announcement.Kind.ROLE_CHANGE);
		// a colleague moved on, then a course begun: still a move
		assertThat(OnTheCorpusDay
			.parseAllShipped("Kim Vos wordt per 1 maart teamleider en begint dan met een opleiding; ze is nu planner.")
			.get(0)
			.kind()).isEqualTo(Announcement.Kind.ROLE_CHANGE);
	}

	@Test
	void aPresentersLastBroadcastIsTheLastDay() {
		assertThat(OnTheCorpusDay.parseAllShipped(
				"Presentatrice Joke Arends gaat per 1 maart met pensioen. Haar laatste nieuwsuitzending is vrijdag 26 februari.")
			.get(0)
			.date()).hasToString("2027-02-26");
	}

	@Test
	void aVacancyWithdrawnAnnouncesNoOne() {
		assertThat(OnTheCorpusDay.parseAllShipped(
				"The opening for a second sous-chef has been withdrawn, so nobody starts in January. If we do find someone, I'll say."))
			.extracting(Announcement::employeeName)
			.containsOnlyNulls();
	}

	@Test
	void aUnitTakenOverBySomeoneWhoseJobIsInBracketsIsAMove() {
		assertThat(OnTheCorpusDay
			.parseAllShipped("Yara Peters (nu planner) neemt per 1 maart de facilitaire dienst over."))
			.extracting(Announcement::kind, Announcement::roleKey)
			.containsExactly(tuple(Announcement.Kind.ROLE_CHANGE, "facility-coordinator"));
	}

	@Test
	void anAircraftEngineerIsNoSoftwareEngineer() {
		assertThat(OnTheCorpusDay
			.parseAllShipped("Ms. Ana Costa will join the hangar team as a licensed aircraft engineer on 11 January.")
			.get(0)
			.roleKey()).isNull();
	}

	@Test
	void theContractsOfNamedTempsEndingIsTheirLeaving() {
		assertThat(OnTheCorpusDay
			.parseAllShipped("The fixed-term contracts of drivers Ella Ward and Sam Fox end on 31 January."))
			.extracting(Announcement::kind, a -> a.date().toString())
			.containsExactly(tuple(Announcement.Kind.LEAVER, "2027-01-31"),
					tuple(Announcement.Kind.LEAVER, "2027-01-31"));
	}

	@Test
	void oneTownSwappedForAnotherInTheSameJobIsAMove() {
		assertThat(OnTheCorpusDay
			.parseAllShipped("Bakery manager Rosa Lind swaps Utrecht for Zeist on 1 February, same job."))
			.extracting(Announcement::kind)
			.containsExactly(Announcement.Kind.ROLE_CHANGE);
		assertThat(OnTheCorpusDay
			.parseAllShipped("Filiaalleider Bram Sterk ruilt per 1 maart Gouda in voor Woerden, zelfde functie."))
			.extracting(Announcement::kind)
			.containsExactly(Announcement.Kind.ROLE_CHANGE);
	}

}

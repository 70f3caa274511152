package io.handover.intake;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

/**
 * Announcements of tuning-53 (tuner TR): a job held said as a title opening the sentence
 * before a new duty, one of ours who "wordt"/"becomes" a job outside the catalogue, a job
 * stopped for another started, a lower-case name ending in a particle that is a surname
 * or after a crop, not coming back as a job, a day said in an aside after a dash. Today
 * is Thursday 3 December 2026.
 */
class HeldTitlesNewDutiesAndAsidesTests {

	@Test
	void aTitleOpeningTheSentenceBeforeANewDutyIsTheJobLeft() {
		assertThat(OnTheCorpusDay.parseAllShipped("Verkoper Marleen Oosterhuis gaat per 1 maart het magazijn leiden."))
			.extracting(Announcement::kind, Announcement::roleKey, Announcement::currentRoleKey,
					a -> a.date().toString())
			.containsExactly(tuple(Announcement.Kind.ROLE_CHANGE, null, "account-manager", "2027-03-01"));
		assertThat(OnTheCorpusDay.parseAllShipped("Developer Ravi Menon will head the support desk from 4 January."))
			.extracting(Announcement::roleKey, Announcement::currentRoleKey)
			.containsExactly(tuple(null, "software-engineer"));
		// "onze/our" before the job held: the same
		assertThat(OnTheCorpusDay
			.parseAllShipped("Onze verkoper Gijs Verbruggen gaat per 1 maart het distributiecentrum leiden."))
			.extracting(Announcement::roleKey, Announcement::currentRoleKey)
			.containsExactly(tuple(null, "account-manager"));
		// a move of place in the same job keeps it
		assertThat(OnTheCorpusDay.parseAllShipped("Our carer Lena Stone moves to our Leeds home on 1 March."))
			.extracting(Announcement::roleKey, Announcement::currentRoleKey)
			.containsExactly(tuple("care-worker", "care-worker"));
		// a new job named for the duty is read as the new one
		assertThat(OnTheCorpusDay
			.parseAllShipped("Verzorgende Hanneke Dijkstra gaat vanaf 1 februari als planner de keuken leiden."))
			.extracting(Announcement::roleWords, Announcement::currentRoleKey)
			.containsExactly(tuple("planner", "care-worker"));
		// a title before a start or a leaving is that person's job, no job left
		assertThat(OnTheCorpusDay.parseAllShipped("Programmeur Iris Bosman begint op 1 maart bij ons."))
			.extracting(Announcement::kind, Announcement::roleKey)
			.containsExactly(tuple(Announcement.Kind.STARTER, "software-engineer"));
		assertThat(OnTheCorpusDay.parseAllShipped("Sales rep Noah Griffin leaves us on 26 February."))
			.extracting(Announcement::kind, Announcement::roleKey)
			.containsExactly(tuple(Announcement.Kind.LEAVER, "account-manager"));
	}

	@Test
	void oneOfOursWhoBecomesAnotherJobKeepsTheHeldOneAsLeft() {
		assertThat(OnTheCorpusDay.parseAllShipped("Per 1 april wordt onze verzorger Bas Timmer facilitair medewerker."))
			.extracting(Announcement::roleKey, Announcement::currentRoleKey)
			.containsExactly(tuple("facility-coordinator", "care-worker"));
		assertThat(OnTheCorpusDay.parseAllShipped("Per 1 februari wordt onze verkoper Joost Hamers teamleider."))
			.extracting(Announcement::roleWords, Announcement::roleKey, Announcement::currentRoleKey)
			.containsExactly(tuple("teamleider", null, "account-manager"));
		assertThat(OnTheCorpusDay.parseAllShipped("Our developer Amy Lund becomes team lead on 1 March."))
			.extracting(Announcement::roleWords, Announcement::roleKey, Announcement::currentRoleKey)
			.containsExactly(tuple("team lead", null, "software-engineer"));
		// appointed "als" a job: the words after the name are no job's
		assertThat(OnTheCorpusDay
			.parseAllShipped("Vorige week is onze vertegenwoordiger Erik Lammers als regiohoofd benoemd."))
			.extracting(Announcement::roleKey, Announcement::currentRoleKey)
			.containsExactly(tuple(null, "account-manager"));
	}

	@Test
	void aJobStoppedForAnotherStartedKeepsTheNewOnesWords() {
		assertThat(OnTheCorpusDay
			.parseAllShipped("Hannah Price stops as teacher and starts working as timetabler on 1 February."))
			.extracting(Announcement::kind, Announcement::roleWords, a -> a.date().toString())
			.containsExactly(tuple(Announcement.Kind.ROLE_CHANGE, "timetabler", "2027-02-01"));
		assertThat(
				OnTheCorpusDay.parseAllShipped("Wim Aalders stopt als verzorgende en begint per 1 maart als planner."))
			.extracting(Announcement::roleWords, Announcement::currentRoleKey)
			.containsExactly(tuple("planner", "care-worker"));
		// starting elsewhere is leaving, the job stopped no move's
		assertThat(OnTheCorpusDay
			.parseAllShipped("Ruth Mol stopt als verzorgende en begint op 1 maart als planner bij een ander bedrijf."))
			.extracting(Announcement::kind)
			.doesNotContain(Announcement.Kind.ROLE_CHANGE);
	}

	@Test
	void aLowerCaseNameEndingInASurnameParticleOrAfterACropIsWhole() {
		assertThat(OnTheCorpusDay.parseAllShipped("priya das begint maandag in het lab"))
			.extracting(Announcement::kind, Announcement::employeeName, a -> a.date().toString())
			.containsExactly(tuple(Announcement.Kind.STARTER, "Priya Das", "2026-12-07"));
		assertThat(OnTheCorpusDay.parseAllShipped("inpakker aardbei joanna kowalska begint maandag"))
			.extracting(Announcement::employeeName)
			.containsExactly("Joanna Kowalska");
		// particles before a surname stay in lower case
		assertThat(OnTheCorpusDay.parseAllShipped("lisa van der berg begint maandag op de afdeling"))
			.extracting(Announcement::employeeName)
			.containsExactly("Lisa van der Berg");
		// a double given name after a job is no crop
		assertThat(OnTheCorpusDay.parseAllShipped("inpakker anna maria kowalska begint maandag"))
			.extracting(Announcement::employeeName)
			.containsExactly("Anna Maria Kowalska");
	}

	@Test
	void notComingBackAsAJobIsNoStart() {
		assertThat(OnTheCorpusDay.parseAllShipped("Sven Dirks komt per 1 maart niet terug als monteur."))
			.extracting(Announcement::kind)
			.doesNotContain(Announcement.Kind.STARTER);
		assertThat(OnTheCorpusDay.parseAllShipped("Owen Hale will not come back as a driver on 1 March."))
			.extracting(Announcement::kind)
			.doesNotContain(Announcement.Kind.STARTER);
		// coming back as a job is a rehire
		assertThat(OnTheCorpusDay.parseAllShipped("Karim Aziz comes back on 1 March as a driver."))
			.extracting(Announcement::kind)
			.containsExactly(Announcement.Kind.STARTER);
		assertThat(OnTheCorpusDay.parseAllShipped("Lotte Smit komt per 1 maart terug als chauffeur."))
			.extracting(Announcement::kind)
			.containsExactly(Announcement.Kind.STARTER);
	}

	@Test
	void aDayInAnAsideAfterADashIsNotTheNews() {
		assertThat(OnTheCorpusDay.parseAllShipped(
				"Vanaf maart werkt Ilse Bakker als planner in plaats van verzorgende — ze rondt op 15 februari haar opleiding af."))
			.extracting(a -> a.date().toString())
			.containsExactly("2027-03-01");
		assertThat(OnTheCorpusDay.parseAllShipped(
				"From March Kate Mills works as developer instead of tester - she finishes her course on 20 February."))
			.extracting(a -> a.date().toString())
			.containsExactly("2027-03-01");
		// an aside that dates the news itself keeps its day
		assertThat(OnTheCorpusDay.parseAllShipped("Nieuw in het lab: Tom Brands — hij begint op 4 januari."))
			.extracting(a -> a.date().toString())
			.containsExactly("2027-01-04");
	}

}

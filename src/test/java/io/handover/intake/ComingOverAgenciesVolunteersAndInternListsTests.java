package io.handover.intake;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

/**
 * Announcements of tuning-56 (tuner TU, on blind-29's kinds): a job of the catalogue
 * taken on as its work ("de facilitaire dienst erbij", "doet de facilitaire dienst"), one
 * of ours who "komt over van" a unit, a swap between units one of which is "finishing", a
 * newcomer who comes through an agency, a volunteer given a contract, interns listed
 * under a heading with their day, a hire "brought in", fewer days said "drie in plaats
 * van vier dagen". Today is Thursday 3 December 2026.
 */
class ComingOverAgenciesVolunteersAndInternListsTests {

	@Test
	void aJobOfTheCatalogueTakenOnAsItsWorkIsAMoveToIt() {
		assertThat(OnTheCorpusDay.parseAllShipped(
				"Per 1 maart neemt planner Bert Hoogland ook de facilitaire dienst erbij. Graag zijn toegang aanpassen."))
			.extracting(Announcement::kind, Announcement::roleKey, a -> a.date().toString())
			.containsExactly(tuple(Announcement.Kind.ROLE_CHANGE, "facility-coordinator", "2027-03-01"));
		assertThat(OnTheCorpusDay
			.parseAllShipped("Vanaf 1 februari doet Yara Mulder de facilitaire dienst; ze stopt dan met de kassa."))
			.extracting(Announcement::kind, Announcement::roleKey)
			.containsExactly(tuple(Announcement.Kind.ROLE_CHANGE, "facility-coordinator"));
		assertThat(OnTheCorpusDay
			.parseAllShipped("Marco Smeets stopt met de inkoop en gaat per 1 april de facilitaire dienst doen."))
			.extracting(Announcement::kind, Announcement::roleKey)
			.containsExactly(tuple(Announcement.Kind.ROLE_CHANGE, "facility-coordinator"));
		// work outside the catalogue taken on beside the job: no move
		assertThat(OnTheCorpusDay.parseAllShipped("Per 1 maart neemt Bert Hoogland ook de inkoop erbij."))
			.extracting(Announcement::kind)
			.doesNotContain(Announcement.Kind.ROLE_CHANGE);
	}

	@Test
	void aSwapBetweenUnitsOneOfThemFinishingIsTwoMoves() {
		assertThat(OnTheCorpusDay.parseAllShipped(
				"Swap from 1 March: Ruth Baker goes from the paint shop to finishing, and Leon Frost goes from finishing to the paint shop. Same job for both."))
			.extracting(Announcement::kind)
			.containsExactly(Announcement.Kind.ROLE_CHANGE, Announcement.Kind.ROLE_CHANGE);
		// finishing said of the person still ends their work
		assertThat(OnTheCorpusDay.parseAllShipped("Ruth Baker is finishing on Friday 18 December."))
			.extracting(Announcement::kind)
			.containsExactly(Announcement.Kind.LEAVER);
	}

	@Test
	void oneOfOursWhoComesOverFromAUnitMoves() {
		assertThat(OnTheCorpusDay.parseAllShipped(
				"Vanaf maandag 11 januari werkt Sanne Kuipers bij de planning, ze komt over van de expeditie."))
			.extracting(Announcement::kind, a -> a.date().toString())
			.containsExactly(tuple(Announcement.Kind.ROLE_CHANGE, "2027-01-11"));
		assertThat(OnTheCorpusDay
			.parseAllShipped("From 1 February Owen Marsh joins the packing team; he comes over from the print shop."))
			.extracting(Announcement::kind)
			.containsExactly(Announcement.Kind.ROLE_CHANGE);
		// from a former employer, in capitals, or a body outside: a newcomer
		assertThat(OnTheCorpusDay
			.parseAllShipped("Per 1 februari begint Joost Kamp bij ons als planner, hij komt over van Philips."))
			.extracting(Announcement::kind)
			.containsExactly(Announcement.Kind.STARTER);
		assertThat(OnTheCorpusDay
			.parseAllShipped("Per 1 februari begint Joost Kamp bij ons als planner, hij komt over van de gemeente."))
			.extracting(Announcement::kind)
			.containsExactly(Announcement.Kind.STARTER);
	}

	@Test
	void oneWhoComesThroughAnAgencyStartsEvenTakingOverWork() {
		assertThat(OnTheCorpusDay.parseAllShipped(
				"Vanaf 11 januari neemt Koen Vos tijdelijk haar taken over. Hij komt via een uitzendbureau."))
			.extracting(Announcement::kind, a -> a.date().toString())
			.containsExactly(tuple(Announcement.Kind.STARTER, "2027-01-11"));
		assertThat(OnTheCorpusDay
			.parseAllShipped("Priya Nair will cover his work from 4 January; she comes through a staffing agency."))
			.extracting(Announcement::kind)
			.containsExactly(Announcement.Kind.STARTER);
	}

	@Test
	void aVolunteerGivenAContractStarts() {
		assertThat(OnTheCorpusDay
			.parseAllShipped("Vrijwilligster Anja Post krijgt vanaf 1 maart een contract als verzorgende."))
			.extracting(Announcement::kind, Announcement::roleKey, a -> a.date().toString())
			.containsExactly(tuple(Announcement.Kind.STARTER, "care-worker", "2027-03-01"));
		assertThat(OnTheCorpusDay.parseAllShipped("Our volunteer Tom Reid gets a contract as a carer from 1 February."))
			.extracting(Announcement::kind)
			.containsExactly(Announcement.Kind.STARTER);
		// volunteers given a thing, or one of ours a permanent contract: no start
		assertThat(OnTheCorpusDay.parseAllShipped("Our volunteers get a discount in the shop from 1 March."))
			.extracting(Announcement::kind)
			.doesNotContain(Announcement.Kind.STARTER);
		assertThat(OnTheCorpusDay.parseAllShipped("Onze verzorgende Kim Bos krijgt per 1 maart een vast contract."))
			.extracting(Announcement::kind)
			.doesNotContain(Announcement.Kind.STARTER);
	}

	@Test
	void internsListedUnderAHeadingWithADayStart() {
		assertThat(OnTheCorpusDay.parseAllShipped(
				"Stagiairs van het ROC vanaf 11 januari:\n• Bas Meijer\n• Lisa Veen\nBeiden tot de zomer."))
			.extracting(Announcement::kind, Announcement::employeeName, a -> a.date().toString())
			.containsExactly(tuple(Announcement.Kind.STARTER, "Bas Meijer", "2027-01-11"),
					tuple(Announcement.Kind.STARTER, "Lisa Veen", "2027-01-11"));
		assertThat(OnTheCorpusDay.parseAllShipped(
				"Interns from the design college from 1 March:\n- Ella Moss\n- Ryan Cole\nAll until the end of June."))
			.extracting(Announcement::kind)
			.containsExactly(Announcement.Kind.STARTER, Announcement.Kind.STARTER);
		// interns leaving under their heading: leavers
		assertThat(OnTheCorpusDay.parseAllShipped("Interns leaving on 1 March:\n• Ella Moss\n• Ryan Cole"))
			.extracting(Announcement::kind)
			.containsOnly(Announcement.Kind.LEAVER);
	}

	@Test
	void aHireBroughtInStarts() {
		assertThat(OnTheCorpusDay
			.parseAllShipped("We're bringing in a planner for the warehouse: Jonas Weber, from Monday 11 January."))
			.extracting(Announcement::kind, Announcement::employeeName, a -> a.date().toString())
			.containsExactly(tuple(Announcement.Kind.STARTER, "Jonas Weber", "2027-01-11"));
		assertThat(OnTheCorpusDay.parseAllShipped("We are bringing in Sara Lind as a developer from 1 March."))
			.extracting(Announcement::kind, Announcement::roleKey)
			.containsExactly(tuple(Announcement.Kind.STARTER, "software-engineer"));
		// things brought in: no one starts
		assertThat(OnTheCorpusDay.parseAllShipped("We're bringing in new scanners for the warehouse on 1 March."))
			.extracting(Announcement::kind)
			.doesNotContain(Announcement.Kind.STARTER);
	}

	@Test
	void fewerDaysSaidAgainstTheOldCountAnnounceNoOne() {
		assertThat(OnTheCorpusDay.parseAllShipped("Joris gaat vanaf februari vier in plaats van vijf dagen werken."))
			.extracting(Announcement::employeeName)
			.containsOnlyNulls();
		assertThat(OnTheCorpusDay.parseAllShipped("From March Nina will work three instead of four days a week."))
			.extracting(Announcement::employeeName)
			.containsOnlyNulls();
		// a start said beside it stays news
		assertThat(OnTheCorpusDay.parseAllShipped(
				"Per 1 maart begint Tess Bouma bij ons als verzorgende, voor drie in plaats van vier dagen."))
			.extracting(Announcement::kind)
			.containsExactly(Announcement.Kind.STARTER);
	}

}

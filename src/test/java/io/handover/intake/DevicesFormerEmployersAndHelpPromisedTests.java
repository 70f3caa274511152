package io.handover.intake;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

/**
 * Announcements of tuning-59 (tuner TX): starters whose message also says something that
 * read as a move or a leaving: a device asked instead of another, an employer they came
 * from named with its article, help promised "as" a job, the one they take over from
 * already gone, and a leaver's place said taken by them in the passive. Today is Thursday
 * 3 December 2026.
 */
class DevicesFormerEmployersAndHelpPromisedTests {

	@Test
	void aDeviceAskedInsteadOfAnotherIsAStartersRequest() {
		assertThat(OnTheCorpusDay.parseAllShipped(
				"Copywriter Noor Hendriks joins on Monday 11 January. Please order a tablet instead of a desktop PC."))
			.extracting(Announcement::kind, Announcement::employeeName, a -> a.date().toString())
			.containsExactly(tuple(Announcement.Kind.STARTER, "Noor Hendriks", "2027-01-11"));
		assertThat(OnTheCorpusDay.parseAllShipped(
				"Kok Ruud Stegeman begint op 1 februari. Graag een laptop in plaats van de gewone werkplek."))
			.extracting(Announcement::kind)
			.containsExactly(Announcement.Kind.STARTER);
		// a job or a place set against the old is still a move
		assertThat(OnTheCorpusDay
			.parseAllShipped("Vanaf 1 februari werkt Lotte Kramer bij ons als planner in plaats van als chauffeur."))
			.extracting(Announcement::kind)
			.containsExactly(Announcement.Kind.ROLE_CHANGE);
	}

	@Test
	void anEmployerNamedWithItsArticleIsNoJobHeldHere() {
		assertThat(OnTheCorpusDay.parseAllShipped(
				"Per 1 maart start logopedist Daan Ketelaar op de kinderafdeling. Hij werkte hiervoor vijf jaar in het Radboudumc."))
			.extracting(Announcement::kind, Announcement::employeeName)
			.containsExactly(tuple(Announcement.Kind.STARTER, "Daan Ketelaar"));
		// a unit of ours, lower case, is a job held here: a move
		assertThat(OnTheCorpusDay
			.parseAllShipped("Sanne Vos gaat per 1 maart naar de receptie. Ze werkte hiervoor twee jaar in de keuken."))
			.extracting(Announcement::kind)
			.containsExactly(Announcement.Kind.ROLE_CHANGE);
	}

	@Test
	void helpPromisedAsAJobIsAStart() {
		assertThat(OnTheCorpusDay.parseAllShipped(
				"Dear all, from 1 April Dr. Mira Kovac will support us as statistician for the trials. Regards, Ben"))
			.extracting(Announcement::kind, Announcement::employeeName, a -> a.date().toString())
			.containsExactly(tuple(Announcement.Kind.STARTER, "Mira Kovac", "2027-04-01"));
		// help until a leaving is no start
		assertThat(OnTheCorpusDay
			.parseAllShipped("Ben Ortiz leaves on 29 January; until then he will support us with the handover."))
			.extracting(Announcement::kind)
			.containsExactly(Announcement.Kind.LEAVER);
	}

	@Test
	void theOneTakenOverFromWhoIsGoneAlreadyIsNoLeavingHere() {
		assertThat(OnTheCorpusDay.parseAllShipped(
				"Vanaf 4 januari begint Joyce Smit als boekhouder. Ze neemt het werk over van Henk, die al weg is."))
			.extracting(Announcement::kind, Announcement::employeeName)
			.containsExactly(tuple(Announcement.Kind.STARTER, "Joyce Smit"));
		assertThat(OnTheCorpusDay.parseAllShipped(
				"Ella Moss starts as bookkeeper on 4 January. She takes over from Rita, who is already retired."))
			.extracting(Announcement::kind)
			.containsExactly(Announcement.Kind.STARTER);
		// the one taken over from leaving now is still said, and the one leaving named is
		// a leaver
		assertThat(OnTheCorpusDay.parseAllShipped("Karin Mulder gaat op 1 februari met pensioen."))
			.extracting(Announcement::kind)
			.containsExactly(Announcement.Kind.LEAVER);
	}

	@Test
	void aLeaversPlaceSaidTakenInThePassiveIsTakenByAStarter() {
		assertThat(OnTheCorpusDay.parseAllShipped(
				"Carer Tessa Brink leaves on 22 January and her position is filled by carer Jorge Silva from 25 January."))
			.extracting(Announcement::kind, Announcement::employeeName, Announcement::roleKey)
			.containsExactly(tuple(Announcement.Kind.LEAVER, "Tessa Brink", "care-worker"),
					tuple(Announcement.Kind.STARTER, "Jorge Silva", "care-worker"));
		assertThat(OnTheCorpusDay.parseAllShipped(
				"Kees Pronk stopt op 31 januari; zijn plaats wordt vanaf 1 februari ingevuld door Ilse Maas."))
			.extracting(Announcement::kind)
			.containsExactly(Announcement.Kind.LEAVER, Announcement.Kind.STARTER);
		// one of ours taking the place is no starter
		assertThat(OnTheCorpusDay
			.parseAllShipped("Anja Vos vertrekt 31 december en wordt opgevolgd door onze verkoper Joost Kam."))
			.extracting(Announcement::kind)
			.containsExactly(Announcement.Kind.LEAVER, Announcement.Kind.ROLE_CHANGE);
	}

}

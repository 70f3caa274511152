package io.handover.intake;

import java.util.List;

import org.junit.jupiter.api.Test;

import static io.handover.intake.NoOneAnnounced.assertNoOne;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Kinds of the twenty-fourth and twenty-fifth blind sets, each with own examples: a town
 * or a heading read as a person, a task taken on read as a job held, the closing of a
 * letter signed for a body, a return after leave or a start called off given a date, a
 * task's duration read as a day, the same work somewhere else and a job kept. Today is
 * Thursday 3 December 2026.
 */
class TownsHeadingsAndTasksTakenOnTests {

	@Test
	void aTownWithVanAfterInIsNoPerson() {
		List<Announcement> read = OnTheCorpusDay.parseAllShipped(
				"Kim Dekker van het magazijn in Bergen van Haven wordt per 1 februari onze facilitair coördinator.");
		assertThat(read).extracting(Announcement::employeeName).containsExactly("Kim Dekker");
		// a person's "van" after "in" stays in a name elsewhere: "Tom van Dam begint"
		assertThat(OnTheCorpusDay.parse("Per 4 januari begint Tom van Dam in het magazijn.").employeeName())
			.isEqualTo("Tom van Dam");
	}

	@Test
	void aHeadingOverAJobAndANameIsNoPerson() {
		List<Announcement> read = OnTheCorpusDay
			.parseAll("Depot Almelo: chauffeur Ruben Smit gaat per 1 april naar ons depot in Hengelo, zelfde werk.");
		assertThat(read).extracting(Announcement::employeeName).containsExactly("Ruben Smit");
		assertThat(read.get(0).kind()).isEqualTo(Announcement.Kind.ROLE_CHANGE);
	}

	@Test
	void anOrganisationAfterTheIsNoPerson() {
		List<Announcement> read = OnTheCorpusDay.parseAll(
				"Onze planner Saskia Bos vertrekt per 1 maart naar het Leger des Heils. Haar opvolger zoeken we nog.");
		assertThat(read).extracting(Announcement::employeeName).containsExactly("Saskia Bos");
		assertThat(read.get(0).kind()).isEqualTo(Announcement.Kind.LEAVER);
	}

	@Test
	void aTaskTakenOnIsNoJobHeldNow() {
		Announcement read = OnTheCorpusDay.parse("Per maandag 4 januari begint Ruth Meijer bij ons als koster. "
				+ "Ze neemt ook de bloemenschikking op zich.");
		assertThat(read.kind()).isEqualTo(Announcement.Kind.STARTER);
		assertThat(read.date()).hasToString("2027-01-04");
	}

	@Test
	void aJobHeldSetOffBesideTheNameMakesTheNewOneAMove() {
		Announcement read = OnTheCorpusDay.parse("Met ingang van 1 maart wordt Pieter Kuiper, nu griffier, "
				+ "voorzitter van de kamer. Hij volgt de huidige voorzitter op, die met pensioen gaat.");
		assertThat(read.kind()).isEqualTo(Announcement.Kind.ROLE_CHANGE);
		assertThat(read.employeeName()).isEqualTo("Pieter Kuiper");
		assertThat(read.date()).hasToString("2027-03-01");
	}

	@Test
	void aLetterSignedForABodyIsNotSignedByAPersonAnnounced() {
		List<Announcement> read = OnTheCorpusDay.parseAll("Beste collega's,\n\nPer 1 februari begint Lisa Brink als "
				+ "administratief medewerker.\n\nNamens het bestuur,\nmr. K. de Boer");
		assertThat(read).extracting(Announcement::employeeName).containsExactly("Lisa Brink");
	}

	@Test
	void aReturnAfterLeaveAnnouncesNoOne() {
		assertNoOne("Eva Smit komt na haar zwangerschapsverlof weer aan het werk, per 18 januari.");
		assertNoOne("Nora Hill returns to work after her maternity leave on 11 January.");
	}

	@Test
	void aStartCalledOffAnnouncesNoOne() {
		assertNoOne("Mark Vos komt toch niet als monteur in Deventer. Zijn intake van dinsdag vervalt.");
		assertNoOne("Onze nieuwe monteur die per 4 januari zou beginnen heeft op het laatste moment afgezegd.");
		// a job set right keeps the newcomer
		assertThat(OnTheCorpusDay.parse("Mark Vos komt niet als monteur maar als planner, per 4 januari.").kind())
			.isEqualTo(Announcement.Kind.STARTER);
	}

	@Test
	void howLongATaskTakesIsNoDay() {
		assertThat(OnTheCorpusDay
			.parseShipped("We may hire a second carer for the holidays. "
					+ "Can you set up an account in a day, or do you need longer?")
			.date()).isNull();
		assertThat(OnTheCorpusDay.parse("Tom Bakker starts in two weeks.").date()).hasToString("2026-12-17");
	}

	@Test
	void theSameWorkAtAnotherSiteKeepsTheJob() {
		Announcement read = OnTheCorpusDay.parseShipped(
				"Karin Bos, facilitair coördinator in Assen, gaat per 1 mei hetzelfde werk doen op onze locatie in Emmen.");
		assertThat(read.kind()).isEqualTo(Announcement.Kind.ROLE_CHANGE);
		assertThat(read.roleKey()).isEqualTo("facility-coordinator");
		assertThat(read.currentRoleKey()).isEqualTo("facility-coordinator");
		read = OnTheCorpusDay
			.parseShipped("Omar Said moves to our Lyon office on 1 April, still account manager there.");
		assertThat(read.roleKey()).isEqualTo("account-manager");
		assertThat(read.currentRoleKey()).isEqualTo("account-manager");
	}

	@Test
	void aPluralCareWorkerCompoundIsACareWorker() {
		List<Announcement> read = OnTheCorpusDay
			.parseAllShipped("Per 1 februari beginnen Iris Veen en Noor Kok als wijkverzorgenden.");
		assertThat(read).extracting(Announcement::roleKey).containsExactly("care-worker", "care-worker");
	}

}

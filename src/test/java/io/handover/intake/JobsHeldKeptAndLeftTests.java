package io.handover.intake;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Session 24, tuner P: a colleague whose new job is told beside the old one, who keeps
 * the job in another team, who stays on after a traineeship or leaves a unit for another
 * job is moved, never onboarded twice or offboarded; a trade's engineer gets no
 * developer's access; a question names no one. Today is Thursday 3 December 2026.
 */
class JobsHeldKeptAndLeftTests {

	private final AnnouncementParser parser = new AnnouncementParser();

	private final List<RoleName> shipped = IntakeCorpusTests.shippedRoles();

	@Test
	void aNewJobToldBesideTheOldOneHereIsAMove() {
		for (String text : new String[] {
				"Starting 4 January, Declan Moore is our new warehouse manager; before that he was a forklift driver on the night shift.",
				"Per 1 maart is Femke Jansen onze nieuwe hoofdverpleegkundige. Zij was hiervoor verpleegkundige op afdeling 3.",
				"Met ingang van 1 februari vervult mevrouw Lotte de Wit, thans teamleider schade, de functie van afdelingshoofd claims." }) {
			assertThat(OnTheCorpusDay.parse(text).kind()).as(text).isEqualTo(Announcement.Kind.ROLE_CHANGE);
		}
		// a job at another employer is what a starter did before
		assertThat(OnTheCorpusDay.parse(
				"Welkom aan Joost Kuiper: hij werkte hiervoor als kok in een hotel in Zwolle en begint op 4 januari bij ons.")
			.kind()).isEqualTo(Announcement.Kind.STARTER);
		assertThat(OnTheCorpusDay
			.parse("Sanne Visser, previously at a bank in Leiden, is our new account manager from 1 February.")
			.kind()).isEqualTo(Announcement.Kind.STARTER);
	}

	@Test
	void whereSomeoneWorksSetAgainstTheOldPlaceIsAMoveButADateOrHoursAreNot() {
		Announcement branch = OnTheCorpusDay
			.parse("From 1 February Rosa Lind works at the Bristol branch instead of Bath.");
		assertThat(branch.kind()).isEqualTo(Announcement.Kind.ROLE_CHANGE);
		assertThat(branch.date()).hasToString("2027-02-01");
		assertThat(
				OnTheCorpusDay.parse("Per 1 februari werkt Daan Vos bij ons als planner in plaats van als chauffeur.")
					.kind())
			.isEqualTo(Announcement.Kind.ROLE_CHANGE);
		assertThat(OnTheCorpusDay.parse("Lars de Boer begint op 11 januari i.p.v. 4 januari.").kind())
			.isEqualTo(Announcement.Kind.STARTER);
		assertThat(OnTheCorpusDay.parse("Vanaf 1 februari werkt Lies Kok 24 uur i.p.v. 32.").employeeName()).isNull();
	}

	@Test
	void aMoveOfPlaceIsAMoveAndAnAccessRequestAfterItIsNoStart() {
		assertThat(OnTheCorpusDay
			.parse("Gijs Mol (planning) gaat van het distributiecentrum in Tilburg naar Waalwijk, per 1 maart.")
			.kind()).isEqualTo(Announcement.Kind.ROLE_CHANGE);
		assertThat(OnTheCorpusDay.parse(
				"Rob Tersteeg van grondwerk ploeg 4 gaat per 4 januari naar de werkvoorbereiding; wil je toegang tot het planningssysteem regelen?")
			.kind()).isEqualTo(Announcement.Kind.ROLE_CHANGE);
		// a starter's access request stays a start
		assertThat(OnTheCorpusDay
			.parse("Wil je de inloggegevens regelen voor Sem Kuipers vanaf 8 februari? Hij wordt programmeur bij ons.")
			.kind()).isEqualTo(Announcement.Kind.STARTER);
	}

	@Test
	void aMoverWhoKeepsTheJobHasItAsBothTheCurrentAndTheNewRole() {
		Announcement developer = OnTheCorpusDay.parse(
				"Onze ontwikkelaar Joost Smit gaat per 1 februari van het webteam naar het datateam. Verder verandert er niets.");
		assertThat(developer.roleKey()).isEqualTo("software-engineer");
		assertThat(developer.currentRoleKey()).isEqualTo("software-engineer");
		Announcement carer = OnTheCorpusDay
			.parse("Verzorgende Els Baars gaat per 1 februari over naar de dagbesteding, ook daar als verzorgende.");
		assertThat(carer.roleKey()).isEqualTo("care-worker");
		assertThat(carer.currentRoleKey()).isEqualTo("care-worker");
		// a new job said: the one role is the old one only
		Announcement lead = OnTheCorpusDay
			.parse("Our developer Ruben Dias becomes team lead of the search team on 1 February.");
		assertThat(lead.roleKey()).isNull();
		assertThat(lead.currentRoleKey()).isEqualTo("software-engineer");
	}

	@Test
	void stayingOnOrLeavingAUnitIsAMoveAndGoingFreelanceIsLeaving() {
		assertThat(OnTheCorpusDay.parse(
				"Our apprentice Sam Doyle will stay on with us as a junior mechanic from 1 March, when his apprenticeship ends.")
			.kind()).isEqualTo(Announcement.Kind.ROLE_CHANGE);
		assertThat(
				OnTheCorpusDay.parse("Lotte Kramer leaves the kitchen and becomes a receptionist on 1 March.").kind())
			.isEqualTo(Announcement.Kind.ROLE_CHANGE);
		assertThat(OnTheCorpusDay
			.parse("Lotte Kramer leaves the company on 1 March and becomes a receptionist at a hotel.")
			.kind()).isEqualTo(Announcement.Kind.LEAVER);
		Announcement freelance = OnTheCorpusDay.parse(
				"Iris Mol stopt per 1 februari als ontwikkelaar bij ons en gaat als zzp'er verder. Laatste werkdag 29 januari.");
		assertThat(freelance.kind()).isEqualTo(Announcement.Kind.LEAVER);
		assertThat(freelance.roleKey()).isEqualTo("software-engineer");
		assertThat(freelance.date()).hasToString("2027-01-29");
		assertThat(OnTheCorpusDay.parse("Jonas Berg stops as a developer on 31 January and goes self-employed.").kind())
			.isEqualTo(Announcement.Kind.LEAVER);
		// self-employed before joining is a starter's past
		assertThat(OnTheCorpusDay
			.parse("Welcome Rik Blom, who was self-employed until now and joins us on 4 January as a planner.")
			.kind()).isEqualTo(Announcement.Kind.STARTER);
	}

	@Test
	void aTradesEngineerOrATheatresProgrammerIsNoDeveloper() {
		for (String text : new String[] { "The arena's new ice maintenance engineer, Ravi Patel, begins on 11 January.",
				"Our network engineer Yusuf Demir leaves us on 31 December.",
				"Our theatre programmer Ada Brink retires on 29 January, after choosing our shows for twelve years." }) {
			assertThat(this.parser.parse(text, OnTheCorpusDay.TODAY, this.shipped).roleKey()).as(text).isNull();
		}
		assertThat(this.parser
			.parse("New backend engineer Mila Novak starts on 4 January.", OnTheCorpusDay.TODAY, this.shipped)
			.roleKey()).isEqualTo("software-engineer");
		// one person's unit in brackets is not the next one's role
		List<Announcement> two = this.parser.parseAll(
				"Leaving in January: Hugo Lam (sales, until 29 Jan) and Vera Holt (finance, until 22 Jan).",
				OnTheCorpusDay.TODAY, this.shipped);
		assertThat(two).extracting(Announcement::roleKey).containsExactly("account-manager", null);
		assertThat(this.parser.parseAll(
				"Leavers this month: Olga Ivanova (sales, last day 15 Jan) and Peter Novak (HR, last day 29 Jan).",
				OnTheCorpusDay.TODAY, this.shipped))
			.extracting(Announcement::roleKey)
			.containsExactly("account-manager", null);
	}

	@Test
	void aQuestionOrAJobNounIsNoPartOfAName() {
		for (String text : new String[] {
				"Can a new pharmacist get access to the stock system before her first day in February?",
				"Bij wie vraag ik een extra tablet aan voor de monteurs? Er komt niemand nieuw bij, het is ter vervanging." }) {
			assertThat(OnTheCorpusDay.parse(text).employeeName()).as(text).isNull();
		}
		assertThat(
				OnTheCorpusDay.parse("Can Mirthe Lens get her laptop before she starts on 4 January?").employeeName())
			.isEqualTo("Mirthe Lens");
		assertThat(OnTheCorpusDay.parse("Postdoc Jana Horak leaves us on 29 January.").employeeName())
			.isEqualTo("Jana Horak");
		assertThat(OnTheCorpusDay.parse("Afdelingshoofd Wim de Groot gaat per 1 april met pensioen.").employeeName())
			.isEqualTo("Wim de Groot");
		assertThat(OnTheCorpusDay.parse("Welcome Tom Brewer, who starts on 4 January in the bakery.").employeeName())
			.isEqualTo("Tom Brewer");
		assertThat(OnTheCorpusDay.parse("Conductor Ivan Petrov retires on 30 June 2027.").employeeName())
			.isEqualTo("Ivan Petrov");
		assertThat(OnTheCorpusDay.parse("Hoeveel dagen voor de start moet ik een nieuwe kok doorgeven?").employeeName())
			.isNull();
	}

}

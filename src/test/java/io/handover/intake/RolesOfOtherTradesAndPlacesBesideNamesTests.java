package io.handover.intake;

import static io.handover.intake.NoOneAnnounced.assertNoOne;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * A manager names the job and the person in everyday words, and the form gets the role
 * profile that job has, or none: the job held by someone who leaves a team of ours for
 * another job is the one they give up; a word of the catalogue inside another trade's
 * title (a chaplain's "geestelijk verzorger") is no carer's; a job outside the catalogue
 * said as the one started beats the sector they come from; a place said beside a name, in
 * brackets or as a route ("van de Veluwe naar"), and a trade said before it
 * ("Filmproducent") are no part of the job nor of the name.
 */
class RolesOfOtherTradesAndPlacesBesideNamesTests {

	@Test
	void aDeveloperWhoLeavesTheDevTeamForAJobOutsideTheCatalogueMovesFromTheDeveloperRole() {
		for (String words : new String[] {
				"As of 1 February our engineer Priya Raman leaves the engineering team and becomes scrum master.",
				"Per 1 februari verlaat onze ontwikkelaar Sem de Boer het ontwikkelteam en wordt hij product owner." }) {
			Announcement read = OnTheCorpusDay.parseShipped(words);
			assertThat(read.kind()).as(words).isEqualTo(Announcement.Kind.ROLE_CHANGE);
			assertThat(read.roleKey()).as(words).isNull();
			assertThat(read.currentRoleKey()).as(words).isEqualTo("software-engineer");
			assertThat(read.date()).as(words).isEqualTo(LocalDate.of(2027, 2, 1));
		}
	}

	@Test
	void leavingATeamOfOursToStartInAnotherJobWithUsMoves() {
		Announcement fleur = OnTheCorpusDay
			.parseShipped("Onze verkoopster Fleur Kok verlaat per 1 maart het verkoopteam "
					+ "en gaat als planner aan de slag in ons magazijn.");
		assertThat(fleur.kind()).isEqualTo(Announcement.Kind.ROLE_CHANGE);
		assertThat(fleur.roleKey()).isNull();
		assertThat(fleur.currentRoleKey()).isEqualTo("account-manager");
		Announcement dan = OnTheCorpusDay
			.parseShipped("From 1 March Dan Price leaves the warehouse and starts as a developer in our app team.");
		assertThat(dan.kind()).isEqualTo(Announcement.Kind.ROLE_CHANGE);
		assertThat(dan.roleKey()).isEqualTo("software-engineer");
		// the next job at another employer: a leaver, in the job held
		Announcement jesse = OnTheCorpusDay.parseShipped("Onze verkoper Jesse Wouters verlaat per 1 april het "
				+ "verkoopteam en gaat als planner aan de slag bij een transportbedrijf.");
		assertThat(jesse.kind()).isEqualTo(Announcement.Kind.LEAVER);
		assertThat(jesse.roleKey()).isEqualTo("account-manager");
	}

	@Test
	void aCareWordOfAnotherTradeIsNoCarer() {
		Announcement chaplain = OnTheCorpusDay
			.parseShipped("Onze geestelijk verzorger Marleen Hoek gaat per 1 februari met pensioen.");
		assertThat(chaplain.kind()).isEqualTo(Announcement.Kind.LEAVER);
		assertThat(chaplain.employeeName()).isEqualTo("Marleen Hoek");
		assertThat(chaplain.roleKey()).isNull();
		assertThat(OnTheCorpusDay.parseShipped("Our new spiritual care worker Amy Lund starts on 4 January.").roleKey())
			.isNull();
		// the carer said plainly stays one
		assertThat(OnTheCorpusDay.parseShipped("Onze nieuwe verzorger Karel Bos begint op 4 januari.").roleKey())
			.isEqualTo("care-worker");
		// a question about the chaplain announces no one
		assertNoOne("Is onze geestelijk verzorger al op de hoogte van het nieuwe rooster?");
	}

	@Test
	void aSalesAssociateSellsButASalesAssistantHelps() {
		assertThat(OnTheCorpusDay
			.parseShipped("The Utrecht shop welcomes a new sales associate, Ines Duarte, from Monday 11 January.")
			.roleKey()).isEqualTo("account-manager");
		assertThat(OnTheCorpusDay.parseShipped("Our shop in Delft gets a new sales assistant on 4 January: Kim Rood.")
			.roleKey()).isNull();
	}

	@Test
	void aPlaceInBracketsKeepsNoOneFromTheRoleSaidForAll() {
		List<Announcement> read = OnTheCorpusDay.parseAllShipped("Three new field sales reps start on 1 February: "
				+ "Omar Haddad (Belgium), Lena Vogt (Germany) and Piet Claes (Zeeland).");
		assertThat(read).extracting(Announcement::roleKey)
			.containsExactly("account-manager", "account-manager", "account-manager");
		// a unit in brackets is still the person's own
		assertThat(OnTheCorpusDay.parseShipped("Hanna Berg (Finance) starts on 4 January as a developer.").kind())
			.isEqualTo(Announcement.Kind.ROLE_CHANGE);
	}

	@Test
	void aJobOutsideTheCatalogueStartedInBeatsTheSectorComeFrom() {
		for (String words : new String[] {
				"Sanne Pool begint op 4 januari als doktersassistente; ze komt uit de verpleging.",
				"Aylin Demir begint 14-12 als bloedafnemer, ze komt uit de thuiszorg" }) {
			Announcement read = OnTheCorpusDay.parseShipped(words);
			assertThat(read.kind()).as(words).isEqualTo(Announcement.Kind.STARTER);
			assertThat(read.roleKey()).as(words).isNull();
		}
		// a carer's job said as the one started stays the carer's
		assertThat(OnTheCorpusDay.parseShipped("Jan Kok begint op 4 januari als verzorgende, hij komt uit Zwolle.")
			.roleKey()).isEqualTo("care-worker");
	}

	@Test
	void theJobComparedWithTheOneHeldNowIsKept() {
		for (String words : new String[] {
				"Vanaf 1 februari werkt Ilse Bos op de locatie Deventer in plaats van Zutphen, als verzorgende zoals nu.",
				"Per 1 januari gaat Bart Vos van de prikpost in Delden naar die in Hengelo, als zorgmedewerker, net als nu." }) {
			Announcement read = OnTheCorpusDay.parseShipped(words);
			assertThat(read.kind()).as(words).isEqualTo(Announcement.Kind.ROLE_CHANGE);
			assertThat(read.roleKey()).as(words).isEqualTo("care-worker");
			assertThat(read.currentRoleKey()).as(words).isEqualTo("care-worker");
		}
		// a job said with "als" alone is the new one, not said to be held
		assertThat(
				OnTheCorpusDay.parseShipped("Per 1 maart gaat Ilse Bos van Zutphen naar Deventer, als accountmanager.")
					.currentRoleKey())
			.isNull();
	}

	@Test
	void aRouteAfterAFullNameIsNoSurname() {
		assertThat(OnTheCorpusDay
			.parseShipped("Vanaf 1 april gaat parkwachter Roel Hendriks van de Biesbosch naar de Hoge Veluwe, zelfde "
					+ "functie.")
			.employeeName()).isEqualTo("Roel Hendriks");
		assertThat(OnTheCorpusDay
			.parseShipped("Per 1 februari gaat Lars de Vries van het Utrechtse kantoor naar Amersfoort.")
			.employeeName()).isEqualTo("Lars de Vries");
		// a surname with its particle stays whole
		assertThat(OnTheCorpusDay.parseShipped("Sanne van de Berg gaat per 1 maart van Deventer naar Zutphen.")
			.employeeName()).isEqualTo("Sanne van de Berg");
	}

	@Test
	void aSurnameWithItsParticleStaysWholeInsideTheWordsOfAMove() {
		for (String name : new String[] { "Jan van Dijk", "Eva van der Meer" }) {
			Announcement read = OnTheCorpusDay
				.parseShipped("Per 1 maart gaat " + name + " naar het magazijn in Zwolle.");
			assertThat(read.employeeName()).isEqualTo(name);
			assertThat(read.kind()).isEqualTo(Announcement.Kind.ROLE_CHANGE);
		}
	}

	@Test
	void aMakersTradeBeforeTheNameIsNoFirstName() {
		assertThat(OnTheCorpusDay.parseShipped("Filmproducent Noor Smit verlaat ons per 31 januari.").employeeName())
			.isEqualTo("Noor Smit");
		assertThat(OnTheCorpusDay.parseShipped("Theaterproducent Mirjam Hoek begint op 4 januari.").employeeName())
			.isEqualTo("Mirjam Hoek");
		assertThat(OnTheCorpusDay.parseShipped("Vincent Laurent leaves on 31 December.").employeeName())
			.isEqualTo("Vincent Laurent");
	}

}

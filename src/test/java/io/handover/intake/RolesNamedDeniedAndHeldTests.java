package io.handover.intake;

import java.time.LocalDate;

import io.handover.intake.Announcement.Kind;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The profile a manager's words give a person (issue 18), read with the shipped profiles:
 * a regional name of a job is that job ("zorgkundige" in Flanders is a care worker); a
 * clause that denies software wins over a bare "engineer" or a verb that looks like a job
 * ("hij programmeert niet"); a field said after another job is where that job is done
 * ("Lecturer, Engineering"); a mover's job said in a relative clause is the one held; a
 * leaver's job stopped is theirs even when the next employer is named; and a newcomer's
 * job "here" is the one they start in, not the one held before.
 */
class RolesNamedDeniedAndHeldTests {

	private static Announcement parse(String text) {
		return OnTheCorpusDay.parseShipped(text);
	}

	@Test
	void aFlemishCareWorkerIsACareWorker() {
		Announcement griet = parse(
				"Griet Claes vervoegt vanaf maandag 11 januari onze afdeling geriatrie als zorgkundige.");

		assertThat(griet.kind()).isEqualTo(Kind.STARTER);
		assertThat(griet.roleKey()).isEqualTo("care-worker");
		assertThat(parse("Zorgkundige Jens Wouters neemt afscheid op vrijdag 29 januari.").roleKey())
			.isEqualTo("care-worker");
	}

	@Test
	void aFlemishDevelopersTitleIsADeveloper() {
		assertThat(parse("Programmeur-analist Lien Goossens neemt afscheid op 29 januari.").roleKey())
			.isEqualTo("software-engineer");
	}

	@Test
	void anEngineerWhoseWorkIsSaidNotToBeSoftwareGetsNoDeveloperProfile() {
		assertThat(parse("Please set up a laptop for Kieran Walsh, our new engineer, from 4 January. "
				+ "He does the hydraulics of the presses and doesn't write code.")
			.roleKey()).isNull();
		assertThat(parse("New engineer on 18 January: Priya Nair. Electrical, so not software.").roleKey()).isNull();
		assertThat(parse("Vanaf 1 maart start Dirk Hendriks bij ons als engineer. Hij doet de koelinstallaties en "
				+ "schrijft zelf geen code.")
			.roleKey()).isNull();
	}

	@Test
	void anEngineerWhoWritesSoftwareKeepsTheDeveloperProfile() {
		assertThat(
				parse("Our new engineer Luke Brandt starts on 11 January; he builds the billing software.").roleKey())
			.isEqualTo("software-engineer");
		assertThat(parse("Our new developer Ruth Mbeki starts on 11 January. She is not a designer.").roleKey())
			.isEqualTo("software-engineer");
		// a thing of the field denied, not the field: no training needed
		assertThat(parse("Our new engineer Tom Baker starts on 4 January; he needs no IT training.").roleKey())
			.isEqualTo("software-engineer");
	}

	@Test
	void theVerbOfAJobIsNoTypoOfIt() {
		assertThat(
				parse("Per 4 januari komt Sanne Bos ons team versterken als netwerkbeheerder; zij programmeert niet.")
					.roleKey())
			.isNull();
		assertThat(parse("Tessa Vos joins on 4 January as a data analyst. She programmed reports in her last job.")
			.roleKey()).isNull();
	}

	@Test
	void aJobDeniedWithItsVerbIsNoRole() {
		assertThat(parse("Tessa Vos joins on 4 January as a data analyst; she won't be a developer here.").roleKey())
			.isNull();
	}

	@Test
	void aFieldSaidAfterAnotherJobIsWhereThatJobIsDone() {
		Announcement helen = parse(
				"Prof. Helen Ward (Lecturer, Software Engineering) leaves the university on 31 January.");
		assertThat(helen.kind()).isEqualTo(Kind.LEAVER);
		assertThat(helen.roleKey()).isNull();
		assertThat(parse("Sam Okafor (secretary, sales) starts on Monday 18 January.").roleKey()).isNull();
		// a word of anyone at work leaves the field to be the job
		assertThat(parse("Medewerker verkoop Lars de Boer begint op 4 januari.").roleKey())
			.isEqualTo("account-manager");
		// … and so does a verb: "starts in development" is a developer's job
		Announcement nathan = parse("Please update the role of Nathan Scott: he was in sales and starts in development "
				+ "on 11 January.");
		assertThat(nathan.roleKey()).isEqualTo("software-engineer");
		assertThat(nathan.currentRoleKey()).isEqualTo("account-manager");
	}

	@Test
	void aMoversJobSaidInARelativeClauseIsTheOneHeld() {
		Announcement maya = parse("Maya Cole, who is a developer in the app team, moves to our finance department as "
				+ "bookkeeper on 1 February.");

		assertThat(maya.kind()).isEqualTo(Kind.ROLE_CHANGE);
		assertThat(maya.date()).isEqualTo(LocalDate.of(2027, 2, 1));
		assertThat(maya.roleKey()).isNull();
		assertThat(maya.currentRoleKey()).isEqualTo("software-engineer");
		Announcement joris = parse(
				"Joris Smit, die nu als verzorgende werkt op de Linde, gaat per 1 maart naar de receptie van ons hoofdkantoor.");
		assertThat(joris.roleKey()).isNull();
		assertThat(joris.currentRoleKey()).isEqualTo("care-worker");
	}

	@Test
	void aWorkerOfAUnitNowWhoBecomesItsCoordinatorMovesWithinTheRole() {
		Announcement jan = parse("Jan Hoek, nu medewerker facilitaire dienst, wordt per 1 februari facilitair "
				+ "coördinator van de drie locaties.");

		assertThat(jan.kind()).isEqualTo(Kind.ROLE_CHANGE);
		assertThat(jan.roleKey()).isEqualTo("facility-coordinator");
		assertThat(jan.currentRoleKey()).isEqualTo("facility-coordinator");
	}

	@Test
	void stayingWithUsIsNoJobKept() {
		Announcement fenna = parse("Onze verzorgende Fenna Mulder gaat vanaf 1 februari als kok werken in onze keuken. "
				+ "Ze blijft dus gewoon bij ons.");

		assertThat(fenna.kind()).isEqualTo(Kind.ROLE_CHANGE);
		assertThat(fenna.roleKey()).isNull();
		assertThat(fenna.currentRoleKey()).isEqualTo("care-worker");
	}

	@Test
	void aLeaversJobStoppedIsTheirsWhenTheNextEmployerIsNamed() {
		Announcement marloes = parse(
				"Marloes Visser stopt op 15 januari als accountmanager en gaat daarna bij een concurrent aan de slag.");

		assertThat(marloes.kind()).isEqualTo(Kind.LEAVER);
		assertThat(marloes.date()).isEqualTo(LocalDate.of(2027, 1, 15));
		assertThat(marloes.roleKey()).isEqualTo("account-manager");
		// the next employer's job is not theirs here
		assertThat(parse("Kim Dijk stopt op 15 januari en gaat als ontwikkelaar bij een ander bedrijf aan de slag.")
			.roleKey()).isNull();
	}

	@Test
	void aNewcomersJobHereIsTheOneTheyStartIn() {
		Announcement emma = parse("Welkom aan Emma Jacobs, die vanaf 4 januari ons team vervoegt. Ze werkte jaren als "
				+ "verkoopster, maar komt hier als ontwikkelaar.");

		assertThat(emma.kind()).isEqualTo(Kind.STARTER);
		assertThat(emma.roleKey()).isEqualTo("software-engineer");
	}

}

package io.handover.intake;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * People who arrive or stay but were offboarded, people who leave but were onboarded, and
 * the last day worked among a leaver's dates. Today is Thursday 3 December 2026.
 */
class StaysRehiresAndLastDaysTests {

	@Test
	void aRehireIsAStarterWhateverTheLeavingBefore() {
		Announcement tara = OnTheCorpusDay
			.parse("We are rehiring Tara Lund as a carer. She left in 2025 and comes back on 1 February.");
		assertThat(tara.kind()).isEqualTo(Announcement.Kind.STARTER);
		assertThat(tara.date()).hasToString("2027-02-01");
		assertThat(
				OnTheCorpusDay.parse("Herintreder: Sanne Brouwer komt per 1 maart weer in dienst. Ze vertrok in 2023.")
					.kind())
			.isEqualTo(Announcement.Kind.STARTER);
	}

	@Test
	void aTempsStayWithItsEndIsAStartOnItsFirstDay() {
		List<Announcement> temps = OnTheCorpusDay.parseAll("Seizoenskrachten voor de camping: Pim Lut en Elif Doğan. "
				+ "Allebei vanaf 1 juni, tot en met 31 augustus.");
		assertThat(temps).extracting(Announcement::kind).containsOnly(Announcement.Kind.STARTER);
		assertThat(temps).allSatisfy(a -> assertThat(a.date()).hasToString("2027-06-01"));
		assertThat(OnTheCorpusDay
			.parse("Vanaf 1 februari versterkt Anna Smulders ons team als stagiaire. Zij blijft tot na de meivakantie.")
			.kind()).isEqualTo(Announcement.Kind.STARTER);
		assertThat(OnTheCorpusDay.parse("Lotte Bakker leaves us: she works her notice from 7 to 18 December.").kind())
			.as("a leaving word beats the stay")
			.isEqualTo(Announcement.Kind.LEAVER);
		assertThat(OnTheCorpusDay.parse("Anna Kok is van 21 tot 28 december met vakantie.").kind())
			.as("an absence is no stay")
			.isNull();
	}

	@Test
	void aLeaverWhoseAccessIsToBeClosedIsNoStarter() {
		assertThat(OnTheCorpusDay
			.parse("As agreed, porter Levi Grange completes his contract with the hotel on "
					+ "Saturday 30 January 2027. Would you arrange the closure of his accounts?")
			.kind()).isEqualTo(Announcement.Kind.LEAVER);
		assertThat(OnTheCorpusDay.parse("We hebben Gijs Kraaij vandaag naar huis gestuurd, hij komt niet meer terug.")
			.kind()).isEqualTo(Announcement.Kind.LEAVER);
		Announcement laura = OnTheCorpusDay.parse(
				"Laura Bekker (developer) gaat per 1 maart naar de belastingdienst; tot die datum werkt ze nog hier.");
		assertThat(laura.kind()).as("another employer is no move").isEqualTo(Announcement.Kind.LEAVER);
		assertThat(laura.roleKey()).isEqualTo("software-engineer");
	}

	@Test
	void theLastDayWorkedBeatsTheEndOfEmployment() {
		Announcement mila = OnTheCorpusDay.parse("Mila Rozema heeft opgezegd en is in dienst tot en met 28 februari; "
				+ "door haar verlof is vrijdag 12 februari haar laatste werkdag.");
		assertThat(mila.date()).hasToString("2027-02-12");
		assertThat(mila.notes()).contains(Announcement.Note.SEVERAL_DATES);
		assertThat(OnTheCorpusDay.parse(
				"Per 1 februari werkt Joyce Snel niet meer bij ons; haar laatste avonddienst is zaterdag 30 januari.")
			.date()).hasToString("2027-01-30");
		assertThat(OnTheCorpusDay.parse("Tim Kok werkt vandaag al niet meer, want hij is sinds maandag uit dienst.")
			.date()).as("today is a state here; the day he left is Monday").hasToString("2026-11-30");
		assertThat(OnTheCorpusDay.parse("Gert Zwaan gaat eind volgende maand met pensioen.").date())
			.hasToString("2027-01-31");
		assertThat(OnTheCorpusDay.parse("Ruben Kamp werkt vannacht voor het laatst bij ons.").date())
			.hasToString("2026-12-03");
	}

}

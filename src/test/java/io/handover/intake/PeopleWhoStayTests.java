package io.handover.intake;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Messages that name more people than are joining, moving or leaving: a colleague whose
 * hours change, an organisation, a job title in Title Case. Only the people with news get
 * a form; a colleague who stays is never offboarded. Today is Thursday 3 December 2026.
 */
class PeopleWhoStayTests {

	@Test
	void aColleagueWhoseHoursChangeIsNotOffboardedWithTheLeaver() {
		List<Announcement> read = OnTheCorpusDay.parseAll(
				"Jorien Stam is per 1 april uit dienst. Wessel Bijl blijft, maar werkt vanaf die datum alleen ochtenden.");
		assertThat(read).extracting(Announcement::employeeName).containsExactly("Jorien Stam");
		assertThat(read.get(0).kind()).isEqualTo(Announcement.Kind.LEAVER);

		List<Announcement> english = OnTheCorpusDay.parseAll(
				"Gemma Pryce drops to three days a week from 1 March. Also: Idris Vaughan leaves on 26 February.");
		assertThat(english).extracting(Announcement::employeeName).containsExactly("Idris Vaughan");
	}

	@Test
	void otherHoursALeaveOrAnExtensionAreNoOneToOnboardOrOffboard() {
		for (String text : new String[] { "Wendy Aalders gaat per maart 24 uur werken in plaats van 32.",
				"Lotte de Wit gaat per 1 januari 24 uur werken i.p.v. 32, verder verandert er niets.",
				"From January Omar Said goes from 20 to 30 hours a week.",
				// the hours without numbers: the lead's call (session 24), as the blind
				// writers read them
				"Rutger Wink gaat per 1 februari minder werken.",
				"Joost Aerts gaat per 1 april van parttime naar fulltime, verder verandert er niets.",
				"Our baker Ian Holt goes from full-time to four days a week from 1 February, nothing else changes.",
				"Onze collega Mirte Kok gaat vanaf 4 januari met ouderschapsverlof en komt in juni terug.",
				"Our chemist Ada Lin will be on maternity leave from 8 February and back on 1 July.",
				"De contracten van de zaterdaghulpen in Baarn worden verlengd tot 1 oktober." }) {
			Announcement alone = OnTheCorpusDay.parse(text);
			assertThat(alone.employeeName()).as(text).isNull();
			assertThat(alone.kind()).as(text).isNull();
			assertThat(alone.date()).as(text).isNull();
		}
		// hours said with a start are the starter's, and so is the cover for a leave
		assertThat(OnTheCorpusDay.parse("Noor Vos begint op 4 januari, 24 uur per week.").kind())
			.isEqualTo(Announcement.Kind.STARTER);
		Announcement cover = OnTheCorpusDay
			.parse("Tijdens het zwangerschapsverlof van Anouk vervangt Sem Dekker haar: hij begint op 11 januari.");
		assertThat(cover.employeeName()).isEqualTo("Sem Dekker");
		assertThat(cover.kind()).isEqualTo(Announcement.Kind.STARTER);
		assertThat(cover.date()).hasToString("2027-01-11");
	}

	@Test
	void aStarterForMorningsOnlyIsStillAStarter() {
		Announcement starter = OnTheCorpusDay.parse("Femke Lont begint maandag 7 december, alleen ochtenden.");
		assertThat(starter.kind()).isEqualTo(Announcement.Kind.STARTER);
		assertThat(starter.date()).hasToString("2026-12-07");
	}

	@Test
	void anOrganisationOrAJobTitleIsNoPersonAndTakesNoDate() {
		List<Announcement> org = OnTheCorpusDay
			.parseAll("Groeten van Kinderboerderij De Wei! Stijn Kramer komt vanaf 14 december bij ons werken.");
		assertThat(org).extracting(Announcement::employeeName).containsExactly("Stijn Kramer");
		Announcement appointed = OnTheCorpusDay.parse(
				"We are pleased to say Mr Ewan Roy has been appointed Senior Site Surveyor and starts on 1 March 2027.");
		assertThat(appointed.employeeName()).isEqualTo("Ewan Roy");
		assertThat(appointed.date()).hasToString("2027-03-01");
		assertThat(OnTheCorpusDay.parseAll("Ms Nia Bello, Payroll Officer, has resigned; her last day is 22 January."))
			.extracting(Announcement::employeeName)
			.containsExactly("Nia Bello");
	}

	@Test
	void twoPeopleEachSaidWithTheirOwnJobAreBothRead() {
		List<Announcement> read = OnTheCorpusDay
			.parseAll("Op 11 januari start Bas Pronk als developer en Fleur Vos als verzorgende.");
		assertThat(read).extracting(Announcement::employeeName).containsExactly("Bas Pronk", "Fleur Vos");
		assertThat(read).extracting(Announcement::roleKey).containsExactly("software-engineer", "care-worker");
		List<Announcement> bracketed = OnTheCorpusDay
			.parseAll("From 1 February Helen Crowther (developer) and Sam Price (barista) join us.");
		assertThat(bracketed).extracting(Announcement::roleKey).containsExactly("software-engineer", null);
	}

}

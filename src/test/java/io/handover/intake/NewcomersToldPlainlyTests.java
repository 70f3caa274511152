package io.handover.intake;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Newcomers a manager announces without a joining verb: a plain work verb with the job
 * ("vanaf maandag werkt … als leerling-bakker"), a team that has got someone new or gets
 * reinforcement on a day ahead, a temp set over the name as a heading, and a list whose
 * day is said of all after a dash; the retirement of the one taken over from, named by a
 * first name only, is not theirs. Today is Thursday 3 December 2026.
 */
class NewcomersToldPlainlyTests {

	@Test
	void aPlainWorkVerbWithTheJobAfterADayAheadIsAStart() {
		Announcement dutch = OnTheCorpusDay
			.parse("Vanaf maandag 11 januari werkt Fenna Dijkstra als leerling-bakker in onze winkel in Zwolle.");
		assertThat(dutch.kind()).isEqualTo(Announcement.Kind.STARTER);
		assertThat(dutch.date()).hasToString("2027-01-11");
		Announcement english = OnTheCorpusDay
			.parse("From 1 February, Marcus Lee works as a trainee baker at our Leeds shop.");
		assertThat(english.kind()).isEqualTo(Announcement.Kind.STARTER);
		assertThat(english.date()).hasToString("2027-02-01");
	}

	@Test
	void aTeamThatHasGotSomeoneNewOrGetsReinforcementAnnouncesThem() {
		Announcement got = OnTheCorpusDay
			.parse("Good news! We've got a new night receptionist, Aisha Bello, from Monday 4 January.");
		assertThat(got.kind()).isEqualTo(Announcement.Kind.STARTER);
		assertThat(got.employeeName()).isEqualTo("Aisha Bello");
		assertThat(got.date()).hasToString("2027-01-04");
		Announcement reinforced = OnTheCorpusDay
			.parse("De keuken krijgt per a.s. woensdag (9 december) versterking van Koen Hermans.");
		assertThat(reinforced.kind()).isEqualTo(Announcement.Kind.STARTER);
		assertThat(reinforced.date()).hasToString("2026-12-09");
	}

	@Test
	void aTempSetOverTheNameIsANewcomer() {
		Announcement temp = OnTheCorpusDay.parse("Invalkracht: Eline Smits helpt vanaf 14 december in de bediening.");
		assertThat(temp.kind()).isEqualTo(Announcement.Kind.STARTER);
		assertThat(temp.date()).hasToString("2026-12-14");
	}

	@Test
	void tempsWhoseEndIsSaidOfAllStartWithTheOthers() {
		List<Announcement> temps = OnTheCorpusDay.parseAll("Vakantiekrachten voor de kerstdrukte vanaf maandag 21 "
				+ "december: Jesse Mol en Ilse Brouwer, allebei in de winkel, tot en met 3 januari.");
		assertThat(temps).extracting(Announcement::kind)
			.containsExactly(Announcement.Kind.STARTER, Announcement.Kind.STARTER);
		assertThat(temps).extracting(a -> a.date().toString()).containsExactly("2026-12-21", "2026-12-21");
		List<Announcement> joined = OnTheCorpusDay
			.parseAll("oproepkrachten ijsbaan-kassa per 12 dec: Tim Bos, Sara Lind — allemaal t/m 10 januari");
		assertThat(joined).extracting(Announcement::kind)
			.containsExactly(Announcement.Kind.STARTER, Announcement.Kind.STARTER);
	}

	@Test
	void aDaySaidOfAllAfterADashIsTheFirstsToo() {
		List<Announcement> crew = OnTheCorpusDay
			.parseAll("Our new ski instructors: Finn Olsen, Maya Berg and Luca Conti — they all start on 19 December.");
		assertThat(crew).extracting(Announcement::employeeName)
			.containsExactly("Finn Olsen", "Maya Berg", "Luca Conti");
		assertThat(crew).extracting(a -> String.valueOf(a.date()))
			.containsExactly("2026-12-19", "2026-12-19", "2026-12-19");
	}

	@Test
	void theRetirementOfOneTakenOverFromIsNotTheNewcomers() {
		Announcement dutch = OnTheCorpusDay.parse(
				"Ravi Patel begint op 4 januari als chauffeur. Hij neemt het over van Gerrit, die met pensioen gaat.");
		assertThat(dutch.kind()).isEqualTo(Announcement.Kind.STARTER);
		assertThat(dutch.date()).hasToString("2027-01-04");
		Announcement english = OnTheCorpusDay
			.parse("Mia Costa starts on 11 January at the front desk; she takes over from Joe, who is retiring.");
		assertThat(english.kind()).isEqualTo(Announcement.Kind.STARTER);
	}

}

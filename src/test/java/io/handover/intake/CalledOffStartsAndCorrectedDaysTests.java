package io.handover.intake;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A manager corrects a day in the same breath, calls a start off, tells of a leave or an
 * appointment, or lists moves under one heading: the form shows the day meant, and no one
 * where no one joins, moves or leaves. Today is Thursday 3 December 2026.
 */
class CalledOffStartsAndCorrectedDaysTests {

	@Test
	void aDayCorrectedByItsNumberAloneIsTheCorrectedDayOfTheSameMonth() {
		// said in words, then the day taken back said again as a number
		Announcement words = OnTheCorpusDay.parse(
				"Lina Vos joins the bakery on the fourteenth of January – sorry, fifteenth, on the 14th we are shut.");
		assertThat(words.date()).hasToString("2027-01-15");
		Announcement dutch = OnTheCorpusDay
			.parse("Karim Saidi begint op 18 januari als monteur – correctie: de negentiende, de 18e is hij nog weg.");
		assertThat(dutch.date()).hasToString("2027-01-19");
		Announcement chat = OnTheCorpusDay.parse("Tom Hale starts on 11 January – oops, make that the 18th.");
		assertThat(chat.date()).hasToString("2027-01-18");
		// the corrected day, not the old one said after it
		Announcement leaver = OnTheCorpusDay
			.parse("Roos Kamp vertrekt; haar laatste werkdag is 29 januari – correctie: de 28e, de 29e is ze al weg.");
		assertThat(leaver.date()).hasToString("2027-01-28");
		// a day with no place in that month keeps the date said, with a note to check it
		Announcement none = OnTheCorpusDay.parse("Ivo Lam starts on 26 February – sorry, the thirtieth.");
		assertThat(none.date()).hasToString("2027-02-26");
		assertThat(none.notes()).contains(Announcement.Note.SEVERAL_DATES);
	}

	@Test
	void aLastDayAfterAPensionOrADefenceIsTheDateOnTheForm() {
		Announcement pension = OnTheCorpusDay
			.parse("Onze conciërge Bert Hoek gaat per 1 maart met vroegpensioen en werkt t/m 24 februari.");
		assertThat(pension.kind()).isEqualTo(Announcement.Kind.LEAVER);
		assertThat(pension.date()).hasToString("2027-02-24");
		Announcement defence = OnTheCorpusDay.parse(
				"Researcher Jonas Wirth defends his thesis on 3 March and leaves after that, end of contract 15 March.");
		assertThat(defence.kind()).isEqualTo(Announcement.Kind.LEAVER);
		assertThat(defence.date()).hasToString("2027-03-15");
	}

	@Test
	void aStartCalledOffAnnouncesNoOne() {
		for (String text : new String[] {
				"De nieuwe schoonmaker voor Zwolle die ik gisteren doorgaf komt niet. Je hoeft niets aan te maken.",
				"Forget the new porter, Dirk Smit, he will not be joining us after all.",
				"Helaas: Noa Pels begint toch niet bij ons." }) {
			List<Announcement> read = OnTheCorpusDay.parseAll(text);
			assertThat(read).as(text).hasSize(1);
			assertThat(read.get(0).employeeName()).as(text).isNull();
			assertThat(read.get(0).kind()).as(text).isNull();
		}
	}

	@Test
	void aRealStartBesideOneCalledOffOrADateTakenBackStays() {
		assertThat(OnTheCorpusDay
			.parseAll("De start van Wout Baas gaat niet door. In zijn plaats begint Iris Blom op 11 januari."))
			.extracting(Announcement::employeeName)
			.containsExactly("Iris Blom");
		assertThat(OnTheCorpusDay.parseAll("Eva Mol starts on 4 January. Bram Kok is not coming after all."))
			.extracting(Announcement::employeeName)
			.containsExactly("Eva Mol");
		// a date that does not go ahead is a correction, not a start called off
		Announcement moved = OnTheCorpusDay.parse("4 januari gaat niet door, Lisa de Boer begint op 11 januari.");
		assertThat(moved.kind()).isEqualTo(Announcement.Kind.STARTER);
		assertThat(moved.date()).hasToString("2027-01-11");
		// no longer coming is a leaving
		assertThat(OnTheCorpusDay.parse("Piet Jansen komt niet meer werken, zijn laatste dag was vrijdag.").kind())
			.isEqualTo(Announcement.Kind.LEAVER);
	}

	@Test
	void aLeaveOrItsReturnAnnouncesNoOne() {
		for (String text : new String[] { "Ella Bos komt na haar zwangerschapsverlof op 1 maart terug.",
				"Kate Lowe returns from her maternity leave on 1 March.",
				"Anna Smit gaat vanaf 1 februari fulltime werken." }) {
			Announcement read = OnTheCorpusDay.parse(text);
			assertThat(read.employeeName()).as(text).isNull();
			assertThat(read.kind()).as(text).isNull();
		}
		// leaving for good after a leave is a leaving
		assertThat(OnTheCorpusDay
			.parse("Fleur Jansen stopt per 1 april; ze gaat eerst met ouderschapsverlof en komt niet terug.")
			.kind()).isEqualTo(Announcement.Kind.LEAVER);
	}

	@Test
	void anAppointmentOrANewJobCoachIsAJoiner() {
		Announcement office = OnTheCorpusDay
			.parse("The museum's new director, Sofia Ricci, takes office on Monday 1 March 2027.");
		assertThat(office.kind()).isEqualTo(Announcement.Kind.STARTER);
		assertThat(office.employeeName()).isEqualTo("Sofia Ricci");
		assertThat(OnTheCorpusDay.parse("Hugo Baan will be our new route planner from 11 January.").kind())
			.isEqualTo(Announcement.Kind.STARTER);
		Announcement week = OnTheCorpusDay.parse("Iris Kroon will be our new planning coach from week 2.");
		assertThat(week.kind()).isEqualTo(Announcement.Kind.STARTER);
		assertThat(week.date()).hasToString("2027-01-11");
		assertThat(OnTheCorpusDay.parse("A new job coach for the workshop, Tim Visser, starts on 18 January.").kind())
			.isEqualTo(Announcement.Kind.STARTER);
		// a new job said of someone here is still a move
		assertThat(OnTheCorpusDay.parse("Sara Polat has a new job with us from 1 April: she becomes our buyer.").kind())
			.isEqualTo(Announcement.Kind.ROLE_CHANGE);
	}

	@Test
	void aHeadingsDateReachesEveryMoveInItsList() {
		List<Announcement> read = OnTheCorpusDay.parseAll(
				"Verschuivingen per 1 februari:\n- Joost Bak: van de afwas naar de bediening\n- Mila Wong: van de bar naar de keuken");
		assertThat(read).extracting(Announcement::kind)
			.containsExactly(Announcement.Kind.ROLE_CHANGE, Announcement.Kind.ROLE_CHANGE);
		assertThat(read).extracting(a -> a.date().toString()).containsExactly("2027-02-01", "2027-02-01");
		// a date of its own stays its own
		List<Announcement> own = OnTheCorpusDay.parseAll(
				"Moves as of 1 February:\n- Ben Ode: from the bar to the kitchen\n- Ada Fenn: from reception to sales on 8 February");
		assertThat(own).extracting(a -> a.date().toString()).containsExactly("2027-02-01", "2027-02-08");
	}

	@Test
	void temporaryStartersListedWithTheirEndStartOnTheHeadingsDate() {
		List<Announcement> temps = OnTheCorpusDay.parseAll(
				"Invalkrachten voor de kassa vanaf zaterdag 19 december: Yara Bakr en Tijn Wolf, tot en met 3 januari.");
		assertThat(temps).extracting(Announcement::kind)
			.containsExactly(Announcement.Kind.STARTER, Announcement.Kind.STARTER);
		assertThat(temps).extracting(a -> a.date().toString()).containsExactly("2026-12-19", "2026-12-19");
		// a leaver said with a verb of their own stays a leaver
		List<Announcement> mixed = OnTheCorpusDay
			.parseAll("Vanaf 1 februari: Anna Smit komt erbij, Bob Jansen werkt tot en met 28 februari.");
		assertThat(mixed).extracting(Announcement::kind)
			.containsExactly(Announcement.Kind.STARTER, Announcement.Kind.LEAVER);
	}

	@Test
	void aUnitAChairOrAnAgencyIsNoSecondPerson() {
		assertThat(OnTheCorpusDay.parseAll("Nieuwe collega Backoffice West: Sem Kuijt, start 18/1."))
			.extracting(Announcement::employeeName)
			.containsExactly("Sem Kuijt");
		assertThat(OnTheCorpusDay
			.parseAll("Dr. Lotte Baas (head Medical Physics) retires on 30 April 2027; she works until 31 March 2027."))
			.extracting(Announcement::employeeName)
			.containsExactly("Lotte Baas");
		assertThat(OnTheCorpusDay
			.parseAll("Mo Diallo, our head porter, transfers to the Glasgow West hotel on 1 February, same job."))
			.extracting(Announcement::employeeName)
			.containsExactly("Mo Diallo");
		List<Announcement> agency = OnTheCorpusDay
			.parseAll("Through Prime Staffing we get a temporary planner from 11 Jan to 30 April: Rick Meijer.");
		assertThat(agency).extracting(Announcement::employeeName).containsExactly("Rick Meijer");
		assertThat(agency.get(0).date()).hasToString("2027-01-11");
	}

}

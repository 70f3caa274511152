package io.handover.intake;

import java.util.List;

import org.junit.jupiter.api.Test;

import static io.handover.intake.NoOneAnnounced.assertNoOne;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * News a manager sends that no one joins, moves or leaves by yet: fewer days set against
 * the old number, a leave with its period, a start called off in the next sentence by a
 * pronoun or put off with no day, and a question whether someone of a kind must be
 * reported at all, the first name given after it. Beside them, what stays news: a leaving
 * moved to another day, a leave followed by a leaving, a start on a new day, and a stay
 * agreed until a day to train one's successor, which is the leaving. Today is Thursday 3
 * December 2026.
 */
class NewsOfNoOneYetTests {

	@Test
	void fewerDaysOrHoursSetAgainstTheOldNumberAnnounceNoOne() {
		assertNoOne("Olivia Brandt will work three days a week from February instead of four.");
		assertNoOne("Joris Veldman gaat vanaf januari vier dagen werken in plaats van vijf.");
		assertNoOne("From 1 March Callum Reid does 24 hours a week rather than 32.");
		assertNoOne("Per 1 februari werkt Esra Yilmaz 28 uur per week, in plaats van fulltime.");
		assertNoOne("Anna Kramer will work four days a week from January (now five).");
		assertNoOne("Vanaf januari werkt Bram Otten vier dagen per week, nu nog vijf.");
	}

	@Test
	void aStartOrALeavingBesideAnotherNumberOfDaysStaysNews() {
		Announcement starter = OnTheCorpusDay
			.parse("Nina Post starts on 4 January, three days a week instead of five.");
		assertThat(starter.kind()).isEqualTo(Announcement.Kind.STARTER);
		assertThat(starter.date()).hasToString("2027-01-04");
		Announcement leaver = OnTheCorpusDay.parse("Ruben Smit now leaves on 15 January instead of 26 February.");
		assertThat(leaver.kind()).isEqualTo(Announcement.Kind.LEAVER);
		assertThat(leaver.date()).hasToString("2027-01-15");
		Announcement vertrekker = OnTheCorpusDay.parse("Anouk de Wit stopt op 29 januari in plaats van 26 februari.");
		assertThat(vertrekker.kind()).isEqualTo(Announcement.Kind.LEAVER);
		assertThat(vertrekker.date()).hasToString("2027-01-29");
	}

	@Test
	void aLeaveWithItsPeriodAnnouncesNoOne() {
		assertNoOne("Femke Jacobs neemt van maart tot en met juni een sabbatical.");
		assertNoOne("Dan Cole takes a career break from April to October.");
		assertNoOne("Tom Greene is on unpaid leave from 1 March to 31 May.");
		assertNoOne("Ilse Kok gaat van 1 maart tot en met 31 mei met onbetaald verlof.");
		assertNoOne("Kees Bakker neemt een loopbaanonderbreking van februari tot september.");
		assertNoOne("Priya Shah will be on parental leave between 1 February and 30 April.");
		assertNoOne("Sara Bloem is van 1 februari tot 1 mei met verlof.");
		assertNoOne("Max Roos is on leave from 4 January to 26 February.");
		assertNoOne("Iris Pauw neemt van maart tot juni drie maanden vrij voor een wereldreis.");
		assertNoOne("Ryan Hall takes three months off from March to travel.");
	}

	@Test
	void aLeaveFollowedByALeavingIsALeaving() {
		assertThat(OnTheCorpusDay
			.parse("Noor Visser neemt van februari tot en met april een sabbatical en verlaat ons daarna.")
			.kind()).isEqualTo(Announcement.Kind.LEAVER);
		assertThat(OnTheCorpusDay.parse("Sam Reed takes a sabbatical from February until April and then leaves us.")
			.kind()).isEqualTo(Announcement.Kind.LEAVER);
	}

	@Test
	void aLeavingAfterALeaveIsOnItsOwnDayNotTheLeaves() {
		Announcement leaver = OnTheCorpusDay
			.parse("Tom Greene is on parental leave from 1 February and leaves us on 1 June.");
		assertThat(leaver.kind()).isEqualTo(Announcement.Kind.LEAVER);
		assertThat(leaver.date()).hasToString("2027-06-01");
		Announcement vertrekker = OnTheCorpusDay
			.parse("Greta Holm neemt van 1 februari tot 30 april ouderschapsverlof en vertrekt daarna per 1 mei.");
		assertThat(vertrekker.kind()).isEqualTo(Announcement.Kind.LEAVER);
		assertThat(vertrekker.date()).hasToString("2027-05-01");
	}

	@Test
	void aStartCalledOffInTheNextSentenceByAPronounAnnouncesNoOne() {
		assertNoOne("Could you stop the laptop order for Ella Ward? She will not start on Tuesday after all.");
		assertNoOne("Zet het account van Mila de Boer maar stop. Ze komt toch niet.");
		assertNoOne("Please cancel the badge for Jack Hill. He is not coming after all.");
		assertNoOne("Kun je de telefoon voor Daan Smit annuleren? Hij begint toch niet bij ons.");
		assertNoOne("Can you hold the onboarding for Pim Wolters? He won't start on 4 January after all.");
		assertNoOne("Zet de telefoon van Joep Aarts maar stop. Die komt toch niet.");
		assertNoOne("Could you stop the laptop order for Ella Ward? She's not coming after all.");
	}

	@Test
	void aPronounOfTheNextSentenceThatCallsNothingOffKeepsTheStart() {
		Announcement starter = OnTheCorpusDay
			.parse("Jan Smit begint maandag. Hij komt niet op kantoor maar werkt thuis.");
		assertThat(starter.kind()).isEqualTo(Announcement.Kind.STARTER);
		assertThat(starter.date()).hasToString("2026-12-07");
	}

	@Test
	void aStartCalledOffBesideAnotherNamedKeepsTheOther() {
		List<Announcement> read = OnTheCorpusDay
			.parseAll("Hanna Berg will not start on Monday after all. Tom Vos starts on Tuesday.");
		assertThat(read).extracting(Announcement::employeeName).containsExactly("Tom Vos");
		assertThat(read.get(0).date()).hasToString("2026-12-08");
		Announcement cover = OnTheCorpusDay.parse(
				"Julia Kok is on leave from 4 January to 26 February; Bas Berg starts on 4 January to cover for her.");
		assertThat(cover.kind()).isEqualTo(Announcement.Kind.STARTER);
		assertThat(cover.employeeName()).isEqualTo("Bas Berg");
	}

	@Test
	void aStartDeniedItsDayWithTheNewOneInItsSentenceMovesThere() {
		Announcement moved = OnTheCorpusDay
			.parse("Hanna Berg won't start on 4 January after all, she starts on 11 January.");
		assertThat(moved.kind()).isEqualTo(Announcement.Kind.STARTER);
		assertThat(moved.date()).hasToString("2027-01-11");
	}

	@Test
	void aStartPutOffWithNoDayAnnouncesNoOne() {
		assertNoOne("Lars de Vries begint niet in januari maar later.");
		assertNoOne("Sofie Peeters start niet op 4 januari maar pas later.");
		assertNoOne("Kim Hart won't start on Monday but later; we'll let you know the day.");
		assertNoOne("Our new chef Mia Stone will start later than planned, date to follow.");
		assertNoOne("Tim Bosch does not start in January but later in the spring.");
		assertNoOne("De start van Yara Hendriks schuift op naar later in het voorjaar.");
		assertNoOne("The start of Iris Wood has been moved to a later date.");
		assertNoOne("Mia Stone will join later than planned because of her notice period, date to follow.");
		assertNoOne("Jonas Berg's start is later than planned, date tbc.");
	}

	@Test
	void aStartPutOffToADayToldAfterItHoldsOnThatDay() {
		Announcement moved = OnTheCorpusDay
			.parse("Lena Vos start niet op 4 januari maar later. Ze begint nu op 18 januari.");
		assertThat(moved.kind()).isEqualTo(Announcement.Kind.STARTER);
		assertThat(moved.date()).hasToString("2027-01-18");
	}

	@Test
	void aStayAgreedUntilADayToTrainTheSuccessorIsTheLeavingThen() {
		Announcement stay = OnTheCorpusDay
			.parse("Harry Fox has agreed to stay until 29 January to train his successor.");
		assertThat(stay.kind()).isEqualTo(Announcement.Kind.LEAVER);
		assertThat(stay.date()).hasToString("2027-01-29");
		Announcement blijft = OnTheCorpusDay.parse("Piet Boer blijft tot 31 januari om zijn opvolger in te werken.");
		assertThat(blijft.kind()).isEqualTo(Announcement.Kind.LEAVER);
		assertThat(blijft.date()).hasToString("2027-01-31");
	}

	@Test
	void aTempWhoStaysUntilADayIsStillAStarter() {
		Announcement temp = OnTheCorpusDay.parse("Leo Grant starts on Monday and will stay until 9 January.");
		assertThat(temp.kind()).isEqualTo(Announcement.Kind.STARTER);
		assertThat(temp.date()).hasToString("2026-12-07");
	}

	@Test
	void aQuestionWhetherSomeoneMustBeReportedWithTheFirstNameAfterItAnnouncesNoOne() {
		assertNoOne("Do we need to report a pupil who comes to job shadow for two days next week? His name is Omar.");
		assertNoOne("Moeten we een scholier aanmelden die volgende week twee dagen komt meelopen? Hij heet Daan.");
		assertNoOne("Does a volunteer who helps out on Saturdays need an account? Her name is Rosa.");
		assertNoOne("Moet een snuffelstagiair die één dag meeloopt aangemeld worden? Ze heet Fenna.");
		assertNoOne("Is it necessary to register an intern who only comes for one day? Her name is Sophie.");
		assertNoOne("Hoeven we een vrijwilliger die zaterdag helpt aan te melden? Ze heet Anouk.");
		assertNoOne("Should we register a volunteer who helps at the open day next Saturday? His name is Rick Jansen.");
		assertNoOne("Do I have to register a work-experience pupil for one week? She's called Lisa.");
		assertNoOne("Do we need to report Jasmijn, a student who does a two-day job shadow next week?");
		assertNoOne("Do we need to register Omar? He is a pupil who job-shadows on Thursday.");
	}

	@Test
	void aQuestionBesideAStartToldOfTheSamePersonKeepsTheStart() {
		Announcement asked = OnTheCorpusDay.parse(
				"Do we need to report a pupil who comes to job shadow next week? His name is Omar and he starts on Monday.");
		assertThat(asked.kind()).isEqualTo(Announcement.Kind.STARTER);
		assertThat(asked.employeeName()).isEqualTo("Omar");
		Announcement told = OnTheCorpusDay.parse("Should I announce Bram? He joins the kitchen on 4 January.");
		assertThat(told.kind()).isEqualTo(Announcement.Kind.STARTER);
		assertThat(told.date()).hasToString("2027-01-04");
		Announcement account = OnTheCorpusDay.parse("Do we need to set up an account for Elin? She starts on Monday.");
		assertThat(account.kind()).isEqualTo(Announcement.Kind.STARTER);
		assertThat(account.date()).hasToString("2026-12-07");
	}

}

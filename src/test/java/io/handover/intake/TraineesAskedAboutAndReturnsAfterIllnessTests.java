package io.handover.intake;

import org.junit.jupiter.api.Test;

import static io.handover.intake.NoOneAnnounced.assertNoOne;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * News of no one to on- or offboard: a question whether trainees from a school need
 * anything, with no trainee named, and a return to work after illness or burn-out, in
 * steps or on fewer hours. The school is no person and the one returning is still
 * employed: HR opens no form for either. A trainee named with a day is a newcomer, and a
 * leaving after a burn-out is a leaving. Today is Thursday 3 December 2026.
 */
class TraineesAskedAboutAndReturnsAfterIllnessTests {

	@Test
	void aQuestionAboutTraineesFromASchoolAnnouncesNoOne() {
		assertNoOne("Drie stagiaires van het Deltion, krijgen die een laptop?");
		assertNoOne("Hebben de stagiairs van Hogeschool Rotterdam ook toegang tot het rooster nodig?");
		assertNoOne("Do the interns from Saxion need their own login?");
		assertNoOne("Are the Hanze College trainees getting a badge?");
		assertNoOne("In februari komen er weer stagiaires van het Graafschap College. Moeten we iets klaarzetten?");
	}

	@Test
	void aTraineeNamedWithADayAndTheirSchoolIsANewcomer() {
		// the school after the name is not part of it
		Announcement read = OnTheCorpusDay
			.parseShipped("Maandag 11 januari begint stagiaire Noor Aydin van het Summa College bij ons.");
		assertThat(read.kind()).isEqualTo(Announcement.Kind.STARTER);
		assertThat(read.employeeName()).isEqualTo("Noor Aydin");
		assertThat(read.date()).hasToString("2027-01-11");
	}

	@Test
	void aReturnAfterIllnessOrBurnOutAnnouncesNoOne() {
		assertNoOne("Goed nieuws: Frank Wouters hervat op 11 januari het werk na zijn burn-out, eerst halve dagen.");
		assertNoOne("Het re-integratieplan van Petra Hoek begint op 4 januari; ze start met twee ochtenden per week.");
		assertNoOne("Liam Byrne is back from sick leave on 4 January and starts on therapeutic hours.");
		assertNoOne("Quick update on Ella Moss: her reintegration after her burnout starts on Monday.");
	}

	@Test
	void aLeavingAfterABurnOutIsStillALeaving() {
		Announcement read = OnTheCorpusDay
			.parseShipped("Na zijn burn-out komt Kevin Smit niet meer terug; zijn laatste werkdag is 29 januari.");
		assertThat(read.kind()).isEqualTo(Announcement.Kind.LEAVER);
		assertThat(read.date()).hasToString("2027-01-29");
	}

}

package io.handover.intake;

import org.junit.jupiter.api.Test;

import static io.handover.intake.NoOneAnnounced.assertNoOne;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A manager's chatter opens sentences with capitals and runs words together in lower
 * case: a negated contraction, an interjection, a modal verb, a month, a counted group
 * are never the person the form is for. Today is Thursday 3 December 2026.
 */
class WordsThatAreNeverNamesTests {

	@Test
	void aContractionOrAnInterjectionOpeningASentenceIsNoName() {
		assertNoOne(
				"The chef I told you about on Tuesday, is he in your queue yet? Doesn't matter if the laptop is late.");
		assertNoOne("Isn't it simpler to give every new cook a badge on the first day? Just wondering.");
		assertNoOne("Hé, de nieuwe kassamedewerker (Joris) begint toch pas in februari?");
	}

	@Test
	void aModalVerbOrAGroupCountedInLowerCaseIsNoName() {
		assertNoOne("Even checken: mogen stagiairs die in februari beginnen al een account krijgen?");
		assertNoOne(
				"Wie zet de accounts klaar voor de zomerkrachten? Het gaat om een groep van vijf mensen die op 4 januari beginnen.");
		assertNoOne("Who makes the logins for the harvest crew? I have a list of nine pickers starting on 1 March.");
	}

	@Test
	void aMonthAloneIsNoNameButAMonthBesideASurnameIs() {
		assertNoOne(
				"Could you tell me what you need from me for a new sommelier who starts in March? I have no date yet.");
		Announcement june = OnTheCorpusDay.parse("June Okafor starts on 11 January as a gardener.");
		assertThat(june.employeeName()).isEqualTo("June Okafor");
		assertThat(june.date()).hasToString("2027-01-11");
	}

	@Test
	void aWordThatOpensNoNameMayStillCloseOne() {
		Announcement kort = OnTheCorpusDay.parse("Jan Kort begint op 4 januari als magazijnmedewerker.");
		assertThat(kort.employeeName()).isEqualTo("Jan Kort");
	}

}

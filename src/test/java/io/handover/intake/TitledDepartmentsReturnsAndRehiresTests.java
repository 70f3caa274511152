package io.handover.intake;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

/**
 * Announcements of tuning-52 (tuner TQ): a department said between a title and a name, a
 * return after an illness or a holiday told other ways, a rehire told in Dutch or with
 * "rejoins", a job outside the catalogue said as our new one, a successor trained with no
 * leaving said, a lower-case name whose given name or surname is also a word. Today is
 * Thursday 3 December 2026.
 */
class TitledDepartmentsReturnsAndRehiresTests {

	@Test
	void aDepartmentBetweenATitleAndANameIsNoGivenName() {
		assertThat(OnTheCorpusDay.parseAllShipped("Hoofd Financiën Sanne Brouwer vertrekt per 1 februari."))
			.extracting(Announcement::kind, Announcement::employeeName, a -> a.date().toString())
			.containsExactly(tuple(Announcement.Kind.LEAVER, "Sanne Brouwer", "2027-02-01"));
		assertThat(OnTheCorpusDay.parseAllShipped("Teamleider Planning Joyce van Dam begint op 4 januari."))
			.extracting(Announcement::employeeName)
			.containsExactly("Joyce van Dam");
		assertThat(OnTheCorpusDay.parseAllShipped("Director Operations Karen Walsh retires on 29 January."))
			.extracting(Announcement::employeeName)
			.containsExactly("Karen Walsh");
		// a double given name after a title stays whole: no department is said
		assertThat(OnTheCorpusDay.parseAllShipped("Teamleider Anna Maria Jansen begint op 4 januari."))
			.extracting(Announcement::employeeName)
			.containsExactly("Anna Maria Jansen");
	}

	@Test
	void backFromOnesIllnessToldReasonFirstOrWithoutAgainAnnouncesNoOne() {
		assertThat(OnTheCorpusDay
			.parseAllShipped("After her knee operation Priya Nair is back and starts again on 11 January."))
			.allSatisfy(read -> assertThat(read.employeeName()).isNull());
		assertThat(OnTheCorpusDay
			.parseAllShipped("Na haar operatie is Femke Bakker terug en begint ze weer op 11 januari."))
			.allSatisfy(read -> assertThat(read.employeeName()).isNull());
		assertThat(OnTheCorpusDay
			.parseAllShipped("Wendy Kok is terug van haar burn-out en begint 18 januari, drie ochtenden per week."))
			.allSatisfy(read -> assertThat(read.employeeName()).isNull());
		assertThat(OnTheCorpusDay.parseAllShipped("Romano Hendriks komt maandag terug van vakantie."))
			.allSatisfy(read -> assertThat(read.employeeName()).isNull());
	}

	@Test
	void aNewcomerAfterStudiesOrAnIllnessElsewhereStillStarts() {
		assertThat(OnTheCorpusDay
			.parseAllShipped("After his studies Lars Berg starts with us on 4 January as a developer."))
			.extracting(Announcement::kind, Announcement::employeeName, Announcement::roleKey)
			.containsExactly(tuple(Announcement.Kind.STARTER, "Lars Berg", "software-engineer"));
		assertThat(OnTheCorpusDay.parseAllShipped(
				"Eva Bos is back from a burn-out at her old employer and starts with us on 11 January as a planner."))
			.extracting(Announcement::kind)
			.containsExactly(Announcement.Kind.STARTER);
	}

	@Test
	void someoneWhoLeftBeforeAndComesBackStarts() {
		assertThat(OnTheCorpusDay
			.parseAllShipped("Karim Benali is in 2022 vertrokken en komt op 1 maart terug als chauffeur."))
			.extracting(Announcement::kind, a -> a.date().toString())
			.containsExactly(tuple(Announcement.Kind.STARTER, "2027-03-01"));
		assertThat(OnTheCorpusDay
			.parseAllShipped("Lotte Smit is vorig jaar vertrokken en keert op 1 februari bij ons terug."))
			.extracting(Announcement::kind)
			.containsExactly(Announcement.Kind.STARTER);
		assertThat(OnTheCorpusDay.parseAllShipped("Nora Quinn left in 2023 and rejoins the warehouse team on 1 March."))
			.extracting(Announcement::kind)
			.containsExactly(Announcement.Kind.STARTER);
		assertThat(OnTheCorpusDay.parseAllShipped("Felix Grant returns to us as a care worker on 8 February."))
			.extracting(Announcement::kind, Announcement::roleKey)
			.containsExactly(tuple(Announcement.Kind.STARTER, "care-worker"));
	}

	@Test
	void leavingWithoutComingBackOrBackToAnOldJobIsNoRehire() {
		assertThat(OnTheCorpusDay.parseAllShipped("Karim Benali is vertrokken en komt niet meer terug."))
			.extracting(Announcement::kind)
			.doesNotContain(Announcement.Kind.STARTER);
		assertThat(OnTheCorpusDay
			.parseAllShipped("Sanne Bakker keert per 1 februari terug naar haar oude functie als verzorgende."))
			.extracting(Announcement::kind)
			.containsExactly(Announcement.Kind.ROLE_CHANGE);
	}

	@Test
	void aJobOutsideTheCatalogueSaidAsOurNewOneIsAStart() {
		assertThat(OnTheCorpusDay
			.parseAllShipped("Ik ben blij te melden dat Daan Mol per maandag 4 januari onze nieuwe kok wordt."))
			.extracting(Announcement::kind, Announcement::employeeName, a -> a.date().toString())
			.containsExactly(tuple(Announcement.Kind.STARTER, "Daan Mol", "2027-01-04"));
		assertThat(OnTheCorpusDay.parseAllShipped("Good news: Owen Park becomes our new sous-chef on 4 January."))
			.extracting(Announcement::kind)
			.containsExactly(Announcement.Kind.STARTER);
	}

	@Test
	void oneOfOursBecomingOurNewOneMoves() {
		assertThat(OnTheCorpusDay
			.parseAllShipped("Onze receptioniste Iris Peeters wordt per 1 februari onze nieuwe teamleider."))
			.extracting(Announcement::kind)
			.containsExactly(Announcement.Kind.ROLE_CHANGE);
		assertThat(OnTheCorpusDay.parseAllShipped("Onze kok Daan Mol wordt per 4 januari onze nieuwe sous-chef."))
			.extracting(Announcement::kind)
			.containsExactly(Announcement.Kind.ROLE_CHANGE);
	}

	@Test
	void aSuccessorTrainedSaysNoLeavingOfItsOwn() {
		// a move said after the training is the news, on the move's day
		assertThat(OnTheCorpusDay.parseAllShipped(
				"Mark Dekker werkt de komende twee weken zijn opvolgster in; daarna gaat hij per 1 februari naar het magazijn."))
			.extracting(Announcement::kind, a -> a.date().toString())
			.containsExactly(tuple(Announcement.Kind.ROLE_CHANGE, "2027-02-01"));
		assertThat(OnTheCorpusDay.parseAllShipped(
				"Ruth Allen trains her successor in the first week of January and then moves to the Leeds office on 11 January."))
			.extracting(Announcement::kind, a -> a.date().toString())
			.containsExactly(tuple(Announcement.Kind.ROLE_CHANGE, "2027-01-11"));
		// the training alone: no leaving dated by its week, and the trainer no starter
		assertThat(OnTheCorpusDay.parseAllShipped("Lisa werkt volgende week haar opvolger in."))
			.allSatisfy(read -> assertThat(read.kind()).isNull());
		// a leaving said beside it keeps its own day
		assertThat(OnTheCorpusDay
			.parseAllShipped("Pieter Smit werkt vanaf maandag zijn opvolger in; hij vertrekt op 29 januari."))
			.extracting(Announcement::kind, a -> a.date().toString())
			.containsExactly(tuple(Announcement.Kind.LEAVER, "2027-01-29"));
	}

	@Test
	void aJobSaidNewBeforeTheNameItIntroducesIsTheirs() {
		assertThat(OnTheCorpusDay.parseAllShipped(
				"Our driver Sue Platt leaves on 5 March. Taking her place from 8 March, our new driver: Ravi Shah."))
			.extracting(Announcement::kind, Announcement::employeeName)
			.containsExactly(tuple(Announcement.Kind.LEAVER, "Sue Platt"),
					tuple(Announcement.Kind.STARTER, "Ravi Shah"));
	}

	@Test
	void aLowerCaseNameWithAWordForGivenNameOrSurnameIsOne() {
		assertThat(OnTheCorpusDay.parseAllShipped("will de jong begint maandag in de spoelkeuken"))
			.extracting(Announcement::kind, Announcement::employeeName, a -> a.date().toString())
			.containsExactly(tuple(Announcement.Kind.STARTER, "Will de Jong", "2026-12-07"));
		assertThat(OnTheCorpusDay.parseAllShipped("ben van dijk starts monday at the depot"))
			.extracting(Announcement::employeeName)
			.containsExactly("Ben van Dijk");
		assertThat(OnTheCorpusDay.parseAllShipped("roos ter haar vertrekt vrijdag"))
			.extracting(Announcement::employeeName)
			.containsExactly("Roos ter Haar");
	}

	@Test
	void theWritersOwnWordsBeforeANewcomerAreNoName() {
		assertThat(OnTheCorpusDay.parseAllShipped("ik ben de hele week weg, maandag begint de nieuwe kok"))
			.extracting(Announcement::employeeName)
			.containsOnlyNulls();
		assertThat(OnTheCorpusDay.parseAllShipped("ben de hele dag weg. maandag begint de nieuwe kok"))
			.extracting(Announcement::employeeName)
			.containsOnlyNulls();
	}

}

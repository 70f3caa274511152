package io.handover.intake;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * A leaver whose work another takes over, the leaving said in a clause of their own
 * ("takes over the rota from Iris Lamb, who leaves us on 26 February"); a job given up in
 * one sentence and the job of ours told in the next with a month only ("From April he'll
 * be our planner"); a newcomer named at the end of the sentence that says their job,
 * after someone who leaves ("From March she'll be our new carer, Eva Kok"). A month alone
 * is no day: the form leaves the date for HR to fill in, as the tuning sets settle it.
 * Today is Thursday 3 December 2026.
 */
class LeaversTakenOverFromMovesInTwoSentencesAndNewcomersNamedLastTests {

	@Test
	void theOneWhoLeavesInTheirOwnClauseIsTheLeaverOnThatDay() {
		List<Announcement> read = OnTheCorpusDay.parseAllShipped(
				"Our new cook Femke Dam starts on 1 March; she replaces Otto Visser, who leaves us on 26 February.");
		assertThat(read).extracting(Announcement::kind, Announcement::employeeName, a -> String.valueOf(a.date()))
			.containsExactly(tuple(Announcement.Kind.STARTER, "Femke Dam", "2027-03-01"),
					tuple(Announcement.Kind.LEAVER, "Otto Visser", "2027-02-26"));
	}

	@Test
	void aReplacementWhoseStartIsToldAfterTheLeaversClauseStartsOnTheirOwnDay() {
		List<Announcement> read = OnTheCorpusDay
			.parseAllShipped("Joyce Brink replaces Iris Lamb, who leaves us on 26 February; Joyce starts on 1 March.");
		assertThat(read).extracting(Announcement::kind, Announcement::employeeName, a -> String.valueOf(a.date()))
			.containsExactly(tuple(Announcement.Kind.STARTER, "Joyce Brink", "2027-03-01"),
					tuple(Announcement.Kind.LEAVER, "Iris Lamb", "2027-02-26"));
		// one who left before is no leaver to announce
		assertThat(OnTheCorpusDay
			.parseAllShipped("Joyce Brink replaces Iris Lamb, who left us in October; Joyce starts on 1 March."))
			.extracting(Announcement::employeeName)
			.containsExactly("Joyce Brink");
	}

	@Test
	void whoOnlyTakesOverTheWorkGetsNoFormAndNeverTheLeaversDay() {
		// HR books the leaving; the colleague taking over the rota starts nor moves
		List<Announcement> read = OnTheCorpusDay
			.parseAllShipped("Joyce Brink takes over the rota from Iris Lamb, who leaves us on 26 February.");
		assertThat(read).extracting(Announcement::employeeName).containsExactly("Iris Lamb");
		assertThat(read.get(0).kind()).isEqualTo(Announcement.Kind.LEAVER);
		assertThat(read.get(0).date()).hasToString("2027-02-26");
		List<Announcement> dutch = OnTheCorpusDay
			.parseAllShipped("Sem Kuiper neemt de klanten over van Ria Bos, die op 29 januari met pensioen gaat.");
		assertThat(dutch).extracting(Announcement::employeeName).containsExactly("Ria Bos");
		assertThat(dutch.get(0).date()).hasToString("2027-01-29");
		List<Announcement> clients = OnTheCorpusDay.parseAllShipped(
				"Our developer Tess Hale will take over Rob Penn's tickets when he leaves on 12 February.");
		assertThat(clients).extracting(Announcement::employeeName).containsExactly("Rob Penn");
	}

	@Test
	void whoTakesOverWithAMoveOfTheirOwnKeepsTheirOwnDay() {
		List<Announcement> read = OnTheCorpusDay.parseAllShipped(
				"Onze verzorgende Milan Post wordt per 1 april teamleider en neemt het over van Greet Wolf, die op 31 maart met pensioen gaat.");
		assertThat(read).extracting(Announcement::kind, Announcement::employeeName, a -> String.valueOf(a.date()))
			.containsExactly(tuple(Announcement.Kind.ROLE_CHANGE, "Milan Post", "2027-04-01"),
					tuple(Announcement.Kind.LEAVER, "Greet Wolf", "2027-03-31"));
	}

	@Test
	void aJobGivenUpAndOneOfOursToldInTheNextSentenceWithAMonthIsAMoveWithNoDayYet() {
		Announcement dutch = OnTheCorpusDay
			.parseShipped("Koen Smit stopt als magazijnmedewerker. Vanaf maart wordt hij onze accountmanager.");
		assertThat(dutch.kind()).isEqualTo(Announcement.Kind.ROLE_CHANGE);
		assertThat(dutch.roleKey()).isEqualTo("account-manager");
		assertThat(dutch.date()).isNull();
		Announcement now = OnTheCorpusDay
			.parseShipped("Sven Lind stops as our baker. From June he's our facility coordinator.");
		assertThat(now.kind()).isEqualTo(Announcement.Kind.ROLE_CHANGE);
		assertThat(now.roleKey()).isEqualTo("facility-coordinator");
		Announcement working = OnTheCorpusDay.parseShipped(
				"Nina Roos stops as our account manager. From March she'll be working as a software engineer in our web team.");
		assertThat(working.kind()).isEqualTo(Announcement.Kind.ROLE_CHANGE);
		assertThat(working.roleKey()).isEqualTo("software-engineer");
		assertThat(working.currentRoleKey()).isEqualTo("account-manager");
	}

	@Test
	void aJobGivenUpForWorkElsewhereStaysALeaving() {
		Announcement read = OnTheCorpusDay
			.parseShipped("Koen Smit stopt per 1 maart als chauffeur. Hij gaat bij een bouwbedrijf in Ede werken.");
		assertThat(read.kind()).isEqualTo(Announcement.Kind.LEAVER);
		assertThat(read.date()).hasToString("2027-03-01");
		assertThat(OnTheCorpusDay
			.parseShipped("Nina Roos stops as our account manager. From March she'll be working as a buyer at Philips.")
			.kind()).isNotEqualTo(Announcement.Kind.ROLE_CHANGE);
	}

	@Test
	void aNewcomerNamedAfterTheSentenceOfTheirJobStartsAndTheLeaverKeepsNoneOfIt() {
		List<Announcement> read = OnTheCorpusDay.parseAllShipped(
				"Harm Dekker retires on 26 February. From 1 March she'll be our new care worker, Lies Wolf.");
		assertThat(read)
			.extracting(Announcement::kind, Announcement::employeeName, a -> String.valueOf(a.date()),
					Announcement::roleKey)
			.containsExactly(tuple(Announcement.Kind.LEAVER, "Harm Dekker", "2027-02-26", null),
					tuple(Announcement.Kind.STARTER, "Lies Wolf", "2027-03-01", "care-worker"));
	}

	@Test
	void aNewcomerNamedLastWithAMonthOnlyGetsNoDayNotTheLeavers() {
		List<Announcement> read = OnTheCorpusDay.parseAllShipped(
				"Onze chauffeur Bert Kok stopt op 29 januari. Vanaf februari komt er een nieuwe chauffeur: Tim Aalders.");
		assertThat(read).extracting(Announcement::kind, Announcement::employeeName)
			.containsExactly(tuple(Announcement.Kind.LEAVER, "Bert Kok"),
					tuple(Announcement.Kind.STARTER, "Tim Aalders"));
		assertThat(read.get(1).date()).isNull();
	}

	@Test
	void aSentenceThatSaysNoNewJobNamesNoNewcomer() {
		List<Announcement> read = OnTheCorpusDay
			.parseAllShipped("Harm Dekker retires on 26 February. From March our new driver comes through an agency.");
		assertThat(read).extracting(Announcement::employeeName).containsExactly("Harm Dekker");
	}

}

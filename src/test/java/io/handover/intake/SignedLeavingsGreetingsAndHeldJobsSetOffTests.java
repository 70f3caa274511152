package io.handover.intake;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

/**
 * Announcements of tuning-54: the writer's own leaving named only by their signature, a
 * Flemish greeting or a ticket's status opening a message that announces no one, a
 * mover's job set off by commas after the name with the new one said with "as", a list
 * line's own work said as its last field, and jobs listed "respectively", some outside
 * the catalogue. Today is Thursday 3 December 2026.
 */
class SignedLeavingsGreetingsAndHeldJobsSetOffTests {

	@Test
	void theWritersOwnLeavingIsNamedByTheSignature() {
		assertThat(OnTheCorpusDay.parseAllShipped(
				"Beste HR, hierbij meld ik dat mijn laatste werkdag vrijdag 29 januari is. Met vriendelijke groeten, Jolien Verstraete"))
			.extracting(Announcement::kind, Announcement::employeeName, a -> a.date().toString())
			.containsExactly(tuple(Announcement.Kind.LEAVER, "Jolien Verstraete", "2027-01-29"));
		assertThat(OnTheCorpusDay
			.parseAllShipped("Hello, I am leaving the bakery on 31 December. Kind regards, Martin Hughes"))
			.extracting(Announcement::kind, Announcement::employeeName, a -> a.date().toString())
			.containsExactly(tuple(Announcement.Kind.LEAVER, "Martin Hughes", "2026-12-31"));
		// the writer's own "stop", which the lexicon leaves to the one named
		assertThat(OnTheCorpusDay.parseAllShipped(
				"Ik stop ermee op 15 januari, na twaalf jaar in het tuincentrum. Hartelijke groeten, Mark De Clercq"))
			.extracting(Announcement::kind, Announcement::employeeName)
			.containsExactly(tuple(Announcement.Kind.LEAVER, "Mark De Clercq"));
		// someone else's leaving told by the writer stays theirs, not the signer's
		assertThat(OnTheCorpusDay.parseAllShipped(
				"Ik wil laten weten dat onze schoonmaker Ali Demir per 1 maart stopt. Groet, Kristel Maes"))
			.extracting(Announcement::kind, Announcement::employeeName)
			.containsExactly(tuple(Announcement.Kind.LEAVER, "Ali Demir"));
		// … and so does a leaving the writer only guesses at of someone unnamed
		assertThat(OnTheCorpusDay
			.parseAllShipped("I think she will leave the pool team on Friday, not sure yet. Regards, Tom Bell"))
			.extracting(Announcement::employeeName)
			.containsOnlyNulls();
		assertThat(OnTheCorpusDay
			.parseAllShipped("Ik denk dat ze stopt op 31 januari, maar dat hoor ik nog. Groet, Anja Smet"))
			.extracting(Announcement::employeeName)
			.containsOnlyNulls();
	}

	@Test
	void aGreetingOrAStatusOpeningAQuestionIsNoName() {
		assertThat(OnTheCorpusDay
			.parseAllShipped("Goeiemiddag, is de badge van de nieuwe zwemleraar al klaar? Mvg, Pieter"))
			.extracting(Announcement::employeeName)
			.containsOnlyNulls();
		assertThat(OnTheCorpusDay.parseAllShipped("Status of JML-0518 please? Our new dog groomer still has no login."))
			.extracting(Announcement::employeeName)
			.containsOnlyNulls();
	}

	@Test
	void aJobSetOffAfterTheNameIsTheOneHeldWhenAnotherIsSaidWithAs() {
		assertThat(OnTheCorpusDay.parseAllShipped(
				"Hugo Smet, our kennel caregiver, moves to the reception desk as receptionist on 11 January."))
			.extracting(Announcement::kind, Announcement::roleKey, Announcement::currentRoleKey)
			.containsExactly(tuple(Announcement.Kind.ROLE_CHANGE, null, "care-worker"));
		// the same job said again after "as" is kept as the new one too
		assertThat(OnTheCorpusDay
			.parseAllShipped("Tom Hale, our developer, moves to the Leeds office on 1 March as a developer."))
			.extracting(Announcement::kind, Announcement::roleKey, Announcement::currentRoleKey)
			.containsExactly(tuple(Announcement.Kind.ROLE_CHANGE, "software-engineer", "software-engineer"));
	}

	@Test
	void aListLinesOwnWorkIsNoOtherLinesJob() {
		assertThat(OnTheCorpusDay.parseAllShipped(
				"Nieuwe mensen in het asiel in januari:\n- Jana Novak, 4 jan, verkoper\n- Piet Claes, 11 jan, magazijn\n- Rik Wauters, 18 jan, ontwikkelaar"))
			.extracting(Announcement::employeeName, Announcement::roleKey)
			.containsExactly(tuple("Jana Novak", "account-manager"), tuple("Piet Claes", null),
					tuple("Rik Wauters", "software-engineer"));
		// a job said for all in the heading stays each one's, wherever they work
		assertThat(OnTheCorpusDay.parseAllShipped(
				"Nieuwe verkopers voor de bakkerijwinkels:\n- Saar Mertens, 4 jan, magazijn\n- Wout Peeters, 11 jan, Brugge"))
			.extracting(Announcement::roleKey)
			.containsExactly("account-manager", "account-manager");
	}

	@Test
	void jobsListedRespectivelyAreEachOnesOwnKnownOrNot() {
		assertThat(OnTheCorpusDay.parseAllShipped(
				"Welcome Amy Lee and Tom Reyes! They start on 11 January as groomer and developer respectively."))
			.extracting(Announcement::employeeName, Announcement::roleKey)
			.containsExactly(tuple("Amy Lee", null), tuple("Tom Reyes", "software-engineer"));
		assertThat(OnTheCorpusDay.parseAllShipped(
				"Fijn nieuws: Jorn Aerts en Elif Kaya komen ons zwembad versterken. Ze beginnen maandag 4 januari, resp. als redder en verkoper."))
			.extracting(Announcement::employeeName, Announcement::roleKey)
			.containsExactly(tuple("Jorn Aerts", null), tuple("Elif Kaya", "account-manager"));
		// days listed respectively give no one a job
		assertThat(OnTheCorpusDay.parseAllShipped("Anna Smit and Joost Vos start on 4 and 11 January respectively."))
			.extracting(Announcement::roleWords, a -> a.date().toString())
			.containsExactly(tuple(null, "2027-01-04"), tuple(null, "2027-01-11"));
	}

}

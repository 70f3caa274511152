package io.handover.intake;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

/**
 * Blind-33's jobs before a name that were read as part of it ("rigger", "streamer", a
 * Flemish "-verantwoordelijke"), a dismissal that had to be done ("hebben we … moeten
 * ontslaan"), and leavers said in the plural with their month ("Two helpdesk agents leave
 * in January: …"), not a leave taken. Today is Thursday 3 December 2026.
 */
class JobWordsDismissalsAndPluralLeavingTests {

	@Test
	void aRiggerAStreamerAndOneInChargeAreJobsBeforeTheName() {
		assertThat(OnTheCorpusDay.parseAllShipped("vandaag ontslagen: rigger noah pieters, per direct alles dicht"))
			.extracting(Announcement::employeeName)
			.containsExactly("Noah Pieters");
		assertThat(OnTheCorpusDay.parseAllShipped("streamer lars de bok stopt per 1 februari"))
			.extracting(Announcement::employeeName)
			.containsExactly("Lars de Bok");
		assertThat(OnTheCorpusDay.parseAllShipped("Winkelverantwoordelijke Sofie Peeters begint op 4 januari."))
			.extracting(Announcement::employeeName, a -> a.date().toString())
			.containsExactly(tuple("Sofie Peeters", "2027-01-04"));
	}

	@Test
	void aDismissalThatHadToBeDoneIsALeaving() {
		assertThat(
				OnTheCorpusDay.parseAllShipped("vanochtend hebben we kim de lange moeten ontslaan, geld uit de kas."))
			.extracting(Announcement::kind, Announcement::employeeName, a -> a.date().toString())
			.containsExactly(tuple(Announcement.Kind.LEAVER, "Kim de Lange", "2026-12-03"));
	}

	@Test
	void leaversSaidInThePluralWithTheirMonthLeave() {
		assertThat(OnTheCorpusDay
			.parseAllShipped("Two drivers leave in February: Ann Lowe on the 5th and Tom Reid on the 26th."))
			.extracting(Announcement::kind, Announcement::employeeName, a -> a.date().toString())
			.containsExactly(tuple(Announcement.Kind.LEAVER, "Ann Lowe", "2027-02-05"),
					tuple(Announcement.Kind.LEAVER, "Tom Reid", "2027-02-26"));
	}

	@Test
	void aLeaveTakenInAMonthIsNoLeaving() {
		assertThat(OnTheCorpusDay.parseAllShipped("Ann Lowe takes leave in February and is back in March."))
			.extracting(Announcement::kind)
			.doesNotContain(Announcement.Kind.LEAVER);
	}

}

package io.handover.intake;

import java.util.List;

import org.junit.jupiter.api.Test;

import static io.handover.intake.NoOneAnnounced.assertNoOne;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Names typed in a lower-case chat next to a job of two words, a place after the name or
 * a job set off by dashes; a form of address spelled out; days said the way some managers
 * write them: a dismissal told as done in Dutch word order, "de week na volgende", a day
 * and month with dots after "from"; and a return after an illness, which announces no
 * one. Today is Thursday 3 December 2026.
 */
class ChatNamesAndDaysSaidTheirOwnWayTests {

	@Test
	void aJobOfTwoWordsBeforeALowerCaseNameIsNoPartOfIt() {
		assertThat(OnTheCorpusDay.parse("new delivery driver kevin mulder starts wednesday").employeeName())
			.isEqualTo("Kevin Mulder");
		assertThat(OnTheCorpusDay.parse("ff melden: onze nieuwe magazijn man rik jonker begint maandag").employeeName())
			.isEqualTo("Rik Jonker");
		// a surname that is a trade stays when a particle follows it
		assertThat(OnTheCorpusDay.parse("jan bakker de vries begint maandag").employeeName())
			.isEqualTo("Jan Bakker de Vries");
	}

	@Test
	void aLowerCaseNameEndsBeforeTheUnitItJoins() {
		assertThat(OnTheCorpusDay.parse("per 11 januari begint lotte smit op de inkoopafdeling").employeeName())
			.isEqualTo("Lotte Smit");
		List<Announcement> both = OnTheCorpusDay
			.parseAll("maandag beginnen daan de wit en fleur kok in de avondploeg van de hal");
		assertThat(both).extracting(Announcement::employeeName).containsExactly("Daan de Wit", "Fleur Kok");
	}

	@Test
	void aJobSetOffByDashesAfterALowerCaseNameIsNotTheName() {
		assertThat(OnTheCorpusDay.parse("mark evans - site supervisor - starts 4 jan").employeeName())
			.isEqualTo("Mark Evans");
		assertThat(OnTheCorpusDay.parse("noor bakker, office manager, begint 1 feb").employeeName())
			.isEqualTo("Noor Bakker");
	}

	@Test
	void aPlacesAdjectiveAfterANameIsWhereTheWorkIs() {
		Announcement read = OnTheCorpusDay.parse(
				"Per 1 april gaat Jan-Willem Dekker de Duitse klanten bedienen vanuit Venlo; zijn functie blijft gelijk.");
		assertThat(read.employeeName()).isEqualTo("Jan-Willem Dekker");
		// a surname of that shape stays when a verb follows
		assertThat(OnTheCorpusDay.parse("Per 1 april begint Eva de Haase bij ons.").employeeName())
			.isEqualTo("Eva de Haase");
	}

	@Test
	void misterSpelledOutIsNoGivenName() {
		assertThat(OnTheCorpusDay.parse("Mister Pavel Novak is start by us on 11 January.").employeeName())
			.isEqualTo("Pavel Novak");
	}

	@Test
	void aDismissalToldAsDoneInDutchWordOrderWasOnTheLastSuchDay() {
		Announcement done = OnTheCorpusDay.parse("Karel Smits is dinsdag ontslagen.");
		assertThat(done.kind()).isEqualTo(Announcement.Kind.LEAVER);
		assertThat(done.date()).hasToString("2026-12-01");
		assertThat(done.notes()).contains(Announcement.Note.PAST_DATE);
		// still to come: the next Tuesday
		assertThat(OnTheCorpusDay.parse("Karel Smits wordt dinsdag ontslagen.").date()).hasToString("2026-12-08");
	}

	@Test
	void theWeekAfterNextSaidWithoutRepeatingWeekIsTheSecondWeek() {
		assertThat(OnTheCorpusDay.parse("Iris Maas begint de week na volgende op woensdag.").date())
			.hasToString("2026-12-16");
		Announcement week = OnTheCorpusDay.parse("Iris Maas begint de week na volgende.");
		assertThat(week.date()).hasToString("2026-12-14");
		assertThat(week.notes()).contains(Announcement.Note.WEEK_ONLY);
	}

	@Test
	void aDayAndMonthWithDotsAfterFromIsADayButATimeStaysATime() {
		assertThat(OnTheCorpusDay.parse("From 4.1. we have a new colleague in the kitchen, Jonas Weber.").date())
			.hasToString("2027-01-04");
		assertThat(OnTheCorpusDay.parse("Jonas Weber starts tomorrow, from 8.10. in the kitchen.").date())
			.hasToString("2026-12-04");
	}

	@Test
	void aReturnAfterAnIllnessAnnouncesNoOne() {
		assertNoOne("Sanne Post is weer beter en komt vanaf dinsdag gewoon weer werken.");
		assertNoOne("Good news: Liam Carter has recovered and is back from Monday.");
	}

}

package io.handover.intake;

import java.util.List;

import org.junit.jupiter.api.Test;

import static io.handover.intake.NoOneAnnounced.assertNoOne;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Kinds of the twenty-third blind set, each with own examples: a walk-out or a dismissal
 * told done on a weekday ("walked out on Tuesday", "was let go on Monday after his trial
 * period": that day past, never the next one); a fatal accident ("is verongelukt");
 * someone we will have from a day, named after a colon; people added for a time; a leaver
 * moving home abroad; the one a mover follows who retires; the place where a held job was
 * done; a chat's "stopped last friday"; a job of any length before a name in a lower-case
 * chat, a chat line opened by a new job, a job said in brackets with more after a
 * lower-case name; who someone is to us said as a title ("Oud-collega", "Boer"). Today is
 * Thursday 3 December 2026.
 */
class WalkOutsAccidentsAndJobsBeforeChatNamesTests {

	@Test
	void aWalkOutOrADismissalToldDoneOnAWeekdayIsThatDayPast() {
		Announcement read = OnTheCorpusDay.parse("Kevin Moss walked out on Monday and never came back.");
		assertThat(read.kind()).isEqualTo(Announcement.Kind.LEAVER);
		assertThat(read.date()).hasToString("2026-11-30");
		read = OnTheCorpusDay.parse("Lucy Hart was let go on Tuesday after her probation.");
		assertThat(read.kind()).isEqualTo(Announcement.Kind.LEAVER);
		assertThat(read.date()).hasToString("2026-12-01");
		// a weekday after an event of the person's still waits for that event
		assertThat(OnTheCorpusDay.parse("Lucy Hart starts on the Monday after her graduation.").date()).isNull();
	}

	@Test
	void aFatalAccidentIsALeaving() {
		Announcement read = OnTheCorpusDay
			.parse("Tot onze grote schrik is onze chauffeur Remco Bakker gisteren verongelukt.");
		assertThat(read.kind()).isEqualTo(Announcement.Kind.LEAVER);
		assertThat(read.date()).hasToString("2026-12-02");
	}

	@Test
	void someoneWeWillHaveFromADayOrPeopleAddedForATimeStart() {
		Announcement read = OnTheCorpusDay
			.parseShipped("Vanaf 11 januari hebben we een facilitair medewerker voor de kantine: Rik Dam.");
		assertThat(read.kind()).isEqualTo(Announcement.Kind.STARTER);
		assertThat(read.employeeName()).isEqualTo("Rik Dam");
		assertThat(read.roleKey()).isEqualTo("facility-coordinator");
		List<Announcement> added = OnTheCorpusDay.parseAll(
				"Please add two pickers for the Christmas rush: Ava Lin and Jonas Berg, both from Monday 14 December.");
		assertThat(added).extracting(Announcement::kind)
			.containsExactly(Announcement.Kind.STARTER, Announcement.Kind.STARTER);
		assertThat(added).extracting(a -> a.date().toString()).containsExactly("2026-12-14", "2026-12-14");
	}

	@Test
	void aLeaverMovingHomeAbroadIsNoMover() {
		List<Announcement> read = OnTheCorpusDay.parseAll(
				"Kassières Elif Kaya en Nel Broek stoppen allebei per 1 april. Elif verhuist naar Marokko en Nel gaat met pensioen.");
		assertThat(read).extracting(Announcement::kind)
			.containsExactly(Announcement.Kind.LEAVER, Announcement.Kind.LEAVER);
		// a move to a unit of ours stays a move
		assertThat(OnTheCorpusDay.parse("Per 1 april verhuist Elif Kaya naar de afdeling inkoop.").kind())
			.isEqualTo(Announcement.Kind.ROLE_CHANGE);
	}

	@Test
	void theOneAMoverFollowsWhoRetiresIsNoLeavingOfTheMover() {
		Announcement read = OnTheCorpusDay.parseShipped(
				"Verkoper Tim Smits wordt per 1 mei hoofd van het magazijn. Hij volgt daar Ruud op, die met pensioen gaat.");
		assertThat(read.kind()).isEqualTo(Announcement.Kind.ROLE_CHANGE);
		assertThat(read.currentRoleKey()).isEqualTo("account-manager");
		assertThat(read.roleKey()).isNull();
	}

	@Test
	void thePlaceWhereAHeldJobWasDoneLeavesItHeld() {
		Announcement read = OnTheCorpusDay
			.parseShipped("Sanne Post gaat per 1 april van verzorgende op de dagbesteding naar de administratie.");
		assertThat(read.kind()).isEqualTo(Announcement.Kind.ROLE_CHANGE);
		assertThat(read.currentRoleKey()).isEqualTo("care-worker");
		assertThat(read.roleKey()).isNull();
	}

	@Test
	void aJobBeforeANameInALowerCaseChatIsNoPartOfIt() {
		assertThat(OnTheCorpusDay.parse("hi, our driver tom kelly stopped last monday"))
			.extracting(Announcement::kind, Announcement::employeeName, a -> a.date().toString())
			.containsExactly(Announcement.Kind.LEAVER, "Tom Kelly", "2026-11-30");
		assertThat(OnTheCorpusDay.parse("deck crew skipper sam reid starts 7 dec").employeeName())
			.isEqualTo("Sam Reid");
		assertThat(OnTheCorpusDay.parse("nieuwe baanmarshal joris eck per 12 dec"))
			.extracting(Announcement::kind, Announcement::employeeName)
			.containsExactly(Announcement.Kind.STARTER, "Joris Eck");
		assertThat(OnTheCorpusDay.parse("lena vos (developer, planning app) starts monday").employeeName())
			.isEqualTo("Lena Vos");
		// a name of three words without a job keeps them all
		assertThat(OnTheCorpusDay.parse("anne marie jansen begint maandag").employeeName())
			.isEqualTo("Anne Marie Jansen");
	}

	@Test
	void whoSomeoneIsToUsSaidAsATitleIsNoPartOfTheName() {
		assertThat(
				OnTheCorpusDay.parse("Oud-collega Mark Stam komt terug als invaller, vanaf 4 januari.").employeeName())
			.isEqualTo("Mark Stam");
		assertThat(OnTheCorpusDay.parse("Boer Henk Wolters gaat eind februari met pensioen.").employeeName())
			.isEqualTo("Henk Wolters");
	}

	@Test
	void paperworkNamedWithAHyphenIsNoOne() {
		assertNoOne("Hebben vakantiekrachten van het uitzendbureau ook een Handover-formulier nodig?");
		assertNoOne("Do agency cleaners need a VPN-account?");
	}

	@Test
	void aSignerNamedWithTheirTitleAsTheLastSentenceIsNoOne() {
		assertThat(OnTheCorpusDay.parseAll(
				"Helaas vertrekt onze kapper Bas Kok per 31 december. Graag zijn toegang tot de agenda intrekken. Mila Roos, eigenaar"))
			.extracting(Announcement::employeeName)
			.containsExactly("Bas Kok");
		assertThat(OnTheCorpusDay
			.parseAll("Tom Reed starts on Monday as a barista. Please set up his till login. Anna Bell, store manager"))
			.extracting(Announcement::employeeName)
			.containsExactly("Tom Reed");
	}

}

package io.handover.intake;

import java.util.List;

import org.junit.jupiter.api.Test;

import static io.handover.intake.NoOneAnnounced.assertNoOne;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * People listed after the verb they share keep it when the next sentence announces
 * someone else; a town with its particle is no person; a leaving called off and hours set
 * one number against another are no news; someone the writer announced before and asks
 * about keeps a note on the date. Today is Thursday 3 December 2026.
 */
class ListsTownsAndNoNewsTests {

	@Test
	void twoLeaversListedAfterTheirVerbLeaveTogetherWhateverTheNextSentenceSays() {
		List<Announcement> read = OnTheCorpusDay
			.parseAll("Per 1 februari stoppen Marco Bos en Ilse Kamp. Ruud de Wit begint op 8 februari.");

		assertThat(read).extracting(Announcement::employeeName)
			.containsExactly("Marco Bos", "Ilse Kamp", "Ruud de Wit");
		assertThat(read).extracting(Announcement::kind)
			.containsExactly(Announcement.Kind.LEAVER, Announcement.Kind.LEAVER, Announcement.Kind.STARTER);
		assertThat(read.get(1).date()).hasToString("2027-02-01");
		assertThat(read.get(2).date()).hasToString("2027-02-08");
	}

	@Test
	void aTownWithItsParticleIsNoPerson() {
		List<Announcement> read = OnTheCorpusDay
			.parseAll("Tom Hendriks wordt per 1 april teamleider in Alphen aan den Rijn.");

		assertThat(read).extracting(Announcement::employeeName).containsExactly("Tom Hendriks");
	}

	@Test
	void aLeavingCalledOffOrHoursSetAgainstEachOtherAnnounceNoOne() {
		assertNoOne("Het contract van Lisa Smit is verlengd. Haar vertrek per 31 januari gaat dus niet door.");
		assertNoOne("Mark Jansen (planning) gaat vanaf 1 april minder uren werken, 28 in plaats van 36.");
	}

	@Test
	void aNameStillToComeIsNoName() {
		for (String words : new String[] { "new starter monday, developer, name follows",
				"nieuwe ontwikkelaar per 4 januari, naam volgt" }) {
			Announcement nameless = OnTheCorpusDay.parse(words);
			assertThat(nameless.kind()).as(words).isEqualTo(Announcement.Kind.STARTER);
			assertThat(nameless.employeeName()).as(words).isNull();
		}
	}

	@Test
	void someoneAnnouncedBeforeAndAskedAboutKeepsANoteOnTheDate() {
		Announcement eva = OnTheCorpusDay.parse(
				"Ik heb vorige week Eva Mulder aangemeld, maar ik hoor niks. Klopt de startdatum van 11 januari nog?");
		assertThat(eva.employeeName()).isEqualTo("Eva Mulder");
		assertThat(eva.notes()).contains(Announcement.Note.ASKED_ABOUT);

		Announcement tom = OnTheCorpusDay
			.parse("Is the new planner Tom Baker already in the system? He starts on 11 January.");
		assertThat(tom.employeeName()).isEqualTo("Tom Baker");
		assertThat(tom.notes()).contains(Announcement.Note.ASKED_ABOUT);
	}

}

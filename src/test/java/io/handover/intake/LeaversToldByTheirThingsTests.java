package io.handover.intake;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A leaving said by what happens to the leaver's things or by their last time at work: a
 * laptop to be returned, handed in or wiped, "de laptop van … innemen", "Friday is his
 * last show". A question whether a laptop must come back during a leave announces no one;
 * a laptop picked up is a starter's. Today is Thursday 3 December 2026.
 */
class LeaversToldByTheirThingsTests {

	@Test
	void aLaptopToBeReturnedIsALeaving() {
		Announcement english = OnTheCorpusDay
			.parse("Please arrange for Daniel Okoro's laptop and badge to be returned on 29 January.");
		assertThat(english.kind()).isEqualTo(Announcement.Kind.LEAVER);
		assertThat(english.date()).hasToString("2027-01-29");
		Announcement dutch = OnTheCorpusDay
			.parse("Kunnen jullie de laptop van Sanne Bos innemen op vrijdag 18 december? Ze gaat studeren.");
		assertThat(dutch.kind()).isEqualTo(Announcement.Kind.LEAVER);
		assertThat(dutch.date()).hasToString("2026-12-18");
		assertThat(OnTheCorpusDay.parse("Op 8 januari moeten de telefoon en de pas van Joost Kok ingeleverd worden.")
			.kind()).isEqualTo(Announcement.Kind.LEAVER);
	}

	@Test
	void aLaptopWipedAfterTheLastShowIsALeaving() {
		Announcement leaver = OnTheCorpusDay.parse("Hiya, can someone wipe Ryan Fletcher's laptop after Friday? "
				+ "He's going to a station in Amsterdam, Friday is his last show.");
		assertThat(leaver.kind()).isEqualTo(Announcement.Kind.LEAVER);
		assertThat(leaver.date()).hasToString("2026-12-04");
		Announcement teacher = OnTheCorpusDay
			.parse("Op zaterdag 12 december geeft Kees Jansen zijn laatste les bij onze rijschool.");
		assertThat(teacher.kind()).isEqualTo(Announcement.Kind.LEAVER);
		assertThat(teacher.date()).hasToString("2026-12-12");
	}

	@Test
	void askingWhetherALaptopMustComeBackAnnouncesNoOne() {
		NoOneAnnounced.assertNoOne("Karin Stam is langdurig ziek, moet haar laptop ingeleverd worden?");
		NoOneAnnounced.assertNoOne(
				"Tom Reed goes on parental leave in January. Does his laptop need to be returned while he is away?");
	}

	@Test
	void aLaptopPickedUpIsAStartersAndALaptopsReturnIsNoStart() {
		assertThat(OnTheCorpusDay
			.parse("Can you prepare a laptop for Tim Bos? He starts on Monday and the laptop can be collected at IT.")
			.kind()).isEqualTo(Announcement.Kind.STARTER);
		assertThat(
				OnTheCorpusDay.parse("Please arrange laptops to be returned for Eva Lind, her last day is 18 December.")
					.kind())
			.isEqualTo(Announcement.Kind.LEAVER);
	}

}

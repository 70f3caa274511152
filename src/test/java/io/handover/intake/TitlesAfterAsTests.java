package io.handover.intake;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A kind of the twenty-sixth blind set, with own examples: a job capitalised as a title
 * after "as" is the job taken, not a second person who takes the date. Today is Thursday
 * 3 December 2026.
 */
class TitlesAfterAsTests {

	@Test
	void aTitleAfterAsIsTheJobNotAPerson() {
		List<Announcement> read = OnTheCorpusDay.parseAll("Dear Sir/Ma,\nThis is to inform you that Mr. Chidi Eze "
				+ "shall be resuming duty as Senior Accountant on Monday 11th January, 2027.\nRegards.");
		assertThat(read).extracting(Announcement::employeeName).containsExactly("Chidi Eze");
		assertThat(read.get(0).kind()).isEqualTo(Announcement.Kind.STARTER);
		assertThat(read.get(0).date()).hasToString("2027-01-11");
	}

	@Test
	void aTitleAfterAsOurNewIsTheJobToo() {
		List<Announcement> read = OnTheCorpusDay
			.parseAll("We welcome Femke Dijkstra as our new Workshop Mechanic from Monday 4 January.");
		assertThat(read).extracting(Announcement::employeeName).containsExactly("Femke Dijkstra");
		assertThat(read.get(0).date()).hasToString("2027-01-04");
	}

	@Test
	void aDutchTitleAfterAlsOnzeNieuweIsTheJob() {
		List<Announcement> read = OnTheCorpusDay
			.parseAll("Per 1 maart begint Kees Bakker bij ons als onze nieuwe Hoofd Technicus.");
		assertThat(read).extracting(Announcement::employeeName).containsExactly("Kees Bakker");
	}

	@Test
	void aSurnameThatIsAJobAfterAsWellAsOrAnOpeningAlsStaysAName() {
		assertThat(OnTheCorpusDay.parseAll("Please set up Ann Fisher as well as John Baker, both start Monday."))
			.extracting(Announcement::employeeName)
			.contains("John Baker");
		assertThat(OnTheCorpusDay.parse("Als Joke Bakker op 1 maart stopt, moet haar laptop terug.").employeeName())
			.isEqualTo("Joke Bakker");
	}

}

package io.handover.intake;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A kind of the twenty-ninth blind set, with own examples: a job title set off by commas
 * after a name, its unit in Title Case and its head noun last ("Ama Mensah, Quality
 * Control Officer, will leave"), is the job, not a second leaver dated the same day.
 * Today is Thursday 3 December 2026.
 */
class TitlesSetOffByCommasTests {

	@Test
	void aTitleOfAUnitAndAHeadNounIsNoSecondPerson() {
		List<Announcement> read = OnTheCorpusDay.parseAll(
				"Please be advised that Ms. Ama Mensah, Quality Control Officer, will leave the company on 29 January.");
		assertThat(read).singleElement().satisfies(a -> {
			assertThat(a.employeeName()).isEqualTo("Ama Mensah");
			assertThat(a.kind()).isEqualTo(Announcement.Kind.LEAVER);
			assertThat(a.date()).isEqualTo(LocalDate.of(2027, 1, 29));
		});
		assertThat(OnTheCorpusDay.parseAll("Ruben Dijk, Production Planning Supervisor, starts on Monday 4 January."))
			.singleElement()
			.satisfies(a -> assertThat(a.employeeName()).isEqualTo("Ruben Dijk"));
	}

	@Test
	void peopleListedWithCommasAreStillEachNamed() {
		assertThat(OnTheCorpusDay.parseAll("Tim Bos, Anna de Wit, Sara Kok start on Monday 4 January."))
			.extracting(Announcement::employeeName)
			.containsExactly("Tim Bos", "Anna de Wit", "Sara Kok");
	}

}

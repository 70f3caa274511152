package io.handover.intake;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A job title written in capitals beside the name, as formal letters do ("Mr. Emeka Obi,
 * Machine Operator, …", "shall resume duty as Quality Inspector on …"), is no second
 * person: read as one, it took the date and left the real one without it. Found on
 * blind-31 (two silent wrong dates). Today is Thursday 3 December 2026.
 */
class JobTitlesInCapitalsBesideANameTests {

	@Test
	void aTitleSetOffByCommasIsNoOneElse() {
		List<Announcement> read = OnTheCorpusDay.parseAll(
				"This is to inform you that Mr. Emeka Obi, Machine Operator, has been dismissed with effect from 8th January 2027.");

		assertThat(read).singleElement().satisfies(leaver -> {
			assertThat(leaver.kind()).isEqualTo(Announcement.Kind.LEAVER);
			assertThat(leaver.employeeName()).isEqualTo("Emeka Obi");
			assertThat(leaver.date()).hasToString("2027-01-08");
		});
	}

	@Test
	void aTitleAfterAsOrOurNewLeavesTheDateWithTheName() {
		List<Announcement> formal = OnTheCorpusDay.parseAll(
				"Kindly note that Mrs. Ngozi Eze shall resume duty as Quality Inspector on Monday, 11th January 2027.");
		List<Announcement> welcome = OnTheCorpusDay
			.parseAll("Please welcome Femi Adeyemi, our new Claims Investigator, from 11 January.");

		assertThat(formal).singleElement().satisfies(starter -> {
			assertThat(starter.employeeName()).isEqualTo("Ngozi Eze");
			assertThat(starter.date()).hasToString("2027-01-11");
		});
		assertThat(welcome).singleElement().satisfies(starter -> {
			assertThat(starter.employeeName()).isEqualTo("Femi Adeyemi");
			assertThat(starter.date()).hasToString("2027-01-11");
		});
	}

	@Test
	void aSurnameThatIsAlsoAJobStaysTheName() {
		assertThat(OnTheCorpusDay.parse("Tom Driver starts on 4 January in the warehouse.").employeeName())
			.isEqualTo("Tom Driver");
	}

}

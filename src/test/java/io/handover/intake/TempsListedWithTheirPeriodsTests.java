package io.handover.intake;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A list of people each with a period in brackets, under a heading of extra work, are
 * temps starting on their period's first day; the same list under a heading of holidays,
 * leave or a rota announces no start. A post filled again, the newcomer named after a
 * colon, is a start; a learner's "is not anymore working by us" is a leaving. Today is
 * Thursday 3 December 2026.
 */
class TempsListedWithTheirPeriodsTests {

	@Test
	void tempsListedWithTheirPeriodsStartOnTheFirstDay() {
		List<Announcement> read = OnTheCorpusDay
			.parseAll("Extra handen voor de inventarisatie:\n- Joep Rijnders (4 t/m 8 januari)\n- Sara Mol (11 t/m 15 "
					+ "januari)");
		assertThat(read).extracting(Announcement::kind)
			.containsExactly(Announcement.Kind.STARTER, Announcement.Kind.STARTER);
		assertThat(read).extracting(a -> a.date().toString()).containsExactly("2027-01-04", "2027-01-11");
		assertThat(OnTheCorpusDay.parseAll(
				"Help in the shop over Christmas:\n- Ben Ortiz (14-24 December)\n- Mia Lund " + "(18-24 December)"))
			.extracting(Announcement::kind)
			.containsExactly(Announcement.Kind.STARTER, Announcement.Kind.STARTER);
	}

	@Test
	void theSameListOfHolidaysLeaveOrARotaStartsNoOne() {
		for (String text : new String[] {
				"Vakantierooster december:\n- Joep Rijnders (21 t/m 31 december)\n- Sara Mol " + "(24 t/m 31 december)",
				"Afwezig rond de kerst:\n- Joep Rijnders (21 t/m 31 december)",
				"Holiday rota:\n- Ben Ortiz (21-31 December)" }) {
			assertThat(OnTheCorpusDay.parseAll(text)).as(text)
				.allSatisfy(a -> assertThat(a.kind()).isNotEqualTo(Announcement.Kind.STARTER));
		}
	}

	@Test
	void aPostFilledAgainNamesItsStarterAfterTheColon() {
		Announcement read = OnTheCorpusDay.parse("Per 4 januari hebben we eindelijk weer een planner: Gijs Hofman.");
		assertThat(read.kind()).isEqualTo(Announcement.Kind.STARTER);
		assertThat(read.employeeName()).isEqualTo("Gijs Hofman");
		assertThat(OnTheCorpusDay.parse("From 11 January we have a night porter again: Leo Grant.").kind())
			.isEqualTo(Announcement.Kind.STARTER);
	}

	@Test
	void aLearnersNotAnymoreWorkingByUsIsALeaving() {
		Announcement read = OnTheCorpusDay
			.parse("Hello, I inform you that Mrs. Irina Popa is not anymore working by us since Monday. Regards, Dan");
		assertThat(read.kind()).isEqualTo(Announcement.Kind.LEAVER);
		assertThat(read.employeeName()).isEqualTo("Irina Popa");
	}

}

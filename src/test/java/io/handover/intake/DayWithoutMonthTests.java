package io.handover.intake;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Dates said without a plain day and month (issue 18): "vrijdag de 18e", a day whose
 * month was named before it, "the last (working) day of …", "the second Tuesday of …",
 * "as of now". Never the next such weekday silently: a weekday next to a number or
 * ordinal that was not read gets a note.
 */
class DayWithoutMonthTests {

	static final List<RoleName> ROLES = IntakeCorpusTests.shippedRoles();

	List<Announcement> parseAll(String text) {
		return new AnnouncementParser().parseAll(text, OnTheCorpusDay.TODAY, ROLES);
	}

	LocalDate date(String text) {
		return parseAll(text).get(0).date();
	}

	@Test
	void aWeekdayWithADayNumberIsTheMonthInWhichThatDayIsThatWeekday() {
		assertThat(date("Lars Visser heeft woensdag de 16e zijn laatste werkdag.")).isEqualTo("2026-12-16");
		assertThat(date("Nina Bakker begint op maandag de 4de als verzorgende.")).isEqualTo("2027-01-04");
		assertThat(date("Grace Hill starts on Tuesday the 12th as a carer.")).isEqualTo("2027-01-12");
	}

	@Test
	void aDayWithoutAMonthIsInTheMonthNamedBeforeIt() {
		List<Announcement> all = parseAll("Our January starters: Finn Baker on the 4th and Ivy Cole on the 11th.");
		List<Announcement> dutch = parseAll("Nieuwe collega's in februari: Ruben Kok op de 1e en Eva Mulder op de 8e.");

		assertThat(all).extracting(Announcement::date)
			.containsExactly(LocalDate.of(2027, 1, 4), LocalDate.of(2027, 1, 11));
		assertThat(dutch).extracting(Announcement::date)
			.containsExactly(LocalDate.of(2027, 2, 1), LocalDate.of(2027, 2, 8));
		assertThat(date("Dylan Moore leaves on 26 February; yes, his final day really is the 26th."))
			.isEqualTo("2027-02-26");
	}

	@Test
	void theLastDayOfAMonth() {
		assertThat(date("Jordy Smit stopt op de laatste dag van januari.")).isEqualTo("2027-01-31");
		assertThat(date("Ella Fisher's last day will be the final day of this month.")).isEqualTo("2026-12-31");
		// 31 January 2027 is a Sunday
		assertThat(date("Please offboard Mia Evans on the last working day of January.")).isEqualTo("2027-01-29");
	}

	@Test
	void theNthWeekdayOfAMonth() {
		assertThat(date("Sven de Groot begint op de eerste maandag van februari.")).isEqualTo("2027-02-01");
		assertThat(date("Lucy Grant joins us on the first Monday of next month.")).isEqualTo("2027-01-04");
		assertThat(date("Timo Bos begint de derde woensdag van januari.")).isEqualTo("2027-01-20");
		assertThat(date("Could you offboard Rhys Lane? He leaves on the last Friday of January."))
			.isEqualTo("2027-01-29");
	}

	@Test
	void nowIsToday() {
		assertThat(date("Pieter Post has been dismissed, please block his access as of now."))
			.isEqualTo(OnTheCorpusDay.TODAY);
		assertThat(date("Vanaf nu werkt Sara Dekker niet meer bij ons, graag alles blokkeren."))
			.isEqualTo(OnTheCorpusDay.TODAY);
	}

	@Test
	void aWeekdayNextToANumberNotReadIsNoted() {
		Announcement a = parseAll("Joost Kramer vertrekt vrijdag 18, graag alles afsluiten.").get(0);

		assertThat(a.date()).isNotNull();
		assertThat(a.notes()).contains(Announcement.Note.AMBIGUOUS_DATE);
	}

}

package io.handover.task;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class WorkingDaysTests {

	final WorkingDays calendar = new WorkingDays(List.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY),
			List.of(LocalDate.of(2026, 12, 25), LocalDate.of(2026, 12, 26), LocalDate.of(2027, 1, 1)));

	@Test
	void countingBackSkipsTheWeekend() {
		assertThat(this.calendar.shift(LocalDate.of(2026, 12, 14), -3)).isEqualTo(LocalDate.of(2026, 12, 9));
		assertThat(this.calendar.shift(LocalDate.of(2026, 12, 14), -1)).isEqualTo(LocalDate.of(2026, 12, 11));
	}

	@Test
	void countingForwardSkipsTheWeekendAndHolidays() {
		assertThat(this.calendar.shift(LocalDate.of(2026, 12, 24), 1)).isEqualTo(LocalDate.of(2026, 12, 28));
		assertThat(this.calendar.shift(LocalDate.of(2026, 12, 31), 1)).isEqualTo(LocalDate.of(2027, 1, 4));
	}

	@Test
	void countingBackSkipsChristmas() {
		assertThat(this.calendar.shift(LocalDate.of(2026, 12, 28), -3)).isEqualTo(LocalDate.of(2026, 12, 22));
	}

	@Test
	void aDeadlineOnADayOffMovesToTheWorkingDayBefore() {
		assertThat(this.calendar.shift(LocalDate.of(2026, 12, 26), 0)).isEqualTo(LocalDate.of(2026, 12, 24));
		assertThat(this.calendar.shift(LocalDate.of(2026, 12, 14), 0)).isEqualTo(LocalDate.of(2026, 12, 14));
	}

	@Test
	void weekendsAndHolidaysAreNotWorkingDays() {
		assertThat(this.calendar.isWorkingDay(LocalDate.of(2026, 11, 28))).isFalse();
		assertThat(this.calendar.isWorkingDay(LocalDate.of(2026, 12, 25))).isFalse();
		assertThat(this.calendar.isWorkingDay(LocalDate.of(2026, 12, 24))).isTrue();
		assertThat(this.calendar.onOrAfter(LocalDate.of(2026, 12, 25))).isEqualTo(LocalDate.of(2026, 12, 28));
	}

}

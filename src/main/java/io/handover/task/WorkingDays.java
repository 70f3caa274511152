package io.handover.task;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/** The organisation's working-day calendar: weekends and configured holidays are off. */
@Component
public class WorkingDays {

	private final Set<DayOfWeek> weekend;

	private final Set<LocalDate> holidays;

	@Autowired
	WorkingDays(CalendarProperties properties) {
		this(properties.weekend(), properties.holidays());
	}

	public WorkingDays(List<DayOfWeek> weekend, List<LocalDate> holidays) {
		this.weekend = weekend.isEmpty() ? EnumSet.noneOf(DayOfWeek.class) : EnumSet.copyOf(weekend);
		this.holidays = new HashSet<>(holidays);
	}

	public boolean isWorkingDay(LocalDate day) {
		return !this.weekend.contains(day.getDayOfWeek()) && !this.holidays.contains(day);
	}

	/**
	 * The day {@code workingDays} working days after {@code date} (before it when
	 * negative). With zero: the date itself, or the last working day before it when it is
	 * a day off — a deadline never falls on a day nobody works.
	 */
	public LocalDate shift(LocalDate date, int workingDays) {
		if (workingDays == 0) {
			return onOrBefore(date);
		}
		int step = workingDays > 0 ? 1 : -1;
		LocalDate day = date;
		for (int left = Math.abs(workingDays); left > 0;) {
			day = day.plusDays(step);
			if (isWorkingDay(day)) {
				left--;
			}
		}
		return day;
	}

	public LocalDate onOrBefore(LocalDate date) {
		LocalDate day = date;
		while (!isWorkingDay(day)) {
			day = day.minusDays(1);
		}
		return day;
	}

	public LocalDate onOrAfter(LocalDate date) {
		LocalDate day = date;
		while (!isWorkingDay(day)) {
			day = day.plusDays(1);
		}
		return day;
	}

}

package io.handover.task;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code handover.calendar}: the days nobody works on a task — the weekend days and the
 * public holidays of the organisation.
 */
@ConfigurationProperties("handover.calendar")
record CalendarProperties(List<DayOfWeek> weekend, List<LocalDate> holidays) {

	CalendarProperties {
		weekend = weekend != null ? List.copyOf(weekend) : List.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
		holidays = holidays != null ? List.copyOf(holidays) : List.of();
	}

}

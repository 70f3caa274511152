package io.handover.teams;

import java.time.LocalTime;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * When overdue tasks are reminded of, and when their department lead hears of them.
 *
 * <pre>
 * handover.reminders:
 *   time: "09:00"        # local time (organisation zone) of the daily round, on working days
 *   escalate-after: 3    # working days overdue before the lead gets a personal card
 * </pre>
 *
 * @param time the time of day, {@code HH:mm}
 * @param escalateAfter working days overdue before escalation to the department lead
 */
@ConfigurationProperties("handover.reminders")
record ReminderProperties(String time, Integer escalateAfter) {

	ReminderProperties {
		time = time != null && !time.isBlank() ? time.trim() : "09:00";
		escalateAfter = escalateAfter != null ? escalateAfter : 3;
	}

	LocalTime at() {
		return LocalTime.parse(this.time);
	}

}

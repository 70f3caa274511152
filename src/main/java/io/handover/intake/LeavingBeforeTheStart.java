package io.handover.intake;

import java.time.LocalDate;

/**
 * A leaver's day said without a month after a starter's date: "Megan Doyle starts on 14
 * December. Sarah Quinn's last day is the 11th." The one leaving often goes before the
 * one coming starts, so the day is in the start's month even when it falls before the
 * start, as long as it is still ahead; a list of starts runs on to the next month instead
 * ("Sam starts on 28 December, Tim on the 4th").
 */
final class LeavingBeforeTheStart {

	private LeavingBeforeTheStart() {
	}

	/**
	 * The day in the start's month before the start, or null when the reading is no
	 * leaving after a start or that day is not before the start or already past.
	 */
	static LocalDate inTheStartsMonth(Announcement start, Announcement leaving, int day, LocalDate today) {
		if (start.kind() != Announcement.Kind.STARTER || leaving.kind() != Announcement.Kind.LEAVER
				|| day > start.date().lengthOfMonth()) {
			return null;
		}
		LocalDate date = start.date().withDayOfMonth(day);
		return date.isBefore(start.date()) && !date.isBefore(today) ? date : null;
	}

}

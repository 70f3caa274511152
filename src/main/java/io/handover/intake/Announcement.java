package io.handover.intake;

import java.time.LocalDate;

/**
 * What a manager's words said. Every field may be null when the words did not say it.
 *
 * @param kind starter, leaver or role change
 * @param employeeName the person's name as written
 * @param date start date, last working day or move date
 * @param roleWords the words naming the role, as written
 * @param roleKey the role profile those words name, or null when none matches
 * @param workLocation office, remote or hybrid
 * @param dateWords the words the date came from, to echo them back
 */
public record Announcement(Kind kind, String employeeName, LocalDate date, String roleWords, String roleKey,
		Location workLocation, String dateWords) {

	public enum Kind {

		STARTER, LEAVER, ROLE_CHANGE

	}

	public enum Location {

		OFFICE, REMOTE, HYBRID

	}

	/**
	 * True when the words were only a command (e.g. {@code new starter}) with nothing to
	 * prefill.
	 */
	public boolean isBareCommand() {
		return this.employeeName == null && this.date == null && this.roleWords == null;
	}

}

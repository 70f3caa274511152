package io.handover.hr;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One person's employment as an HR system holds it, in the shape every source maps its
 * own fields to. Handover compares what a source answers with what it saw last time; the
 * differences are the HR events.
 *
 * @param system the source's key ({@code afas}, {@code nmbrs}, {@code youforce}, or the
 * name a webhook or file import gives)
 * @param employeeId the HR system's employee number, unique within the system
 * @param givenName first name (or initials when the system keeps no first name)
 * @param familyName last name with its prefix ("de Vries")
 * @param email work e-mail when the HR system knows it, else null
 * @param jobCode the job (function) code, else null
 * @param jobTitle the job's name as HR writes it, else null
 * @param managerEmployeeId the manager's employee number in the same system, else null
 * @param managerEmail the manager's work e-mail when the system gives it, else null
 * @param startDate first day of the employment
 * @param endDate last day of the employment, null while it runs on
 * @param changedAt when the system last changed this record, null when it does not say
 */
public record HrEmployment(String system, String employeeId, String givenName, String familyName, String email,
		String jobCode, String jobTitle, String managerEmployeeId, String managerEmail, LocalDate startDate,
		LocalDate endDate, Instant changedAt) {

	/** The full name as Handover shows it. */
	public String name() {
		if (this.givenName == null || this.givenName.isBlank()) {
			return this.familyName;
		}
		return (this.familyName == null || this.familyName.isBlank()) ? this.givenName
				: this.givenName + " " + this.familyName;
	}

}

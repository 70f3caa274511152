package io.handover.hr;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;

/**
 * Something an HR system says happened to an employment: a hire, a termination, a job
 * change, a new manager, a moved start or last day, or a hire withdrawn before it
 * started. Each is keyed by the system, its employee id, its kind and its effective date
 * (and what else tells two of one kind on one day apart), and that key is its idempotency
 * key: the same event from a second sync, a webhook retry or a re-imported file is
 * recognised and changes nothing.
 */
public sealed interface HrEvent {

	/** The employment as HR holds it after the event. */
	HrEmployment employment();

	/** The day the event takes effect (first day, last day, day of the new job). */
	LocalDate effectiveDate();

	/** What kind of event, as the idempotency key and the reports name it. */
	String kind();

	/** What else distinguishes two events of one kind on one day, or "" when nothing. */
	default String detail() {
		return "";
	}

	/** The same text for the same event, whichever way it reached Handover. */
	default String idempotencyKey() {
		String key = "hr:" + employment().system().toLowerCase(Locale.ROOT) + ":" + employment().employeeId() + ":"
				+ kind() + ":" + effectiveDate();
		return detail().isEmpty() ? key : key + ":" + detail();
	}

	/** Someone will start: opens a joiner ticket. */
	record Hire(HrEmployment employment) implements HrEvent {

		@Override
		public LocalDate effectiveDate() {
			return this.employment.startDate();
		}

		@Override
		public String kind() {
			return "hire";
		}

	}

	/**
	 * An employment ends: opens a leaver ticket (and settles a starter ticket still
	 * open).
	 */
	record Termination(HrEmployment employment) implements HrEvent {

		@Override
		public LocalDate effectiveDate() {
			return this.employment.endDate();
		}

		@Override
		public String kind() {
			return "termination";
		}

	}

	/**
	 * Someone's job changes: opens a mover ticket between the two jobs' role profiles.
	 *
	 * @param previousJobCode the job code before, or null
	 * @param previousJobTitle the job title before, or null
	 * @param effectiveDate the day HR changed it (HR systems keep no future date for it
	 * in the fields Handover reads)
	 */
	record JobChange(HrEmployment employment, String previousJobCode, String previousJobTitle,
			LocalDate effectiveDate) implements HrEvent {

		@Override
		public String kind() {
			return "job-change";
		}

		@Override
		public String detail() {
			String job = this.employment.jobCode() != null ? this.employment.jobCode() : this.employment.jobTitle();
			return job == null ? "" : job.trim().toLowerCase(Locale.ROOT);
		}

	}

	/**
	 * The first or the last day moved (or the last day was taken away: {@code endDate}
	 * null).
	 *
	 * @param which the start or the end of the employment
	 * @param previous the day it was before
	 */
	record DateChange(HrEmployment employment, Which which, LocalDate previous) implements HrEvent {

		/** Which end of the employment moved. */
		public enum Which {

			START, END

		}

		@Override
		public LocalDate effectiveDate() {
			return this.which == Which.START ? this.employment.startDate() : this.employment.endDate();
		}

		@Override
		public String kind() {
			return this.which == Which.START ? "start-moved" : "end-moved";
		}

		@Override
		public String detail() {
			return "from-" + this.previous;
		}

	}

	/**
	 * Someone's manager changes: the open tickets for them name the new manager, and so
	 * does the register.
	 *
	 * @param previousManagerEmployeeId the manager's employee number before, or null
	 * @param previousManagerEmail the manager's e-mail before, or null
	 * @param effectiveDate the day HR changed it
	 * @param previousSeenAt when Handover first saw the employment as it was before (its
	 * snapshot), or null when unknown
	 */
	record ManagerChange(HrEmployment employment, String previousManagerEmployeeId, String previousManagerEmail,
			LocalDate effectiveDate, Instant previousSeenAt) implements HrEvent {

		@Override
		public String kind() {
			return "manager-change";
		}

		/**
		 * The manager before and after, and the state it changed from: A→B, B→A and A→B
		 * again on one day are three events, while the same change read again (from the
		 * same state before) is the same event.
		 */
		@Override
		public String detail() {
			String detail = "from-" + manager(this.previousManagerEmployeeId, this.previousManagerEmail) + ":to-"
					+ manager(this.employment.managerEmployeeId(), this.employment.managerEmail());
			return this.previousSeenAt == null ? detail : detail + ":after-" + this.previousSeenAt.toEpochMilli();
		}

		private static String manager(String employeeId, String email) {
			String who = email != null && !email.isBlank() ? email : employeeId;
			return who == null || who.isBlank() ? "none" : who.trim().toLowerCase(Locale.ROOT);
		}

	}

	/** A hire that will not start: cancels its joiner ticket. */
	record Withdrawn(HrEmployment employment) implements HrEvent {

		@Override
		public LocalDate effectiveDate() {
			return this.employment.startDate();
		}

		@Override
		public String kind() {
			return "withdrawn";
		}

	}

}

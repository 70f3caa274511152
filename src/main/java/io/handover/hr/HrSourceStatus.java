package io.handover.hr;

import java.time.Instant;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * How reading one HR system went: the last run, the last success and what it did, the
 * failures since, and when the next attempt is due. One document per system, written by
 * the one instance that holds the sync lock (or by a webhook push).
 *
 * @param system the source's key
 * @param since the start of the last successful sync: the next one asks for changes since
 * then; null until the first full sync succeeded
 * @param lastRunAt when the last attempt began
 * @param lastSuccessAt when the last successful sync began
 * @param counts what the last successful sync did
 * @param errors the employments the last successful sync could not apply, and why (they
 * are read again next time)
 * @param failures attempts failed in a row
 * @param failingSince the first of those failed attempts, null when the last succeeded
 * @param lastFailure why the last attempt failed, null when it succeeded
 * @param lastFailureKind authentication, misconfigured, rate limit, unavailable or
 * malformed
 * @param nextAttemptAt not before this (back-off, the system's Retry-After)
 * @param alertedAt when HR's channel was told the source had been failing for a day; null
 * when not (yet)
 */
@Document(HrSourceStatus.COLLECTION)
public record HrSourceStatus(@Id String system, Instant since, Instant lastRunAt, Instant lastSuccessAt, Counts counts,
		List<String> errors, int failures, Instant failingSince, String lastFailure, String lastFailureKind,
		Instant nextAttemptAt, Instant alertedAt) {

	static final String COLLECTION = "hrSources";

	public HrSourceStatus {
		errors = errors == null ? List.of() : List.copyOf(errors);
		counts = counts == null ? Counts.NONE : counts;
	}

	static HrSourceStatus never(String system) {
		return new HrSourceStatus(system, null, null, null, Counts.NONE, List.of(), 0, null, null, null, null, null);
	}

	/** Whether the last attempt failed. */
	public boolean failing() {
		return this.failingSince != null;
	}

	HrSourceStatus succeeded(Instant startedAt, boolean advance, Counts counts, List<String> errors,
			Instant nextAttemptAt) {
		return new HrSourceStatus(this.system, advance ? startedAt : this.since, startedAt, startedAt, counts, errors,
				0, null, null, null, nextAttemptAt, null);
	}

	HrSourceStatus failed(Instant startedAt, HrSourceFailure failure, Instant nextAttemptAt) {
		return new HrSourceStatus(this.system, this.since, startedAt, this.lastSuccessAt, this.counts, this.errors,
				this.failures + 1, this.failingSince != null ? this.failingSince : startedAt, failure.getMessage(),
				failure.kind().name(), nextAttemptAt, this.alertedAt);
	}

	HrSourceStatus alerted(Instant at) {
		return new HrSourceStatus(this.system, this.since, this.lastRunAt, this.lastSuccessAt, this.counts, this.errors,
				this.failures, this.failingSince, this.lastFailure, this.lastFailureKind, this.nextAttemptAt, at);
	}

	/**
	 * What one sync did with the employments it read.
	 *
	 * @param read employments the system answered
	 * @param unchanged the same as last time
	 * @param loaded existing staff put in the register (no ticket)
	 * @param opened tickets opened
	 * @param rescheduled tickets moved to HR's date
	 * @param cancelled tickets cancelled
	 * @param matched tickets a manager had opened, now on HR's authority
	 * @param refused events that could not be applied (see errors)
	 * @param managerChanged manager changes carried to open tickets (one per person, for
	 * all their open tickets)
	 */
	public record Counts(int read, int unchanged, int loaded, int opened, int rescheduled, int cancelled, int matched,
			int refused, int managerChanged) {

		static final Counts NONE = new Counts(0, 0, 0, 0, 0, 0, 0, 0, 0);

		/**
		 * As read from the store: a state kept before manager changes were counted has
		 * none.
		 */
		@PersistenceCreator
		Counts(int read, int unchanged, int loaded, int opened, int rescheduled, int cancelled, int matched,
				int refused, Integer managerChanged) {
			this(read, unchanged, loaded, opened, rescheduled, cancelled, matched, refused,
					managerChanged == null ? 0 : managerChanged.intValue());
		}

	}

}

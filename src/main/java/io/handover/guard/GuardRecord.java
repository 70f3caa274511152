package io.handover.guard;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * The guard's memory of one leaver: when it last looked, whether it looked after the
 * runbook, and what its review card shows.
 */
@Document("guard_reviews")
class GuardRecord {

	@Id
	String ticketKey;

	/** Held while a check runs, so two checks of one leaver do not open a task twice. */
	Instant leaseUntil;

	Instant checkedAt;

	LocalDate checkedOn;

	/** The last check saw the runbook started. */
	boolean afterRunbook;

	/** What the review card shows now; null until it reached a channel. */
	String cardFingerprint;

	/**
	 * What the last check found (the overview shows it without asking anyone again); null
	 * in records kept before it was.
	 */
	List<GuardReview.Finding> residues;

	List<GuardReview.Finding> unobservable;

	/** Whether the last check's findings count as left behind (after the last day). */
	boolean afterLastDay;

	/**
	 * When the schedule looks again because Microsoft Graph throttled a read of the last
	 * check; null when nothing was throttled.
	 */
	Instant retryAt;

	/**
	 * The runbook's hour had passed and it had not run: the guard waits for it until then
	 * (and looks again then) before it opens tasks for what it removes; null otherwise.
	 */
	Instant runbookGraceEndsAt;

	/**
	 * The written summary the card shows and the review fingerprint it was written for:
	 * the model is asked again only when the findings changed.
	 */
	String summary;

	String summaryMissing;

	String summaryFingerprint;

}

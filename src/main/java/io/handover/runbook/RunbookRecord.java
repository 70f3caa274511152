package io.handover.runbook;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import io.handover.common.Actor;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * What a runbook planned and did for one ticket: its steps and their tasks, the directory
 * account it acts on, and the lease that keeps a second instance from running it at the
 * same time. {@code id} is {@code <ticket key>:<leaver|joiner|mover>}.
 */
@Document("runbooks")
class RunbookRecord {

	@Id
	String id;

	String ticketKey;

	String kind;

	Instant startedAt;

	Actor startedBy;

	Instant leaseUntil;

	String accountId;

	List<Step> steps = new ArrayList<>();

	/** Joiner: the Temporary Access Pass was created (the pass itself is never kept). */
	Instant passCreatedAt;

	/**
	 * Joiner: the sign-in name in use when it is not the ticket's (IT said "different
	 * person").
	 */
	String upn;

	/** Joiner: the account was created by this ticket. */
	boolean accountCreated;

	/**
	 * Joiner: an account that had the planned sign-in name already, as IT is shown it.
	 */
	ExistingAccount existing;

	/**
	 * Joiner: the IT staff member who confirmed that {@link #existing} is the joiner's.
	 */
	Approval linkConfirmed;

	/** Joiner: the IT staff member who said {@link #existing} is someone else's. */
	Approval linkDeclined;

	/**
	 * Leaver: the second IT person's approval to run on a ticket not authorised by HR or
	 * the manager.
	 */
	Approval runbookApproval;

	/**
	 * Every person who made the runbook run (the starter first): none of them may approve
	 * it.
	 */
	List<Actor> runBy = new ArrayList<>();

	/** Joiner: laptops registered for Windows Autopilot, by serial number. */
	List<String> autopilotSerials = new ArrayList<>();

	/**
	 * Joiner: Autopilot registrations Graph refused or failed, tried again on the
	 * schedule (targets: the serial number and the laptop's issue task).
	 */
	List<Step> autopilotRetries = new ArrayList<>();

	/**
	 * Apple devices assigned (joiner) or released (leaver) through Apple Business; kept
	 * on the record {@code <ticket key>:apple}.
	 */
	List<AppleDevice> appleDevices = new ArrayList<>();

	/** Wipe task id → who approved the wipe. */
	List<Approval> approvals = new ArrayList<>();

	/** Runs in a row that left a step failed; 0 once a run leaves none. */
	int failedRuns;

	/**
	 * When the schedule runs it again for its failed steps; null when nothing failed.
	 */
	Instant retryAt;

	/**
	 * The last run's failures all wait for someone's fix (a refused permission, a missing
	 * object): the schedule does not hammer Graph with them; "Retry now" runs it at once,
	 * and the schedule only after the longest wait, in case the fix came without a click.
	 */
	boolean awaitingFix;

	/**
	 * Notes a run that left a step failed; answers when the schedule tries again (the
	 * wait doubles with each such run in a row, up to the configured longest).
	 */
	Instant failedRun(Instant now, RunbookProperties properties) {
		return failedRun(now, properties, false);
	}

	/**
	 * Notes a run that left a step failed; answers when the schedule tries again: after
	 * the back-off when something passes by itself (429, 503, an outage), after the
	 * longest wait when every failure waits for someone's fix.
	 * @param permanent every failure of the run waits for someone's fix
	 */
	Instant failedRun(Instant now, RunbookProperties properties, boolean permanent) {
		this.failedRuns++;
		this.awaitingFix = permanent;
		this.retryAt = now.plus(permanent ? properties.retryMax() : properties.retryAfter(this.failedRuns));
		return this.retryAt;
	}

	/** Nothing failed (any more). */
	void succeeded() {
		this.failedRuns = 0;
		this.retryAt = null;
		this.awaitingFix = false;
	}

	/** Whether a run left something to retry and its back-off has passed. */
	boolean retryDue(Instant now) {
		return this.retryAt != null && !now.isBefore(this.retryAt);
	}

	boolean planned() {
		return !this.steps.isEmpty();
	}

	/**
	 * Only the placeholder of a runbook whose account could not be read: planned in full
	 * once the account can be read.
	 */
	boolean onlyPlaceholder() {
		return this.steps.size() == 1 && this.steps.get(0).unplanned();
	}

	/** Notes a person who made the runbook run (the schedule is no person). */
	void ranBy(Actor by) {
		if (this.startedBy == null) {
			this.startedBy = by;
		}
		if (by != null && by.channel() != io.handover.common.Channel.SYSTEM
				&& this.runBy.stream().noneMatch(known -> known.id().equals(by.id()))) {
			this.runBy.add(by);
		}
	}

	/** A second staff member's approval of a remote wipe. */
	record Approval(String taskId, Actor by, Instant at) {
	}

}

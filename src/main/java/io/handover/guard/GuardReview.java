package io.handover.guard;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * What the guard found about one leaver, as the review card shows it.
 *
 * @param ticketKey the leaver's ticket
 * @param employeeName the leaver
 * @param lastDay the last working day
 * @param afterLastDay whether what is found counts as left behind (after the last day, or
 * once the runbook ran); before, it is what is still to do
 * @param checkedAt when the guard looked
 * @param residues what is still on the leaver's name, with the task that names it
 * @param unobservable what the guard could not look at, and why
 * @param deferred what Microsoft Graph throttled this time (429, 503): nothing for a
 * person to do, looked at again shortly; the findings of the last check of those areas
 * are kept meanwhile
 * @param evidence what was seen to be in order
 * @param opened tasks opened by this check
 * @param closed tasks closed by this check
 * @param summary a short summary written by the optional language model, or null; it
 * decides nothing, the findings do
 * @param summaryMissing why there is no summary this time although summaries are on (the
 * model failed), or null
 * @param runbook the leaver runbook's hour has passed and it has not run: due (the guard
 * waits for it before it opens tasks for what it removes) or late (it opened them); null
 * when the runbook ran or its hour has not come
 */
public record GuardReview(String ticketKey, String employeeName, LocalDate lastDay, boolean afterLastDay,
		Instant checkedAt, List<Finding> residues, List<Finding> unobservable, List<Finding> deferred,
		List<String> evidence, List<String> opened, List<String> closed, String summary, String summaryMissing,
		RunbookDue runbook) {

	/** A review of a leaver whose runbook ran, or whose runbook's hour has not come. */
	public GuardReview(String ticketKey, String employeeName, LocalDate lastDay, boolean afterLastDay,
			Instant checkedAt, List<Finding> residues, List<Finding> unobservable, List<Finding> deferred,
			List<String> evidence, List<String> opened, List<String> closed, String summary, String summaryMissing) {
		this(ticketKey, employeeName, lastDay, afterLastDay, checkedAt, residues, unobservable, deferred, evidence,
				opened, closed, summary, summaryMissing, null);
	}

	/** The same review with a summary, or with why it has none. */
	GuardReview withSummary(String summary, String summaryMissing) {
		return new GuardReview(this.ticketKey, this.employeeName, this.lastDay, this.afterLastDay, this.checkedAt,
				this.residues, this.unobservable, this.deferred, this.evidence, this.opened, this.closed, summary,
				summaryMissing, this.runbook);
	}

	/** Nothing left behind, and everything could be observed this time. */
	public boolean nothingLeftBehind() {
		return this.residues.isEmpty() && this.unobservable.isEmpty() && this.deferred.isEmpty();
	}

	/** A same review but for the time and what this one check changed. */
	String fingerprint() {
		return this.afterLastDay + "|" + this.residues + "|" + this.unobservable + "|" + this.deferred + "|"
				+ this.evidence + (this.runbook != null ? "|" + this.runbook.text() : "");
	}

	/**
	 * The leaver runbook's hour of the last day has passed and it has not run.
	 *
	 * @param dueAt its hour
	 * @param graceEndsAt until when the guard waits for it
	 * @param late the wait is over: the guard opened tasks for what it removes
	 * @param text what the card says about it
	 */
	public record RunbookDue(Instant dueAt, Instant graceEndsAt, boolean late, String text) {

	}

	/**
	 * One residue or unobservable area.
	 *
	 * @param area what part of the offboarding
	 * @param text what was found
	 * @param department who answers for it
	 * @param taskId the open task that names it, or null
	 * @param taskStatus that task's status, or null
	 */
	public record Finding(String area, String text, String department, String taskId, String taskStatus) {

	}

}

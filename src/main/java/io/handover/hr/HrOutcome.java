package io.handover.hr;

/**
 * What an HR event did.
 *
 * @param event the event's kind ({@code hire}, {@code termination}, ...)
 * @param idempotencyKey the event's key
 * @param result what happened
 * @param ticketKey the ticket it opened, moved, cancelled or found, or null
 * @param text the same in words, for reports and cards
 */
public record HrOutcome(String event, String idempotencyKey, Result result, String ticketKey, String text) {

	/** What happened. */
	public enum Result {

		/** A ticket was opened. */
		OPENED,
		/** The open ticket was moved to HR's date. */
		RESCHEDULED,
		/** The open ticket was cancelled. */
		CANCELLED,
		/**
		 * A ticket for this already existed (a manager announced the person): it now runs
		 * on HR's authority and date.
		 */
		MATCHED,
		/** The open tickets now name the manager HR gives. */
		MANAGER_CHANGED,
		/** Nothing needed doing (no open ticket to change, the same role profile). */
		NOTHING,
		/** The same event came before: nothing changed this time. */
		REPEATED,
		/** The event could not be applied; {@code text} says why; nothing changed. */
		REFUSED;

		/** Whether the event was applied (or needed nothing): not to be tried again. */
		public boolean settled() {
			return this != REFUSED;
		}

	}

	HrOutcome repeated() {
		return new HrOutcome(this.event, this.idempotencyKey, Result.REPEATED, this.ticketKey,
				"Already applied: " + this.text);
	}

}

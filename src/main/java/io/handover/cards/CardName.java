package io.handover.cards;

/**
 * Every card Handover shows, each naming its template in the top-level {@code cards/}
 * folder ({@code <module>-<purpose>.json}). The data each one expects is described in
 * {@code cards/README.md}.
 */
public enum CardName {

	/** What the bot can do in a personal chat. */
	HELP_PERSONAL("teams-help-personal.json"),
	/** What the bot can do in a department channel. */
	HELP_CHANNEL("teams-help-channel.json"),
	/** What the bot can do in a group chat: look-ups, no channel linking. */
	HELP_GROUP("teams-help-group.json"),
	/** Posted in a team's General channel when Handover is installed: how to link. */
	WELCOME_TEAM("teams-welcome-team.json"),
	/** The first card in a person's personal chat: what a manager can do. */
	WELCOME_PERSONAL("teams-welcome-personal.json"),
	/**
	 * Form for a new starter, prefilled with what was understood; shows validation
	 * errors.
	 */
	STARTER_FORM("ticket-starter-form.json"),
	/**
	 * Words that look like an announcement but do not say what happens: starting, moving
	 * or leaving, as buttons that open the form.
	 */
	ANNOUNCEMENT_KIND("teams-announcement-kind.json"),
	/** Form for a leaver. */
	LEAVER_FORM("ticket-leaver-form.json"),
	/** Form for a role change. */
	MOVER_FORM("ticket-mover-form.json"),
	/** A ticket's progress per department, late notice and overdue tasks. */
	TICKET_STATUS("ticket-status.json"),
	/** One department's tasks on one ticket, each with its own actions. */
	DEPARTMENT_TASKS("task-department.json"),
	/** The joiner signs for the assets issued. */
	JOINER_RECEIPT("asset-joiner-receipt.json"),
	/** The leaver confirms the return of each asset. */
	LEAVER_RETURN("asset-leaver-return.json"),
	/** Staff confirm they received what the leaver returned. */
	RECEIPT_CONFIRMATION("asset-receipt-confirmation.json"),
	/** Overdue tasks, sent to a department. */
	REMINDER("task-reminder.json"),
	/** Someone tried something they may not do; nothing changed. */
	REFUSAL("teams-refusal.json"),
	/** The assets on an employee's name. */
	HOLDINGS("asset-holdings.json"),
	/** A simple titled text, for confirmations and errors. */
	MESSAGE("teams-message.json"),
	/**
	 * A joiner's Temporary Access Pass, in the manager's personal chat: shown once, on a
	 * click.
	 */
	ACCESS_PASS("teams-access-pass.json"),
	/**
	 * A request to link a channel to a department, which an Administrator approves or
	 * declines.
	 */
	LINK_REQUEST("teams-link-request.json"),
	/**
	 * An announcement by someone who may not open the ticket themself, for HR or the
	 * manager of record to confirm or decline.
	 */
	TICKET_REQUEST("ticket-request.json"),
	/**
	 * The offboarding guard's review of one leaver, in IT's channel: nothing left behind
	 * with the evidence, or the residues with their tasks.
	 */
	GUARD_REVIEW("guard-review.json"),

	/**
	 * An HR source that has failed for a day (and, updated in place, that it recovered),
	 * in HR's channels.
	 */
	HR_SOURCE_ALERT("hr-source-alert.json"),

	/**
	 * Each HR source's state, with "Try now", and the job to profile table (HR staff and
	 * Administrators).
	 */
	HR_SOURCES("hr-sources.json"),

	/**
	 * What importing a file sent in the personal chat did, row by row, or why it was not
	 * read.
	 */
	IMPORT_REPORT("teams-import-report.json"),

	/**
	 * Personal data retention failed (the run, or for some people), in each configured
	 * Administrator's personal chat.
	 */
	RETENTION_ALERT("privacy-retention-alert.json");

	private final String template;

	CardName(String template) {
		this.template = template;
	}

	/** The template's file name in {@code cards/}. */
	public String template() {
		return this.template;
	}

}

package io.handover.identity;

import java.util.List;

/**
 * What became of one change.
 *
 * @param status done now, already so, or only recorded
 * @param summary one line for the task, e.g. "Account disabled"
 * @param requests the requests sent (or, in a dry run, that would have been sent)
 * @param failureStatus a failure's HTTP status from Microsoft Graph; -1 when it is no
 * answer of Graph's (a rule of ours: a dynamic group, a group that does not exist) or
 * nothing failed
 */
public record DirectoryOutcome(Status status, String summary, List<DirectoryRequest> requests, int failureStatus) {

	public DirectoryOutcome {
		requests = requests != null ? List.copyOf(requests) : List.of();
	}

	public DirectoryOutcome(Status status, String summary, List<DirectoryRequest> requests) {
		this(status, summary, requests, -1);
	}

	/**
	 * A failure that waits for someone's fix (a refused permission, a missing object, a
	 * rule to change), not one that passes by itself (429, 503, no answer).
	 */
	public boolean permanentFailure() {
		return this.status == Status.FAILED
				&& (this.failureStatus < 0 || DirectoryFailure.permanent(this.failureStatus));
	}

	public static DirectoryOutcome done(String summary, List<DirectoryRequest> requests) {
		return new DirectoryOutcome(Status.DONE, summary, requests);
	}

	public static DirectoryOutcome alreadyDone(String summary, List<DirectoryRequest> requests) {
		return new DirectoryOutcome(Status.ALREADY_DONE, summary, requests);
	}

	public static DirectoryOutcome dryRun(String summary, List<DirectoryRequest> requests) {
		return new DirectoryOutcome(Status.DRY_RUN, summary, requests);
	}

	public static DirectoryOutcome failed(String summary, List<DirectoryRequest> requests) {
		return new DirectoryOutcome(Status.FAILED, summary, requests);
	}

	/** Failed with Microsoft Graph's HTTP status (0: no answer came). */
	public static DirectoryOutcome failed(String summary, List<DirectoryRequest> requests, int failureStatus) {
		return new DirectoryOutcome(Status.FAILED, summary, requests, failureStatus);
	}

	public boolean isDryRun() {
		return this.status == Status.DRY_RUN;
	}

	/** How a change ended. */
	public enum Status {

		/** Carried out now. */
		DONE,
		/** Was already so: nothing sent. */
		ALREADY_DONE,
		/** Only recorded: nothing sent (no directory credentials). */
		DRY_RUN,
		/** Refused or failed; the summary has the directory's words. */
		FAILED

	}

}

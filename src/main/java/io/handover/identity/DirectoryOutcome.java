package io.handover.identity;

import java.util.List;

/**
 * What became of one change.
 *
 * @param status done now, already so, or only recorded
 * @param summary one line for the task, e.g. "Account disabled"
 * @param requests the requests sent (or, in a dry run, that would have been sent)
 */
public record DirectoryOutcome(Status status, String summary, List<DirectoryRequest> requests) {

	public DirectoryOutcome {
		requests = requests != null ? List.copyOf(requests) : List.of();
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

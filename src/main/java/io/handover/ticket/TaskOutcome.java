package io.handover.ticket;

/**
 * What an automated step did to its task, for {@link TaskManagement#settle}: the result
 * to show, and whether the task is now done, blocked (with the reason) or only shows what
 * a dry run would have sent.
 *
 * @param taskId the task
 * @param result what was done or would have been sent
 * @param dryRun nothing was sent: the task stays as it is
 * @param blockedReason why the task is blocked; null when it is done
 */
public record TaskOutcome(String taskId, String result, boolean dryRun, String blockedReason) {

	private static final String FAILED = "Failed: ";

	public static TaskOutcome done(String taskId, String result) {
		return new TaskOutcome(taskId, result, false, null);
	}

	public static TaskOutcome blocked(String taskId, String result, String reason) {
		return new TaskOutcome(taskId, result, false, reason);
	}

	public static TaskOutcome dryRun(String taskId, String result) {
		return new TaskOutcome(taskId, result, true, null);
	}

	/**
	 * The result an automated step shows when it failed: staff read it on the task, the
	 * meters count it as a failure.
	 */
	public static String failedResult(String why) {
		return FAILED + why;
	}

	public static boolean isFailedResult(String result) {
		return result != null && result.startsWith(FAILED);
	}

}

package io.handover.runbook;

/** The steps the runbooks know, with the task kind each becomes. */
enum StepKind {

	DISABLE("it.directory.disable", true), REVOKE_SESSIONS("it.directory.sessions.revoke", true),
	REMOVE_GROUPS("it.directory.groups.remove", true), DYNAMIC_GROUP("it.directory.dynamic-group.change", false),
	REMOVE_LICENCES("it.directory.licences.remove", true), AUTOMATIC_REPLIES("it.mailbox.auto-reply", true),
	SHARE_FILES("it.files.delegate", true), SHARED_MAILBOX("it.mailbox.shared.convert", false),
	DEVICES("it.device.leaver", true), WIPE("it.device.wipe.remote", true), RETIRE("it.device.retire", true),
	ACCOUNT("it.directory.account", true), AUTOPILOT("it.device.autopilot.register", true),
	AUTOPILOT_BY_HAND("it.device.autopilot.manual", false);

	final String taskKind;

	/** Handover does it through the directory; otherwise it is a person's task. */
	final boolean automated;

	StepKind(String taskKind, boolean automated) {
		this.taskKind = taskKind;
		this.automated = automated;
	}

}

package io.handover.guard;

import java.util.List;

/**
 * Something still on a leaver's name, as a task would name it.
 *
 * @param area where it was seen
 * @param kind the guard task kind, e.g. {@code guard.group.member}
 * @param subject what exactly, e.g. the group's object id
 * @param department who removes it
 * @param title the task's title, naming it precisely
 * @param observed what the guard saw
 * @param name how other tasks name it (a group's or device's name), to recognise an open
 * task about it
 * @param relatedKinds kinds of other tasks (the runbook's) that take care of it
 * @param assignmentId the register's assignment, for assets; null otherwise
 */
record Residue(Area area, String kind, String subject, String department, String title, String observed, String name,
		List<String> relatedKinds, String assignmentId) {

	String key() {
		return this.kind + "|" + this.subject;
	}

}

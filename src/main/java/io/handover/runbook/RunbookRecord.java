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

	/** Joiner: laptops registered for Windows Autopilot, by serial number. */
	List<String> autopilotSerials = new ArrayList<>();

	/** Wipe task id → who approved the wipe. */
	List<Approval> approvals = new ArrayList<>();

	boolean planned() {
		return !this.steps.isEmpty();
	}

	/** A second staff member's approval of a remote wipe. */
	record Approval(String taskId, Actor by, Instant at) {
	}

}

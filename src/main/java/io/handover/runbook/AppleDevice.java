package io.handover.runbook;

import java.time.Instant;

import io.handover.common.Actor;

/**
 * One Apple device's way through Apple Business, kept on the ticket's Apple record: its
 * assignment to the device management service (joiner) or its release from the
 * organisation (leaver), the task that shows it, and the activity Apple Business carries
 * it out with.
 */
class AppleDevice {

	/** What Handover does with the device in Apple Business. */
	enum Action {

		ASSIGN, RELEASE

	}

	/** Where it stands. */
	enum State {

		/** A release waits for a second IT person's approval. */
		AWAITING_APPROVAL,
		/** To be sent (again) once {@link AppleDevice#nextAt} has passed. */
		TO_SEND,
		/** Apple Business works on the activity; looked at again at {@code nextAt}. */
		SUBMITTED,
		/**
		 * Apple Business does not know the serial: IT adds it with Apple Configurator.
		 */
		UNKNOWN,
		/** The activity failed: IT looks, then asks for it again on the card. */
		FAILED,
		/** The activity did not finish within the checks allowed: IT looks. */
		STALLED,
		/** Done (or already so). */
		DONE,
		/** Only recorded: no API account. */
		DRY_RUN

	}

	Action action;

	State state;

	String serialNumber;

	String model;

	/** The issue (joiner) or collect (leaver) task the device comes from. */
	String sourceTaskId;

	/** The task that shows this step on IT's card. */
	String taskId;

	/** Joiner, unknown serial: IT's task to add the device with Apple Configurator. */
	String configuratorTaskId;

	String activityId;

	/** How often the activity was looked at. */
	int checks;

	/** Failed attempts in a row (refusals, outages, rate limits). */
	int failures;

	Instant nextAt;

	/** Release: who asked for it (may not approve it) and why. */
	Actor requestedBy;

	String why;

	/** Release: the second IT person's approval. */
	RunbookRecord.Approval approval;

	AppleDevice() {
	}

	AppleDevice(Action action, String serialNumber, String model, String sourceTaskId) {
		this.action = action;
		this.state = State.TO_SEND;
		this.serialNumber = serialNumber;
		this.model = model;
		this.sourceTaskId = sourceTaskId;
	}

	/** "MacBook Air 13-inch C02XK1" for a task's title. */
	String shown() {
		return (this.model != null ? this.model + " " : "") + this.serialNumber;
	}

	boolean due(Instant now) {
		return this.nextAt == null || !now.isBefore(this.nextAt);
	}

}

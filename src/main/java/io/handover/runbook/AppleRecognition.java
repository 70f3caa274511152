package io.handover.runbook;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import io.handover.enrolment.DeviceEnrolment;
import io.handover.ticket.TaskView;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * Whether an issued or returned device enrols through Apple Business, so that a Mac goes
 * to Apple Business and never to Windows Autopilot. Its model in the asset register often
 * says so (MacBook, iPhone …); when it does not (a device registered at issue as
 * "laptop-standard"), Apple Business is asked whether it holds the serial number
 * ({@code GET /v1/orgDevices/{serial}}) instead of guessing. A device with a Windows
 * hardware hash is not asked about. Answers are kept: a serial Apple Business holds for
 * good, one it does not for an hour, and when Apple could not be asked the model alone
 * decides for a few minutes.
 */
@Component
class AppleRecognition {

	static final Duration FORGET_UNKNOWN = Duration.ofHours(1);

	static final Duration FORGET_UNSURE = Duration.ofMinutes(5);

	private static final int MOST_REMEMBERED = 10_000;

	private final DeviceEnrolment enrolment;

	private final Clock clock;

	/** Serial numbers Apple Business holds for the organisation. */
	private final Set<String> appleBusinessSerials = ConcurrentHashMap.newKeySet();

	/** Serial numbers it does not hold (or could not be asked about), until when. */
	private final Map<String, Instant> notAppleUntil = new ConcurrentHashMap<>();

	AppleRecognition(DeviceEnrolment enrolment, Clock clock) {
		this.enrolment = enrolment;
		this.clock = clock;
	}

	/** The issue or collect task's device: its model, serial number and hardware hash. */
	boolean isApple(TaskView task) {
		String serial = task.inputs().get("serialNumber");
		if (!StringUtils.hasText(serial) && task.asset() != null) {
			serial = task.asset().serialNumber();
		}
		return isApple(task.asset() != null ? task.asset().model() : null, serial, task.inputs().get("hardwareHash"));
	}

	/**
	 * Whether the device enrols through Apple Business: its model says so, or Apple
	 * Business holds its serial number (asked at most once an hour per serial).
	 */
	boolean isApple(String model, String serialNumber, String hardwareHash) {
		if (this.enrolment.isAppleModel(model)) {
			return true;
		}
		if (!StringUtils.hasText(serialNumber) || StringUtils.hasText(hardwareHash)) {
			// a hardware hash is a Windows device's
			return false;
		}
		String serial = key(serialNumber);
		Boolean remembered = remembered(serial);
		return remembered != null ? remembered : ask(serialNumber.strip(), serial);
	}

	/** What is known without asking, or null. */
	private Boolean remembered(String serial) {
		if (this.appleBusinessSerials.contains(serial)) {
			return true;
		}
		Instant until = this.notAppleUntil.get(serial);
		return until != null && this.clock.instant().isBefore(until) ? false : null;
	}

	/**
	 * One question at a time: the schedule and a task's completion asking about the same
	 * serial at once ask Apple once.
	 */
	private synchronized boolean ask(String serialNumber, String serial) {
		Boolean remembered = remembered(serial);
		if (remembered != null) {
			return remembered;
		}
		Instant now = this.clock.instant();
		DeviceEnrolment.Recognition answer = this.enrolment.recognise(serialNumber);
		if (answer == DeviceEnrolment.Recognition.KNOWN) {
			this.notAppleUntil.remove(serial);
			this.appleBusinessSerials.add(serial);
			return true;
		}
		forgetExpired(now);
		this.notAppleUntil.put(serial,
				now.plus(answer == DeviceEnrolment.Recognition.UNKNOWN ? FORGET_UNKNOWN : FORGET_UNSURE));
		return false;
	}

	/**
	 * Without asking anyone (for a card being drawn): the model, or a serial Apple
	 * Business was found to hold.
	 */
	boolean isKnownApple(String model, String serialNumber) {
		return this.enrolment.isAppleModel(model)
				|| StringUtils.hasText(serialNumber) && this.appleBusinessSerials.contains(key(serialNumber));
	}

	private void forgetExpired(Instant now) {
		if (this.notAppleUntil.size() >= MOST_REMEMBERED) {
			this.notAppleUntil.values().removeIf(until -> !now.isBefore(until));
			if (this.notAppleUntil.size() >= MOST_REMEMBERED) {
				this.notAppleUntil.clear();
			}
		}
	}

	private static String key(String serialNumber) {
		return serialNumber.strip().toUpperCase(Locale.ROOT);
	}

}

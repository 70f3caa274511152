package io.handover.enrolment;

/**
 * Apple's zero-touch enrolment (Automated Device Enrolment through Apple Business): which
 * device management service a device enrols with when it is first switched on. Every
 * change starts an activity that Apple Business completes later; {@link #follow} reads
 * where it stands. A refusal or outage throws {@link EnrolmentFailure} with Apple's own
 * words; nothing here is sent twice (a device already so is reported, not changed).
 */
public interface DeviceEnrolment {

	/** Whether this enrolment only records what it would do: nothing reaches Apple. */
	boolean isDryRun();

	/**
	 * Assigns the device to the organisation's device management service (the configured
	 * MDM server): {@code SUBMITTED} with the activity, {@code ALREADY_DONE} when it is
	 * assigned there already (nothing sent), {@code UNKNOWN_DEVICE} when Apple Business
	 * does not know the serial number.
	 */
	EnrolmentStep assign(String serialNumber);

	/**
	 * Releases the device from the organisation for good (disposed of or sold): it no
	 * longer enrols with the organisation's service. {@code ALREADY_DONE} when the
	 * organisation no longer holds it.
	 */
	EnrolmentStep release(String serialNumber);

	/**
	 * Where an activity started by {@link #assign} or {@link #release} stands now:
	 * {@code SUBMITTED} while in progress, then {@code COMPLETED} or {@code FAILED}.
	 */
	EnrolmentStep follow(String serialNumber, String activityId);

	/**
	 * Whether a device of this model enrols through Apple Business (a Mac, iPhone, iPad).
	 */
	boolean isAppleModel(String model);

	/**
	 * Whether Apple Business holds this serial number for the organisation (reads
	 * {@code GET /v1/orgDevices/{serial}}, changes nothing): how an Apple device whose
	 * model in the asset register does not say so is recognised. {@code UNSURE} when
	 * Handover cannot ask (dry run, an unusable account) or Apple did not answer.
	 */
	Recognition recognise(String serialNumber);

	/** What Apple Business says about a serial number. */
	enum Recognition {

		/** One of the organisation's devices in Apple Business. */
		KNOWN,
		/** Not in the organisation's Apple Business. */
		UNKNOWN,
		/** Could not be asked, or did not answer. */
		UNSURE

	}

}

package io.handover.enrolment;

import java.util.List;

/**
 * Where one assignment or release stands after a call to {@link DeviceEnrolment}.
 *
 * @param status what happened
 * @param serialNumber the device
 * @param activityId Apple Business's activity that carries the change out, or null
 * @param summary one line for the task, e.g. "Activity 84d7… completed: C02XK1 assigned
 * to Intune"
 * @param requests the requests sent (or, in a dry run, that would have been sent)
 */
public record EnrolmentStep(Status status, String serialNumber, String activityId, String summary,
		List<EnrolmentRequest> requests) {

	public EnrolmentStep {
		requests = requests != null ? List.copyOf(requests) : List.of();
	}

	/** The requests, one a line, as a task shows them. */
	public String requestLines() {
		return String.join("\n", this.requests.stream().map(EnrolmentRequest::toString).toList());
	}

	/** How far an assignment or release got. */
	public enum Status {

		/** Apple Business accepted the activity; it is still in progress. */
		SUBMITTED,
		/** The activity completed: the device is assigned (or released). */
		COMPLETED,
		/** Was already so: nothing sent. */
		ALREADY_DONE,
		/**
		 * Apple Business does not know the serial number (not bought through the
		 * organisation's reseller): a person adds it with Apple Configurator.
		 */
		UNKNOWN_DEVICE,
		/** The activity failed or was stopped; the summary has Apple's words. */
		FAILED,
		/** Only recorded: nothing sent (no API account configured). */
		DRY_RUN

	}

}

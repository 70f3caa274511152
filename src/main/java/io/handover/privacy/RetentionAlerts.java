package io.handover.privacy;

import java.time.Instant;
import java.util.List;

/**
 * Where the Administrators learn that personal data retention failed (it runs again the
 * next night): implemented by the transport (a card in each configured Administrator's
 * personal chat in Teams).
 */
public interface RetentionAlerts {

	/**
	 * Shows the failure to the Administrators.
	 * @return how many Administrators it reached; 0 when nobody could be told
	 */
	int failed(Failure failure);

	/**
	 * A run of retention that failed, whole or for some people.
	 *
	 * @param at when the run ended
	 * @param reason what went wrong (the first failure), in the system's words
	 * @param employeeIds the Handover ids of the people whose data is still kept (at most
	 * {@value #MAX_IDS}); empty when the run stopped as a whole
	 * @param failedPeople how many people failed (may exceed the ids listed)
	 * @param pseudonymised how many people the run did pseudonymise
	 */
	record Failure(Instant at, String reason, List<String> employeeIds, int failedPeople, int pseudonymised) {

		public static final int MAX_IDS = 20;

		/** Whether the run stopped as a whole (nobody's data was looked at). */
		public boolean wholeRun() {
			return this.failedPeople == 0;
		}

	}

}

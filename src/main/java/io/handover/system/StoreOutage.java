package io.handover.system;

import com.mongodb.MongoSocketException;
import com.mongodb.MongoTimeoutException;
import org.springframework.dao.DataAccessResourceFailureException;

/**
 * Tells a store that cannot be reached (down, restarting, failing over) from any other
 * failure: such a request was not carried out and is worth repeating in a moment, so the
 * caller gets a 503 with Retry-After instead of a 500.
 */
public final class StoreOutage {

	/** Seconds a caller should wait before repeating a request refused by an outage. */
	public static final int RETRY_AFTER_SECONDS = 5;

	private StoreOutage() {
	}

	public static boolean causedBy(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (cause instanceof DataAccessResourceFailureException || cause instanceof MongoTimeoutException
					|| cause instanceof MongoSocketException) {
				return true;
			}
			if (cause.getCause() == cause) {
				break;
			}
		}
		return false;
	}

}

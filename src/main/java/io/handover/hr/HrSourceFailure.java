package io.handover.hr;

import java.time.Duration;

/**
 * Why an HR system could not be read, in words HR's channel can act on. A rate limit says
 * when to try again.
 */
public class HrSourceFailure extends Exception {

	/** What went wrong, which decides what the sync does next. */
	public enum Kind {

		/**
		 * The credentials were refused: someone must renew them; retrying does not help.
		 */
		AUTHENTICATION,

		/**
		 * Handover is set up wrongly for this system: an address, connector or endpoint
		 * that does not exist, or a field mapping the answer does not have. Distinct from
		 * an outage: someone must correct the configuration; retrying does not help.
		 */
		MISCONFIGURED,

		/**
		 * The system asked Handover to slow down; {@link #retryAfter()} says for how
		 * long.
		 */
		RATE_LIMITED,

		/** The system failed or could not be reached; worth trying again later. */
		UNAVAILABLE,

		/** The system answered something Handover could not read. */
		MALFORMED

	}

	private final Kind kind;

	private final Duration retryAfter;

	public HrSourceFailure(Kind kind, String message, Duration retryAfter, Throwable cause) {
		super(message, cause);
		this.kind = kind;
		this.retryAfter = retryAfter;
	}

	public HrSourceFailure(Kind kind, String message) {
		this(kind, message, null, null);
	}

	public Kind kind() {
		return this.kind;
	}

	/** How long the system asked Handover to wait, or null when it did not say. */
	public Duration retryAfter() {
		return this.retryAfter;
	}

}

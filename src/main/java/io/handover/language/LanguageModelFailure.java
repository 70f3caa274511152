package io.handover.language;

/** The language model gave no text; the message says why in the service's own words. */
public class LanguageModelFailure extends RuntimeException {

	/** Why no text came. */
	public enum Kind {

		/** No model is configured. */
		OFF,
		/** The service throttled the request (429) past the client's retries. */
		THROTTLED,
		/**
		 * The service refused the request (401, 403, 400, 404, 422: a setting to fix).
		 */
		REFUSED,
		/** The service failed or could not be reached in time (5xx, I/O, time-out). */
		UNAVAILABLE,
		/** The service answered, but with no text. */
		EMPTY

	}

	private final Kind kind;

	private final int status;

	public LanguageModelFailure(Kind kind, int status, String message) {
		super(message);
		this.kind = kind;
		this.status = status;
	}

	public Kind kind() {
		return this.kind;
	}

	/** The HTTP status the service answered, 0 when none. */
	public int status() {
		return this.status;
	}

}

package io.handover.enrolment;

/**
 * Apple Business refused or failed a request (or could not be reached): the message is
 * Apple's own text, e.g. "invalid_client: client_assertion signature is invalid".
 */
public class EnrolmentFailure extends RuntimeException {

	private final int status;

	private final String code;

	private final String advice;

	public EnrolmentFailure(int status, String code, String message, String advice) {
		super(message);
		this.status = status;
		this.code = code;
		this.advice = advice;
	}

	/** The HTTP status, 0 when no answer came. */
	public int status() {
		return this.status;
	}

	/**
	 * Apple's error code, e.g. {@code invalid_client} or {@code NOT_AUTHORIZED}, or null.
	 */
	public String code() {
		return this.code;
	}

	/** What an administrator can do about it, or null when it passes by itself. */
	public String advice() {
		return this.advice;
	}

	/** The text for a blocked task: status, code, message and advice. */
	public String describe() {
		return (this.status > 0 ? this.status + " " : "") + (this.code != null ? this.code + ": " : "") + getMessage()
				+ (this.advice != null ? " — " + this.advice : "");
	}

}

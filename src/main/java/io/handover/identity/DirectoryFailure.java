package io.handover.identity;

/**
 * The directory refused or failed a request; the message is the directory's own text,
 * e.g. "Insufficient privileges to complete the operation."
 */
public class DirectoryFailure extends RuntimeException {

	private final int status;

	private final String code;

	private final String advice;

	public DirectoryFailure(int status, String code, String message) {
		this(status, code, message, null);
	}

	public DirectoryFailure(int status, String code, String message, String advice) {
		super(message);
		this.status = status;
		this.code = code;
		this.advice = advice;
	}

	/** The same failure with what an administrator can do about it. */
	public DirectoryFailure withAdvice(String advice) {
		DirectoryFailure advised = new DirectoryFailure(this.status, this.code, getMessage(), advice);
		advised.setStackTrace(getStackTrace());
		return advised;
	}

	/**
	 * What to grant or do so that it works next time (e.g. the permission a refused
	 * request needs), or null when nobody has to do anything (an outage passes).
	 */
	public String advice() {
		return this.advice;
	}

	/** The refusal or failure was about permissions (401/403). */
	public boolean refused() {
		return this.status == 401 || this.status == 403;
	}

	/**
	 * Microsoft Graph throttled the request or was briefly unavailable (429, 503) and the
	 * SDK's own retries did not get through: asking again later works, nobody has to do
	 * anything.
	 */
	public boolean throttled() {
		return this.status == 429 || this.status == 503;
	}

	/**
	 * Asking again will not help until someone fixes the cause (400, 401, 403, 404: a
	 * permission to grant, a setting or object to fix); everything else (429, 503, other
	 * 5xx, no answer) passes by itself and is tried again with back-off.
	 */
	public boolean permanent() {
		return permanent(this.status);
	}

	/**
	 * Whether a failure with this HTTP status waits for someone's fix (see
	 * {@link #permanent()}).
	 */
	public static boolean permanent(int status) {
		return status == 400 || status == 401 || status == 403 || status == 404;
	}

	/** The HTTP status, 0 when no answer came. */
	public int status() {
		return this.status;
	}

	/** The directory's error code, e.g. {@code Authorization_RequestDenied}, or null. */
	public String code() {
		return this.code;
	}

	/** The text for a blocked task: status, code and message. */
	public String describe() {
		return (this.status > 0 ? this.status + " " : "") + (this.code != null ? this.code + ": " : "") + getMessage();
	}

	/** {@link #describe()} with the advice, when there is one. */
	public String describeWithAdvice() {
		return describe() + (this.advice != null ? " — " + this.advice : "");
	}

}

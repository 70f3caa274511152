package io.handover.identity;

/**
 * The directory refused or failed a request; the message is the directory's own text,
 * e.g. "Insufficient privileges to complete the operation."
 */
public class DirectoryFailure extends RuntimeException {

	private final int status;

	private final String code;

	public DirectoryFailure(int status, String code, String message) {
		super(message);
		this.status = status;
		this.code = code;
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

}

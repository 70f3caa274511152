package io.handover.common;

/**
 * A request that breaks a rule of the domain: nothing was changed, and the message says
 * why in words a user understands. {@code field} names the input at fault when there is
 * one.
 */
public class Refusal extends RuntimeException {

	private final String code;

	private final String field;

	public Refusal(String code, String message) {
		this(code, null, message);
	}

	public Refusal(String code, String field, String message) {
		super(message);
		this.code = code;
		this.field = field;
	}

	/**
	 * A short, stable reason such as {@code already-completed} or {@code unknown-role}.
	 */
	public String code() {
		return this.code;
	}

	public String field() {
		return this.field;
	}

}

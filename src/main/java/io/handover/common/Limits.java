package io.handover.common;

/**
 * The longest value Handover accepts for each kind of id and name, in one place: the REST
 * API, card data and the bot endpoint refuse longer ones naming the field, before
 * anything reads the store. The caps are generous for what a real id looks like (a ticket
 * key is {@code JML-0042}, a task id {@code JML-0042-3}, a stored id 24 hex digits) and
 * small enough that a hostile value cannot grow a query, a log line or an audit entry.
 */
public final class Limits {

	/** A ticket key, e.g. {@code JML-0042}. */
	public static final int TICKET_KEY = 20;

	/** A task id, {@code <ticket key>-<n>}. */
	public static final int TASK_ID = 30;

	/**
	 * An id Handover or another system gave out: an employee, asset or assignment id, an
	 * Entra object id, an HR employee number, an actor's id.
	 */
	public static final int ID = 100;

	/** An asset's serial number or tag. */
	public static final int SERIAL_NUMBER = 100;

	/** An asset type, e.g. {@code laptop}. */
	public static final int ASSET_TYPE = 60;

	/** The key of a role profile, department or application. */
	public static final int KEY = 100;

	/** A user principal name (an e-mail address). */
	public static final int UPN = 320;

	/** A person's name, or a role as someone types it. */
	public static final int NAME = 200;

	/**
	 * What a name may be made of: no {@code <} or {@code >}, since names are shown on
	 * cards and pages. For {@code @Pattern} and {@code String.matches}.
	 */
	public static final String NAME_PATTERN = "[^<>]*";

	/** Why a name that does not match {@link #NAME_PATTERN} is refused. */
	public static final String NAME_PATTERN_REFUSAL = "must not contain < or >";

	/**
	 * An id Teams gives out: a conversation (a channel thread id with its message id is
	 * the longest), a user's or a team's.
	 */
	public static final int TEAMS_ID = 512;

	/** An Idempotency-Key header. */
	public static final int IDEMPOTENCY_KEY = 200;

	/** The most results one search answers. */
	public static final int MAX_RESULTS = 500;

	/**
	 * A page cursor: a day, an employee id, an asset type and a tag as UTF-8 (up to about
	 * 800 bytes), base64-encoded.
	 */
	public static final int CURSOR = 1100;

	private Limits() {
	}

}

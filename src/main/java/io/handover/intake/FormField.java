package io.handover.intake;

/**
 * The questions of an announcement form, whatever the channel shows them as: a Teams form
 * card names its inputs per kind (start date, last working day), an e-mail asks them in
 * words.
 */
public enum FormField {

	/** Who: a joiner's name, or the name or e-mail address of a leaver or mover. */
	EMPLOYEE_NAME,
	/** A joiner's role, a mover's new role. */
	ROLE,
	/** A mover's current role. */
	CURRENT_ROLE,
	/** Start date, last working day or the date of the role change. */
	DATE, WORK_LOCATION, SHIPPING_ADDRESS, DEVICE_RETRIEVAL,
	/** Who gets a leaver's mailbox and files. */
	DELEGATE, MANAGER

}

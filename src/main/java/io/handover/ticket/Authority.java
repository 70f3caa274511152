package io.handover.ticket;

/**
 * On whose authority a ticket runs: who opened it, or confirmed the request that opened
 * it. A leaver runbook on any other authority needs a second person's approval, and an
 * access pass is only created for a ticket of HR or the manager of record.
 */
public enum Authority {

	/** HR staff, or an HR system. */
	HR,

	/** The person's manager of record (from the directory, HR or the register). */
	MANAGER_OF_RECORD,

	/** An Administrator who is neither HR nor the manager of record. */
	ADMIN,

	/** Anyone else (a ticket opened before authority was recorded, a staff member). */
	NONE;

	/**
	 * HR or the manager of record: the people who decide that someone starts or leaves.
	 */
	public boolean isHrOrManagerOfRecord() {
		return this == HR || this == MANAGER_OF_RECORD;
	}

}

package io.handover.guard;

import java.util.List;

/**
 * The physical access system, read only: the badges issued to a person.
 */
interface PassSystem {

	/**
	 * The badges of the person, active or not.
	 * @throws Unobservable when the pass system cannot be asked or refuses
	 */
	List<Badge> badgesOf(String upn, String employeeId);

	/**
	 * A badge.
	 *
	 * @param id the pass system's id (or the number printed on it)
	 * @param status e.g. {@code active}, {@code deactivated}, {@code blocked}
	 */
	record Badge(String id, String status) {

		boolean active() {
			return this.status == null || "active".equalsIgnoreCase(this.status)
					|| "enabled".equalsIgnoreCase(this.status);
		}

	}

	/** The pass system could not be observed; the message says why. */
	class Unobservable extends RuntimeException {

		Unobservable(String message) {
			super(message);
		}

	}

}

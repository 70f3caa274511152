package io.handover.employee;

import java.time.LocalDate;

/**
 * Told around every write of an employee's last working day, so that a module can keep
 * its own index of leavers complete without transactions: {@link #beforeChange} runs
 * before the write (an index adds the person there, so a crash after the write leaves no
 * leaver out), and the {@link Written} it answers after it, whether it succeeded or not
 * (an index may note the new day there, or drop the person if they no longer belong in
 * it).
 */
public interface LeavingDates {

	/** Before the last working day of this employee is set, moved or cleared. */
	Written beforeChange(String employeeId);

	/** How the write announced to {@link #beforeChange} went. */
	@FunctionalInterface
	interface Written {

		/**
		 * After that write, also when it failed.
		 * @param day the last working day written (null: cleared)
		 * @param written whether the store took it (false: failed, or changed underneath)
		 */
		void afterChange(LocalDate day, boolean written);

	}

}

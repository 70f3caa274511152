package io.handover.employee;

/**
 * Told around every write of an employee's last working day, so that a module can keep
 * its own index of leavers complete without transactions: {@link #beforeChange} runs
 * before the write (an index adds the person there, so a crash after the write leaves no
 * leaver out), {@link #afterChange} after it, whether it succeeded or not (an index may
 * drop the person there if they no longer belong in it).
 */
public interface LeavingDates {

	/** Before the last working day of this employee is set, moved or cleared. */
	void beforeChange(String employeeId);

	/** After that write, also when it failed. */
	void afterChange(String employeeId);

}

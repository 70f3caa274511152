package io.handover.asset;

import java.time.LocalDate;

/**
 * An asset still on the name of someone whose last working day has passed.
 *
 * @param employeeId the leaver
 * @param employeeName their name
 * @param upn their UPN, when known
 * @param lastWorkingDay their last working day
 * @param holding what they still hold
 */
public record Outstanding(String employeeId, String employeeName, String upn, LocalDate lastWorkingDay,
		Holding holding) {

}

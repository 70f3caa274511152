package io.handover.ticket;

import java.time.LocalDate;
import java.util.List;

/**
 * An active ticket as the overview shows it: who, what kind, which day, and the tasks the
 * reader may see on it.
 *
 * @param whole the reader sees the whole ticket (HR, an Administrator, the manager of
 * record, the requester); otherwise only the tasks of their own departments
 */
public record TicketDigest(String key, TicketKind kind, TicketState state, String employeeId, String employeeName,
		String managerName, LocalDate date, boolean lateNotice, boolean whole, List<TaskDigest> tasks) {

}

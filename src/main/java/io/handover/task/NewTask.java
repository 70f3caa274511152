package io.handover.task;

/**
 * A task to add to an open ticket.
 *
 * @param kind the kind key, e.g. {@code it.directory.disable}
 * @param department the department that does it (or answers for it)
 * @param title what to do, as shown on the task card
 * @param notes more detail, or null
 * @param subject the group, application or device it is about, or null
 */
public record NewTask(String kind, String department, String title, String notes, String subject) {

}

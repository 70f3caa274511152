package io.handover.ticket;

/** The person a ticket is for, as the employee directory knows them. */
public record EmployeeRef(String id, String name, String upn, String entraObjectId, String hrEmployeeId) {

}

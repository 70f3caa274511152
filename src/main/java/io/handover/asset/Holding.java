package io.handover.asset;

/**
 * An asset on an employee's name through one assignment.
 *
 * @param assignmentId the assignment, used to return, receive or report it lost
 * @param assetId the asset
 * @param tag the asset tag, e.g. {@code AST-000042}
 * @param type e.g. {@code laptop}, {@code phone}, {@code access-pass}
 * @param model e.g. {@code laptop-standard}
 * @param serialNumber unique per type
 * @param state where the assignment stands
 */
public record Holding(String assignmentId, String assetId, String tag, String type, String model, String serialNumber,
		AssignmentState state) {

}

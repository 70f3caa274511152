package io.handover.identity;

/**
 * Something an application still grants a user.
 *
 * @param id the assignment's or grant's id
 * @param kind {@code appRoleAssignment} or {@code oauth2PermissionGrant}
 * @param shown how people recognise it, e.g. the application's name and the scopes
 */
public record ApplicationGrant(String id, String kind, String shown) {

}

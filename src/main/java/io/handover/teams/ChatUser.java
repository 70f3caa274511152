package io.handover.teams;

/**
 * A person as Teams identifies them.
 *
 * @param id the Teams user id ({@code 29:...})
 * @param aadObjectId the Entra ID object id, the id Handover trusts for signatures
 * @param name display name
 * @param tenantId the Entra tenant
 */
record ChatUser(String id, String aadObjectId, String name, String tenantId) {
}

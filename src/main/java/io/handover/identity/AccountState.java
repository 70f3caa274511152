package io.handover.identity;

import java.time.Instant;

/**
 * An account as the directory has it now.
 *
 * @param id the object id
 * @param userPrincipalName the sign-in name
 * @param enabled whether it can sign in
 * @param sessionsValidFrom tokens issued before this are no longer accepted (Graph
 * {@code signInSessionsValidFromDateTime}, moved on by revoking the sessions); null when
 * the directory does not say
 */
public record AccountState(String id, String userPrincipalName, boolean enabled, Instant sessionsValidFrom) {

}

package io.handover.identity;

/**
 * An account in the central directory.
 *
 * @param id the directory's object id
 * @param userPrincipalName the sign-in name, e.g. {@code anna.devries@example.com}
 * @param displayName the name shown to people
 * @param enabled whether the account may sign in
 */
public record DirectoryAccount(String id, String userPrincipalName, String displayName, boolean enabled) {

}

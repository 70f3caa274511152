package io.handover.identity;

/**
 * An account to create for a joiner.
 *
 * @param displayName full name
 * @param givenName first name, or null
 * @param surname last name, or null
 * @param userPrincipalName the sign-in name, following the organisation's convention
 * @param mailNickname the mail alias (the part of the UPN before the @)
 * @param usageLocation two-letter country code, needed before licences can be assigned
 * @param jobTitle the role's title, or null
 */
public record NewAccount(String displayName, String givenName, String surname, String userPrincipalName,
		String mailNickname, String usageLocation, String jobTitle) {

}

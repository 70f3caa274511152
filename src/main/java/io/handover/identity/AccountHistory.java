package io.handover.identity;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * What the directory knows of an existing account's past and power: what IT is shown
 * before a joiner ticket may take it over, and what decides whether it may at all.
 *
 * @param account the account
 * @param createdAt when it was created (null when the directory does not say)
 * @param lastSignInAt its last interactive sign-in (null: never, or not reported)
 * @param groups display names of the groups it is a direct member of
 * @param adminRoles display names of the directory (admin) roles it holds, directly or
 * through a group
 */
public record AccountHistory(DirectoryAccount account, Instant createdAt, Instant lastSignInAt, List<String> groups,
		List<String> adminRoles) {

	public AccountHistory {
		groups = groups != null ? List.copyOf(groups) : List.of();
		adminRoles = adminRoles != null ? List.copyOf(adminRoles) : List.of();
	}

	/**
	 * Whether it is enabled and was signed into within {@code recent} before {@code now}.
	 */
	public boolean inUse(Instant now, Duration recent) {
		return this.account.enabled() && this.lastSignInAt != null && this.lastSignInAt.isAfter(now.minus(recent));
	}

	public boolean holdsAdminRole() {
		return !this.adminRoles.isEmpty();
	}

}

package io.handover.runbook;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import io.handover.identity.AccountHistory;

/**
 * An account that already has the sign-in name planned for a joiner, as IT is shown it
 * before confirming that it is the joiner's own. A joiner ticket never takes over an
 * account that is enabled and was signed into within {@link #RECENT}, or that holds a
 * directory (admin) role: {@code refusal} then says why, and IT must resolve it outside
 * Handover (e.g. with another sign-in name).
 *
 * @param id the account's object id
 * @param upn its sign-in name
 * @param createdAt when it was created
 * @param lastSignInAt its last sign-in (null: never)
 * @param enabled whether it may sign in
 * @param groups its groups
 * @param adminRoles its directory roles
 * @param refusal why it is never linked by a joiner ticket, or null
 */
public record ExistingAccount(String id, String upn, Instant createdAt, Instant lastSignInAt, boolean enabled,
		List<String> groups, List<String> adminRoles, String refusal) {

	/** An account used this recently is somebody's working account. */
	static final Duration RECENT = Duration.ofDays(30);

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

	public ExistingAccount {
		groups = groups != null ? List.copyOf(groups) : List.of();
		adminRoles = adminRoles != null ? List.copyOf(adminRoles) : List.of();
	}

	static ExistingAccount of(AccountHistory history, Instant now, ZoneId zone) {
		String refusal = null;
		if (history.holdsAdminRole()) {
			refusal = "it holds the admin role " + String.join(", ", history.adminRoles());
		}
		else if (history.inUse(now, RECENT)) {
			refusal = "it is enabled and was signed into on " + DAY.format(history.lastSignInAt().atZone(zone))
					+ ", within the last " + RECENT.toDays() + " days";
		}
		return new ExistingAccount(history.account().id(), history.account().userPrincipalName(), history.createdAt(),
				history.lastSignInAt(), history.account().enabled(), history.groups(), history.adminRoles(), refusal);
	}

	boolean linkable() {
		return this.refusal == null;
	}

}

package io.handover.identity;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The central directory (accounts, groups, licences), the managed devices and the
 * mailboxes of the organisation. Every change answers a {@link DirectoryOutcome} that
 * says whether it was done now, was already so, or was only recorded (dry run), with the
 * requests it involved; a change the directory refuses throws {@link DirectoryFailure}
 * with the directory's own words. Reads never change anything.
 */
public interface Directory {

	/**
	 * Whether this directory only records what it would do: reads then answer with what
	 * Handover itself knows, and no change reaches the organisation.
	 */
	boolean isDryRun();

	/**
	 * The organisation's verified domains (Graph {@code GET /organization}), in lower
	 * case; empty when this directory cannot tell (dry run).
	 */
	default List<String> verifiedDomains() {
		return List.of();
	}

	/** The account with this user principal name or object id. */
	Optional<DirectoryAccount> findAccount(String upnOrId);

	/**
	 * When the account was created and last signed into, its groups and its directory
	 * (admin) roles: shown to IT before an existing account is linked to a joiner.
	 */
	AccountHistory historyOf(DirectoryAccount account);

	/**
	 * Creates an account that must set a new password (or use a pass) on first sign-in.
	 */
	DirectoryOutcome createAccount(NewAccount account);

	DirectoryOutcome enableAccount(DirectoryAccount account);

	/** Blocks sign-in; already-disabled accounts are reported as such, not touched. */
	DirectoryOutcome disableAccount(DirectoryAccount account);

	/** Invalidates refresh tokens and session cookies, so devices must sign in again. */
	DirectoryOutcome revokeSessions(DirectoryAccount account);

	/** The groups the account is a direct member of, with their membership type. */
	List<DirectoryGroup> groupsOf(DirectoryAccount account);

	/** A group by display name (or object id). */
	Optional<DirectoryGroup> findGroup(String nameOrId);

	/**
	 * Whether the user is a member of the group, directly or through nested groups (who
	 * counts as a department's staff). A dry run knows no memberships: never a member.
	 * @param userObjectId the user's Entra object id
	 * @param groupObjectId the group's Entra object id
	 */
	boolean isMemberOfGroup(String userObjectId, String groupObjectId);

	/**
	 * The user's manager in the directory (Graph {@code GET /users/{id}/manager}): one of
	 * the sources of a person's manager of record. Empty when the user has no manager or
	 * is unknown; a dry run knows no managers.
	 * @param userUpnOrId the user's UPN or Entra object id
	 */
	Optional<DirectoryAccount> managerOf(String userUpnOrId);

	/**
	 * Whether the user has at least one direct report in the directory (Graph {@code GET
	 * /users/{id}/directReports}, one is enough): whether they manage people. A dry run
	 * knows no reports: never.
	 * @param userUpnOrId the user's UPN or Entra object id
	 */
	boolean hasDirectReports(String userUpnOrId);

	/** Adds the account to each group; one outcome per group, in the same order. */
	List<DirectoryOutcome> addToGroups(DirectoryAccount account, List<DirectoryGroup> groups);

	/**
	 * Removes the account from each group (never the account itself); one outcome per
	 * group, in the same order.
	 */
	List<DirectoryOutcome> removeFromGroups(DirectoryAccount account, List<DirectoryGroup> groups);

	/** The licences assigned to the account. */
	List<Licence> licencesOf(DirectoryAccount account);

	/** The organisation's subscribed licences with these part numbers (e.g. SPE_E3). */
	List<Licence> findLicences(List<String> partNumbers);

	/** Adds and removes licences in one change. */
	DirectoryOutcome changeLicences(DirectoryAccount account, List<Licence> add, List<Licence> remove);

	/**
	 * A single-use Temporary Access Pass, usable from {@code startsAt} for
	 * {@code lifetime}. The pass itself is in the answer only: never log or store it.
	 */
	TemporaryAccessPass createTemporaryAccessPass(DirectoryAccount account, Instant startsAt, Duration lifetime);

	/** The devices managed (enrolled) for the account. */
	List<ManagedDevice> devicesOf(DirectoryAccount account);

	/** Factory-resets a managed device. Already wiped or pending: reported, not sent. */
	DirectoryOutcome wipe(ManagedDevice device);

	/**
	 * Removes company data and management from a device, leaving personal data. Already
	 * retired or pending: reported, not sent.
	 */
	DirectoryOutcome retire(ManagedDevice device);

	/**
	 * Registers a laptop for Windows Autopilot, assigned to its user, so it sets itself
	 * up on first boot. A serial number already registered is reported, not imported
	 * again.
	 */
	DirectoryOutcome registerAutopilotDevice(AutopilotDevice device);

	/** Turns on automatic replies, inside and outside the organisation. */
	DirectoryOutcome setAutomaticReplies(DirectoryAccount account, String message);

	/** Gives the delegate edit access to the account's files (OneDrive). */
	DirectoryOutcome grantFileAccess(DirectoryAccount account, String delegateUpn);

}

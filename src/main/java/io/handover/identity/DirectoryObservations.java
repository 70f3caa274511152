package io.handover.identity;

import java.util.List;
import java.util.Optional;

/**
 * What the directory says about a person now, read only: what the offboarding guard
 * compares with what must be true after a leaver's last day. Nothing here changes
 * anything. A read the directory refuses (a permission not granted, 403) or that cannot
 * be made at all (no Graph settings) throws {@link DirectoryFailure}: the guard reports
 * that area as not observable, never as fine.
 */
public interface DirectoryObservations {

	/**
	 * The account with this user principal name or object id; empty when there is none.
	 */
	Optional<AccountState> account(String upnOrId);

	/** The groups the user is a direct member of, static and dynamic. */
	List<DirectoryGroup> groupsOf(String userId);

	/**
	 * The licences assigned to the user directly; a licence inherited from a group
	 * ({@code licenseAssignmentStates.assignedByGroup}) goes with the membership.
	 */
	List<Licence> directLicencesOf(String userId);

	/** The devices managed (enrolled) for the user. */
	List<ManagedDevice> devicesOf(String userId);

	/** The user's Temporary Access Passes, usable or not. */
	List<AccessPassState> accessPassesOf(String userId);

	/** The mailbox's automatic replies and the inbox rules that forward mail. */
	MailboxState mailboxOf(String userId);

	/**
	 * What applications still grant the user: app role assignments and delegated (OAuth2)
	 * permission grants.
	 */
	List<ApplicationGrant> applicationGrantsOf(String userId);

	/** The organisation's verified domains, lower case: mail to others is external. */
	List<String> verifiedDomains();

}

package io.handover.identity;

import java.util.List;
import java.util.Optional;

/**
 * The observations of local mode or of a directory without Graph: every read fails with
 * the reason, so the guard shows "not observable" rather than a clean bill.
 */
final class UnobservableDirectory implements DirectoryObservations {

	private final String why;

	UnobservableDirectory(String why) {
		this.why = why;
	}

	private DirectoryFailure unobservable() {
		return new DirectoryFailure(0, "notObservable", this.why);
	}

	@Override
	public Optional<AccountState> account(String upnOrId) {
		throw unobservable();
	}

	@Override
	public List<DirectoryGroup> groupsOf(String userId) {
		throw unobservable();
	}

	@Override
	public List<Licence> directLicencesOf(String userId) {
		throw unobservable();
	}

	@Override
	public List<ManagedDevice> devicesOf(String userId) {
		throw unobservable();
	}

	@Override
	public List<AccessPassState> accessPassesOf(String userId) {
		throw unobservable();
	}

	@Override
	public MailboxState mailboxOf(String userId) {
		throw unobservable();
	}

	@Override
	public List<ApplicationGrant> applicationGrantsOf(String userId) {
		throw unobservable();
	}

	@Override
	public List<String> verifiedDomains() {
		return List.of();
	}

}

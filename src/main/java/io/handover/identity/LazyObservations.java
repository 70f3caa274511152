package io.handover.identity;

import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/** Observations made through a directory that is built when first needed. */
final class LazyObservations implements DirectoryObservations {

	private final Supplier<DirectoryObservations> target;

	LazyObservations(Supplier<DirectoryObservations> target) {
		this.target = target;
	}

	@Override
	public Optional<AccountState> account(String upnOrId) {
		return this.target.get().account(upnOrId);
	}

	@Override
	public List<DirectoryGroup> groupsOf(String userId) {
		return this.target.get().groupsOf(userId);
	}

	@Override
	public List<Licence> directLicencesOf(String userId) {
		return this.target.get().directLicencesOf(userId);
	}

	@Override
	public List<ManagedDevice> devicesOf(String userId) {
		return this.target.get().devicesOf(userId);
	}

	@Override
	public List<AccessPassState> accessPassesOf(String userId) {
		return this.target.get().accessPassesOf(userId);
	}

	@Override
	public MailboxState mailboxOf(String userId) {
		return this.target.get().mailboxOf(userId);
	}

	@Override
	public List<ApplicationGrant> applicationGrantsOf(String userId) {
		return this.target.get().applicationGrantsOf(userId);
	}

	@Override
	public List<String> verifiedDomains() {
		return this.target.get().verifiedDomains();
	}

}

package io.handover.identity;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Graph directory, built when first needed rather than during start-up: building it
 * (the Graph SDK, Azure Identity, MSAL, OkHttp) cost 3–4 s of CPU before the service
 * could answer (bench/RESULTS.md, "Start-up"), and no chat turn needs it. Right after
 * start-up {@link #prepare()} builds it in the background, so the first runbook rarely
 * waits for it and a configuration mistake is logged minutes, not days, after a deploy.
 */
final class DirectoryOnFirstUse implements Directory {

	private static final Logger log = LoggerFactory.getLogger(DirectoryOnFirstUse.class);

	private final Supplier<? extends Directory> factory;

	private volatile Directory directory;

	DirectoryOnFirstUse(Supplier<? extends Directory> factory) {
		this.factory = factory;
	}

	/** Builds the directory now unless it is built already; failures are logged. */
	void prepare() {
		try {
			directory();
		}
		catch (RuntimeException ex) {
			log.error("The Graph directory cannot be built; runbooks will fail until the settings are fixed", ex);
		}
	}

	private Directory directory() {
		Directory built = this.directory;
		if (built == null) {
			synchronized (this) {
				built = this.directory;
				if (built == null) {
					built = this.factory.get();
					this.directory = built;
				}
			}
		}
		return built;
	}

	/**
	 * Channel read-backs through the directory's Graph client, built on first use like it
	 * (not a {@link ChannelHistory} itself, so the directory bean is not a second
	 * candidate where one is injected).
	 */
	ChannelHistory channelHistory() {
		return (teamId, channelId, since) -> {
			if (directory() instanceof ChannelHistory history) {
				return history.postedSince(teamId, channelId, since);
			}
			throw new DirectoryFailure(0, null, "This directory cannot read a channel back");
		};
	}

	/**
	 * The guard's observations through the directory's Graph client, built on first use
	 * like it.
	 */
	DirectoryObservations observations() {
		return new LazyObservations(() -> {
			if (directory() instanceof GraphDirectory graph) {
				return graph.observations();
			}
			throw new DirectoryFailure(0, "notObservable", "This directory cannot be observed");
		});
	}

	@Override
	public boolean isDryRun() {
		return false;
	}

	@Override
	public List<String> verifiedDomains() {
		return directory().verifiedDomains();
	}

	@Override
	public Optional<DirectoryAccount> findAccount(String upnOrId) {
		return directory().findAccount(upnOrId);
	}

	@Override
	public AccountHistory historyOf(DirectoryAccount account) {
		return directory().historyOf(account);
	}

	@Override
	public DirectoryOutcome createAccount(NewAccount account) {
		return directory().createAccount(account);
	}

	@Override
	public DirectoryOutcome enableAccount(DirectoryAccount account) {
		return directory().enableAccount(account);
	}

	@Override
	public DirectoryOutcome disableAccount(DirectoryAccount account) {
		return directory().disableAccount(account);
	}

	@Override
	public DirectoryOutcome revokeSessions(DirectoryAccount account) {
		return directory().revokeSessions(account);
	}

	@Override
	public List<DirectoryGroup> groupsOf(DirectoryAccount account) {
		return directory().groupsOf(account);
	}

	@Override
	public Optional<DirectoryGroup> findGroup(String nameOrId) {
		return directory().findGroup(nameOrId);
	}

	@Override
	public boolean isMemberOfGroup(String userObjectId, String groupObjectId) {
		return directory().isMemberOfGroup(userObjectId, groupObjectId);
	}

	@Override
	public Optional<DirectoryAccount> managerOf(String userUpnOrId) {
		return directory().managerOf(userUpnOrId);
	}

	@Override
	public boolean hasDirectReports(String userUpnOrId) {
		return directory().hasDirectReports(userUpnOrId);
	}

	@Override
	public List<DirectoryOutcome> addToGroups(DirectoryAccount account, List<DirectoryGroup> groups) {
		return directory().addToGroups(account, groups);
	}

	@Override
	public List<DirectoryOutcome> removeFromGroups(DirectoryAccount account, List<DirectoryGroup> groups) {
		return directory().removeFromGroups(account, groups);
	}

	@Override
	public List<Licence> licencesOf(DirectoryAccount account) {
		return directory().licencesOf(account);
	}

	@Override
	public List<Licence> findLicences(List<String> partNumbers) {
		return directory().findLicences(partNumbers);
	}

	@Override
	public DirectoryOutcome changeLicences(DirectoryAccount account, List<Licence> add, List<Licence> remove) {
		return directory().changeLicences(account, add, remove);
	}

	@Override
	public TemporaryAccessPass createTemporaryAccessPass(DirectoryAccount account, Instant startsAt,
			Duration lifetime) {
		return directory().createTemporaryAccessPass(account, startsAt, lifetime);
	}

	@Override
	public List<ManagedDevice> devicesOf(DirectoryAccount account) {
		return directory().devicesOf(account);
	}

	@Override
	public DirectoryOutcome wipe(ManagedDevice device) {
		return directory().wipe(device);
	}

	@Override
	public DirectoryOutcome retire(ManagedDevice device) {
		return directory().retire(device);
	}

	@Override
	public DirectoryOutcome registerAutopilotDevice(AutopilotDevice device) {
		return directory().registerAutopilotDevice(device);
	}

	@Override
	public DirectoryOutcome setAutomaticReplies(DirectoryAccount account, String message) {
		return directory().setAutomaticReplies(account, message);
	}

	@Override
	public DirectoryOutcome grantFileAccess(DirectoryAccount account, String delegateUpn) {
		return directory().grantFileAccess(account, delegateUpn);
	}

}

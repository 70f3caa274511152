package io.handover.guard;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Supplier;

import io.handover.apps.ApplicationRegister;
import io.handover.asset.AssetHolder;
import io.handover.asset.AssetRegister;
import io.handover.asset.AssignmentState;
import io.handover.asset.Holding;
import io.handover.identity.AccessPassState;
import io.handover.identity.AccountState;
import io.handover.identity.ApplicationGrant;
import io.handover.identity.DirectoryFailure;
import io.handover.identity.DirectoryGroup;
import io.handover.identity.DirectoryObservations;
import io.handover.identity.Licence;
import io.handover.identity.MailboxState;
import io.handover.identity.ManagedDevice;
import io.handover.profile.ProfileManagement;
import io.handover.profile.RoleProfile;
import io.handover.task.TaskStatus;
import io.handover.ticket.TaskView;
import io.handover.ticket.TicketView;
import org.slf4j.MDC;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * Looks at everything that must be off a leaver's name after the last day, through
 * read-only ports only. Each area is read on its own: one refused read makes that area
 * not observable and the others are still looked at. The areas are read at the same time
 * (the guard's read pool, {@code handover.guard.read-parallelism}) and judged one after
 * another, so a look costs about its slowest read, not the sum of a dozen.
 */
@Component
class LeaverObserver {

	static final String APPLICATION_TASK = "it.application.revoke";

	private final DirectoryObservations directory;

	private final AssetRegister assets;

	private final ApplicationRegister applications;

	private final ProfileManagement profiles;

	private final PassSystem passes;

	/** The guard's read pool: a leaver's areas are read at the same time. */
	private final GuardReads reads;

	LeaverObserver(DirectoryObservations directory, AssetRegister assets, ApplicationRegister applications,
			ProfileManagement profiles, PassSystem passes, GuardReads reads) {
		this.reads = reads;
		this.directory = directory;
		this.assets = assets;
		this.applications = applications;
		this.profiles = profiles;
		this.passes = passes;
	}

	/**
	 * @param lastDayStarts the start of the last working day: sessions must be valid only
	 * from then on
	 */
	Observation observe(TicketView ticket, Instant lastDayStarts) {
		Observation seen = new Observation();
		String name = ticket.employee().name();
		// the pass system is asked while the directory is read
		Read<List<PassSystem.Badge>> badges = submit(
				() -> this.passes.badgesOf(ticket.employee().upn(), ticket.employee().id()));
		observeDirectory(ticket, name, lastDayStarts, seen);
		observeRegister(ticket, name, seen);
		observeApplications(ticket, name, seen);
		observeBadges(name, badges, seen);
		return seen;
	}

	private void observeDirectory(TicketView ticket, String name, Instant lastDayStarts, Observation seen) {
		String who = StringUtils.hasText(ticket.employee().entraObjectId()) ? ticket.employee().entraObjectId()
				: ticket.employee().upn();
		List<Area> directoryAreas = List.of(Area.ACCOUNT, Area.SESSIONS, Area.GROUPS, Area.LICENCES, Area.DEVICES,
				Area.ACCESS_PASSES, Area.MAILBOX, Area.APPLICATION_GRANTS);
		if (!StringUtils.hasText(who)) {
			directoryAreas.forEach(area -> seen.unobservable(area,
					"The ticket names no directory account (no e-mail address or object id)"));
			return;
		}
		Optional<AccountState> found;
		try {
			found = this.directory.account(who);
		}
		catch (DirectoryFailure failure) {
			directoryAreas.forEach(area -> seen.failed(area, failure));
			return;
		}
		if (found.isEmpty()) {
			seen.clean(Area.ACCOUNT, "The directory has no account " + who + " (deleted)");
			return;
		}
		AccountState account = found.get();
		String user = account.id();
		String upn = account.userPrincipalName() != null ? account.userPrincipalName() : who;
		if (account.enabled()) {
			seen.residue(new Residue(Area.ACCOUNT, "guard.account.enabled", user, "IT",
					"Disable the account " + upn + ": it is still enabled", "accountEnabled is true", upn,
					List.of("it.directory.disable"), null));
		}
		else {
			seen.clean(Area.ACCOUNT, "Account " + upn + " disabled");
		}
		if (account.sessionsValidFrom() == null || account.sessionsValidFrom().isBefore(lastDayStarts)) {
			String since = account.sessionsValidFrom() != null ? account.sessionsValidFrom().toString() : "unknown";
			seen.residue(new Residue(Area.SESSIONS, "guard.sessions.valid", user, "IT",
					"Revoke " + name + "'s sign-in sessions: tokens issued since " + since + " still work",
					"signInSessionsValidFromDateTime " + since + " is before the last day", upn,
					List.of("it.directory.sessions.revoke"), null));
		}
		else {
			seen.clean(Area.SESSIONS, "Sign-in sessions revoked (valid only from " + account.sessionsValidFrom() + ")");
		}
		// the areas' reads go out together (bounded by the guard's read pool; each read
		// keeps the SDK's own retries on 429/503 with Retry-After), then are judged one
		// after another in the same order as before: the same findings, in a fraction of
		// the time
		Read<List<DirectoryGroup>> groupsRead = submit(() -> this.directory.groupsOf(user));
		Read<List<Licence>> licencesRead = submit(() -> this.directory.directLicencesOf(user));
		Read<List<ManagedDevice>> devicesRead = submit(() -> this.directory.devicesOf(user));
		Read<List<AccessPassState>> passesRead = submit(() -> this.directory.accessPassesOf(user));
		Read<MailboxState> mailboxRead = submit(() -> this.directory.mailboxOf(user));
		Read<List<String>> domainsRead = submit(this.directory::verifiedDomains);
		Read<List<ApplicationGrant>> grantsRead = submit(() -> this.directory.applicationGrantsOf(user));
		read(seen, Area.GROUPS, groupsRead, groups -> {
			List<DirectoryGroup> fixed = groups.stream().filter(g -> !g.dynamic()).toList();
			for (DirectoryGroup group : fixed) {
				seen.residue(new Residue(Area.GROUPS, "guard.group.member", group.id(), "IT",
						"Remove " + name + " from group " + group.name(),
						"member of " + group.name() + " (" + group.id() + ")", group.name(),
						List.of("it.directory.groups.remove"), null));
			}
			if (fixed.isEmpty()) {
				seen.clean(Area.GROUPS, "No static group memberships");
			}
		});
		read(seen, Area.LICENCES, licencesRead, licences -> {
			for (Licence licence : licences) {
				seen.residue(new Residue(Area.LICENCES, "guard.licence.assigned", licence.skuId(), "IT",
						"Remove licence " + licence.shown() + " from " + name,
						"licence " + licence.shown() + " assigned directly", licence.shown(),
						List.of("it.directory.licences.remove"), null));
			}
			if (licences.isEmpty()) {
				seen.clean(Area.LICENCES, "No directly assigned licences");
			}
		});
		read(seen, Area.DEVICES, devicesRead, devices -> {
			int left = 0;
			for (ManagedDevice device : devices) {
				if (device.isBeingRemoved() || returnedToRegister(ticket, device)) {
					continue;
				}
				left++;
				seen.residue(new Residue(Area.DEVICES, "guard.device.managed", device.id(), "IT",
						(device.companyOwned() ? "Wipe or collect " : "Retire ") + device.shown()
								+ ": still managed for " + name,
						device.shown() + " state " + device.state(), device.shown(),
						List.of("it.device.wipe.remote", "it.device.retire"), null));
			}
			if (left == 0) {
				seen.clean(Area.DEVICES, devices.isEmpty() ? "No managed devices"
						: devices.size() + " device(s) wiped, retired or returned");
			}
		});
		read(seen, Area.ACCESS_PASSES, passesRead, passes -> {
			List<AccessPassState> usable = passes.stream().filter(AccessPassState::usable).toList();
			for (AccessPassState pass : usable) {
				seen.residue(new Residue(Area.ACCESS_PASSES, "guard.access-pass.usable", pass.id(), "IT",
						"Delete " + name + "'s Temporary Access Pass"
								+ (pass.endsAt() != null ? " (usable until " + pass.endsAt() + ")" : ""),
						"Temporary Access Pass " + pass.id() + " " + pass.usability(), pass.id(), List.of(), null));
			}
			if (usable.isEmpty()) {
				seen.clean(Area.ACCESS_PASSES, "No usable Temporary Access Pass");
			}
		});
		read(seen, Area.MAILBOX, mailboxRead, mailbox -> {
			List<String> domains;
			try {
				domains = domainsRead.get();
			}
			catch (DirectoryFailure failure) {
				// which forwards leave the organisation cannot be told: not seen
				seen.failed(Area.MAILBOX, failure);
				return;
			}
			int issues = 0;
			for (MailboxState.Forward forward : mailbox.forwards()) {
				if (!external(forward.address(), domains)) {
					continue;
				}
				issues++;
				seen.residue(new Residue(Area.MAILBOX, "guard.mail.forward", forward.ruleId() + ":" + forward.address(),
						"IT",
						"Remove the inbox rule " + (forward.ruleName() != null ? "'" + forward.ruleName() + "' " : "")
								+ "that forwards " + name + "'s mail to " + forward.address(),
						"inbox rule forwards to " + forward.address(), forward.address(), List.of(), null));
			}
			if (!mailbox.automaticRepliesOn()) {
				issues++;
				seen.residue(new Residue(Area.MAILBOX, "guard.mail.auto-reply", user, "IT",
						"Turn on automatic replies for " + name, "automatic replies " + mailbox.automaticReplies(), upn,
						List.of("it.mailbox.auto-reply"), null));
			}
			if (issues == 0) {
				seen.clean(Area.MAILBOX, "Automatic replies on; no mail forwarded outside the organisation");
			}
		});
		read(seen, Area.APPLICATION_GRANTS, grantsRead, grants -> {
			for (ApplicationGrant grant : grants) {
				seen.residue(new Residue(Area.APPLICATION_GRANTS, "guard.application.grant", grant.id(), "IT",
						"Remove " + name + "'s "
								+ ("appRoleAssignment".equals(grant.kind()) ? "app role assignment"
										: "delegated permission grant")
								+ " for " + grant.shown(),
						grant.kind() + " " + grant.id(), grant.shown(), List.of(), null));
			}
			if (grants.isEmpty()) {
				seen.clean(Area.APPLICATION_GRANTS, "No app role assignments or permission grants");
			}
		});
	}

	private boolean returnedToRegister(TicketView ticket, ManagedDevice device) {
		if (!StringUtils.hasText(device.serialNumber())) {
			return false;
		}
		try {
			Optional<AssetHolder> holder = this.assets.holderOf(device.serialNumber());
			return holder.isPresent() && !ticket.employee().id().equals(holder.get().employeeId());
		}
		catch (RuntimeException ambiguous) {
			return false;
		}
	}

	private static boolean external(String address, List<String> domains) {
		int at = address.lastIndexOf('@');
		if (at < 0) {
			return true;
		}
		String domain = address.substring(at + 1).toLowerCase(Locale.ROOT);
		// without the organisation's domains, every forward counts: better asked than
		// missed
		return domains.isEmpty() || !domains.contains(domain);
	}

	private void observeRegister(TicketView ticket, String name, Observation seen) {
		List<Holding> holdings;
		try {
			holdings = this.assets.holdingsOf(ticket.employee().id());
		}
		catch (RuntimeException failed) {
			seen.unobservable(Area.REGISTER, "The asset register could not be read: " + failed.getMessage());
			return;
		}
		int left = 0;
		for (Holding holding : holdings) {
			if (holding.state() != AssignmentState.ISSUED && holding.state() != AssignmentState.RETURN_PENDING) {
				continue;
			}
			left++;
			String shown = holding.type() + " " + (holding.tag() != null ? holding.tag() : "")
					+ (holding.serialNumber() != null ? " (" + holding.serialNumber() + ")" : "");
			seen.residue(new Residue(Area.REGISTER, "guard.asset.assigned", holding.assignmentId(),
					departmentOf(ticket, holding),
					"Collect " + shown.strip() + " from " + name + ": still on their name in the register",
					shown.strip() + " " + holding.state().name().toLowerCase(Locale.ROOT).replace('_', ' '),
					shown.strip(), List.of(), holding.assignmentId()));
		}
		if (left == 0) {
			seen.clean(Area.REGISTER, "Nothing on their name in the register");
		}
	}

	/**
	 * The department of the task that collects it, else FM for keys and passes, else IT.
	 */
	private static String departmentOf(TicketView ticket, Holding holding) {
		return ticket.tasks()
			.stream()
			.filter(t -> t.asset() != null && holding.assignmentId().equals(t.asset().assignmentId()))
			.map(TaskView::department)
			.findFirst()
			.orElseGet(() -> {
				String type = holding.type().toLowerCase(Locale.ROOT);
				return type.contains("pass") || type.contains("key") || type.contains("badge") ? "FM" : "IT";
			});
	}

	/**
	 * Each standalone application of the role profile needs its owner's confirmation: a
	 * deactivation task completed (or decided not needed) by a person.
	 */
	private void observeApplications(TicketView ticket, String name, Observation seen) {
		Optional<RoleProfile> profile = ticket.profile() != null ? this.profiles.find(ticket.profile())
				: Optional.empty();
		List<String> standalone = profile.map(p -> this.applications.standaloneOf(p.applications())).orElse(List.of());
		List<String> confirmed = new ArrayList<>();
		for (String app : standalone) {
			Optional<TaskView> confirmation = ticket.tasks()
				.stream()
				.filter(t -> APPLICATION_TASK.equals(t.kind()) && app.equals(t.subject()) && t.status().isResolved()
						&& t.completedBy() != null && t.completedBy().isVerifiedPerson())
				.findFirst();
			if (confirmation.isPresent()) {
				TaskView task = confirmation.get();
				confirmed.add(this.applications.displayName(app) + ": "
						+ (task.status() == TaskStatus.DONE ? "closed" : "not needed (" + task.reason() + ")")
						+ ", confirmed by " + task.completedBy().name() + " at " + task.completedAt());
				continue;
			}
			String display = this.applications.displayName(app);
			seen.residue(new Residue(Area.APPLICATIONS, "guard.application.unconfirmed", app,
					this.applications.department(app, "IT"),
					"Confirm that " + name + "'s " + display + " account is closed"
							+ this.applications.find(app)
								.map(found -> " (owner: " + found.owner().name() + ")")
								.orElse(""),
					"no owner's confirmation for " + display + ". " + this.applications.leaverNotes(app), app,
					List.of(APPLICATION_TASK), null));
		}
		if (confirmed.size() == standalone.size()) {
			seen.clean(Area.APPLICATIONS, standalone.isEmpty() ? "No standalone applications in the role profile"
					: String.join("; ", confirmed));
		}
	}

	private void observeBadges(String name, Read<List<PassSystem.Badge>> read, Observation seen) {
		List<PassSystem.Badge> badges;
		try {
			badges = read.get();
		}
		catch (PassSystem.Unobservable failure) {
			seen.unobservable(Area.BADGES, failure.getMessage());
			return;
		}
		List<PassSystem.Badge> active = badges.stream().filter(PassSystem.Badge::active).toList();
		for (PassSystem.Badge badge : active) {
			seen.residue(new Residue(Area.BADGES, "guard.badge.active", badge.id(), "FM",
					"Deactivate " + name + "'s access badge " + badge.id(),
					"badge " + badge.id() + " " + badge.status(), badge.id(), List.of(), null));
		}
		if (active.isEmpty()) {
			seen.clean(Area.BADGES,
					badges.isEmpty() ? "No badges in the pass system" : badges.size() + " badge(s), none active");
		}
	}

	private static <T> void read(Observation seen, Area area, Read<T> read, java.util.function.Consumer<T> judge) {
		T value;
		try {
			value = read.get();
		}
		catch (DirectoryFailure failure) {
			seen.failed(area, failure);
			return;
		}
		judge.accept(value);
	}

	/**
	 * Starts a read on the guard's read pool, carrying the check's log context (its
	 * ticket and correlation id).
	 */
	private <T> Read<T> submit(Supplier<T> read) {
		Map<String, String> context = MDC.getCopyOfContextMap();
		CompletableFuture<T> future = new CompletableFuture<>();
		try {
			this.reads.forThisLook().execute(() -> {
				Map<String, String> before = MDC.getCopyOfContextMap();
				try {
					if (context != null) {
						MDC.setContextMap(context);
					}
					future.complete(read.get());
				}
				catch (Throwable failed) {
					future.completeExceptionally(failed);
				}
				finally {
					if (before != null) {
						MDC.setContextMap(before);
					}
					else {
						MDC.clear();
					}
				}
			});
		}
		catch (RejectedExecutionException shuttingDown) {
			// the pool is closing (shutdown): read on this thread
			try {
				future.complete(read.get());
			}
			catch (RuntimeException failed) {
				future.completeExceptionally(failed);
			}
		}
		return new Read<>(future);
	}

	/** A read under way: its value, or its failure as the read itself threw it. */
	private record Read<T>(CompletableFuture<T> future) {

		T get() {
			try {
				return this.future.get();
			}
			catch (InterruptedException interrupted) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException("Interrupted while the guard was reading", interrupted);
			}
			catch (ExecutionException failed) {
				if (failed.getCause() instanceof RuntimeException runtime) {
					throw runtime;
				}
				if (failed.getCause() instanceof Error error) {
					throw error;
				}
				throw new IllegalStateException(failed.getCause());
			}
		}

	}

	static Instant startOf(LocalDate day, java.time.ZoneId zone) {
		return day.atStartOfDay(zone).toInstant();
	}

}

package io.handover.runbook;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import io.handover.access.Access;
import io.handover.apps.ApplicationRegister;
import io.handover.audit.AuditTrail;
import io.handover.common.Actor;
import io.handover.common.Refusal;
import io.handover.employee.Employee;
import io.handover.employee.EmployeeDirectory;
import io.handover.identity.AccountHistory;
import io.handover.identity.AutopilotDevice;
import io.handover.identity.Directory;
import io.handover.identity.DirectoryAccount;
import io.handover.identity.DirectoryFailure;
import io.handover.identity.DirectoryGroup;
import io.handover.identity.DirectoryOutcome;
import io.handover.identity.Licence;
import io.handover.identity.NewAccount;
import io.handover.identity.TemporaryAccessPass;
import io.handover.profile.ProfileManagement;
import io.handover.profile.RoleProfile;
import io.handover.task.NewTask;
import io.handover.task.TaskStatus;
import io.handover.ticket.TaskManagement;
import io.handover.ticket.TaskOutcome;
import io.handover.ticket.TaskView;
import io.handover.ticket.TicketKind;
import io.handover.ticket.TicketManagement;
import io.handover.ticket.TicketView;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.util.StringUtils;

/**
 * The zero-touch joiner: finds or creates the account (sign-in name from the ticket or
 * the organisation's convention), adds the role's groups (and those of its federated
 * applications) and licences; on the start day creates a single-use Temporary Access Pass
 * and hands it to the Teams module for the manager ({@link TemporaryAccessPassCreated});
 * and registers each issued laptop for Windows Autopilot with its serial number and
 * hardware hash, assigned to the joiner, so it sets itself up on first boot (a Mac goes
 * through Apple Business instead: {@link AppleEnrolment}).
 */
@Service
public class JoinerProvisioning {

	static final String KIND = "joiner";

	private final TicketManagement tickets;

	private final TaskManagement tasks;

	private final ProfileManagement profiles;

	private final ApplicationRegister applications;

	private final Directory directory;

	private final EmployeeDirectory employees;

	private final RunbookStore store;

	private final ApplicationEventPublisher events;

	private final RunbookProperties properties;

	private final Clock clock;

	private final Access access;

	private final AuditTrail audit;

	private final AppleRecognition apple;

	JoinerProvisioning(TicketManagement tickets, TaskManagement tasks, ProfileManagement profiles,
			ApplicationRegister applications, Directory directory, EmployeeDirectory employees, RunbookStore store,
			ApplicationEventPublisher events, RunbookProperties properties, Clock clock, Access access,
			AuditTrail audit, AppleRecognition apple) {
		this.apple = apple;
		this.access = access;
		this.audit = audit;
		this.tickets = tickets;
		this.tasks = tasks;
		this.profiles = profiles;
		this.applications = applications;
		this.directory = directory;
		this.employees = employees;
		this.store = store;
		this.events = events;
		this.properties = properties;
		this.clock = clock;
	}

	/** From when the joiner's Temporary Access Pass works (and is created). */
	public Instant passStartsAt(TicketView ticket) {
		return ticket.date().atTime(this.properties.passAt()).atZone(this.clock.getZone()).toInstant();
	}

	/** Whether anything is left to do for this joiner now. */
	boolean hasWork(TicketView ticket, Instant now) {
		Optional<RunbookRecord> record = this.store.find(id(ticket.key()));
		if (record.isEmpty()) {
			return true;
		}
		if (record.get().accountId == null) {
			// an existing account waits for IT's word on the card: nothing to do until
			// then
			return record.get().existing == null;
		}
		boolean passDue = openTask(ticket, "it.access-pass.temporary").isPresent() && record.get().passCreatedAt == null
				&& !now.isBefore(passStartsAt(ticket)) && passRefusal(ticket, record.get()) == null;
		return passDue || !laptopsToRegister(ticket, record.get()).isEmpty()
				|| !record.get().autopilotRetries.isEmpty() && record.get().retryDue(now);
	}

	/** Does what is due for a joiner now; running it again does nothing twice. */
	public RunbookReport run(String ticketKey, Actor by) {
		TicketView ticket = this.tickets.get(ticketKey);
		if (ticket.kind() != TicketKind.JOINER) {
			throw new Refusal("not-a-joiner", "ticket", ticketKey + " is not a joiner ticket");
		}
		Optional<RunbookRecord> claimed = this.store.claim(id(ticketKey), ticketKey, KIND);
		if (claimed.isEmpty()) {
			return RunbookReport.busy(ticketKey);
		}
		RunbookRecord record = claimed.get();
		List<RunbookReport.StepReport> reports = new ArrayList<>();
		try {
			RoleProfile profile = this.profiles.find(ticket.profile()).orElse(null);
			String upn = upn(ticket);
			DirectoryAccount account = record.accountId != null
					? this.directory.findAccount(record.accountId).orElse(null) : null;
			if (account == null || !record.planned()) {
				account = provision(ticket, record, profile, upn, by, reports);
			}
			if (account == null) {
				return new RunbookReport(ticketKey, true, reports);
			}
			Optional<TaskView> passTask = openTask(ticket, "it.access-pass.temporary");
			if (passTask.isPresent() && record.passCreatedAt == null
					&& !this.clock.instant().isBefore(passStartsAt(ticket))) {
				reports.add(createPass(ticket, record, account, passTask.get()));
			}
			for (TaskView laptop : laptopsToRegister(ticket, record)) {
				reports.add(registerLaptop(ticket, record, profile, upn, laptop, by));
			}
			if (!record.autopilotRetries.isEmpty()
					&& (record.retryDue(this.clock.instant()) || by.isVerifiedPerson())) {
				reports.addAll(retryAutopilot(ticket, record, profile, upn));
			}
			return new RunbookReport(ticketKey, true, reports);
		}
		finally {
			this.store.release(record);
		}
	}

	private DirectoryAccount provision(TicketView ticket, RunbookRecord record, RoleProfile profile, String upn,
			Actor by, List<RunbookReport.StepReport> reports) {
		TaskView task = openTask(ticket, "it.accounts.create")
			.orElseGet(() -> added(ticket, new NewTask(StepKind.ACCOUNT.taskKind, "IT",
					"Create the account of " + ticket.employee().name(), null, upn), by));
		List<DirectoryOutcome> outcomes = new ArrayList<>();
		try {
			Optional<DirectoryAccount> existing = this.directory.isDryRun() ? Optional.empty()
					: this.directory.findAccount(upn);
			if (existing.isPresent() && !record.accountCreated && !confirmed(record, existing.get())) {
				// never granted anything: IT first says whether it is the joiner's own
				// account
				awaitIt(ticket, record, task, existing.get(), reports);
				return null;
			}
			if (existing.isEmpty()) {
				outcomes.add(this.directory.createAccount(newAccount(ticket, profile, upn)));
				if (!this.directory.isDryRun()) {
					record.accountCreated = true;
					this.store.save(record);
				}
			}
			else {
				outcomes.add(DirectoryOutcome.alreadyDone(
						"Account " + upn
								+ (record.accountCreated ? " already exists (created for this ticket)"
										: " already exists; " + record.linkConfirmed.by().name()
												+ " (IT) confirmed it is " + ticket.employee().name() + "'s own"),
						List.of()));
			}
			DirectoryAccount account = existing.or(() -> this.directory.findAccount(upn))
				.orElseThrow(() -> new DirectoryFailure(404, null, "The new account " + upn + " cannot be found"));
			linkAccount(ticket, account, by);
			List<DirectoryGroup> groups = new ArrayList<>();
			for (String name : groupsOf(profile)) {
				Optional<DirectoryGroup> group = this.directory.findGroup(name);
				if (group.isPresent()) {
					groups.add(group.get());
				}
				else {
					outcomes
						.add(DirectoryOutcome.failed("Group " + name + " does not exist in the directory", List.of()));
				}
			}
			outcomes.addAll(this.directory.addToGroups(account, groups));
			List<String> wanted = profile != null ? this.properties.licencesOf(profile.key()) : List.of();
			if (!wanted.isEmpty()) {
				List<Licence> licences = this.directory.findLicences(wanted);
				outcomes.add(this.directory.changeLicences(account, licences, List.of()));
			}
			record.accountId = account.id();
			record.steps.add(new Step(task.id(), StepKind.ACCOUNT, List.of(account.id()), List.of(upn)));
			record.startedAt = record.startedAt != null ? record.startedAt : this.clock.instant();
			record.ranBy(by);
			this.store.save(record);
			reports.add(finish(task, LeaverRunbook.StepResult.of(outcomes), by));
			return account;
		}
		catch (DirectoryFailure failure) {
			this.tasks.recordResult(task.id(), TaskOutcome.failedResult(failure.describe()), false,
					LeaverRunbook.RUNBOOK);
			block(task.id(), "Microsoft Graph: " + failure.describe());
			reports.add(new RunbookReport.StepReport(task.id(), task.title(), "blocked: " + failure.describe()));
			return null;
		}
	}

	private static boolean confirmed(RunbookRecord record, DirectoryAccount account) {
		return record.linkConfirmed != null && record.existing != null && record.existing.id().equals(account.id());
	}

	/**
	 * The planned sign-in name is taken: the account task shows the account as IT is to
	 * judge it and waits for IT's word ({@link #confirmExistingAccount}); an account that
	 * is in use or holds an admin role is refused outright. Nothing is granted either
	 * way.
	 */
	private void awaitIt(TicketView ticket, RunbookRecord record, TaskView task, DirectoryAccount account,
			List<RunbookReport.StepReport> reports) {
		if (record.existing == null || !record.existing.id().equals(account.id())) {
			Optional<Employee> owner = this.employees.identify(account.id())
				.filter(e -> !e.id().equals(ticket.employee().id()));
			if (owner.isPresent()) {
				throw new DirectoryFailure(409, "employee-conflict", "That account belongs to " + owner.get().name()
						+ " already, not to " + ticket.employee().name());
			}
			record.existing = ExistingAccount.of(this.directory.historyOf(account), this.clock.instant(),
					this.clock.getZone());
			this.store.save(record);
		}
		String reason = awaitingReason(ticket, record.existing);
		this.tasks.recordResult(task.id(), reason, false, LeaverRunbook.RUNBOOK);
		blockWith(task.id(), reason);
		reports.add(new RunbookReport.StepReport(task.id(), task.title(), "blocked: " + reason));
	}

	private static String awaitingReason(TicketView ticket, ExistingAccount existing) {
		if (!existing.linkable()) {
			return "An account " + existing.upn() + " exists already and a joiner ticket never takes it over: "
					+ existing.refusal() + ". Nothing was granted. Resolve it outside Handover, e.g. give "
					+ ticket.employee().name() + " a different sign-in name.";
		}
		return "An account " + existing.upn() + " exists already: waiting for IT to confirm whether it is "
				+ ticket.employee().name() + "'s own. Nothing was granted.";
	}

	/**
	 * The existing account the joiner's account task waits on, for IT's card: shown with
	 * "Same person — link" / "Different person" while IT has not decided.
	 */
	public Optional<ExistingAccount> existingAccountAwaiting(TaskView task) {
		if (!StepKind.ACCOUNT.taskKind.equals(task.kind()) && !"it.accounts.create".equals(task.kind())
				|| !task.status().isOpen()) {
			return Optional.empty();
		}
		return this.store.find(id(task.ticketKey()))
			.filter(r -> r.accountId == null && r.linkConfirmed == null && r.linkDeclined == null)
			.map(r -> r.existing);
	}

	/**
	 * IT confirms that the existing account is the joiner's own: it is linked and gets
	 * the joiner's groups, licences and (on the start day, if the ticket allows) a pass.
	 * Only a verified IT staff member who did not ask for the joiner may confirm, and the
	 * account is read again first: one in use or holding an admin role is refused.
	 * @param refusalKey records a refusal once however often the click is redelivered
	 */
	public RunbookReport confirmExistingAccount(String ticketKey, Actor by, String refusalKey) {
		TicketView ticket = joiner(ticketKey);
		RunbookRecord record = awaitingDecision(ticket, by, "link", refusalKey);
		if (record.linkConfirmed != null) {
			return run(ticketKey, by);
		}
		ExistingAccount before = record.existing;
		DirectoryAccount account = this.directory.findAccount(before.id())
			.orElseThrow(() -> refused(ticket, by, "link", refusalKey, new Refusal("account-gone", "account",
					"The account " + before.upn() + " no longer exists; run the joiner again to create a new one")));
		ExistingAccount now = ExistingAccount.of(this.directory.historyOf(account), this.clock.instant(),
				this.clock.getZone());
		Optional<RunbookRecord> claimed = this.store.claim(id(ticketKey), ticketKey, KIND);
		if (claimed.isEmpty()) {
			throw new Refusal("runbook-busy", "Handover is working on " + ticketKey + "; try again in a minute");
		}
		RunbookRecord held = claimed.get();
		try {
			held.existing = now;
			if (!now.linkable()) {
				this.store.save(held);
				TaskView task = accountTask(ticket);
				if (task != null) {
					String reason = awaitingReason(ticket, now);
					this.tasks.recordResult(task.id(), reason, false, LeaverRunbook.RUNBOOK);
					blockWith(task.id(), reason);
				}
				throw refused(ticket, by, "link", refusalKey,
						new Refusal("never-linked", "account", "A joiner ticket never takes over " + now.upn() + ": "
								+ now.refusal()
								+ ". Nothing was linked or granted; resolve it outside Handover, e.g. with a different sign-in name."));
			}
			held.linkConfirmed = new RunbookRecord.Approval(null, by, this.clock.instant());
			this.store.save(held);
		}
		finally {
			this.store.release(held);
		}
		this.audit.record("ticket", ticketKey, "account-link-confirmed", by,
				now.upn() + " is " + ticket.employee().name() + "'s own account", bothPeople(ticket, now));
		TaskView task = accountTask(ticket);
		if (task != null && this.tasks.get(task.id()).status() == TaskStatus.BLOCKED
				&& this.tasks.get(task.id()).waitingFor().isEmpty()) {
			this.tasks.unblock(task.id(), by, null);
		}
		return run(ticketKey, by);
	}

	/**
	 * IT says the existing account is someone else's: it stays untouched, and the
	 * joiner's account task says so until IT gives the joiner another sign-in name
	 * outside Handover (the employee record keeps the ticket's, so Handover does not pick
	 * one on its own).
	 */
	public RunbookReport declineExistingAccount(String ticketKey, Actor by, String refusalKey) {
		TicketView ticket = joiner(ticketKey);
		RunbookRecord record = awaitingDecision(ticket, by, "decline", refusalKey);
		ExistingAccount other = record.existing;
		if (record.linkDeclined == null) {
			Optional<RunbookRecord> claimed = this.store.claim(id(ticketKey), ticketKey, KIND);
			if (claimed.isEmpty()) {
				throw new Refusal("runbook-busy", "Handover is working on " + ticketKey + "; try again in a minute");
			}
			RunbookRecord held = claimed.get();
			try {
				held.linkDeclined = new RunbookRecord.Approval(null, by, this.clock.instant());
				this.store.save(held);
			}
			finally {
				this.store.release(held);
			}
			this.audit.record("ticket", ticketKey, "account-link-declined", by,
					other.upn() + " is someone else's account", bothPeople(ticket, other));
		}
		TaskView task = accountTask(ticket);
		String reason = other.upn() + " is someone else's account (" + by.name() + ", IT). Nothing was granted. Give "
				+ ticket.employee().name()
				+ " another sign-in name outside Handover and create their account by hand, or open the joiner anew "
				+ "with the new sign-in name.";
		if (task != null) {
			this.tasks.recordResult(task.id(), reason, false, LeaverRunbook.RUNBOOK);
			blockWith(task.id(), reason);
		}
		return new RunbookReport(ticketKey, true, task == null ? List.of()
				: List.of(new RunbookReport.StepReport(task.id(), task.title(), "blocked: " + reason)));
	}

	/** Who may decide about an existing account, and whether there is one to decide. */
	private RunbookRecord awaitingDecision(TicketView ticket, Actor by, String what, String refusalKey) {
		if (by == null || !by.isVerifiedPerson()) {
			throw refused(ticket, by, what, refusalKey, new Refusal("unverified", "actor",
					"Only a verified IT staff member can decide whose account this is"));
		}
		if (!this.access.isStaff("IT", by)) {
			throw refused(ticket, by, what, refusalKey,
					new Refusal("it-only", "actor", "Only IT staff can decide whose account this is"));
		}
		if (by.isSamePersonAs(ticket.requestedBy())) {
			throw refused(ticket, by, what, refusalKey, new Refusal("not-the-requester", "actor",
					by.name() + " asked for this joiner; another IT staff member must decide whose account this is"));
		}
		RunbookRecord record = this.store.find(id(ticket.key()))
			.filter(r -> r.existing != null)
			.orElseThrow(() -> new Refusal("no-existing-account", "ticket",
					ticket.key() + " has no existing account waiting for IT's decision"));
		if (record.accountId != null && record.linkConfirmed == null && record.linkDeclined == null) {
			throw new Refusal("no-existing-account", "ticket", ticket.key() + " already has its own account");
		}
		if ("link".equals(what) && record.linkDeclined != null
				|| "decline".equals(what) && record.linkConfirmed != null) {
			Actor decided = record.linkConfirmed != null ? record.linkConfirmed.by() : record.linkDeclined.by();
			throw new Refusal("already-decided", "account",
					decided.name() + " decided about " + record.existing.upn() + " already");
		}
		if ("link".equals(what) && record.linkConfirmed == null && !record.existing.linkable()) {
			throw refused(ticket, by, what, refusalKey,
					new Refusal("never-linked", "account", "A joiner ticket never takes over " + record.existing.upn()
							+ ": " + record.existing.refusal()
							+ ". Nothing was linked or granted; resolve it outside Handover, e.g. with a different sign-in name."));
		}
		return record;
	}

	private Refusal refused(TicketView ticket, Actor by, String what, String refusalKey, Refusal refusal) {
		java.util.Map<String, Object[]> changes = new java.util.LinkedHashMap<>();
		changes.put("action", new Object[] { null, what + "-existing-account" });
		if (ticket.requestedBy() != null) {
			changes.put("requester",
					new Object[] { null, ticket.requestedBy().name() + " (" + ticket.requestedBy().id() + ")" });
		}
		this.audit.recordOnce(refusalKey, "ticket", ticket.key(), "refused",
				by != null ? by : Actor.unverified(null, "unknown", io.handover.common.Channel.API),
				refusal.getMessage(), changes);
		return refusal;
	}

	private static Map<String, Object[]> bothPeople(TicketView ticket, ExistingAccount account) {
		Map<String, Object[]> changes = new java.util.LinkedHashMap<>();
		changes.put("account", new Object[] { null, account.upn() + " (" + account.id() + ")" });
		if (ticket.requestedBy() != null) {
			changes.put("requester",
					new Object[] { null, ticket.requestedBy().name() + " (" + ticket.requestedBy().id() + ")" });
		}
		return changes;
	}

	private TicketView joiner(String ticketKey) {
		TicketView ticket = this.tickets.get(ticketKey);
		if (ticket.kind() != TicketKind.JOINER) {
			throw new Refusal("not-a-joiner", "ticket", ticketKey + " is not a joiner ticket");
		}
		if (!ticket.state().isActive()) {
			throw new Refusal("ticket-closed", "ticket",
					ticketKey + " is " + ticket.state().name().toLowerCase(Locale.ROOT));
		}
		return ticket;
	}

	private TaskView accountTask(TicketView ticket) {
		return openTask(ticket, "it.accounts.create").or(() -> openTask(ticket, StepKind.ACCOUNT.taskKind))
			.orElse(null);
	}

	/**
	 * Why no Temporary Access Pass may be created for this joiner now, or null: only for
	 * an account this ticket created (or IT confirmed), only on a ticket of HR or the
	 * manager of record, and only for a manager of record to receive it.
	 */
	String passRefusal(TicketView ticket, RunbookRecord record) {
		String name = ticket.employee().name();
		if (!record.accountCreated && record.linkConfirmed == null) {
			return "No Temporary Access Pass: " + name
					+ "'s account was neither created by this ticket nor confirmed by IT as theirs";
		}
		if (!ticket.authority().isHrOrManagerOfRecord()) {
			return "No Temporary Access Pass: the ticket was not opened or confirmed by HR or " + name
					+ "'s manager of record (authority: " + ticket.authority().name().toLowerCase(Locale.ROOT)
					+ "). Once HR or the manager of record confirms the ticket, the pass is created for the manager";
		}
		if (ticket.manager() == null || !StringUtils.hasText(ticket.manager().upn())) {
			return "No Temporary Access Pass: the ticket names no manager of record to receive it";
		}
		return null;
	}

	private void blockWith(String taskId, String reason) {
		TaskView task = this.tasks.get(taskId);
		if (task.status() == TaskStatus.BLOCKED && reason.equals(task.blockedReason())) {
			return;
		}
		if (task.status() == TaskStatus.BLOCKED && task.blockedReason() != null) {
			// a blocked task takes a new reason only after the old one is lifted
			this.tasks.unblock(taskId, LeaverRunbook.RUNBOOK, null);
		}
		if (this.tasks.get(taskId).status().isOpen() && this.tasks.get(taskId).status() != TaskStatus.BLOCKED) {
			this.tasks.block(taskId, reason, LeaverRunbook.RUNBOOK, null);
		}
	}

	/**
	 * Writes the account into the joiner's employee record, so Teams and the leaver
	 * runbook find them by it later; an account that belongs to someone else stops here,
	 * before it gets this joiner's groups. A dry run knows no real account to link.
	 */
	private void linkAccount(TicketView ticket, DirectoryAccount account, Actor by) {
		if (this.directory.isDryRun()) {
			return;
		}
		try {
			this.employees.linkAccount(ticket.employee().id(), account.id(), account.userPrincipalName(), by);
		}
		catch (Refusal conflict) {
			throw new DirectoryFailure(409, conflict.code(), conflict.getMessage());
		}
	}

	private RunbookReport.StepReport createPass(TicketView ticket, RunbookRecord record, DirectoryAccount account,
			TaskView task) {
		String refusal = passRefusal(ticket, record);
		if (refusal != null) {
			blockWith(task.id(), refusal);
			return new RunbookReport.StepReport(task.id(), task.title(), "blocked: " + refusal);
		}
		if (task.status() == TaskStatus.BLOCKED && task.waitingFor().isEmpty()) {
			// an earlier refusal no longer holds
			this.tasks.unblock(task.id(), LeaverRunbook.RUNBOOK, null);
		}
		Instant startsAt = passStartsAt(ticket);
		Instant now = this.clock.instant();
		try {
			TemporaryAccessPass pass = this.directory.createTemporaryAccessPass(account,
					startsAt.isBefore(now) ? now : startsAt, this.properties.passLifetime());
			String requests = String.join("\n", pass.requests().stream().map(Object::toString).toList());
			if (!pass.created()) {
				this.tasks.recordResult(task.id(),
						"Dry run (no Microsoft Graph credentials): nothing was sent.\nwould send " + requests, true,
						LeaverRunbook.RUNBOOK);
				return new RunbookReport.StepReport(task.id(), task.title(), "dry run");
			}
			record.passCreatedAt = now;
			this.store.save(record);
			hand(ticket, task, pass, requests);
			TaskView after = this.tasks.get(task.id());
			return new RunbookReport.StepReport(task.id(), task.title(),
					after.status() == TaskStatus.DONE ? "done" : "blocked: " + after.blockedReason());
		}
		catch (DirectoryFailure failure) {
			this.tasks.recordResult(task.id(), TaskOutcome.failedResult(failure.describe()), false,
					LeaverRunbook.RUNBOOK);
			block(task.id(), "Microsoft Graph: " + failure.describe());
			return new RunbookReport.StepReport(task.id(), task.title(), "blocked: " + failure.describe());
		}
	}

	/**
	 * Records the new pass on its task (never the pass itself) and hands it to the
	 * manager through {@link TemporaryAccessPassCreated}; whoever delivers it answers
	 * with {@link #passDelivered} or {@link #passNotDelivered}, which close or block the
	 * task.
	 */
	private void hand(TicketView ticket, TaskView task, TemporaryAccessPass pass, String requests) {
		this.tasks.recordResult(task.id(),
				"Single-use Temporary Access Pass valid " + pass.startsAt() + " – " + pass.expiresAt()
						+ ", being delivered to the manager in a personal chat\nsent " + requests,
				false, LeaverRunbook.RUNBOOK);
		this.events.publishEvent(new TemporaryAccessPassCreated(ticket.key(), ticket.employee().name(),
				ticket.manager() != null ? ticket.manager().upn() : null, pass.pass(), pass.startsAt(),
				pass.expiresAt()));
	}

	/**
	 * The pass reached the manager's personal chat: the joiner's pass task is done.
	 * @param to who received it, e.g. "Marieke Jansen (marieke.jansen@contoso.example)"
	 */
	public void passDelivered(String ticketKey, String to) {
		passTask(ticketKey).ifPresent(task -> {
			String result = task.result() != null ? task.result() : "";
			this.tasks.recordResult(task.id(), result.replace("being delivered to the manager", "sent to " + to), false,
					LeaverRunbook.RUNBOOK);
			TaskView now = this.tasks.get(task.id());
			if (now.status() == TaskStatus.BLOCKED && now.waitingFor().isEmpty()) {
				this.tasks.unblock(task.id(), LeaverRunbook.RUNBOOK, null);
			}
			if (this.tasks.get(task.id()).status().isOpen()) {
				this.tasks.complete(task.id(), Map.of(), LeaverRunbook.RUNBOOK, null);
			}
		});
	}

	/**
	 * The pass could not be delivered (the manager has no chat with Handover, or Teams
	 * refused it): the pass task says so and is blocked until a new pass is created.
	 * @param why e.g. "Temporary Access Pass could not be delivered to Marieke Jansen:
	 * ..."
	 */
	public void passNotDelivered(String ticketKey, String why) {
		passTask(ticketKey).ifPresent(task -> {
			this.tasks.recordResult(task.id(), why, false, LeaverRunbook.RUNBOOK);
			TaskView now = this.tasks.get(task.id());
			if (now.status().isOpen() && now.status() != TaskStatus.BLOCKED) {
				this.tasks.block(task.id(), why, LeaverRunbook.RUNBOOK, null);
			}
		});
	}

	/**
	 * Creates a new single-use pass for a joiner whose pass was lost (Handover restarted
	 * before the manager looked at it), expired, or never reached the manager. It works
	 * from now for the configured lifetime.
	 */
	public RunbookReport renewPass(String ticketKey, Actor by) {
		TicketView ticket = this.tickets.get(ticketKey);
		if (ticket.kind() != TicketKind.JOINER) {
			throw new Refusal("not-a-joiner", "ticket", ticketKey + " is not a joiner ticket");
		}
		if (!ticket.state().isActive()) {
			throw new Refusal("ticket-closed", "ticket",
					ticketKey + " is " + ticket.state().name().toLowerCase(Locale.ROOT));
		}
		TaskView task = passTask(ticketKey).orElseThrow(
				() -> new Refusal("no-access-pass", "ticket", ticketKey + " has no Temporary Access Pass task"));
		Optional<RunbookRecord> claimed = this.store.claim(id(ticketKey), ticketKey, KIND);
		if (claimed.isEmpty()) {
			throw new Refusal("runbook-busy", "Handover is working on " + ticketKey + "; try again in a minute");
		}
		RunbookRecord record = claimed.get();
		try {
			DirectoryAccount account = record.accountId != null
					? this.directory.findAccount(record.accountId).orElse(null) : null;
			String refusal = account == null ? ticket.employee().name()
					+ " has no account of this ticket yet: the pass follows once it is created (or IT confirms an existing one)"
					: passRefusal(ticket, record);
			if (refusal != null) {
				this.audit.record("ticket", ticketKey, "refused", by, refusal,
						Map.of("action", new Object[] { null, "temporary-access-pass" }));
				throw new Refusal(account == null ? "no-account" : "no-access-pass", "ticket", refusal);
			}
			TemporaryAccessPass pass = this.directory.createTemporaryAccessPass(account, this.clock.instant(),
					this.properties.passLifetime());
			String requests = String.join("\n", pass.requests().stream().map(Object::toString).toList());
			if (!pass.created()) {
				this.tasks.recordResult(task.id(),
						"Dry run (no Microsoft Graph credentials): nothing was sent.\nwould send " + requests, true,
						LeaverRunbook.RUNBOOK);
				return new RunbookReport(ticketKey, true,
						List.of(new RunbookReport.StepReport(task.id(), task.title(), "dry run")));
			}
			record.passCreatedAt = this.clock.instant();
			this.store.save(record);
			hand(ticket, task, pass, requests + "\n(a new pass, asked for by " + by.name() + ")");
			TaskView after = this.tasks.get(task.id());
			return new RunbookReport(ticketKey, true, List.of(new RunbookReport.StepReport(task.id(), task.title(),
					after.status() == TaskStatus.DONE ? "done" : "blocked: " + after.blockedReason())));
		}
		catch (DirectoryFailure failure) {
			this.tasks.recordResult(task.id(), TaskOutcome.failedResult(failure.describe()), false,
					LeaverRunbook.RUNBOOK);
			if (this.tasks.get(task.id()).status().isOpen()) {
				block(task.id(), "Microsoft Graph: " + failure.describe());
			}
			return new RunbookReport(ticketKey, true,
					List.of(new RunbookReport.StepReport(task.id(), task.title(), "blocked: " + failure.describe())));
		}
		finally {
			this.store.release(record);
		}
	}

	private Optional<TaskView> passTask(String ticketKey) {
		List<TaskView> passes = this.tickets.get(ticketKey)
			.tasks()
			.stream()
			.filter(t -> "it.access-pass.temporary".equals(t.kind()))
			.toList();
		return passes.isEmpty() ? Optional.empty() : Optional.of(passes.get(passes.size() - 1));
	}

	private RunbookReport.StepReport registerLaptop(TicketView ticket, RunbookRecord record, RoleProfile profile,
			String upn, TaskView laptop, Actor by) {
		String serial = laptop.inputs().get("serialNumber");
		String hash = laptop.inputs().get("hardwareHash");
		record.autopilotSerials.add(serial);
		this.store.save(record);
		if (!StringUtils.hasText(hash)) {
			TaskView manual = added(ticket,
					new NewTask(StepKind.AUTOPILOT_BY_HAND.taskKind, "IT",
							"Register laptop " + serial + " for Windows Autopilot",
							"No hardware hash was entered: get it from the supplier or with Get-WindowsAutopilotInfo, "
									+ "and import it assigned to " + upn,
							serial),
					by);
			return new RunbookReport.StepReport(manual.id(), manual.title(), "for a person");
		}
		TaskView task = added(ticket, new NewTask(StepKind.AUTOPILOT.taskKind, "IT",
				"Register laptop " + serial + " for Windows Autopilot, assigned to " + upn, null, serial), by);
		try {
			DirectoryOutcome outcome = this.directory.registerAutopilotDevice(new AutopilotDevice(serial, hash,
					profile != null ? this.properties.groupTagOf(profile.key()) : null, upn));
			return finish(task, LeaverRunbook.StepResult.of(outcome), by);
		}
		catch (DirectoryFailure failure) {
			// tried again on the schedule with back-off, like a failed leaver step
			record.autopilotRetries
				.add(new Step(task.id(), StepKind.AUTOPILOT, List.of(serial, laptop.id()), List.of(serial)));
			Instant next = record.failedRun(this.clock.instant(), this.properties);
			this.store.save(record);
			this.tasks.recordResult(task.id(),
					TaskOutcome.failedResult(failure.describe()) + LeaverRunbook.nextAttempt(next, this.clock), false,
					LeaverRunbook.RUNBOOK);
			block(task.id(), "Microsoft Graph: " + failure.describeWithAdvice());
			return new RunbookReport.StepReport(task.id(), task.title(), "blocked: " + failure.describeWithAdvice());
		}
	}

	/**
	 * The Autopilot registrations that failed before, tried again (their back-off passed,
	 * or a person asked); what fails again waits longer.
	 */
	private List<RunbookReport.StepReport> retryAutopilot(TicketView ticket, RunbookRecord record, RoleProfile profile,
			String upn) {
		List<RunbookReport.StepReport> reports = new ArrayList<>();
		List<Step> still = new ArrayList<>();
		DirectoryFailure last = null;
		for (Step retry : record.autopilotRetries) {
			TaskView task = this.tasks.get(retry.taskId());
			if (task.status().isResolved() || task.status() == TaskStatus.CANCELLED) {
				continue;
			}
			String serial = retry.targets().get(0);
			String hash = this.tasks.get(retry.targets().get(1)).inputs().get("hardwareHash");
			try {
				DirectoryOutcome outcome = this.directory.registerAutopilotDevice(new AutopilotDevice(serial, hash,
						profile != null ? this.properties.groupTagOf(profile.key()) : null, upn));
				reports.add(finish(task, LeaverRunbook.StepResult.of(outcome), LeaverRunbook.RUNBOOK));
			}
			catch (DirectoryFailure failure) {
				still.add(retry);
				last = failure;
				reports.add(new RunbookReport.StepReport(task.id(), task.title(),
						"blocked: " + failure.describeWithAdvice()));
			}
		}
		record.autopilotRetries = still;
		if (still.isEmpty()) {
			record.failedRuns = 0;
			record.retryAt = null;
		}
		else {
			String next = LeaverRunbook.nextAttempt(record.failedRun(this.clock.instant(), this.properties),
					this.clock);
			for (Step retry : still) {
				this.tasks.recordResult(retry.taskId(), TaskOutcome.failedResult(last.describe()) + next, false,
						LeaverRunbook.RUNBOOK);
			}
		}
		this.store.save(record);
		return reports;
	}

	private RunbookReport.StepReport finish(TaskView task, LeaverRunbook.StepResult result, Actor by) {
		this.tasks.recordResult(task.id(), result.text(), result.dryRun(), LeaverRunbook.RUNBOOK);
		if (result.dryRun()) {
			return new RunbookReport.StepReport(task.id(), task.title(), "dry run");
		}
		if (result.failure() != null) {
			block(task.id(), result.failure());
			return new RunbookReport.StepReport(task.id(), task.title(), "blocked: " + result.failure());
		}
		TaskView now = this.tasks.get(task.id());
		if (now.status() == TaskStatus.BLOCKED && now.waitingFor().isEmpty()) {
			this.tasks.unblock(task.id(), by, null);
		}
		if (this.tasks.get(task.id()).status().isOpen() && this.tasks.get(task.id()).status() != TaskStatus.BLOCKED) {
			this.tasks.complete(task.id(), Map.of(), LeaverRunbook.RUNBOOK, null);
		}
		return new RunbookReport.StepReport(task.id(), task.title(), result.alreadyDone() ? "already done" : "done");
	}

	private List<TaskView> laptopsToRegister(TicketView ticket, RunbookRecord record) {
		return this.tickets.get(ticket.key())
			.tasks()
			.stream()
			.filter(t -> "it.laptop.issue".equals(t.kind()) && t.status() == TaskStatus.DONE)
			.filter(t -> StringUtils.hasText(t.inputs().get("serialNumber"))
					&& !record.autopilotSerials.contains(t.inputs().get("serialNumber")))
			// a Mac enrols through Apple Business (AppleEnrolment), never Windows
			// Autopilot: by its model, or because Apple Business holds its serial
			.filter(t -> !this.apple.isApple(t))
			.toList();
	}

	private List<String> groupsOf(RoleProfile profile) {
		if (profile == null) {
			return List.of();
		}
		List<String> names = new ArrayList<>(profile.accessGroups());
		this.applications.accessGroupsOf(profile.applications())
			.stream()
			.filter(g -> !names.contains(g))
			.forEach(names::add);
		return names;
	}

	private NewAccount newAccount(TicketView ticket, RoleProfile profile, String upn) {
		String[] names = ticket.employee().name().strip().split("\\s+", 2);
		return new NewAccount(ticket.employee().name(), names[0], names.length > 1 ? names[1] : null, upn,
				upn.substring(0, upn.indexOf('@')), this.properties.usageLocation(),
				profile != null ? profile.title() : null);
	}

	/** The ticket's UPN, or the organisation's convention applied to the name. */
	String upn(TicketView ticket) {
		if (StringUtils.hasText(ticket.employee().upn())) {
			return ticket.employee().upn();
		}
		String[] names = ticket.employee().name().strip().split("\\s+", 2);
		return this.properties.upnPattern()
			.replace("{first}", part(names[0]))
			.replace("{last}", names.length > 1 ? part(names[1]) : "")
			.replace("{domain}", this.properties.domain())
			.replace(".@", "@");
	}

	private static String part(String name) {
		String plain = java.text.Normalizer.normalize(name, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "");
		return plain.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "");
	}

	private TaskView added(TicketView ticket, NewTask task, Actor by) {
		TicketView after = this.tickets.addTasks(ticket.key(), List.of(task), ticket.date(), by, null);
		return after.tasks().get(after.tasks().size() - 1);
	}

	private Optional<TaskView> openTask(TicketView ticket, String kind) {
		return this.tickets.get(ticket.key())
			.tasks()
			.stream()
			.filter(t -> kind.equals(t.kind()) && t.status().isOpen())
			.findFirst();
	}

	private void block(String taskId, String reason) {
		if (this.tasks.get(taskId).status() != TaskStatus.BLOCKED) {
			this.tasks.block(taskId, reason, LeaverRunbook.RUNBOOK, null);
		}
	}

	static String id(String ticketKey) {
		return ticketKey + ":" + KIND;
	}

}

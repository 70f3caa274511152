package io.handover.runbook;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import io.handover.apps.ApplicationRegister;
import io.handover.common.Actor;
import io.handover.common.Refusal;
import io.handover.employee.EmployeeDirectory;
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
 * hardware hash, assigned to the joiner, so it sets itself up on first boot.
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

	JoinerProvisioning(TicketManagement tickets, TaskManagement tasks, ProfileManagement profiles,
			ApplicationRegister applications, Directory directory, EmployeeDirectory employees, RunbookStore store,
			ApplicationEventPublisher events, RunbookProperties properties, Clock clock) {
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
		if (record.isEmpty() || record.get().accountId == null) {
			return true;
		}
		boolean passDue = openTask(ticket, "it.access-pass.temporary").isPresent() && record.get().passCreatedAt == null
				&& !now.isBefore(passStartsAt(ticket));
		return passDue || !laptopsToRegister(ticket, record.get()).isEmpty();
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
			if (existing.isEmpty()) {
				outcomes.add(this.directory.createAccount(newAccount(ticket, profile, upn)));
			}
			else {
				outcomes.add(DirectoryOutcome.alreadyDone("Account " + upn + " already exists", List.of()));
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
			record.startedBy = record.startedBy != null ? record.startedBy : by;
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
			throw new Refusal("ticket-closed", "ticket", ticketKey + " is " + ticket.state().name().toLowerCase());
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
			if (account == null) {
				throw new Refusal("no-account", "ticket",
						ticket.employee().name() + " has no account yet: the pass follows once it is created");
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
			this.tasks.recordResult(task.id(), TaskOutcome.failedResult(failure.describe()), false,
					LeaverRunbook.RUNBOOK);
			block(task.id(), "Microsoft Graph: " + failure.describe());
			return new RunbookReport.StepReport(task.id(), task.title(), "blocked: " + failure.describe());
		}
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

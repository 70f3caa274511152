package io.handover.runbook;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.handover.apps.Application;
import io.handover.apps.ApplicationRegister;
import io.handover.common.Actor;
import io.handover.common.Refusal;
import io.handover.identity.Directory;
import io.handover.identity.DirectoryAccount;
import io.handover.identity.DirectoryFailure;
import io.handover.identity.DirectoryGroup;
import io.handover.identity.DirectoryOutcome;
import io.handover.task.NewTask;
import io.handover.task.TaskStatus;
import io.handover.ticket.TaskManagement;
import io.handover.ticket.TaskOutcome;
import io.handover.ticket.TaskView;
import io.handover.ticket.TicketKind;
import io.handover.ticket.TicketManagement;
import io.handover.ticket.TicketView;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.util.StringUtils;

/**
 * A mover's access on the move date: the groups the new role adds and those it no longer
 * has (the workflow core's difference, one task each), the groups of federated
 * applications added, and the licence difference between the two roles. Standalone
 * applications stay tasks for people.
 */
@Service
public class MoverChanges {

	static final String KIND = "mover";

	static final String LICENCES = "it.directory.licences.change";

	/** A step's outcome when Graph failed it: the schedule runs the changes again. */
	private static final String GRAPH_FAILED = "failed in Graph, ";

	private static final Logger log = LoggerFactory.getLogger(MoverChanges.class);

	private final TicketManagement tickets;

	private final TaskManagement tasks;

	private final ApplicationRegister applications;

	private final Directory directory;

	private final RunbookStore store;

	private final RunbookProperties properties;

	private final Clock clock;

	private final io.handover.access.Access access;

	private final io.handover.audit.AuditTrail audit;

	MoverChanges(TicketManagement tickets, TaskManagement tasks, ApplicationRegister applications, Directory directory,
			RunbookStore store, RunbookProperties properties, Clock clock, io.handover.access.Access access,
			io.handover.audit.AuditTrail audit) {
		this.access = access;
		this.audit = audit;
		this.tickets = tickets;
		this.tasks = tasks;
		this.applications = applications;
		this.directory = directory;
		this.store = store;
		this.properties = properties;
		this.clock = clock;
	}

	public Instant dueAt(LocalDate moveDate) {
		return moveDate.atTime(this.properties.moverAt()).atZone(this.clock.getZone()).toInstant();
	}

	public boolean started(String ticketKey) {
		return this.store.exists(ticketKey + ":" + KIND);
	}

	/**
	 * Whether the schedule should run the changes now: never run, or a run could not read
	 * the account or left a step failed (a throttled read, an outage) and its back-off
	 * has passed.
	 */
	public boolean due(String ticketKey, Instant now) {
		return this.store.find(ticketKey + ":" + KIND).map(record -> record.retryDue(now)).orElse(true);
	}

	public RunbookReport run(String ticketKey, Actor by) {
		TicketView ticket = this.tickets.get(ticketKey);
		Optional<RunbookRecord> claimed = this.store.claim(ticketKey + ":" + KIND, ticketKey, KIND);
		if (claimed.isEmpty()) {
			return RunbookReport.busy(ticketKey);
		}
		RunbookRecord record = claimed.get();
		List<RunbookReport.StepReport> reports = new ArrayList<>();
		try {
			String upn = StringUtils.hasText(ticket.employee().entraObjectId()) ? ticket.employee().entraObjectId()
					: ticket.employee().upn();
			record.startedAt = record.startedAt != null ? record.startedAt : this.clock.instant();
			record.startedBy = record.startedBy != null ? record.startedBy : by;
			DirectoryAccount account;
			try {
				account = upn != null ? this.directory.findAccount(upn).orElse(null) : null;
			}
			catch (DirectoryFailure failure) {
				// a throttled read: nothing was changed, the schedule tries again after
				// its back-off; a refused one (403, 404) waits for the fix and Retry now
				Instant next = record.failedRun(this.clock.instant(), this.properties, failure.permanent());
				this.store.save(record);
				log.warn("Mover changes of {}: the account could not be read ({}); {} {}", ticketKey,
						failure.describeWithAdvice(),
						failure.permanent() ? "waits for the fix (Retry now), or tried again from" : "tried again from",
						next);
				return new RunbookReport(ticketKey, true, List.of());
			}
			// each failed step: whether it waits for someone's fix (true) or passes by
			// itself (false)
			List<Boolean> failed = new ArrayList<>();
			this.store.save(record);
			for (TaskView task : ticket.tasks()) {
				if (!task.status().isOpen() || task.subject() == null) {
					continue;
				}
				String group = switch (task.kind()) {
					case "it.access.grant", "it.access.remove" -> task.subject();
					case "it.application.grant" -> this.applications.find(task.subject())
						.filter(Application::federated)
						.map(Application::accessGroup)
						.orElse(null);
					default -> null;
				};
				if (group == null) {
					continue;
				}
				if (account == null) {
					reports.add(block(task, "No directory account " + upn));
					continue;
				}
				boolean adding = !task.kind().equals("it.access.remove");
				reports.add(apply(task, failed, () -> {
					DirectoryGroup found = this.directory.findGroup(group)
						.orElseThrow(() -> new DirectoryFailure(404, null, "Group " + group + " does not exist"));
					if (found.dynamic()) {
						return DirectoryOutcome.failed(
								"Group " + group + " is dynamic: change its rule (" + found.membershipRule() + ")",
								List.of());
					}
					return adding ? this.directory.addToGroups(account, List.of(found)).get(0)
							: this.directory.removeFromGroups(account, List.of(found)).get(0);
				}, by));
			}
			if (account != null && ticket.previousProfile() != null) {
				List<String> before = this.properties.licencesOf(ticket.previousProfile());
				List<String> after = this.properties.licencesOf(ticket.profile());
				List<String> add = after.stream().filter(l -> !before.contains(l)).toList();
				List<String> remove = before.stream().filter(l -> !after.contains(l)).toList();
				if (!add.isEmpty() || !remove.isEmpty()) {
					// a run again after a failure finds the task of the first
					TaskView task = this.tickets.get(ticketKey)
						.tasks()
						.stream()
						.filter(t -> LICENCES.equals(t.kind()))
						.findFirst()
						.orElseGet(() -> {
							TicketView added = this.tickets.addTasks(ticketKey, List.of(new NewTask(LICENCES, "IT",
									"Change " + ticket.employee().name() + "'s licences for the new role", null, null)),
									ticket.date(), by, "mover-licences:" + ticketKey);
							return added.tasks().get(added.tasks().size() - 1);
						});
					if (task.status().isOpen()) {
						reports
							.add(apply(
									task, failed, () -> this.directory.changeLicences(account,
											this.directory.findLicences(add), this.directory.findLicences(remove)),
									by));
					}
				}
			}
			if (!failed.isEmpty()) {
				// only refusals (a permission, a missing or dynamic group): wait for the
				// fix and Retry now, not the back-off; a throttled step keeps the
				// back-off
				boolean permanent = failed.stream().allMatch(Boolean::booleanValue);
				Instant next = record.failedRun(this.clock.instant(), this.properties, permanent);
				this.store.save(record);
				log.warn("Mover changes of {}: a step failed in Microsoft Graph; {} {}", ticketKey,
						permanent ? "it waits for the fix (Retry now), or tried again from" : "tried again from", next);
			}
			else if (record.retryAt != null || record.failedRuns != 0 || record.awaitingFix) {
				record.succeeded();
				this.store.save(record);
			}
			return new RunbookReport(ticketKey, true, reports);
		}
		finally {
			this.store.release(record);
		}
	}

	private RunbookReport.StepReport apply(TaskView task, List<Boolean> failed,
			java.util.function.Supplier<DirectoryOutcome> change, Actor by) {
		if (this.tasks.get(task.id()).status().isResolved()) {
			return new RunbookReport.StepReport(task.id(), task.title(), "already done");
		}
		try {
			LeaverRunbook.StepResult result = LeaverRunbook.StepResult.of(change.get());
			this.tasks.recordResult(task.id(), result.text(), result.dryRun(), LeaverRunbook.RUNBOOK);
			if (result.dryRun()) {
				return new RunbookReport.StepReport(task.id(), task.title(), "dry run");
			}
			if (result.failure() != null) {
				// a change Graph answered for with a failure (e.g. a 403 or 429 on one
				// group
				// in a batch) is tried again too, not left blocked for good
				failed.add(result.permanent());
				RunbookReport.StepReport blocked = block(task, result.failure());
				return new RunbookReport.StepReport(blocked.taskId(), blocked.title(),
						GRAPH_FAILED + blocked.outcome());
			}
			if (this.tasks.get(task.id()).status() == TaskStatus.BLOCKED) {
				this.tasks.unblock(task.id(), by, null);
			}
			this.tasks.complete(task.id(), Map.of(), LeaverRunbook.RUNBOOK, null);
			return new RunbookReport.StepReport(task.id(), task.title(),
					result.alreadyDone() ? "already done" : "done");
		}
		catch (DirectoryFailure failure) {
			failed.add(failure.permanent());
			this.tasks.recordResult(task.id(), TaskOutcome.failedResult(failure.describe()), false,
					LeaverRunbook.RUNBOOK);
			// what to grant or do, for IT's card
			RunbookReport.StepReport blocked = block(task, "Microsoft Graph: " + failure.describeWithAdvice());
			return new RunbookReport.StepReport(blocked.taskId(), blocked.title(), GRAPH_FAILED + blocked.outcome());
		}
	}

	/**
	 * Whether IT's card offers "Retry now" on this task: a mover's change Graph refused
	 * or failed, waiting for its next attempt.
	 */
	public boolean offersRetry(TaskView task) {
		if (task.status() != TaskStatus.BLOCKED || task.blockedReason() == null) {
			return false;
		}
		return this.store.find(task.ticketKey() + ":" + KIND).map(record -> record.retryAt != null).orElse(false)
				&& this.tickets.find(task.ticketKey()).map(ticket -> ticket.kind() == TicketKind.MOVER).orElse(false);
	}

	/**
	 * "Retry now" (IT's card): an IT staff member or Administrator who fixed the cause
	 * (e.g. granted the permission Graph named) runs the mover's changes again at once.
	 * Refused, and audited, for anyone else; the retry is audited with who asked.
	 * @param refusalKey records a refusal once however often a click is redelivered
	 */
	public RunbookReport retryNow(String ticketKey, Actor by, String refusalKey) {
		TicketView ticket = this.tickets.get(ticketKey);
		if (ticket.kind() != TicketKind.MOVER) {
			throw new Refusal("not-a-mover", "ticket", ticketKey + " is not a mover ticket");
		}
		String reason = null;
		if (by == null || !by.isVerifiedPerson()) {
			reason = (by != null ? by.name() : "Someone")
					+ " could not be verified as one person; only a verified IT staff member or Administrator can "
					+ "run a mover's changes again";
		}
		else if (!this.access.isStaff("IT", by) && !this.access.isAdmin(by)) {
			reason = "Only IT staff or an Administrator can run a mover's changes again.";
		}
		if (reason != null) {
			this.audit.recordOnce(refusalKey, "ticket", ticketKey, "refused",
					by != null ? by : Actor.unverified(null, "unknown", io.handover.common.Channel.API), reason,
					Map.of("action", new Object[] { null, "retry mover changes now" }));
			throw new Refusal("retry-refused", "actor", reason);
		}
		Optional<RunbookRecord> record = this.store.find(ticketKey + ":" + KIND);
		if (record.isEmpty() || record.get().retryAt == null) {
			throw new Refusal("nothing-to-retry", "ticket",
					"The mover's changes of " + ticketKey + " have no failed step to try again");
		}
		this.audit.record("ticket", ticketKey, "runbook-retried", by,
				"Ran the mover's changes again at once (failed steps; next automatic attempt was "
						+ record.get().retryAt + ")",
				Map.of("failedRuns", new Object[] { null, record.get().failedRuns }));
		return run(ticketKey, by);
	}

	private RunbookReport.StepReport block(TaskView task, String reason) {
		if (this.tasks.get(task.id()).status() != TaskStatus.BLOCKED) {
			this.tasks.block(task.id(), reason, LeaverRunbook.RUNBOOK, null);
		}
		return new RunbookReport.StepReport(task.id(), task.title(), "blocked: " + reason);
	}

}

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

	MoverChanges(TicketManagement tickets, TaskManagement tasks, ApplicationRegister applications, Directory directory,
			RunbookStore store, RunbookProperties properties, Clock clock) {
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
				// a throttled or refused read: nothing was changed, the schedule tries
				// again
				// after its back-off (before, the run counted as done and never ran
				// again)
				Instant next = record.failedRun(this.clock.instant(), this.properties);
				this.store.save(record);
				log.warn("Mover changes of {}: the account could not be read ({}); tried again from {}", ticketKey,
						failure.describe(), next);
				return new RunbookReport(ticketKey, true, List.of());
			}
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
				reports.add(apply(task, () -> {
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
						reports.add(apply(task, () -> this.directory.changeLicences(account,
								this.directory.findLicences(add), this.directory.findLicences(remove)), by));
					}
				}
			}
			if (reports.stream().anyMatch(report -> report.outcome().startsWith(GRAPH_FAILED))) {
				Instant next = record.failedRun(this.clock.instant(), this.properties);
				this.store.save(record);
				log.warn("Mover changes of {}: a step failed in Microsoft Graph; tried again from {}", ticketKey, next);
			}
			else if (record.retryAt != null || record.failedRuns != 0) {
				record.retryAt = null;
				record.failedRuns = 0;
				this.store.save(record);
			}
			return new RunbookReport(ticketKey, true, reports);
		}
		finally {
			this.store.release(record);
		}
	}

	private RunbookReport.StepReport apply(TaskView task, java.util.function.Supplier<DirectoryOutcome> change,
			Actor by) {
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
				return block(task, result.failure());
			}
			if (this.tasks.get(task.id()).status() == TaskStatus.BLOCKED) {
				this.tasks.unblock(task.id(), by, null);
			}
			this.tasks.complete(task.id(), Map.of(), LeaverRunbook.RUNBOOK, null);
			return new RunbookReport.StepReport(task.id(), task.title(),
					result.alreadyDone() ? "already done" : "done");
		}
		catch (DirectoryFailure failure) {
			this.tasks.recordResult(task.id(), TaskOutcome.failedResult(failure.describe()), false,
					LeaverRunbook.RUNBOOK);
			RunbookReport.StepReport blocked = block(task, "Microsoft Graph: " + failure.describe());
			return new RunbookReport.StepReport(blocked.taskId(), blocked.title(), GRAPH_FAILED + blocked.outcome());
		}
	}

	private RunbookReport.StepReport block(TaskView task, String reason) {
		if (this.tasks.get(task.id()).status() != TaskStatus.BLOCKED) {
			this.tasks.block(task.id(), reason, LeaverRunbook.RUNBOOK, null);
		}
		return new RunbookReport.StepReport(task.id(), task.title(), "blocked: " + reason);
	}

}

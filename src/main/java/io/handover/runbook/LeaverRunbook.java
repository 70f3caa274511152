package io.handover.runbook;

import io.handover.common.Workers;
import java.time.Duration;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;

import io.handover.access.Access;
import io.handover.apps.Application;
import io.handover.apps.ApplicationRegister;
import io.handover.asset.AssetRegister;
import io.handover.audit.AuditTrail;
import io.handover.common.Actor;
import io.handover.common.Channel;
import io.handover.common.NotFound;
import io.handover.common.Refusal;
import io.handover.identity.Directory;
import io.handover.identity.DirectoryAccount;
import io.handover.identity.DirectoryFailure;
import io.handover.identity.DirectoryGroup;
import io.handover.identity.DirectoryOutcome;
import io.handover.identity.Licence;
import io.handover.identity.ManagedDevice;
import io.handover.profile.ProfileManagement;
import io.handover.profile.RoleProfile;
import io.handover.task.NewTask;
import io.handover.task.TaskStatus;
import io.handover.ticket.DeviceRetrieval;
import io.handover.ticket.TaskManagement;
import io.handover.ticket.TaskOutcome;
import io.handover.ticket.TaskView;
import io.handover.ticket.TicketKind;
import io.handover.ticket.TicketManagement;
import io.handover.ticket.TicketView;
import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.util.StringUtils;

/**
 * The same-day leaver runbook. In order: disable the account; revoke sign-in sessions;
 * remove static group memberships (a dynamic group becomes a task naming its rule);
 * remove licences; automatic replies and the delegate's access to the files (converting
 * the mailbox to shared is a person's task: Graph cannot); per managed device, wipe a
 * company device that is not coming back (after a second staff member's approval) and
 * retire a personal one; standalone applications are their owners' tasks. Each step is a
 * task with its result; a step the directory refuses is BLOCKED with the directory's
 * words and the rest goes on. Running it again skips what is done ("already done"), so
 * nothing is disabled or wiped twice.
 */
@Service
public class LeaverRunbook {

	static final String KIND = "leaver";

	private static final Logger log = LoggerFactory.getLogger(LeaverRunbook.class);

	static final Actor RUNBOOK = Actor.system("runbook");

	private final TicketManagement tickets;

	private final TaskManagement tasks;

	private final ProfileManagement profiles;

	private final ApplicationRegister applications;

	private final AssetRegister assets;

	private final Directory directory;

	private final RunbookStore store;

	private final ApplicationEventPublisher events;

	private final RunbookProperties properties;

	private final Clock clock;

	private final Access access;

	private final AuditTrail audit;

	/** Sends a runbook's independent directory calls at the same time. */
	private final ExecutorService graphCalls = Workers.named("handover-runbook-graph", 8);

	LeaverRunbook(TicketManagement tickets, TaskManagement tasks, ProfileManagement profiles,
			ApplicationRegister applications, AssetRegister assets, Directory directory, RunbookStore store,
			ApplicationEventPublisher events, RunbookProperties properties, Clock clock, Access access,
			AuditTrail audit) {
		this.access = access;
		this.audit = audit;
		this.tickets = tickets;
		this.tasks = tasks;
		this.profiles = profiles;
		this.applications = applications;
		this.assets = assets;
		this.directory = directory;
		this.store = store;
		this.events = events;
		this.properties = properties;
		this.clock = clock;
	}

	/** When the runbook of a leaver with this last working day is due. */
	public Instant dueAt(LocalDate lastDay) {
		return lastDay.atTime(this.properties.leaverAt()).atZone(this.clock.getZone()).toInstant();
	}

	/** Whether the runbook of this ticket has been started. */
	public boolean started(String ticketKey) {
		return this.store.exists(id(ticketKey));
	}

	/**
	 * Whether a run of this runbook planned its steps (each is a task naming what it
	 * removes) or failed before it could (it is tried again on its back-off); false when
	 * it never started, or a run is still reading what to plan.
	 */
	public boolean plannedOrFailed(String ticketKey) {
		return this.store.find(id(ticketKey)).map(record -> record.planned() || record.retryAt != null).orElse(false);
	}

	/**
	 * Runs (or runs again) the runbook of a leaver ticket now — the schedule's call at
	 * the end of the last day, or an immediate departure.
	 */
	public RunbookReport run(String ticketKey, Actor by) {
		TicketView ticket = this.tickets.get(ticketKey);
		if (ticket.kind() != TicketKind.LEAVER) {
			throw new Refusal("not-a-leaver", "ticket",
					ticketKey + " is a " + ticket.kind().name().toLowerCase(Locale.ROOT)
							+ " ticket; the leaver runbook runs on leaver tickets");
		}
		if (!ticket.state().isActive()) {
			throw new Refusal("ticket-closed", "ticket",
					ticketKey + " is " + ticket.state().name().toLowerCase(Locale.ROOT));
		}
		Optional<RunbookRecord> claimed = this.store.claim(id(ticketKey), ticketKey, KIND);
		if (claimed.isEmpty()) {
			return RunbookReport.busy(ticketKey);
		}
		RunbookRecord record = claimed.get();
		try {
			DirectoryAccount account;
			try {
				account = account(ticket, record);
			}
			catch (DirectoryFailure failure) {
				return unreadAccount(ticket, record, by, failure);
			}
			if (account == null) {
				return noAccount(ticket, record, by);
			}
			Map<String, DirectoryFailure> unread = Map.of();
			if (!record.planned() || record.onlyPlaceholder()) {
				unread = plan(ticket, record, account, by);
			}
			else if (by.isVerifiedPerson() && record.runBy.stream().noneMatch(by::isSamePersonAs)) {
				// whoever runs it again may not be its second pair of eyes either
				record.ranBy(by);
				this.store.save(record);
			}
			RunbookReport report = execute(ticket, record, account, unread);
			this.events.publishEvent(new LeaverRunbookRan(ticketKey, this.clock.instant()));
			return report;
		}
		catch (RuntimeException unexpected) {
			if (!record.planned()) {
				// nothing is on a card yet: the schedule tries again after its back-off
				failedRun(record);
			}
			throw unexpected;
		}
		finally {
			this.store.release(record);
		}
	}

	/**
	 * Whether the schedule should run this runbook now: it never ran, or a run left a
	 * step failed and its back-off has passed. A runbook whose steps are all settled
	 * (done, for a person, waiting for an approval) is finished for the schedule.
	 */
	public boolean due(String ticketKey, Instant now) {
		return this.store.find(id(ticketKey))
			.map(record -> !record.planned() && record.retryAt == null || record.retryDue(now))
			.orElse(true);
	}

	/**
	 * When the schedule runs this runbook again for a failed step; empty: not planned.
	 */
	public Optional<Instant> retryAt(String ticketKey) {
		return this.store.find(id(ticketKey)).map(record -> record.retryAt);
	}

	/**
	 * The account could not be read (a refused permission, an outage): nothing else can
	 * be planned, so the disable task shows why, and the schedule tries again.
	 */
	private RunbookReport unreadAccount(TicketView ticket, RunbookRecord record, Actor by, DirectoryFailure failure) {
		String name = ticket.employee().name();
		if (!record.planned()) {
			TicketView added = this.tickets.addTasks(ticket.key(), List
				.of(new NewTask(StepKind.DISABLE.taskKind, "IT", "Disable the account of " + name,
						"Handover could not read the account yet; it plans the rest of the runbook as soon as it can",
						null)),
					ticket.date(), by, "runbook:" + ticket.key() + ":account");
			String taskId = added.tasks().get(added.tasks().size() - 1).id();
			record.steps.add(new Step(taskId, StepKind.DISABLE, List.of(), List.of(), true));
			record.startedAt = this.clock.instant();
			record.ranBy(by);
			this.store.save(record);
		}
		String taskId = record.steps.get(0).taskId();
		Instant next = failedRun(record, failure.permanent());
		log.warn("Leaver runbook {}: the account could not be read: {}", ticket.key(), failure.describe());
		this.tasks.settle(ticket.key(),
				List.of(TaskOutcome.blocked(taskId,
						TaskOutcome.failedResult(failure.describe() + " (reading the account)")
								+ nextAttempt(next, failure.permanent()),
						"Microsoft Graph: " + failure.describeWithAdvice() + " (reading the account of " + name + ")")),
				RUNBOOK);
		return new RunbookReport(ticket.key(), true, List.of(new RunbookReport.StepReport(taskId,
				"Disable the account of " + name, "blocked: " + failure.describeWithAdvice())));
	}

	/** Notes a run that left a step failed; answers when the schedule tries again. */
	private Instant failedRun(RunbookRecord record) {
		return failedRun(record, false);
	}

	/**
	 * Notes a run that left a step failed; answers when the schedule tries again.
	 * @param permanent every failure waits for someone's fix (400, 401, 403, 404): not
	 * tried again on the back-off, but at once on "Retry now" (and after the longest
	 * wait)
	 */
	private Instant failedRun(RunbookRecord record, boolean permanent) {
		Instant next = record.failedRun(this.clock.instant(), this.properties, permanent);
		this.store.save(record);
		if (permanent) {
			log.warn("Leaver runbook {}: Microsoft Graph refused a step; it waits for the fix and Retry now "
					+ "(tried again automatically from {})", record.ticketKey, next);
		}
		return next;
	}

	private void succeededRun(RunbookRecord record) {
		if (record.failedRuns != 0 || record.retryAt != null || record.awaitingFix) {
			record.succeeded();
			this.store.save(record);
		}
	}

	/**
	 * The line a failed step's result ends with.
	 * @param permanent the run's failures wait for someone's fix
	 */
	private String nextAttempt(Instant next, boolean permanent) {
		return permanent ? awaitingFix(next, this.clock) : nextAttempt(next, this.clock);
	}

	/**
	 * The line a refused step's result ends with: it waits for the fix (what to grant or
	 * do is in its reason) and "Retry now"; the schedule only looks again after the
	 * longest wait.
	 */
	static String awaitingFix(Instant next, Clock clock) {
		return "\nWaiting for the fix: Microsoft Graph refused it, so trying again on its own does not help. "
				+ "Grant or fix what the reason says, then click Retry now (tried again automatically only from "
				+ NEXT_ATTEMPT.format(next.atZone(clock.getZone())) + ")";
	}

	/** The line a failed step's result ends with: when the schedule tries again. */
	static String nextAttempt(Instant next, Clock clock) {
		return "\nNext automatic attempt: " + NEXT_ATTEMPT.format(next.atZone(clock.getZone()))
				+ " (or run it again now once the cause is fixed)";
	}

	private static final java.time.format.DateTimeFormatter NEXT_ATTEMPT = java.time.format.DateTimeFormatter
		.ofPattern("d MMM yyyy HH:mm z", java.util.Locale.ENGLISH);

	/**
	 * A second staff member approves the remote wipe of a leaver's device (the IT card's
	 * action): the wipe is sent now. Refused for the person who asked for the wipe, and
	 * for anyone but a person.
	 */
	public RunbookReport approveRemoteWipe(String taskId, Actor approver) {
		return approveRemoteWipe(taskId, approver, null);
	}

	/**
	 * As {@link #approveRemoteWipe(String, Actor)}; a refusal is audited once per
	 * {@code refusalKey} (a card click redelivered is one refusal).
	 */
	public RunbookReport approveRemoteWipe(String taskId, Actor approver, String refusalKey) {
		if (taskId.lastIndexOf('-') <= 0) {
			// task ids are <ticket key>-<n>
			throw new NotFound("Task", taskId);
		}
		String ticketKey = taskId.substring(0, taskId.lastIndexOf('-'));
		TicketView ticket = this.tickets.get(ticketKey);
		RunbookRecord record = this.store.find(id(ticketKey)).orElseThrow(() -> new NotFound("Remote wipe", taskId));
		Step step = record.steps.stream()
			.filter(s -> s.taskId().equals(taskId) && s.kind() == StepKind.WIPE)
			.findFirst()
			.orElseThrow(() -> new NotFound("Remote wipe", taskId));
		TaskView task = this.tasks.get(taskId);
		if (task.status() == TaskStatus.DONE) {
			return new RunbookReport(ticketKey, false, List.of(new RunbookReport.StepReport(taskId, task.title(),
					"already done: the wipe was sent, approved by " + approvalOf(record, taskId))));
		}
		secondPerson(ticket, record, approver, task.department(), "remote wipe", "task", taskId, refusalKey);
		if (awaitsApproval(ticket, record)) {
			throw new Refusal("runbook-awaits-approval", "ticket", "The leaver runbook of " + ticketKey
					+ " waits for a second IT approval first; the wipe can be approved after that");
		}
		Optional<RunbookRecord> claimed = this.store.claim(id(ticketKey), ticketKey, KIND);
		if (claimed.isEmpty()) {
			throw new Refusal("runbook-busy", "The runbook of " + ticketKey + " is running; approve again in a minute");
		}
		record = claimed.get();
		try {
			if (record.approvals.stream().noneMatch(a -> a.taskId().equals(taskId))) {
				record.approvals.add(new RunbookRecord.Approval(taskId, approver, this.clock.instant()));
				this.store.save(record);
				this.audit.record("task", taskId, "wipe-approved", approver,
						"Second approval of the remote wipe of " + step.targetNames().get(0),
						otherPeople(ticket, record));
			}
			// the wipe needs only the account's id, known since the runbook ran: no read
			DirectoryAccount account = record.accountId != null
					? new DirectoryAccount(record.accountId, null, null, false) : account(ticket, record);
			return new RunbookReport(ticketKey, true, List.of(perform(ticket, record, step, account, approver)));
		}
		finally {
			this.store.release(record);
		}
	}

	/**
	 * A second IT staff member approves the leaver runbook of a ticket that HR or the
	 * manager of record did not open or confirm: its steps are carried out now. Refused
	 * for anyone who asked for the leaver, authorised the ticket or made the runbook run,
	 * for anyone not verified, and for anyone outside IT.
	 * @param refusalKey records a refusal once however often a click is redelivered
	 */
	public RunbookReport approveRunbook(String ticketKey, Actor approver, String refusalKey) {
		TicketView ticket = this.tickets.get(ticketKey);
		if (ticket.kind() != TicketKind.LEAVER) {
			throw new Refusal("not-a-leaver", "ticket", ticketKey + " is not a leaver ticket");
		}
		if (!ticket.state().isActive()) {
			throw new Refusal("ticket-closed", "ticket",
					ticketKey + " is " + ticket.state().name().toLowerCase(Locale.ROOT));
		}
		RunbookRecord record = this.store.find(id(ticketKey))
			.filter(RunbookRecord::planned)
			.orElseThrow(() -> new Refusal("runbook-not-started", "ticket",
					"The leaver runbook of " + ticketKey + " has not started; approve it once it waits on IT's card"));
		if (record.runbookApproval == null && !ticket.authority().isHrOrManagerOfRecord()) {
			secondPerson(ticket, record, approver, "IT", "leaver runbook", "ticket", ticketKey, refusalKey);
		}
		Optional<RunbookRecord> claimed = this.store.claim(id(ticketKey), ticketKey, KIND);
		if (claimed.isEmpty()) {
			throw new Refusal("runbook-busy", "The runbook of " + ticketKey + " is running; approve again in a minute");
		}
		record = claimed.get();
		try {
			if (record.runbookApproval == null && !ticket.authority().isHrOrManagerOfRecord()) {
				record.runbookApproval = new RunbookRecord.Approval(null, approver, this.clock.instant());
				this.store.save(record);
				this.audit.record("ticket", ticketKey, "runbook-approved", approver,
						"Second IT approval of the leaver runbook (ticket authority: "
								+ ticket.authority().name().toLowerCase(Locale.ROOT) + ")",
						otherPeople(ticket, record));
				unblockWaiting(record);
			}
			DirectoryAccount account = account(ticket, record);
			if (account == null) {
				return noAccount(ticket, record, approver);
			}
			return execute(this.tickets.get(ticketKey), record, account, Map.of());
		}
		finally {
			this.store.release(record);
		}
	}

	/**
	 * "Retry now" (IT's card, or the API): an IT staff member or Administrator who fixed
	 * the cause of a failed step (e.g. granted the permission Graph named) runs the
	 * runbook again at once instead of waiting for its back-off. Refused, and audited,
	 * for anyone else; the retry is audited with who asked.
	 * @param refusalKey records a refusal once however often a click is redelivered
	 */
	public RunbookReport retryNow(String ticketKey, Actor by, String refusalKey) {
		TicketView ticket = this.tickets.get(ticketKey);
		if (ticket.kind() != TicketKind.LEAVER) {
			throw new Refusal("not-a-leaver", "ticket", ticketKey + " is not a leaver ticket");
		}
		String reason = null;
		if (by == null || !by.isVerifiedPerson()) {
			reason = (by != null ? by.name() : "Someone")
					+ " could not be verified as one person; only a verified IT staff member or Administrator can "
					+ "run a leaver runbook again";
		}
		else if (!this.access.isStaff("IT", by) && !this.access.isAdmin(by)) {
			reason = "Only IT staff or an Administrator can run a leaver runbook again.";
		}
		if (reason != null) {
			this.audit.recordOnce(refusalKey, "ticket", ticketKey, "refused",
					by != null ? by : Actor.unverified(null, "unknown", Channel.API), reason,
					Map.of("action", new Object[] { null, "retry leaver runbook now" }));
			throw new Refusal("retry-refused", "actor", reason);
		}
		Optional<RunbookRecord> record = this.store.find(id(ticketKey));
		if (record.isEmpty() || record.get().retryAt == null) {
			throw new Refusal("nothing-to-retry", "ticket",
					"The leaver runbook of " + ticketKey + " has no failed step to try again");
		}
		this.audit
			.record("ticket", ticketKey, "runbook-retried", by,
					"Ran the leaver runbook again at once (failed steps; next automatic attempt was "
							+ record.get().retryAt + ")",
					Map.of("failedRuns", new Object[] { null, record.get().failedRuns }));
		return run(ticketKey, by);
	}

	/**
	 * Whether IT's card offers "Retry now" on this task: a step of the leaver runbook
	 * that Graph refused or failed, waiting for its next attempt.
	 */
	public boolean offersRetry(TaskView task) {
		if (task.status() != TaskStatus.BLOCKED || task.blockedReason() == null
				|| !task.blockedReason().startsWith(GRAPH_SAID)) {
			return false;
		}
		return this.store.find(id(task.ticketKey()))
			.map(record -> record.retryAt != null
					&& record.steps.stream().anyMatch(step -> step.taskId().equals(task.id())))
			.orElse(false);
	}

	/**
	 * Whether this task holds the leaver runbook until a second IT person approves it
	 * (the IT card then offers "Approve runbook").
	 */
	public boolean awaitsRunbookApproval(TaskView task) {
		if (!StepKind.DISABLE.taskKind.equals(task.kind()) || task.status() != TaskStatus.BLOCKED
				|| task.blockedReason() == null || !task.blockedReason().startsWith(WAITING_FOR_APPROVAL)) {
			return false;
		}
		return this.store.find(id(task.ticketKey()))
			.map(record -> record.runbookApproval == null && !record.steps.isEmpty()
					&& record.steps.get(0).taskId().equals(task.id()))
			.orElse(false);
	}

	static final String WAITING_FOR_APPROVAL = "Waiting for a second IT approval";

	/** How the reason of a step Microsoft Graph refused or failed begins. */
	static final String GRAPH_SAID = "Microsoft Graph: ";

	/**
	 * A leaver runbook on anyone's word but HR's or the manager's waits for a second IT
	 * person.
	 */
	private static boolean awaitsApproval(TicketView ticket, RunbookRecord record) {
		return !ticket.authority().isHrOrManagerOfRecord() && record.runbookApproval == null;
	}

	/**
	 * The four-eyes rule: the approver is one verified person, staff of the owning
	 * department, and none of the people who caused what they approve — compared as one
	 * identity across Teams, e-mail and the API. A refusal is audited with both people.
	 */
	private void secondPerson(TicketView ticket, RunbookRecord record, Actor approver, String department, String what,
			String subjectType, String subjectId, String refusalKey) {
		String reason = null;
		if (approver == null || !approver.isVerifiedPerson()) {
			reason = (approver != null ? approver.name() : "Someone") + " could not be verified as one person (a "
					+ what + " is approved by a verified " + department
					+ " staff member; an unverified identity never approves)";
		}
		else if (involved(ticket.requestedBy(), approver)) {
			reason = approver.name() + " asked for this " + what
					+ "; a second staff member must approve it before it is sent";
		}
		else if (involved(ticket.authorisedBy(), approver)) {
			reason = approver.name() + " authorised this ticket; a second staff member must approve the " + what;
		}
		else if (record.runBy.stream().anyMatch(starter -> involved(starter, approver))
				|| involved(record.startedBy, approver)) {
			reason = approver.name() + " started this runbook; a second staff member must approve the " + what;
		}
		else if (!this.access.isStaff(department, approver)) {
			reason = "Only " + department + " staff can approve a " + what + ".";
		}
		if (reason != null) {
			Map<String, Object[]> changes = new LinkedHashMap<>();
			changes.put("action", new Object[] { null, "approve " + what });
			changes.putAll(otherPeople(ticket, record));
			this.audit.recordOnce(refusalKey, subjectType, subjectId, "refused",
					approver != null ? approver : Actor.unverified(null, "unknown", Channel.API), reason, changes);
			throw new Refusal("second-approval-required", "approver", reason);
		}
	}

	/**
	 * Whether {@code approver} is the person {@code involved}: the same verified
	 * identity, or — for someone the channel could not verify — named by what they
	 * claimed to be.
	 */
	private static boolean involved(Actor involved, Actor approver) {
		if (involved == null) {
			return false;
		}
		if (involved.isSamePersonAs(approver)) {
			return true;
		}
		return !involved.verified()
				&& (approver.isNamedBy(involved.id()) || involved.upn() != null && approver.isNamedBy(involved.upn()));
	}

	/** The people an approval or refusal is weighed against, for the audit entry. */
	private static Map<String, Object[]> otherPeople(TicketView ticket, RunbookRecord record) {
		Map<String, Object[]> people = new LinkedHashMap<>();
		if (ticket.requestedBy() != null) {
			people.put("requester", new Object[] { null, shown(ticket.requestedBy()) });
		}
		if (ticket.authorisedBy() != null) {
			people.put("authorisedBy", new Object[] { null, shown(ticket.authorisedBy()) });
		}
		if (record.startedBy != null) {
			people.put("startedBy", new Object[] { null, shown(record.startedBy) });
		}
		return people;
	}

	private static String shown(Actor actor) {
		return actor.name() + " (" + actor.id() + ", " + actor.channel().name().toLowerCase(Locale.ROOT)
				+ (actor.verified() ? "" : ", unverified") + ")";
	}

	private void unblockWaiting(RunbookRecord record) {
		if (record.steps.isEmpty()) {
			return;
		}
		TaskView first = this.tasks.get(record.steps.get(0).taskId());
		if (first.status() == TaskStatus.BLOCKED && first.blockedReason() != null
				&& first.blockedReason().startsWith(WAITING_FOR_APPROVAL) && first.waitingFor().isEmpty()) {
			this.tasks.unblock(first.id(), RUNBOOK, null);
		}
	}

	/**
	 * Whether this task is a remote wipe still waiting for its second approval (the IT
	 * card then offers "Approve wipe").
	 */
	public boolean awaitsWipeApproval(TaskView task) {
		if (!StepKind.WIPE.taskKind.equals(task.kind()) || task.status() != TaskStatus.BLOCKED) {
			return false;
		}
		return this.store.find(id(task.ticketKey()))
			.map(record -> record.steps.stream().anyMatch(s -> s.taskId().equals(task.id()))
					&& approvalOf(record, task.id()) == null)
			.orElse(false);
	}

	private DirectoryAccount account(TicketView ticket, RunbookRecord record) {
		String id = record.accountId != null ? record.accountId : StringUtils.hasText(ticket.employee().entraObjectId())
				? ticket.employee().entraObjectId() : ticket.employee().upn();
		if (!StringUtils.hasText(id)) {
			return null;
		}
		Optional<DirectoryAccount> account = this.directory.findAccount(id);
		account.ifPresent(found -> {
			if (record.accountId == null) {
				record.accountId = found.id();
			}
		});
		return account.orElse(null);
	}

	private RunbookReport noAccount(TicketView ticket, RunbookRecord record, Actor by) {
		if (!record.planned()) {
			String who = ticket.employee().upn() != null ? ticket.employee().upn() : ticket.employee().name();
			TicketView added = this.tickets.addTasks(ticket.key(),
					List.of(new NewTask(StepKind.DISABLE.taskKind, "IT",
							"Find and disable the directory account of " + ticket.employee().name(),
							"The directory has no account " + who + ": find the right one by hand", null)),
					ticket.date(), by, "runbook:" + ticket.key());
			String taskId = added.tasks().get(added.tasks().size() - 1).id();
			record.steps.add(new Step(taskId, StepKind.DISABLE, List.of(), List.of()));
			record.startedAt = this.clock.instant();
			record.ranBy(by);
			this.store.save(record);
			this.tasks.block(taskId, "No directory account " + who, RUNBOOK, null);
		}
		return new RunbookReport(ticket.key(), true, List.of(new RunbookReport.StepReport(record.steps.get(0).taskId(),
				"Disable the account", "blocked: no directory account")));
	}

	/**
	 * Plans every step from what the directory says now. Each read stands alone: one that
	 * fails (e.g. 403 on the managed devices) gives its step without targets, failed with
	 * Graph's words, and the other steps are planned as usual; the next run reads it
	 * again. Answers the failed reads by the task of their step.
	 */
	private Map<String, DirectoryFailure> plan(TicketView ticket, RunbookRecord record, DirectoryAccount account,
			Actor by) {
		String name = ticket.employee().name();
		RoleProfile profile = this.profiles.find(ticket.profile()).orElse(null);
		Read<List<DirectoryGroup>> groups;
		Read<List<Licence>> licences;
		Read<List<ManagedDevice>> devices;
		if (this.directory.isDryRun()) {
			groups = new Read<>(expectedGroups(profile), null);
			licences = new Read<>(this.directory
				.findLicences(profile != null ? this.properties.licencesOf(profile.key()) : List.of()), null);
			devices = new Read<>(expectedDevices(ticket), null);
		}
		else {
			// three independent reads: at the same time
			var readGroups = CompletableFuture.supplyAsync(() -> read(() -> this.directory.groupsOf(account)),
					this.graphCalls);
			var readLicences = CompletableFuture.supplyAsync(() -> read(() -> this.directory.licencesOf(account)),
					this.graphCalls);
			devices = read(() -> this.directory.devicesOf(account));
			groups = joined(readGroups);
			licences = joined(readLicences);
		}
		String delegate = delegate(ticket);

		List<NewTask> drafts = new ArrayList<>();
		List<Step> steps = new ArrayList<>();
		Map<Integer, DirectoryFailure> failedReads = new LinkedHashMap<>();
		add(drafts, steps, StepKind.DISABLE, "Disable the account of " + name, account.userPrincipalName(), null);
		add(drafts, steps, StepKind.REVOKE_SESSIONS, "Revoke " + name + "'s sign-in sessions",
				"Signs out every device, so cached sign-ins stop working", null);
		String inherited = groups.failed() || licences.failed() ? null
				: inheritedLicences(licences.value(), groups.value());
		if (groups.failed()) {
			failedReads.put(steps.size(), groups.failure());
			add(drafts, steps, StepKind.REMOVE_GROUPS, "Remove " + name + " from their groups",
					"Handover could not read the groups yet; it reads them again on the next attempt",
					new Step(null, StepKind.REMOVE_GROUPS, List.of(), List.of(), true));
		}
		else {
			List<DirectoryGroup> fixed = groups.value().stream().filter(g -> !g.dynamic()).toList();
			if (!fixed.isEmpty()) {
				add(drafts, steps, StepKind.REMOVE_GROUPS, groupsTitle(name, fixed), inherited,
						new Step(null, StepKind.REMOVE_GROUPS, fixed.stream().map(DirectoryGroup::id).toList(),
								fixed.stream().map(DirectoryGroup::name).toList()));
			}
			dynamicGroupSteps(name, groups.value(), drafts, steps);
		}
		if (licences.failed()) {
			failedReads.put(steps.size(), licences.failure());
			add(drafts, steps, StepKind.REMOVE_LICENCES, "Remove " + name + "'s directly assigned licences",
					"Handover could not read the licences yet; it reads them again on the next attempt",
					new Step(null, StepKind.REMOVE_LICENCES, List.of(), List.of(), true));
		}
		else {
			List<Licence> direct = licences.value().stream().filter(l -> !l.inheritedOnly()).toList();
			if (!direct.isEmpty()) {
				add(drafts, steps, StepKind.REMOVE_LICENCES,
						"Remove " + name + "'s licences: "
								+ String.join(", ", direct.stream().map(Licence::shown).toList()),
						inherited,
						new Step(null, StepKind.REMOVE_LICENCES, direct.stream().map(Licence::skuId).toList(),
								direct.stream().map(Licence::shown).toList()));
			}
		}
		add(drafts, steps, StepKind.AUTOMATIC_REPLIES, "Turn on automatic replies for " + name,
				"Reply: " + automaticReply(ticket, delegate), null);
		if (delegate != null) {
			add(drafts, steps, StepKind.SHARE_FILES, "Give " + delegate + " edit access to " + name + "'s files", null,
					null);
		}
		Optional<TaskView> mailboxTask = openTask(ticket, "it.mailbox.handover");
		if (mailboxTask.isEmpty()) {
			add(drafts, steps, StepKind.SHARED_MAILBOX,
					"Convert " + name + "'s mailbox to a shared mailbox"
							+ (delegate != null ? " and give " + delegate + " full access" : ""),
					"Microsoft Graph cannot do this: use Exchange Online PowerShell (Set-Mailbox -Type Shared; "
							+ "Add-MailboxPermission -AccessRights FullAccess)",
					null);
		}
		if (devices.failed()) {
			failedReads.put(steps.size(), devices.failure());
			add(drafts, steps, StepKind.DEVICES, "Wipe or retire " + name + "'s managed devices",
					"Handover could not read the managed devices yet; it reads them again on the next attempt and "
							+ "then gives each device its own task",
					new Step(null, StepKind.DEVICES, List.of(), List.of(), true));
		}
		else {
			deviceSteps(ticket, devices.value(), drafts, steps);
		}
		// the placeholder of an unread account becomes the disable step
		Step placeholder = record.onlyPlaceholder() ? record.steps.get(0) : null;
		if (placeholder != null) {
			drafts.remove(0);
			record.steps.clear();
		}
		TicketView added = this.tickets.addTasks(ticket.key(), drafts, ticket.date(), by, "runbook:" + ticket.key());
		List<TaskView> all = added.tasks();
		int first = all.size() - drafts.size();
		Map<String, DirectoryFailure> unread = new LinkedHashMap<>();
		for (int i = 0; i < steps.size(); i++) {
			Step step = steps.get(i);
			String taskId = placeholder != null ? i == 0 ? placeholder.taskId() : all.get(first + i - 1).id()
					: all.get(first + i).id();
			record.steps.add(step.withTask(taskId));
			if (failedReads.containsKey(i)) {
				unread.put(taskId, failedReads.get(i));
			}
		}
		record.startedAt = record.startedAt != null ? record.startedAt : this.clock.instant();
		record.ranBy(by);
		this.store.save(record);
		if (mailboxTask.isPresent()) {
			this.tasks.recordResult(mailboxTask.get().id(),
					"Handover turns on the automatic reply and shares the files. Left for you: convert the mailbox "
							+ "to a shared mailbox" + (delegate != null ? " and give " + delegate + " full access" : "")
							+ " with Exchange Online PowerShell — Microsoft Graph cannot.",
					false, RUNBOOK);
		}
		handOverApplicationTasks(added);
		log.info("Leaver runbook for {} planned: {} steps", ticket.key(), record.steps.size());
		return unread;
	}

	private static String groupsTitle(String name, List<DirectoryGroup> fixed) {
		return "Remove " + name + " from " + fixed.size() + " group" + (fixed.size() == 1 ? "" : "s") + ": "
				+ String.join(", ", fixed.stream().map(DirectoryGroup::name).toList());
	}

	private static void dynamicGroupSteps(String name, List<DirectoryGroup> groups, List<NewTask> drafts,
			List<Step> steps) {
		for (DirectoryGroup dynamic : groups.stream().filter(DirectoryGroup::dynamic).toList()) {
			add(drafts, steps, StepKind.DYNAMIC_GROUP,
					"Change the rule of dynamic group " + dynamic.name() + " so that " + name + " falls out of it",
					"Members of a dynamic group follow its rule and cannot be removed by hand. Rule: "
							+ dynamic.membershipRule(),
					new Step(null, StepKind.DYNAMIC_GROUP, List.of(dynamic.id()), List.of(dynamic.name())));
		}
	}

	/**
	 * Per managed device: wipe a company device that is not coming back (after a second
	 * staff member's approval), retire a personal one.
	 */
	private static void deviceSteps(TicketView ticket, List<ManagedDevice> devices, List<NewTask> drafts,
			List<Step> steps) {
		String name = ticket.employee().name();
		boolean remoteWipe = ticket.deviceRetrieval() == DeviceRetrieval.REMOTE_WIPE;
		// Hook: releasing an Apple device from Apple Business Manager (RELEASE_DEVICES)
		// is not built yet. When it is, it is a destructive step like WIPE: it waits for
		// secondPerson(...) approval exactly as approveRemoteWipe does.
		for (ManagedDevice device : devices) {
			if (device.companyOwned() && remoteWipe) {
				add(drafts, steps, StepKind.WIPE, "Wipe " + device.shown() + " remotely",
						"It is not coming back. The wipe is sent after a second staff member approves it on this card.",
						new Step(null, StepKind.WIPE, List.of(device.id()), List.of(device.shown())));
			}
			else if (!device.companyOwned()) {
				add(drafts, steps, StepKind.RETIRE,
						"Retire " + device.shown() + ": remove company data and mail from " + name + "'s own device",
						null, new Step(null, StepKind.RETIRE, List.of(device.id()), List.of(device.shown())));
			}
		}
	}

	/**
	 * The licences that come with group memberships: removing the membership removes them
	 * (assignLicense cannot), so they are named, not sent.
	 */
	private static String inheritedLicences(List<Licence> licences, List<DirectoryGroup> groups) {
		List<String> named = new ArrayList<>();
		for (Licence licence : licences.stream().filter(l -> !l.groups().isEmpty()).toList()) {
			List<String> through = licence.groups()
				.stream()
				.map(id -> groups.stream()
					.filter(g -> g.id().equals(id))
					.map(DirectoryGroup::name)
					.findFirst()
					.orElse(id))
				.toList();
			named.add(licence.shown() + " (through " + String.join(", ", through) + ")");
		}
		return named.isEmpty() ? null
				: "Licences that come with a group membership go when the membership goes, not one by one: "
						+ String.join("; ", named);
	}

	/**
	 * The steps whose read failed in an earlier run: read again now, and plan them (a
	 * device found gets its own task). A read that fails again is noted in
	 * {@code failures}.
	 */
	private void completePlan(TicketView ticket, RunbookRecord record, DirectoryAccount account,
			Map<String, DirectoryFailure> failures) {
		if (this.directory.isDryRun()) {
			return;
		}
		Map<String, TaskView> tasks = tasksOf(ticket.key());
		String name = ticket.employee().name();
		for (int i = 0; i < record.steps.size(); i++) {
			Step step = record.steps.get(i);
			TaskView task = tasks.get(step.taskId());
			if (!step.unplanned() || failures.containsKey(step.taskId()) || task == null || task.status().isResolved()
					|| task.status() == TaskStatus.CANCELLED) {
				continue;
			}
			List<NewTask> drafts = new ArrayList<>();
			List<Step> added = new ArrayList<>();
			try {
				switch (step.kind()) {
					case REMOVE_GROUPS -> {
						List<DirectoryGroup> groups = this.directory.groupsOf(account);
						List<DirectoryGroup> fixed = groups.stream().filter(g -> !g.dynamic()).toList();
						record.steps.set(i,
								new Step(step.taskId(), step.kind(), fixed.stream().map(DirectoryGroup::id).toList(),
										fixed.stream().map(DirectoryGroup::name).toList()));
						dynamicGroupSteps(name, groups, drafts, added);
					}
					case REMOVE_LICENCES -> {
						List<Licence> direct = this.directory.licencesOf(account)
							.stream()
							.filter(l -> !l.inheritedOnly())
							.toList();
						record.steps.set(i,
								new Step(step.taskId(), step.kind(), direct.stream().map(Licence::skuId).toList(),
										direct.stream().map(Licence::shown).toList()));
					}
					case DEVICES -> {
						List<ManagedDevice> devices = this.directory.devicesOf(account);
						record.steps.set(i,
								new Step(step.taskId(), step.kind(), devices.stream().map(ManagedDevice::id).toList(),
										devices.stream().map(ManagedDevice::shown).toList()));
						deviceSteps(ticket, devices, drafts, added);
					}
					default -> {
					}
				}
			}
			catch (DirectoryFailure failure) {
				failures.put(step.taskId(), failure);
				continue;
			}
			if (!drafts.isEmpty()) {
				TicketView after = this.tickets.addTasks(ticket.key(), drafts, ticket.date(), RUNBOOK,
						"runbook:" + step.taskId() + ":planned");
				List<TaskView> all = after.tasks();
				int first = all.size() - drafts.size();
				for (int k = 0; k < added.size(); k++) {
					record.steps.add(added.get(k).withTask(all.get(first + k).id()));
				}
			}
			this.store.save(record);
		}
	}

	/**
	 * Disabling the account and signing it out go first, one after the other, so nothing
	 * signs in again in between. The other steps do not depend on each other: their
	 * directory calls go out at the same time (a far-away Graph answers each in 100 ms or
	 * more). Then every step's result goes onto its task in one change of the ticket.
	 */
	private RunbookReport execute(TicketView ticket, RunbookRecord record, DirectoryAccount account,
			Map<String, DirectoryFailure> unread) {
		if (awaitsApproval(ticket, record)) {
			return awaitApproval(ticket, record);
		}
		Map<String, DirectoryFailure> failedReads = new LinkedHashMap<>(unread);
		completePlan(ticket, record, account, failedReads);
		Map<String, TaskView> tasks = tasksOf(ticket.key());
		List<RunbookReport.StepReport> reports = new ArrayList<>();
		Map<Integer, CompletableFuture<Attempt>> attempts = new LinkedHashMap<>();
		for (int i = 0; i < record.steps.size(); i++) {
			Step step = record.steps.get(i);
			TaskView task = tasks.get(step.taskId());
			Optional<RunbookReport.StepReport> skipped = skip(ticket, record, step, task);
			reports.add(skipped.orElse(null));
			if (skipped.isPresent()) {
				continue;
			}
			if (failedReads.containsKey(step.taskId())) {
				attempts.put(i, CompletableFuture.completedFuture(new Attempt(null, failedReads.get(step.taskId()))));
				continue;
			}
			boolean first = step.kind() == StepKind.DISABLE || step.kind() == StepKind.REVOKE_SESSIONS;
			attempts.put(i,
					first || this.directory.isDryRun()
							? CompletableFuture.completedFuture(attempt(ticket, step, account))
							: CompletableFuture.supplyAsync(() -> attempt(ticket, step, account), this.graphCalls));
		}
		List<Settled> settledSteps = new ArrayList<>();
		attempts.forEach((i, attempt) -> {
			Step step = record.steps.get(i);
			Settled settled = settled(ticket, step, tasks.get(step.taskId()), attempt.join());
			reports.set(i, settled.report());
			settledSteps.add(settled);
		});
		// a step left failed: the schedule runs the runbook again after its back-off
		List<TaskOutcome> outcomes = new ArrayList<>();
		if (settledSteps.stream().anyMatch(Settled::failed)) {
			// only refusals (a permission, a missing object): wait for the fix, not the
			// back-off; anything that passes by itself (429, 503) keeps the back-off
			boolean permanent = settledSteps.stream().filter(Settled::failed).allMatch(Settled::permanent);
			String next = nextAttempt(failedRun(record, permanent), permanent);
			settledSteps
				.forEach(
						settled -> outcomes.add(
								settled.failed()
										? TaskOutcome.blocked(settled.outcome().taskId(),
												settled.outcome().result() + next, settled.outcome().blockedReason())
										: settled.outcome()));
		}
		else {
			succeededRun(record);
			settledSteps.forEach(settled -> outcomes.add(settled.outcome()));
		}
		this.tasks.settle(ticket.key(), outcomes, RUNBOOK);
		TicketView now = this.tickets.get(ticket.key());
		closeUmbrella(now, record);
		applicationTasks(now).forEach(task -> reports
			.add(new RunbookReport.StepReport(task.id(), task.title(), "for the owner: " + task.department())));
		return new RunbookReport(ticket.key(), true, reports);
	}

	/**
	 * Nothing is sent: the first step is blocked with the reason, and IT's card offers
	 * "Approve runbook" to a second IT person. The schedule does not start it again; the
	 * card keeps it in sight until someone approves.
	 */
	private RunbookReport awaitApproval(TicketView ticket, RunbookRecord record) {
		Map<String, TaskView> tasks = tasksOf(ticket.key());
		String reason = WAITING_FOR_APPROVAL + ": " + ticket.employee().name()
				+ "'s leaver ticket was not opened or confirmed by HR or the manager of record (authority: "
				+ ticket.authority().name().toLowerCase(Locale.ROOT)
				+ "), so an IT staff member who neither asked for it nor "
				+ "started the runbook must approve it before anything is disabled, removed or wiped";
		List<RunbookReport.StepReport> reports = new ArrayList<>();
		for (Step step : record.steps) {
			TaskView task = tasks.get(step.taskId());
			if (task.status().isResolved() || task.status() == TaskStatus.CANCELLED) {
				reports.add(report(task, "already done"));
			}
			else if (!step.kind().automated) {
				reports.add(report(task, "for a person"));
			}
			else {
				reports.add(report(task, "waiting for a second IT approval"));
			}
		}
		TaskView first = tasks.get(record.steps.get(0).taskId());
		if (first.status().isOpen()
				&& !(first.status() == TaskStatus.BLOCKED && reason.equals(first.blockedReason()))) {
			this.tasks.block(first.id(), reason, RUNBOOK, null);
		}
		return new RunbookReport(ticket.key(), true, reports);
	}

	private RunbookReport.StepReport perform(TicketView ticket, RunbookRecord record, Step step,
			DirectoryAccount account, Actor by) {
		TaskView task = this.tasks.get(step.taskId());
		Optional<RunbookReport.StepReport> skipped = skip(ticket, record, step, task);
		if (skipped.isPresent()) {
			return skipped.get();
		}
		Settled settled = settled(ticket, step, task, attempt(ticket, step, account));
		this.tasks.settle(ticket.key(), List.of(settled.outcome()), by);
		if (settled.failed() && record.retryAt == null) {
			failedRun(record, settled.permanent());
		}
		return settled.report();
	}

	/** A step with nothing to send: done, a person's, or a wipe awaiting approval. */
	private Optional<RunbookReport.StepReport> skip(TicketView ticket, RunbookRecord record, Step step, TaskView task) {
		if (task.status().isResolved() || task.status() == TaskStatus.CANCELLED) {
			return Optional.of(report(task, "already done"));
		}
		if (!step.kind().automated) {
			return Optional.of(report(task, "for a person"));
		}
		if (step.kind() == StepKind.WIPE && approvalOf(record, step.taskId()) == null) {
			if (task.status() != TaskStatus.BLOCKED) {
				this.tasks.block(step.taskId(), "Waiting for a second staff member to approve the remote wipe", RUNBOOK,
						null);
				this.events.publishEvent(new RemoteWipeAwaitingApproval(ticket.key(), step.taskId(),
						step.targetNames().get(0), ticket.requestedBy(), this.clock.instant()));
			}
			return Optional.of(report(task, "waiting for a second approval"));
		}
		return Optional.empty();
	}

	/** The step's directory calls only; no task is touched (it may run on any thread). */
	private Attempt attempt(TicketView ticket, Step step, DirectoryAccount account) {
		try {
			return new Attempt(carryOut(ticket, step, account), null);
		}
		catch (DirectoryFailure failure) {
			return new Attempt(null, failure);
		}
	}

	/**
	 * What a step's task is to show: done, blocked with Graph's words, or dry run; one
	 * log line per outcome (issue 19: every business event in the log).
	 */
	private Settled settled(TicketView ticket, Step step, TaskView task, Attempt attempt) {
		Settled settled = outcome(ticket, step, task, attempt);
		if (attempt.failure() == null) {
			log.info("Leaver runbook {} step {}: {}", ticket.key(), step.kind(), settled.report().outcome());
		}
		return settled;
	}

	private Settled outcome(TicketView ticket, Step step, TaskView task, Attempt attempt) {
		if (attempt.failure() != null) {
			DirectoryFailure failure = attempt.failure();
			String reading = step.unplanned() ? " (reading " + READS.getOrDefault(step.kind(), "the directory") + ")"
					: "";
			log.warn("Leaver runbook {} step {} failed: {}{}", ticket.key(), step.kind(), failure.describe(), reading);
			return new Settled(report(task, "blocked: " + failure.describeWithAdvice() + reading),
					TaskOutcome.blocked(step.taskId(), TaskOutcome.failedResult(failure.describe() + reading),
							GRAPH_SAID + failure.describeWithAdvice() + reading),
					true, failure.permanent());
		}
		StepResult result = attempt.result();
		if (result.dryRun()) {
			return new Settled(report(task, "dry run"), TaskOutcome.dryRun(step.taskId(), result.text()), false, false);
		}
		if (result.failure() != null) {
			// a write Graph refused or failed (also inside a batch): said as Graph's, so
			// IT's card offers Retry now as for a failed read
			String reason = result.failure().startsWith(GRAPH_SAID) ? result.failure() : GRAPH_SAID + result.failure();
			return new Settled(report(task, "blocked: " + result.failure()),
					TaskOutcome.blocked(step.taskId(), result.text(), reason), true, result.permanent());
		}
		return new Settled(report(task, result.alreadyDone() ? "already done" : "done"),
				TaskOutcome.done(step.taskId(), result.text()), false, false);
	}

	private Map<String, TaskView> tasksOf(String ticketKey) {
		Map<String, TaskView> tasks = new LinkedHashMap<>();
		this.tickets.get(ticketKey).tasks().forEach(task -> tasks.put(task.id(), task));
		return tasks;
	}

	/**
	 * A step's line in the report and what its task is to show; {@code failed}: the
	 * directory refused or failed it, so the runbook is tried again; {@code permanent}:
	 * it waits for someone's fix (a refused permission, a missing object) rather than
	 * passing by itself.
	 */
	private record Settled(RunbookReport.StepReport report, TaskOutcome outcome, boolean failed, boolean permanent) {
	}

	/** A directory read that answered, or the directory's refusal. */
	private record Read<T>(T value, DirectoryFailure failure) {

		boolean failed() {
			return this.failure != null;
		}

	}

	private static <T> Read<T> read(java.util.function.Supplier<T> read) {
		try {
			return new Read<>(read.get(), null);
		}
		catch (DirectoryFailure failure) {
			return new Read<>(null, failure);
		}
	}

	/** What the read of a step that could not be planned is about. */
	private static final Map<StepKind, String> READS = Map.of(StepKind.REMOVE_GROUPS, "the group memberships",
			StepKind.REMOVE_LICENCES, "the licences", StepKind.DEVICES, "the managed devices", StepKind.DISABLE,
			"the account");

	/** What a step's directory calls gave: a result, or the directory's refusal. */
	private record Attempt(StepResult result, DirectoryFailure failure) {
	}

	private StepResult carryOut(TicketView ticket, Step step, DirectoryAccount account) {
		String delegate = delegate(ticket);
		return switch (step.kind()) {
			case DISABLE -> StepResult.of(this.directory.disableAccount(account));
			case REVOKE_SESSIONS -> StepResult.of(this.directory.revokeSessions(account));
			case REMOVE_GROUPS -> {
				List<DirectoryGroup> groups = new ArrayList<>();
				for (int i = 0; i < step.targets().size(); i++) {
					groups.add(DirectoryGroup.staticGroup(step.targets().get(i), step.targetNames().get(i)));
				}
				yield groups.isEmpty()
						? new StepResult("Not a direct member of any group (any more)", false, true, null)
						: StepResult.of(this.directory.removeFromGroups(account, groups));
			}
			case DEVICES -> new StepResult(step.targets().isEmpty() ? "No managed devices"
					: "Managed devices found: " + String.join(", ", step.targetNames())
							+ ". Each has its own task to wipe or retire it (a company device that comes back is "
							+ "collected)",
					false, false, null);
			case REMOVE_LICENCES -> {
				List<Licence> licences = new ArrayList<>();
				for (int i = 0; i < step.targets().size(); i++) {
					licences.add(new Licence(step.targets().get(i), step.targetNames().get(i)));
				}
				yield StepResult.of(this.directory.changeLicences(account, List.of(), licences));
			}
			case AUTOMATIC_REPLIES ->
				StepResult.of(this.directory.setAutomaticReplies(account, automaticReply(ticket, delegate)));
			case SHARE_FILES -> StepResult.of(this.directory.grantFileAccess(account, delegate));
			case WIPE -> StepResult.of(this.directory.wipe(device(account, step)));
			case RETIRE -> StepResult.of(this.directory.retire(device(account, step)));
			default -> throw new IllegalStateException("Not an automated leaver step: " + step.kind());
		};
	}

	/**
	 * The device as the directory knows it now, so a wipe already sent is not sent again.
	 */
	private ManagedDevice device(DirectoryAccount account, Step step) {
		if (!this.directory.isDryRun()) {
			for (ManagedDevice device : this.directory.devicesOf(account)) {
				if (device.id().equals(step.target())) {
					return device;
				}
			}
		}
		return new ManagedDevice(step.target(), step.targetNames().get(0), null, null, true, null);
	}

	/**
	 * Completes the catalogue's "disable the account…" task once all its steps are done.
	 */
	private void closeUmbrella(TicketView ticket, RunbookRecord record) {
		Optional<TaskView> umbrella = ticket.tasks()
			.stream()
			.filter(t -> "it.accounts.revoke".equals(t.kind()) && t.status().isOpen())
			.findFirst();
		if (umbrella.isEmpty()) {
			return;
		}
		Map<String, TaskView> tasks = new LinkedHashMap<>();
		ticket.tasks().forEach(task -> tasks.put(task.id(), task));
		List<String> parts = new ArrayList<>();
		for (Step step : record.steps) {
			if (List.of(StepKind.DISABLE, StepKind.REVOKE_SESSIONS, StepKind.REMOVE_GROUPS, StepKind.REMOVE_LICENCES)
				.contains(step.kind())) {
				if (tasks.get(step.taskId()).status() != TaskStatus.DONE) {
					return;
				}
				parts.add(step.taskId());
			}
		}
		TaskView open = umbrella.get();
		String result = "Done by the leaver runbook: tasks " + String.join(", ", parts);
		if (open.status() == TaskStatus.BLOCKED) {
			this.tasks.recordResult(open.id(), result, false, RUNBOOK);
			return;
		}
		this.tasks.settle(ticket.key(), List.of(TaskOutcome.done(open.id(), result)), RUNBOOK);
	}

	/**
	 * An application owned by a person: their task, not a department's. One closed
	 * already (the owner confirmed early) stays as it is.
	 */
	private void handOverApplicationTasks(TicketView ticket) {
		for (TaskView task : applicationTasks(ticket)) {
			Optional<Application> app = this.applications.find(task.subject());
			if (app.isPresent() && app.get().owner().isPerson() && task.assignee() == null && task.status().isOpen()) {
				Actor owner = new Actor(app.get().owner().id(), app.get().owner().name(), Channel.SYSTEM);
				this.tasks.reassign(task.id(), owner, RUNBOOK, null);
			}
		}
	}

	private List<TaskView> applicationTasks(TicketView ticket) {
		return ticket.tasks().stream().filter(t -> "it.application.revoke".equals(t.kind())).toList();
	}

	private Optional<TaskView> openTask(TicketView ticket, String kind) {
		return this.tickets.get(ticket.key())
			.tasks()
			.stream()
			.filter(t -> kind.equals(t.kind()) && t.status().isOpen())
			.findFirst();
	}

	private List<DirectoryGroup> expectedGroups(RoleProfile profile) {
		if (profile == null) {
			return List.of();
		}
		List<String> names = new ArrayList<>(profile.accessGroups());
		this.applications.accessGroupsOf(profile.applications())
			.stream()
			.filter(g -> !names.contains(g))
			.forEach(names::add);
		return names.stream().map(this.directory::findGroup).flatMap(Optional::stream).toList();
	}

	private List<ManagedDevice> expectedDevices(TicketView ticket) {
		return this.assets.holdingsOf(ticket.employee().id())
			.stream()
			.filter(h -> h.type().equalsIgnoreCase("laptop") || h.type().equalsIgnoreCase("phone"))
			.map(h -> new ManagedDevice("<device id of " + h.serialNumber() + ">", h.type() + " " + h.tag(),
					h.serialNumber(), null, true, null))
			.toList();
	}

	private String delegate(TicketView ticket) {
		if (StringUtils.hasText(ticket.mailboxDelegate())) {
			return ticket.mailboxDelegate();
		}
		return ticket.manager() != null ? ticket.manager().upn() : null;
	}

	private String automaticReply(TicketView ticket, String delegate) {
		return this.properties.automaticReply()
			.replace("{name}", ticket.employee().name())
			.replace("{delegate}", delegate != null ? delegate : "the service desk");
	}

	private void block(TaskView task, String reason) {
		TaskView now = this.tasks.get(task.id());
		if (now.status() != TaskStatus.BLOCKED) {
			this.tasks.block(task.id(), reason, RUNBOOK, null);
		}
	}

	private static String approvalOf(RunbookRecord record, String taskId) {
		return record.approvals.stream()
			.filter(a -> a.taskId().equals(taskId))
			.map(a -> a.by().name())
			.findFirst()
			.orElse(null);
	}

	private static void add(List<NewTask> drafts, List<Step> steps, StepKind kind, String title, String notes,
			Step step) {
		drafts.add(new NewTask(kind.taskKind, "IT", title, notes,
				step != null && !step.targetNames().isEmpty() ? String.join(", ", step.targetNames()) : null));
		steps.add(step != null ? step : new Step(null, kind, List.of(), List.of()));
	}

	private static RunbookReport.StepReport report(TaskView task, String outcome) {
		return new RunbookReport.StepReport(task.id(), task.title(), outcome);
	}

	static String id(String ticketKey) {
		return ticketKey + ":" + KIND;
	}

	/** The answer of a read made on another thread, or its own failure. */
	private static <T> T joined(CompletableFuture<T> read) {
		try {
			return read.join();
		}
		catch (CompletionException failed) {
			if (failed.getCause() instanceof RuntimeException cause) {
				throw cause;
			}
			throw failed;
		}
	}

	@PreDestroy
	void stop() {
		Workers.stop(this.graphCalls, Duration.ofSeconds(10), "A leaver runbook's Graph call");
	}

	/** A step's result as the task shows it. */
	record StepResult(String text, boolean dryRun, boolean alreadyDone, String failure, boolean permanent) {

		StepResult(String text, boolean dryRun, boolean alreadyDone, String failure) {
			this(text, dryRun, alreadyDone, failure, false);
		}

		static StepResult of(DirectoryOutcome outcome) {
			return of(List.of(outcome));
		}

		static StepResult of(List<DirectoryOutcome> outcomes) {
			StringBuilder text = new StringBuilder();
			boolean dryRun = !outcomes.isEmpty() && outcomes.stream().allMatch(DirectoryOutcome::isDryRun);
			if (dryRun) {
				text.append("Dry run (no Microsoft Graph credentials): nothing was sent.\n");
			}
			List<String> failures = new ArrayList<>();
			Map<String, Boolean> seen = new LinkedHashMap<>();
			for (DirectoryOutcome outcome : outcomes) {
				text.append(outcome.summary()).append('\n');
				if (outcome.status() == DirectoryOutcome.Status.FAILED) {
					failures.add(outcome.summary());
				}
				outcome.requests()
					.forEach(r -> seen.putIfAbsent((dryRun ? "would send " : "sent ") + r.toString(), true));
			}
			seen.keySet().forEach(line -> text.append(line).append('\n'));
			boolean already = outcomes.stream().allMatch(o -> o.status() == DirectoryOutcome.Status.ALREADY_DONE);
			boolean permanent = !failures.isEmpty() && outcomes.stream()
				.filter(o -> o.status() == DirectoryOutcome.Status.FAILED)
				.allMatch(DirectoryOutcome::permanentFailure);
			return new StepResult(text.toString().strip(), dryRun, already,
					failures.isEmpty() ? null : String.join("; ", failures), permanent);
		}

	}

}

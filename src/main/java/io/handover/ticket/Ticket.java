package io.handover.ticket;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;

import io.handover.audit.AuditDraft;
import io.handover.audit.AuditOutbox;
import io.handover.common.Actor;
import io.handover.common.Channel;
import io.handover.common.NotFound;
import io.handover.common.Correlation;
import io.handover.common.Refusal;
import io.handover.task.AssetRef;
import io.handover.task.Task;
import io.handover.task.TaskStatus;
import io.handover.ticket.TicketEvent.TaskBlocked;
import io.handover.ticket.TicketEvent.TaskClaimed;
import io.handover.ticket.TicketEvent.TaskCompleted;
import io.handover.ticket.TicketEvent.TaskMarkedNotNeeded;
import io.handover.ticket.TicketEvent.TaskReassigned;
import io.handover.ticket.TicketEvent.TaskUnblocked;
import io.handover.ticket.TicketEvent.TicketAuthorised;
import io.handover.ticket.TicketEvent.TicketCancelled;
import io.handover.ticket.TicketEvent.TicketCompleted;
import io.handover.ticket.TicketEvent.TicketOpened;
import io.handover.ticket.TicketEvent.TicketRescheduled;
import org.bson.types.ObjectId;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Transient;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One joiner, mover or leaver case and its tasks — the aggregate. Its tasks, the state
 * that follows from them, the card updates owed (outbox), the audit entries owed and the
 * idempotency receipts change together in one document write, guarded by {@code version}.
 * While the ticket is active, {@code openSlot} holds kind + employee under a unique
 * index: that is what refuses a second open ticket of the same kind for the same person,
 * also when two arrive at once.
 */
@Document("tickets")
class Ticket {

	static final int LEAD_DAYS = 14;

	private static final int MAX_RECEIPTS = 200;

	@Id
	private String key;

	private TicketKind kind;

	@Indexed
	private TicketState state;

	private EmployeeRef employee;

	private ManagerRef manager;

	private String profile;

	private String previousProfile;

	private LocalDate date;

	private WorkLocation workLocation;

	private String shippingAddress;

	private DeviceRetrieval deviceRetrieval;

	private String mailboxDelegate;

	private Channel source;

	private Actor requestedBy;

	/** On whose authority the ticket runs (null in tickets stored before it was kept). */
	private Authority authority;

	/** Who gave that authority: the opener, or whoever confirmed the request. */
	private Actor authorisedBy;

	private Instant openedAt;

	private boolean lateNotice;

	private long noticeDays;

	private List<Task> tasks = new ArrayList<>();

	private Instant closedAt;

	private Actor closedBy;

	private String closeReason;

	@Indexed(unique = true, sparse = true)
	private String openSlot;

	@Indexed(unique = true, sparse = true)
	private String openedWith;

	private List<OwedUpdate> outbox = new ArrayList<>();

	/**
	 * The audit entries of changes written with them, until they are in the trail
	 * ({@link AuditOutbox}).
	 */
	private List<AuditDraft> auditOwed = new ArrayList<>();

	private List<Receipt> receipts = new ArrayList<>();

	/** Each change of the manager while the ticket was open, oldest first. */
	private List<ManagerChange> managerChanges = new ArrayList<>();

	@Version
	private Long version;

	@Transient
	private List<Happened> happened = new ArrayList<>();

	private Ticket() {
	}

	static Ticket open(String key, NewTicket request, EmployeeRef employee, String profile, String previousProfile,
			List<Task> tasks, Actor by, String idempotencyKey, Clock clock) {
		Ticket ticket = new Ticket();
		ticket.key = key;
		ticket.kind = request.kind();
		ticket.state = TicketState.OPEN;
		ticket.employee = employee;
		ticket.manager = request.manager();
		ticket.profile = profile;
		ticket.previousProfile = previousProfile;
		ticket.date = request.date();
		ticket.workLocation = request.workLocation();
		ticket.shippingAddress = request.shippingAddress();
		ticket.deviceRetrieval = request.deviceRetrieval();
		ticket.mailboxDelegate = request.mailboxDelegate();
		ticket.source = by.channel();
		ticket.requestedBy = by;
		ticket.authority = Authority.NONE;
		ticket.openedAt = clock.instant();
		ticket.noticeDays = noticeDays(request.date(), clock);
		ticket.lateNotice = ticket.noticeDays < LEAD_DAYS;
		ticket.tasks = new ArrayList<>(tasks);
		ticket.openSlot = slot(request.kind(), employee.id());
		ticket.openedWith = idempotencyKey;
		Map<String, Object[]> changes = new LinkedHashMap<>();
		changes.put("state", new Object[] { null, TicketState.OPEN });
		changes.put("kind", new Object[] { null, ticket.kind });
		changes.put("employee", new Object[] { null, employee });
		changes.put("profile", new Object[] { null, profile });
		changes.put("date", new Object[] { null, ticket.date });
		changes.put("lateNotice", new Object[] { null, ticket.lateNotice });
		changes.put("tasks",
				new Object[] { null, tasks.stream().map(t -> t.id() + " " + t.kind() + " due " + t.dueOn()).toList() });
		ticket.happened(
				new TicketOpened(key, ticket.kind, employee.id(), employee.name(), ticket.date, ticket.lateNotice,
						tasks.stream().map(Task::id).toList(), by, ticket.openedAt),
				"ticket", key, "opened", null, changes, by);
		return ticket;
	}

	static String slot(TicketKind kind, String employeeId) {
		return kind + ":" + employeeId;
	}

	static long noticeDays(LocalDate date, Clock clock) {
		return ChronoUnit.DAYS.between(LocalDate.now(clock), date);
	}

	Task task(String taskId) {
		return this.tasks.stream()
			.filter(task -> task.id().equals(taskId))
			.findFirst()
			.orElseThrow(() -> new NotFound("Task", taskId));
	}

	void claimTask(String taskId, Actor by, Clock clock) {
		Task task = task(taskId);
		task.claim(by, clock);
		taskChanged(new TaskClaimed(this.key, taskId, task.department(), by, clock.instant()), task, "claimed", null,
				Map.of("status", new Object[] { TaskStatus.OPEN, task.status() }, "assignee",
						new Object[] { null, by.name() }),
				by, clock);
	}

	void beginTaskCompletion(String taskId, String reservation, Actor by, Map<String, String> inputs, Clock clock) {
		refuseUnlessActive();
		task(taskId).beginCompletion(reservation, by, inputs, clock);
	}

	void abandonTaskCompletion(String taskId, String reservation) {
		task(taskId).abandonCompletion(reservation);
	}

	void completeTask(String taskId, String reservation, Actor by, Map<String, String> inputs, AssetRef asset,
			Clock clock) {
		Task task = task(taskId);
		TaskStatus before = task.status();
		task.complete(reservation, by, inputs, clock);
		Map<String, Object[]> changes = new LinkedHashMap<>();
		changes.put("status", new Object[] { before, task.status() });
		if (!task.inputs().isEmpty()) {
			changes.put("inputs", new Object[] { null, task.inputs() });
		}
		if (asset != null) {
			changes.put("asset", new Object[] { task.asset(), asset });
			task.concernsAsset(asset);
		}
		taskChanged(new TaskCompleted(this.key, taskId, task.department(), task.inputs(), by, clock.instant()), task,
				"completed", null, changes, by, clock);
	}

	void markTaskNotNeeded(String taskId, Actor by, String reason, Clock clock) {
		Task task = task(taskId);
		TaskStatus before = task.status();
		task.markNotNeeded(by, reason, clock);
		taskChanged(new TaskMarkedNotNeeded(this.key, taskId, task.department(), task.reason(), by, clock.instant()),
				task, "marked-not-needed", task.reason(),
				Map.of("status", new Object[] { before, TaskStatus.NOT_NEEDED }), by, clock);
	}

	void reassignTask(String taskId, Actor to, Actor by, Clock clock) {
		Task task = task(taskId);
		Actor before = task.assignee();
		task.reassign(by, to, clock);
		taskChanged(new TaskReassigned(this.key, taskId, task.department(), to, by, clock.instant()), task,
				"reassigned", null,
				Map.of("assignee", new Object[] { before != null ? before.name() : null, to.name() }), by, clock);
	}

	void blockTask(String taskId, Actor by, String reason, Clock clock) {
		Task task = task(taskId);
		TaskStatus before = task.status();
		task.block(by, reason, clock);
		taskChanged(new TaskBlocked(this.key, taskId, task.department(), task.blockedReason(), by, clock.instant()),
				task, "blocked", task.blockedReason(), Map.of("status", new Object[] { before, TaskStatus.BLOCKED }),
				by, clock);
	}

	void unblockTask(String taskId, Actor by, Clock clock) {
		Task task = task(taskId);
		task.unblock(by, clock);
		taskChanged(new TaskUnblocked(this.key, taskId, task.department(), by, clock.instant()), task, "unblocked",
				null, Map.of("status", new Object[] { TaskStatus.BLOCKED, task.status() }), by, clock);
	}

	/**
	 * Adds tasks to the open ticket, numbered after the existing ones; answers their ids.
	 */
	List<String> addTasks(List<io.handover.task.NewTask> added, LocalDate dueOn, Actor by, Clock clock) {
		refuseUnlessActive();
		List<String> ids = new ArrayList<>();
		for (io.handover.task.NewTask draft : added) {
			String id = this.key + "-" + (this.tasks.size() + 1);
			this.tasks.add(Task.added(id, draft, dueOn, this.lateNotice));
			ids.add(id);
		}
		if (this.state == TicketState.OPEN && !ids.isEmpty()) {
			this.state = TicketState.IN_PROGRESS;
		}
		happened(new TicketEvent.TasksAdded(this.key, ids, by, clock.instant()), "ticket", this.key, "tasks-added",
				null,
				Map.of("tasks", new Object[] { null, added.stream().map(t -> t.kind() + " " + t.title()).toList() }),
				by);
		return ids;
	}

	/**
	 * A completed ticket whose work turned out not to be done (the offboarding guard
	 * found something on a leaver's name again) goes back in progress with the tasks for
	 * it; an active ticket just gets them. A cancelled ticket stays cancelled.
	 */
	List<String> reopenWith(List<io.handover.task.NewTask> added, LocalDate dueOn, String why, Actor by, Clock clock) {
		if (this.state == TicketState.COMPLETED && !added.isEmpty()) {
			TicketState before = this.state;
			this.state = TicketState.IN_PROGRESS;
			this.closedAt = null;
			this.closedBy = null;
			this.closeReason = null;
			// unique while active: a second active ticket for the same person refuses
			// this
			this.openSlot = slot(this.kind, this.employee.id());
			happened(new TicketEvent.TasksAdded(this.key, List.of(), by, clock.instant()), "ticket", this.key,
					"reopened", why, Map.of("state", new Object[] { before, TicketState.IN_PROGRESS }), by);
		}
		return addTasks(added, dueOn, by, clock);
	}

	/**
	 * Whether anyone has begun the ticket's work: a task claimed, done, marked not
	 * needed, being completed or with a result of an automated step.
	 */
	boolean workBegun() {
		return this.tasks.stream()
			.anyMatch(task -> task.status() == TaskStatus.CLAIMED || task.status().isResolved()
					|| task.assignee() != null || task.pendingCompletion() != null || task.result() != null);
	}

	/**
	 * Puts the ticket on another role profile (HR mapped the person's job). With
	 * {@code replan} (nothing begun) the tasks are replaced by the new profile's plan;
	 * otherwise they are kept and {@code instead} is added for whoever must check them.
	 * @return whether the tasks were replaced
	 */
	boolean changeProfile(String profile, List<Task> replan, io.handover.task.NewTask instead, LocalDate dueOn,
			String why, Actor by, Clock clock) {
		refuseUnlessActive();
		if (profile.equals(this.profile)) {
			throw new Refusal("same-profile", "profile", this.key + " is on profile " + profile + " already");
		}
		String before = this.profile;
		this.profile = profile;
		Map<String, Object[]> changes = new LinkedHashMap<>();
		changes.put("profile", new Object[] { before, profile });
		if (replan != null && !workBegun()) {
			List<String> replaced = this.tasks.stream().map(task -> task.kind() + " " + task.title()).toList();
			this.tasks = new ArrayList<>(replan);
			if (this.lateNotice) {
				this.tasks.forEach(Task::markUrgent);
			}
			changes.put("tasks", new Object[] { replaced, this.tasks.stream().map(Task::kind).toList() });
			happened(new TicketEvent.TasksAdded(this.key, this.tasks.stream().map(Task::id).toList(), by,
					clock.instant()), "ticket", this.key, "profile-changed", why, changes, by);
			return true;
		}
		happened(new TicketEvent.TasksAdded(this.key, List.of(), by, clock.instant()), "ticket", this.key,
				"profile-changed", why, changes, by);
		addTasks(List.of(instead), dueOn, by, clock);
		return false;
	}

	/** Records what an automated step did on one task; its status is unchanged. */
	void recordTaskResult(String taskId, String result, boolean dryRun, Actor by, Clock clock) {
		Task task = task(taskId);
		String before = task.result();
		task.recordResult(result, dryRun);
		happened(
				new TicketEvent.TaskResultRecorded(this.key, taskId, task.department(), result, dryRun, by,
						clock.instant()),
				"task", taskId, dryRun ? "dry-run-recorded" : "result-recorded", null,
				Map.of("result", new Object[] { before, result }), by);
	}

	void returnRecorded(String taskId, Actor signer, Clock clock) {
		Task task = task(taskId);
		task.returnRecorded(clock);
		taskChanged(new TicketEvent.AssetReturnRecorded(this.key, taskId, task.department(), signer, clock.instant()),
				task, "return-recorded", null, Map.of("returnRecordedAt", new Object[] { null, clock.instant() }),
				signer, clock);
	}

	/**
	 * Moves the ticket's date and re-dates its open tasks; closed tasks keep their dates.
	 * A new date inside the lead time makes the notice late and the open tasks urgent.
	 */
	void reschedule(LocalDate newDate, Actor by, String why, Clock clock,
			BiFunction<LocalDate, Integer, LocalDate> dueOn) {
		refuseUnlessActive();
		if (newDate == null) {
			throw new Refusal("date-required", "date", "Give the new date");
		}
		if (newDate.equals(this.date)) {
			throw new Refusal("same-date", "date", this.key + " is already on " + newDate);
		}
		LocalDate before = this.date;
		this.date = newDate;
		long notice = noticeDays(newDate, clock);
		boolean late = notice < LEAD_DAYS;
		List<String> redated = new ArrayList<>();
		for (Task task : this.tasks) {
			if (task.redate(dueOn.apply(newDate, task.dueOffset()))) {
				redated.add(task.id());
			}
			if (late) {
				task.markUrgent();
			}
		}
		Map<String, Object[]> changes = new LinkedHashMap<>();
		changes.put("date", new Object[] { before, newDate });
		if (late && !this.lateNotice) {
			changes.put("lateNotice", new Object[] { false, true });
			this.lateNotice = true;
		}
		changes.put("redatedTasks", new Object[] { null, redated });
		happened(new TicketRescheduled(this.key, before, newDate, redated, by, clock.instant()), "ticket", this.key,
				"rescheduled", why, changes, by);
	}

	/**
	 * Names another manager on the open ticket (the HR system changed the employee's
	 * manager): approvals, the access pass, notices and the return of assets go to them
	 * from now on. A leaver's mailbox delegate that was the manager before (the default)
	 * becomes the new manager; one chosen otherwise stays.
	 * @throws Refusal {@code ticket-closed}; {@code manager-required};
	 * {@code same-manager} when the ticket names them already
	 */
	void changeManager(ManagerRef to, Actor by, String why, Clock clock) {
		refuseUnlessActive();
		if (to == null || to.upn() == null || to.upn().isBlank()) {
			throw new Refusal("manager-required", "manager", "Name the new manager of " + this.key);
		}
		ManagerRef from = this.manager;
		if (from != null && to.upn().equalsIgnoreCase(from.upn())) {
			throw new Refusal("same-manager", "manager", this.key + " names " + to.upn() + " as manager already");
		}
		this.manager = to;
		Map<String, Object[]> changes = new LinkedHashMap<>();
		changes.put("manager", new Object[] { from != null ? from.upn() : null, to.upn() });
		if (this.kind == TicketKind.LEAVER && from != null && this.mailboxDelegate != null
				&& this.mailboxDelegate.equalsIgnoreCase(from.upn())) {
			changes.put("mailboxDelegate", new Object[] { this.mailboxDelegate, to.upn() });
			this.mailboxDelegate = to.upn();
		}
		Instant at = clock.instant();
		if (this.managerChanges == null) {
			this.managerChanges = new ArrayList<>();
		}
		this.managerChanges.add(new ManagerChange(from, to, by, why, at));
		happened(new TicketEvent.TicketManagerChanged(this.key, from, to, by, at), "ticket", this.key,
				"manager-changed", why, changes, by);
	}

	List<ManagerChange> managerChanges() {
		return this.managerChanges == null ? List.of() : List.copyOf(this.managerChanges);
	}

	/** Closes the ticket and its open tasks as cancelled; done tasks stay done. */
	void cancel(Actor by, String reason, Clock clock) {
		if (reason == null || reason.isBlank()) {
			throw new Refusal("reason-required", "reason", "Say why " + this.key + " is cancelled");
		}
		refuseUnlessActive();
		List<String> cancelled = new ArrayList<>();
		for (Task task : this.tasks) {
			if (task.status().isOpen()) {
				task.cancel(reason.strip());
				cancelled.add(task.id());
			}
		}
		TicketState before = this.state;
		close(TicketState.CANCELLED, by, reason.strip(), clock);
		Map<String, Object[]> changes = new LinkedHashMap<>();
		changes.put("state", new Object[] { before, TicketState.CANCELLED });
		changes.put("cancelledTasks", new Object[] { null, cancelled });
		happened(new TicketCancelled(this.key, reason.strip(), cancelled, by, clock.instant()), "ticket", this.key,
				"cancelled", reason.strip(), changes, by);
	}

	/** Keeps the first answer of a call made with an idempotency key. */
	void remember(String idempotencyKey, String fingerprint, String result, Clock clock) {
		this.receipts.add(new Receipt(idempotencyKey, fingerprint, clock.instant(), result));
		if (this.receipts.size() > MAX_RECEIPTS) {
			this.receipts.remove(0);
		}
	}

	Optional<Receipt> receipt(String idempotencyKey) {
		return this.receipts.stream().filter(r -> r.key().equals(idempotencyKey)).findFirst();
	}

	private void taskChanged(TicketEvent event, Task task, String action, String why, Map<String, Object[]> changes,
			Actor by, Clock clock) {
		happened(event, "task", task.id(), action, why, changes, by);
		if (task.status().isResolved()) {
			List<String> resolved = List.of(task.id());
			for (Task other : this.tasks) {
				if (other.dependenciesResolved(resolved)) {
					happened(new TaskUnblocked(this.key, other.id(), other.department(), by, clock.instant()), "task",
							other.id(), "unblocked", "task " + task.id() + " is " + task.status(),
							Map.of("status", new Object[] { TaskStatus.BLOCKED, other.status() }), by);
				}
			}
		}
		TicketState before = this.state;
		if (this.tasks.stream().allMatch(t -> t.status().isResolved())) {
			close(TicketState.COMPLETED, by, null, clock);
			happened(new TicketCompleted(this.key, clock.instant()), "ticket", this.key, "completed", null,
					Map.of("state", new Object[] { before, TicketState.COMPLETED }), by);
		}
		else if (this.state == TicketState.OPEN) {
			this.state = TicketState.IN_PROGRESS;
		}
	}

	private void close(TicketState state, Actor by, String reason, Clock clock) {
		this.state = state;
		this.closedAt = clock.instant();
		this.closedBy = by;
		this.closeReason = reason;
		this.openSlot = null;
	}

	private void refuseUnlessActive() {
		if (!this.state.isActive()) {
			throw new Refusal("ticket-closed", this.key + " is " + this.state.name().toLowerCase(java.util.Locale.ROOT)
					+ (this.closeReason != null ? " (" + this.closeReason + ")" : ""));
		}
	}

	private void happened(TicketEvent event, String subjectType, String subjectId, String action, String why,
			Map<String, Object[]> changes, Actor by) {
		AuditDraft audit = AuditDraft.fresh(event.at(), subjectType, subjectId, action, by, why, changes);
		this.auditOwed.add(audit);
		this.happened.add(new Happened(event, audit));
		this.outbox.add(new OwedUpdate(new ObjectId().toHexString(), event.getClass().getSimpleName(), event.taskId(),
				event.at(), Correlation.current()));
	}

	List<Happened> drainHappened() {
		List<Happened> drained = List.copyOf(this.happened);
		this.happened.clear();
		return drained;
	}

	/**
	 * A change to publish once it is stored; its audit entry is owed in the same write.
	 */
	record Happened(TicketEvent event, AuditDraft audit) {
	}

	String key() {
		return this.key;
	}

	TicketKind kind() {
		return this.kind;
	}

	TicketState state() {
		return this.state;
	}

	EmployeeRef employee() {
		return this.employee;
	}

	ManagerRef manager() {
		return this.manager;
	}

	String profile() {
		return this.profile;
	}

	String previousProfile() {
		return this.previousProfile;
	}

	LocalDate date() {
		return this.date;
	}

	WorkLocation workLocation() {
		return this.workLocation;
	}

	String shippingAddress() {
		return this.shippingAddress;
	}

	DeviceRetrieval deviceRetrieval() {
		return this.deviceRetrieval;
	}

	String mailboxDelegate() {
		return this.mailboxDelegate;
	}

	Channel source() {
		return this.source;
	}

	Actor requestedBy() {
		return this.requestedBy;
	}

	Authority authority() {
		return this.authority != null ? this.authority : Authority.NONE;
	}

	Actor authorisedBy() {
		return this.authorisedBy;
	}

	/**
	 * Records on whose authority the ticket runs (its opener's, or a confirmer's);
	 * audited with who gave it.
	 */
	void authorise(Authority authority, Actor by, Clock clock) {
		Authority before = authority();
		this.authority = authority;
		this.authorisedBy = by;
		Map<String, Object[]> changes = new LinkedHashMap<>();
		changes.put("authority", new Object[] { before, authority });
		happened(new TicketAuthorised(this.key, authority, by, clock.instant()), "ticket", this.key, "authorised", null,
				changes, by);
	}

	Instant openedAt() {
		return this.openedAt;
	}

	boolean lateNotice() {
		return this.lateNotice;
	}

	long noticeDays() {
		return this.noticeDays;
	}

	List<Task> tasks() {
		return List.copyOf(this.tasks);
	}

	Instant closedAt() {
		return this.closedAt;
	}

	Actor closedBy() {
		return this.closedBy;
	}

	String closeReason() {
		return this.closeReason;
	}

	String openedWith() {
		return this.openedWith;
	}

	List<AuditDraft> auditOwed() {
		return List.copyOf(this.auditOwed);
	}

	List<OwedUpdate> outbox() {
		return List.copyOf(this.outbox);
	}

	Long version() {
		return this.version;
	}

}

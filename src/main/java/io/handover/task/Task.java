package io.handover.task;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.handover.common.Actor;
import io.handover.common.InvalidInput;
import io.handover.common.Refusal;
import io.handover.profile.TaskEffect;
import io.handover.profile.TaskInput;

/**
 * One unit of work for one department on one ticket. Every state change is a verb that
 * refuses an invalid move with a reason a person understands, and changes nothing then.
 * Tasks live inside their ticket's document; the ticket saves them.
 */
public class Task {

	/**
	 * How long a completion may stay half-done (a crash) before someone else may redo it.
	 */
	static final Duration PENDING_EXPIRES = Duration.ofMinutes(2);

	private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm");

	private String id;

	private String kind;

	private String department;

	private String title;

	private String notes;

	private AssetRef asset;

	private String subject;

	private int dueOffset;

	private LocalDate dueOn;

	private boolean urgent;

	private TaskStatus status;

	private List<String> waitingFor = new ArrayList<>();

	private String blockedReason;

	private Actor assignee;

	private Instant claimedAt;

	private List<TaskInput> inputsNeeded = new ArrayList<>();

	private TaskEffect effect;

	private Map<String, String> inputs = new LinkedHashMap<>();

	private PendingCompletion pendingCompletion;

	private Actor completedBy;

	private Instant completedAt;

	private String reason;

	private Instant returnRecordedAt;

	private String result;

	private boolean dryRun;

	private Task() {
	}

	/**
	 * A task added to an open ticket, e.g. one step of the leaver runbook: its id is
	 * given by the ticket.
	 */
	public static Task added(String id, NewTask task, LocalDate dueOn, boolean urgent) {
		return new Task(id, task.kind(), task.department(), task.title(), task.notes(), null, task.subject(), 0, dueOn,
				urgent, List.of(), TaskEffect.NONE);
	}

	Task(String id, String kind, String department, String title, String notes, AssetRef asset, String subject,
			int dueOffset, LocalDate dueOn, boolean urgent, List<TaskInput> inputsNeeded, TaskEffect effect) {
		this.id = id;
		this.kind = kind;
		this.department = department;
		this.title = title;
		this.notes = notes;
		this.asset = asset;
		this.subject = subject;
		this.dueOffset = dueOffset;
		this.dueOn = dueOn;
		this.urgent = urgent;
		this.status = TaskStatus.OPEN;
		this.inputsNeeded = new ArrayList<>(inputsNeeded);
		this.effect = effect;
	}

	/** Takes the task on. */
	public void claim(Actor by, Clock clock) {
		refuseUnlessWorkable(null, clock);
		if (this.status == TaskStatus.CLAIMED) {
			throw new Refusal("already-claimed", "Task " + this.id + " was already claimed by " + this.assignee.name()
					+ " at " + moment(this.claimedAt, clock) + "; ask them to reassign it");
		}
		this.status = TaskStatus.CLAIMED;
		this.assignee = by;
		this.claimedAt = clock.instant();
	}

	/**
	 * Reserves the task for a completion whose effect on the asset register is applied
	 * next. Checks everything {@link #complete} checks, so a refusal comes before the
	 * register is touched.
	 */
	public void beginCompletion(String reservation, Actor by, Map<String, String> inputs, Clock clock) {
		refuseUnlessWorkable(null, clock);
		Map<String, String> given = checkedInputs(inputs);
		this.pendingCompletion = new PendingCompletion(reservation, by, clock.instant(), given);
	}

	/** Gives up a reservation after the asset register refused the effect. */
	public void abandonCompletion(String reservation) {
		if (this.pendingCompletion != null && this.pendingCompletion.reservation().equals(reservation)) {
			this.pendingCompletion = null;
		}
	}

	/** Marks the task done with the values entered. */
	public void complete(Actor by, Map<String, String> inputs, Clock clock) {
		complete(null, by, inputs, clock);
	}

	/** Marks the task done, ending the reservation made by {@link #beginCompletion}. */
	public void complete(String reservation, Actor by, Map<String, String> inputs, Clock clock) {
		refuseUnlessWorkable(reservation, clock);
		this.pendingCompletion = null;
		Map<String, String> given = checkedInputs(inputs);
		this.inputs = new LinkedHashMap<>(given);
		this.status = TaskStatus.DONE;
		this.completedBy = by;
		this.completedAt = clock.instant();
	}

	/** Closes the task without doing it, e.g. "the joiner brings their own phone". */
	public void markNotNeeded(Actor by, String reason, Clock clock) {
		if (reason == null || reason.isBlank()) {
			throw new Refusal("reason-required", "reason", "Say why task " + this.id + " is not needed");
		}
		refuseUnlessOpen(clock);
		refuseWhileBeingCompleted(null, clock);
		this.status = TaskStatus.NOT_NEEDED;
		this.reason = reason.strip();
		this.waitingFor.clear();
		this.blockedReason = null;
		this.completedBy = by;
		this.completedAt = clock.instant();
	}

	/** Gives the task to someone (else). */
	public void reassign(Actor by, Actor to, Clock clock) {
		refuseUnlessOpen(clock);
		if (to == null) {
			throw new Refusal("assignee-required", "to", "Say who task " + this.id + " goes to");
		}
		if (this.assignee != null && this.assignee.id().equals(to.id())) {
			throw new Refusal("already-assigned", "to", "Task " + this.id + " is already assigned to " + to.name());
		}
		this.assignee = to;
		this.claimedAt = clock.instant();
		if (this.status == TaskStatus.OPEN) {
			this.status = TaskStatus.CLAIMED;
		}
	}

	/** Puts the task on hold, e.g. "laptop on back order". */
	public void block(Actor by, String reason, Clock clock) {
		if (reason == null || reason.isBlank()) {
			throw new Refusal("reason-required", "reason", "Say why task " + this.id + " is blocked");
		}
		refuseUnlessWorkable(null, clock);
		this.blockedReason = reason.strip();
		this.status = TaskStatus.BLOCKED;
	}

	/** Lifts a hold put on by {@link #block}; tasks it waits for must still be done. */
	public void unblock(Actor by, Clock clock) {
		refuseUnlessOpen(clock);
		if (this.blockedReason == null) {
			throw new Refusal("not-blocked", "Task " + this.id + (this.waitingFor.isEmpty() ? " is not blocked"
					: " waits for task " + String.join(", ", this.waitingFor) + ", not for a person"));
		}
		this.blockedReason = null;
		reopenIfFree();
	}

	/**
	 * Tasks this one waited for are done or not needed; returns whether it is now free.
	 */
	public boolean dependenciesResolved(Collection<String> resolvedTaskIds) {
		if (!this.status.isOpen() || this.waitingFor.isEmpty()) {
			return false;
		}
		this.waitingFor.removeAll(resolvedTaskIds);
		return reopenIfFree();
	}

	/** Closes the task because its ticket was cancelled. */
	public void cancel(String reason) {
		if (this.status.isOpen()) {
			this.status = TaskStatus.CANCELLED;
			this.reason = reason;
			this.pendingCompletion = null;
		}
	}

	/** Moves the due date of an open task; returns whether it changed. */
	public boolean redate(LocalDate dueOn) {
		if (!this.status.isOpen() || dueOn.equals(this.dueOn)) {
			return false;
		}
		this.dueOn = dueOn;
		return true;
	}

	public void markUrgent() {
		if (this.status.isOpen()) {
			this.urgent = true;
		}
	}

	/**
	 * Records what an automated step did (or, in a dry run, would have done); the status
	 * is changed separately.
	 */
	public void recordResult(String result, boolean dryRun) {
		this.result = result;
		this.dryRun = dryRun;
	}

	/** The asset register now holds the issued asset under these ids. */
	public void concernsAsset(AssetRef asset) {
		this.asset = asset;
	}

	/**
	 * The employee confirmed they returned the asset; receipt is still to be confirmed.
	 */
	public void returnRecorded(Clock clock) {
		refuseUnlessOpen(clock);
		this.returnRecordedAt = clock.instant();
	}

	void waitFor(List<String> taskIds) {
		this.waitingFor = new ArrayList<>(taskIds);
		if (!taskIds.isEmpty()) {
			this.status = TaskStatus.BLOCKED;
		}
	}

	private boolean reopenIfFree() {
		if (this.status == TaskStatus.BLOCKED && this.waitingFor.isEmpty() && this.blockedReason == null) {
			this.status = this.assignee != null ? TaskStatus.CLAIMED : TaskStatus.OPEN;
			return true;
		}
		return false;
	}

	private void refuseUnlessWorkable(String reservation, Clock clock) {
		refuseUnlessOpen(clock);
		if (this.status == TaskStatus.BLOCKED) {
			throw new Refusal("blocked", "Task " + this.id + " is blocked: " + (this.blockedReason != null
					? this.blockedReason : "it waits for task " + String.join(", ", this.waitingFor)));
		}
		refuseWhileBeingCompleted(reservation, clock);
	}

	private void refuseWhileBeingCompleted(String reservation, Clock clock) {
		PendingCompletion pending = this.pendingCompletion;
		if (pending != null && !pending.reservation().equals(reservation)
				&& pending.since().plus(PENDING_EXPIRES).isAfter(clock.instant())) {
			throw new Refusal("being-completed", "Task " + this.id + " is being completed by " + pending.by().name()
					+ " since " + moment(pending.since(), clock));
		}
	}

	private void refuseUnlessOpen(Clock clock) {
		switch (this.status) {
			case DONE -> throw new Refusal("already-completed", "Task " + this.id + " was already completed by "
					+ this.completedBy.name() + " at " + moment(this.completedAt, clock));
			case NOT_NEEDED -> throw new Refusal("already-closed", "Task " + this.id + " was marked not needed by "
					+ this.completedBy.name() + " at " + moment(this.completedAt, clock) + ": " + this.reason);
			case CANCELLED -> throw new Refusal("cancelled", "Task " + this.id + " was cancelled with its ticket"
					+ (this.reason != null ? ": " + this.reason : ""));
			default -> {
			}
		}
	}

	private Map<String, String> checkedInputs(Map<String, String> inputs) {
		Map<String, String> given = new LinkedHashMap<>();
		for (TaskInput input : this.inputsNeeded) {
			String value = inputs != null ? inputs.get(input.name()) : null;
			if (value != null && !value.isBlank()) {
				given.put(input.name(), checked(input, value));
			}
			else if (input.required()) {
				throw new Refusal("input-required", input.name(),
						input.label() + " is needed to complete task " + this.id + " (" + this.title + ")");
			}
		}
		return given;
	}

	/**
	 * The value as stored: bounded by the input's length, and for a base64 input (a
	 * hardware hash, often copied with line breaks) without white space and decodable.
	 */
	private String checked(TaskInput input, String value) {
		String stored = input.base64() ? value.replaceAll("\\s+", "") : value.strip();
		if (stored.length() > input.maxLength()) {
			throw new InvalidInput(input.name(), input.label() + " is " + stored.length() + " characters long; task "
					+ this.id + " accepts at most " + input.maxLength() + ". Nothing was changed.");
		}
		if (input.base64()) {
			String why = null;
			if (!stored.matches("[A-Za-z0-9+/]*={0,2}")) {
				why = "it may hold only letters, digits, + and /, with = at the end";
			}
			else if (stored.length() % 4 != 0) {
				why = "its length (" + stored.length() + ") is not a multiple of 4: part of it may be missing";
			}
			else {
				try {
					java.util.Base64.getDecoder().decode(stored);
				}
				catch (IllegalArgumentException ex) {
					why = ex.getMessage();
				}
			}
			if (why != null) {
				throw new InvalidInput(input.name(), input.label() + " is not base64 (" + why
						+ "); copy it whole from the supplier's CSV or Get-WindowsAutopilotInfo. Nothing was changed.");
			}
		}
		return stored;
	}

	private static String moment(Instant at, Clock clock) {
		return at == null ? "an unknown time" : MOMENT.format(at.atZone(clock.getZone()));
	}

	public String id() {
		return this.id;
	}

	/** The catalogue kind, e.g. {@code it.laptop.issue}. */
	public String kind() {
		return this.kind;
	}

	public String department() {
		return this.department;
	}

	public String title() {
		return this.title;
	}

	public String notes() {
		return this.notes;
	}

	public AssetRef asset() {
		return this.asset;
	}

	/** The access group or application the task is about, if any. */
	public String subject() {
		return this.subject;
	}

	/** Working days relative to the ticket's date, kept so a reschedule can re-date. */
	public int dueOffset() {
		return this.dueOffset;
	}

	public LocalDate dueOn() {
		return this.dueOn;
	}

	public boolean urgent() {
		return this.urgent;
	}

	public TaskStatus status() {
		return this.status;
	}

	public List<String> waitingFor() {
		return List.copyOf(this.waitingFor);
	}

	public String blockedReason() {
		return this.blockedReason;
	}

	public Actor assignee() {
		return this.assignee;
	}

	public Instant claimedAt() {
		return this.claimedAt;
	}

	public List<TaskInput> inputsNeeded() {
		return List.copyOf(this.inputsNeeded);
	}

	public TaskEffect effect() {
		return this.effect;
	}

	public Map<String, String> inputs() {
		return Map.copyOf(this.inputs);
	}

	public PendingCompletion pendingCompletion() {
		return this.pendingCompletion;
	}

	/** Who completed it or marked it not needed. */
	public Actor completedBy() {
		return this.completedBy;
	}

	public Instant completedAt() {
		return this.completedAt;
	}

	/** Why it was marked not needed or cancelled. */
	public String reason() {
		return this.reason;
	}

	public Instant returnRecordedAt() {
		return this.returnRecordedAt;
	}

	/** What an automated step did, e.g. the directory requests it sent, or null. */
	public String result() {
		return this.result;
	}

	/** The result is what a dry run would have done: nothing was sent. */
	public boolean dryRun() {
		return this.dryRun;
	}

	public boolean isOverdue(LocalDate today) {
		return this.status.isOpen() && this.dueOn != null && this.dueOn.isBefore(today);
	}

}

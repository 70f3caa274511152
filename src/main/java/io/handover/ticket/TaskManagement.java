package io.handover.ticket;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import io.handover.asset.AssetRegister;
import io.handover.asset.AssignmentState;
import io.handover.asset.Holding;
import io.handover.asset.IssueRequest;
import io.handover.asset.Signature;
import io.handover.common.Actor;
import io.handover.common.Channel;
import io.handover.common.NotFound;
import io.handover.common.Refusal;
import io.handover.profile.TaskEffect;
import io.handover.task.AssetRef;
import io.handover.task.Task;
import io.handover.task.TaskStatus;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;
import org.springframework.util.StringUtils;

/**
 * What department staff (and employees, for their returns) do with tasks. Task ids are
 * {@code <ticket key>-<n>}, e.g. {@code JML-0042-3}. Every call takes an optional
 * idempotency key: a repeat with the same key returns the first answer and changes
 * nothing. Of two people acting on one task at once exactly one succeeds; the other is
 * told what happened, e.g. "already completed by Joost at 23 Nov 2026 09:14".
 */
@Service
public class TaskManagement {

	private static final Logger log = LoggerFactory.getLogger(TaskManagement.class);

	private final TicketStore store;

	private final AssetRegister assets;

	private final Clock clock;

	TaskManagement(TicketStore store, AssetRegister assets, Clock clock) {
		this.store = store;
		this.assets = assets;
		this.clock = clock;
	}

	public TaskView get(String taskId) {
		Ticket ticket = this.store.load(ticketKeyOf(taskId));
		return TaskView.of(ticket, ticket.task(taskId), today());
	}

	/**
	 * The tasks of active tickets, by department (null: all) and status (empty: open
	 * ones), optionally only the overdue ones — what a department channel or a reminder
	 * shows.
	 */
	public List<TaskView> tasks(String department, Collection<TaskStatus> statuses, boolean overdueOnly) {
		Collection<TaskStatus> wanted = statuses == null || statuses.isEmpty()
				? List.of(TaskStatus.OPEN, TaskStatus.CLAIMED, TaskStatus.BLOCKED) : statuses;
		Criteria element = Criteria.where("status").in(wanted);
		if (StringUtils.hasText(department)) {
			element = element.and("department").is(department.toUpperCase(java.util.Locale.ROOT));
		}
		Query query = Query.query(Criteria.where("tasks").elemMatch(element));
		LocalDate today = today();
		List<TaskView> found = new ArrayList<>();
		for (Ticket ticket : this.store.find(query)) {
			for (Task task : ticket.tasks()) {
				boolean inDepartment = !StringUtils.hasText(department)
						|| task.department().equalsIgnoreCase(department);
				if (inDepartment && wanted.contains(task.status()) && (!overdueOnly || task.isOverdue(today))) {
					found.add(TaskView.of(ticket, task, today));
				}
			}
		}
		found.sort(java.util.Comparator.comparing(TaskView::dueOn).thenComparing(TaskView::id));
		return found;
	}

	public TaskView claim(String taskId, Actor by, String idempotencyKey) {
		return change(taskId, idempotencyKey, "claim", ticket -> ticket.claimTask(taskId, by, this.clock));
	}

	/**
	 * Completes a task with the values it needs. For an issue task, the asset with the
	 * serial number entered goes on the employee's name first (refused while it is on
	 * someone else's); for a collect task, the employee must have confirmed the return,
	 * and the receipt puts the asset back in stock.
	 */
	public TaskView complete(String taskId, Map<String, String> inputs, Actor by, String idempotencyKey) {
		Map<String, String> given = inputs != null ? new TreeMap<>(inputs) : new TreeMap<>();
		String fingerprint = "complete:" + taskId + ":" + given;
		String key = ticketKeyOf(taskId);
		Ticket ticket = this.store.load(key);
		Optional<TaskView> earlier = this.store.replay(ticket, idempotencyKey, fingerprint, TaskView.class);
		if (earlier.isPresent()) {
			return earlier.get();
		}
		Task task = ticket.task(taskId);
		if (task.effect() == TaskEffect.NONE) {
			return this.store.change(key, idempotencyKey, fingerprint, TaskView.class, fresh -> {
				fresh.completeTask(taskId, null, by, given, null, this.clock);
				return TaskView.of(fresh, fresh.task(taskId), today());
			});
		}
		// Reserve the task first, so that of two people completing it at once only one
		// changes the asset register.
		String reservation = java.util.UUID.randomUUID().toString();
		this.store.change(key, null, null, TaskView.class, fresh -> {
			fresh.beginTaskCompletion(taskId, reservation, by, given, this.clock);
			return null;
		});
		AssetRef asset;
		try {
			asset = applyEffect(ticket, task, given, by);
		}
		catch (RuntimeException refused) {
			this.store.change(key, null, null, TaskView.class, fresh -> {
				fresh.abandonTaskCompletion(taskId, reservation);
				return null;
			});
			throw refused;
		}
		return this.store.change(key, idempotencyKey, fingerprint, TaskView.class, fresh -> {
			fresh.completeTask(taskId, reservation, by, given, asset, this.clock);
			return TaskView.of(fresh, fresh.task(taskId), today());
		});
	}

	/**
	 * Records what an automated step did on a task (its status is changed by
	 * {@link #complete} or {@link #block}); in a dry run, what it would have sent.
	 */
	public TaskView recordResult(String taskId, String result, boolean dryRun, Actor by) {
		TaskView task = change(taskId, null, "result",
				ticket -> ticket.recordTaskResult(taskId, result, dryRun, by, this.clock));
		// issue 19: one line per runbook step outcome (the result itself may name people:
		// it is on the task card)
		log.info("Step result on {} task {} \"{}\": {}{}", task.ticketKey(), taskId,
				io.handover.common.LogSafe.of(task.title()), dryRun ? "dry run, " : "", task.status());
		return task;
	}

	/**
	 * Records what several automated steps did in one change of the ticket: each task's
	 * result, then done (lifting the step's own block) or blocked. A task someone closed
	 * meanwhile only gets the result.
	 */
	public void settle(String ticketKey, List<TaskOutcome> outcomes, Actor by) {
		if (outcomes.isEmpty()) {
			return;
		}
		this.store.change(ticketKey, null, null, Boolean.class, ticket -> {
			for (TaskOutcome outcome : outcomes) {
				String id = outcome.taskId();
				ticket.recordTaskResult(id, outcome.result(), outcome.dryRun(), by, this.clock);
				TaskStatus status = ticket.task(id).status();
				if (outcome.dryRun() || status.isResolved() || status == TaskStatus.CANCELLED) {
					continue;
				}
				if (outcome.blockedReason() != null) {
					if (status != TaskStatus.BLOCKED) {
						ticket.blockTask(id, by, outcome.blockedReason(), this.clock);
					}
					continue;
				}
				if (status == TaskStatus.BLOCKED && ticket.task(id).blockedReason() == null) {
					// waiting for other tasks, not for this step: leave it blocked
					continue;
				}
				if (status == TaskStatus.BLOCKED) {
					ticket.unblockTask(id, by, this.clock);
				}
				ticket.completeTask(id, null, by, Map.of(), null, this.clock);
			}
			return Boolean.TRUE;
		});
	}

	public TaskView markNotNeeded(String taskId, String reason, Actor by, String idempotencyKey) {
		return change(taskId, idempotencyKey, "not-needed:" + reason,
				ticket -> ticket.markTaskNotNeeded(taskId, by, reason, this.clock));
	}

	public TaskView reassign(String taskId, Actor to, Actor by, String idempotencyKey) {
		return change(taskId, idempotencyKey, "reassign:" + (to != null ? to.id() : null),
				ticket -> ticket.reassignTask(taskId, to, by, this.clock));
	}

	public TaskView block(String taskId, String reason, Actor by, String idempotencyKey) {
		return change(taskId, idempotencyKey, "block:" + reason,
				ticket -> ticket.blockTask(taskId, by, reason, this.clock));
	}

	public TaskView unblock(String taskId, Actor by, String idempotencyKey) {
		return change(taskId, idempotencyKey, "unblock", ticket -> ticket.unblockTask(taskId, by, this.clock));
	}

	/**
	 * The employee confirms returning the asset of a collect task (their signature goes
	 * into the asset register's handover records); staff then confirm receipt by
	 * completing the task.
	 */
	public TaskView recordReturn(String taskId, Signature signature, String idempotencyKey) {
		return recordReturn(taskId, signature,
				signature == null ? null : new Actor(signature.signerId(), signature.signerName(), signature.channel()),
				idempotencyKey);
	}

	/**
	 * Staff record that the employee signed the return on paper: the handover record, the
	 * task and the audit entry name the staff member who recorded it.
	 */
	public TaskView recordPaperReturn(String taskId, Actor recordedBy, String contentShown, String idempotencyKey) {
		return recordReturn(taskId, Signature.onPaper(recordedBy, contentShown), recordedBy, idempotencyKey);
	}

	private TaskView recordReturn(String taskId, Signature signature, Actor signer, String idempotencyKey) {
		if (signature == null) {
			throw new Refusal("signature-required", "signature", "The employee's signature is needed");
		}
		String fingerprint = "return:" + taskId + ":" + signature.signerId();
		Ticket ticket = this.store.load(ticketKeyOf(taskId));
		Optional<TaskView> earlier = this.store.replay(ticket, idempotencyKey, fingerprint, TaskView.class);
		if (earlier.isPresent()) {
			return earlier.get();
		}
		Task task = ticket.task(taskId);
		AssetRef asset = collectedAsset(ticket, task);
		// a dry run on the copy just read: refuse before the asset register is touched
		task.returnRecorded(this.clock);
		if (signature.channel() == Channel.API) {
			this.assets.recordPaperReturn(asset.assignmentId(), signer, signature.contentShown());
		}
		else {
			this.assets.returnedByEmployee(asset.assignmentId(), signature);
		}
		return this.store.change(ticket.key(), idempotencyKey, fingerprint, TaskView.class, fresh -> {
			fresh.returnRecorded(taskId, signer, this.clock);
			return TaskView.of(fresh, fresh.task(taskId), today());
		});
	}

	/**
	 * The asset of a collect task is lost: off the employee's name, the task not needed.
	 */
	public TaskView reportLost(String taskId, String why, Actor by, String idempotencyKey) {
		if (!StringUtils.hasText(why)) {
			throw new Refusal("reason-required", "reason", "Say how the asset was lost");
		}
		String fingerprint = "lost:" + taskId + ":" + why;
		Ticket ticket = this.store.load(ticketKeyOf(taskId));
		Optional<TaskView> earlier = this.store.replay(ticket, idempotencyKey, fingerprint, TaskView.class);
		if (earlier.isPresent()) {
			return earlier.get();
		}
		Task task = ticket.task(taskId);
		AssetRef asset = collectedAsset(ticket, task);
		// a dry run on the copy just read: refuse before the asset register is touched
		task.markNotNeeded(by, why, this.clock);
		this.assets.reportLost(asset.assignmentId(), by, why);
		return this.store.change(ticket.key(), idempotencyKey, fingerprint, TaskView.class, fresh -> {
			fresh.markTaskNotNeeded(taskId, by, "Lost: " + why.strip(), this.clock);
			return TaskView.of(fresh, fresh.task(taskId), today());
		});
	}

	private AssetRef applyEffect(Ticket ticket, Task task, Map<String, String> inputs, Actor by) {
		String employeeId = ticket.employee().id();
		if (task.effect() == TaskEffect.ISSUE_ASSET) {
			Holding issued = this.assets.issue(new IssueRequest(employeeId, task.asset().type(), task.asset().model(),
					inputs.get("serialNumber"), ticket.key(), task.id()), by);
			return TicketManagement.ref(issued);
		}
		AssetRef asset = collectedAsset(ticket, task);
		Optional<Holding> holding = this.assets.holdingsOf(employeeId)
			.stream()
			.filter(h -> h.assignmentId().equals(asset.assignmentId()))
			.findFirst();
		if (holding.isEmpty()) {
			// already off their name (received through another task or the register)
			return asset;
		}
		if (holding.get().state() == AssignmentState.ISSUED) {
			throw new Refusal("return-not-confirmed", "asset",
					ticket.employee().name() + " has not confirmed returning " + describe(asset)
							+ " yet; ask them to confirm it on their return card, or report it lost");
		}
		return TicketManagement.ref(this.assets.confirmReceipt(asset.assignmentId(), by, inputs.get("condition")));
	}

	private static AssetRef collectedAsset(Ticket ticket, Task task) {
		if (task.effect() != TaskEffect.RECEIVE_ASSET) {
			throw new Refusal("not-a-collect-task", "Task " + task.id() + " (" + task.title() + ") collects no asset");
		}
		AssetRef asset = task.asset();
		if (asset == null || !asset.isAssigned()) {
			throw new Refusal("no-registered-asset", "asset",
					"No " + (asset != null ? asset.type() : "asset") + " is registered on " + ticket.employee().name()
							+ " for task " + task.id() + "; mark the task not needed if nothing is to be collected");
		}
		return asset;
	}

	private static String describe(AssetRef asset) {
		return asset.type() + " " + (asset.serialNumber() != null ? asset.serialNumber() : asset.tag());
	}

	private TaskView change(String taskId, String idempotencyKey, String operation,
			java.util.function.Consumer<Ticket> change) {
		return this.store.change(ticketKeyOf(taskId), idempotencyKey, operation + ":" + taskId, TaskView.class,
				ticket -> {
					change.accept(ticket);
					return TaskView.of(ticket, ticket.task(taskId), today());
				});
	}

	static String ticketKeyOf(String taskId) {
		int dash = taskId == null ? -1 : taskId.lastIndexOf('-');
		if (dash <= 0) {
			throw new NotFound("Task", String.valueOf(taskId));
		}
		return taskId.substring(0, dash);
	}

	private LocalDate today() {
		return LocalDate.now(this.clock);
	}

}

package io.handover.ticket;

import io.handover.system.ApiCaller;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import io.handover.access.PaperSignatures;
import io.handover.asset.Signature;
import io.handover.common.Actor;
import io.handover.common.Channel;
import io.handover.common.InvalidInput;
import io.handover.common.Limits;
import io.handover.profile.Department;
import io.handover.profile.Departments;
import io.handover.task.TaskStatus;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Department tasks. Tasks live inside their ticket (see {@code io.handover.task}); their
 * ids are {@code <ticket key>-<n>}.
 */
@RestController
@Validated
@RequestMapping("/api/tasks")
@Tag(name = "Tasks", description = "Department tasks: claim, complete, not needed, reassign, block")
class TaskController {

	private static final String IDEMPOTENCY_KEY = TicketController.IDEMPOTENCY_KEY;

	private final TaskManagement tasks;

	private final Departments departments;

	private final TaskPermissions permissions;

	private final PaperSignatures paper;

	TaskController(TaskManagement tasks, Departments departments, TaskPermissions permissions, PaperSignatures paper) {
		this.tasks = tasks;
		this.departments = departments;
		this.permissions = permissions;
		this.paper = paper;
	}

	/**
	 * The caller, once allowed to {@code action} the task (see {@link TaskPermissions}).
	 */
	private Actor allowed(String taskId, String action) {
		Actor caller = ApiCaller.current();
		this.permissions.require(taskId, caller, action);
		return caller;
	}

	@GetMapping
	@Operation(summary = "Tasks of active tickets by department and status (default: the open ones)")
	List<TaskView> search(@RequestParam(required = false) @Size(max = Limits.KEY) String department,
			@RequestParam(required = false) Set<TaskStatus> status,
			@RequestParam(defaultValue = "false") boolean overdue) {
		if (department != null && !this.departments.exists(department)) {
			throw new InvalidInput("department", "'" + department + "' is not a department; one of "
					+ this.departments.all().stream().map(Department::key).collect(Collectors.joining(", ")));
		}
		return this.tasks.tasks(department, status, overdue);
	}

	@GetMapping("/{id}")
	TaskView one(@PathVariable @Size(max = Limits.TASK_ID) String id) {
		return this.tasks.get(id);
	}

	@PostMapping("/{id}/claim")
	TaskView claim(@PathVariable @Size(max = Limits.TASK_ID) String id, @RequestHeader(name = IDEMPOTENCY_KEY,
			required = false) @Size(max = Limits.IDEMPOTENCY_KEY) String idempotencyKey) {
		return this.tasks.claim(id, allowed(id, "claim"), idempotencyKey);
	}

	@PostMapping("/{id}/complete")
	@Operation(summary = "Complete a task with the inputs it needs (e.g. serialNumber for an issue task)",
			description = "Of simultaneous completions exactly one wins; the others are refused naming who "
					+ "completed it and when.")
	TaskView complete(@PathVariable @Size(max = Limits.TASK_ID) String id,
			@Valid @RequestBody(required = false) Completion request, @RequestHeader(name = IDEMPOTENCY_KEY,
					required = false) @Size(max = Limits.IDEMPOTENCY_KEY) String idempotencyKey) {
		Actor caller = allowed(id, "complete");
		return this.tasks.complete(id, request != null ? request.inputs() : Map.of(), caller, idempotencyKey);
	}

	@PostMapping("/{id}/not-needed")
	TaskView notNeeded(@PathVariable @Size(max = Limits.TASK_ID) String id, @Valid @RequestBody Reason request,
			@RequestHeader(name = IDEMPOTENCY_KEY,
					required = false) @Size(max = Limits.IDEMPOTENCY_KEY) String idempotencyKey) {
		return this.tasks.markNotNeeded(id, request.reason(), allowed(id, "mark not needed"), idempotencyKey);
	}

	@PostMapping("/{id}/reassign")
	TaskView reassign(@PathVariable @Size(max = Limits.TASK_ID) String id, @Valid @RequestBody Reassignment request,
			@RequestHeader(name = IDEMPOTENCY_KEY,
					required = false) @Size(max = Limits.IDEMPOTENCY_KEY) String idempotencyKey) {
		Actor caller = allowed(id, "reassign");
		Actor to = new Actor(request.toId(), request.toName(), Channel.API);
		return this.tasks.reassign(id, to, caller, idempotencyKey);
	}

	@PostMapping("/{id}/block")
	TaskView block(@PathVariable @Size(max = Limits.TASK_ID) String id, @Valid @RequestBody Reason request,
			@RequestHeader(name = IDEMPOTENCY_KEY,
					required = false) @Size(max = Limits.IDEMPOTENCY_KEY) String idempotencyKey) {
		return this.tasks.block(id, request.reason(), allowed(id, "block"), idempotencyKey);
	}

	@PostMapping("/{id}/unblock")
	TaskView unblock(@PathVariable @Size(max = Limits.TASK_ID) String id, @RequestHeader(name = IDEMPOTENCY_KEY,
			required = false) @Size(max = Limits.IDEMPOTENCY_KEY) String idempotencyKey) {
		return this.tasks.unblock(id, allowed(id, "unblock"), idempotencyKey);
	}

	@PostMapping("/{id}/return")
	@Operation(summary = "Staff record that the employee signed the return on paper",
			description = "signerId must be the caller's own object id or UPN: nobody signs for an employee "
					+ "through the API (the employee signs on their Teams card). The handover record and the "
					+ "audit entry name the caller: 'recorded by <caller>, signed on paper'.")
	TaskView returned(@PathVariable @Size(max = Limits.TASK_ID) String id, @Valid @RequestBody Signature signature,
			@RequestHeader(name = IDEMPOTENCY_KEY,
					required = false) @Size(max = Limits.IDEMPOTENCY_KEY) String idempotencyKey) {
		Actor caller = allowed(id, "record the return of");
		this.paper.requireCallerSigns(caller, signature.signerId(), "task", id);
		return this.tasks.recordPaperReturn(id, caller, signature.contentShown(), idempotencyKey);
	}

	@PostMapping("/{id}/lost")
	@Operation(summary = "The asset of a collect task is lost: off the employee's name, the task not needed")
	TaskView lost(@PathVariable @Size(max = Limits.TASK_ID) String id, @Valid @RequestBody Reason request,
			@RequestHeader(name = IDEMPOTENCY_KEY,
					required = false) @Size(max = Limits.IDEMPOTENCY_KEY) String idempotencyKey) {
		return this.tasks.reportLost(id, request.reason(), allowed(id, "report lost"), idempotencyKey);
	}

	record Completion(@Size(max = 20) Map<@Size(max = Limits.KEY) String, @Size(
			max = io.handover.profile.TaskInput.LONGEST) String> inputs) {
	}

	record Reason(@NotBlank @Size(max = 1000) String reason) {
	}

	record Reassignment(@NotBlank @Size(max = Limits.ID) String toId, @Size(max = Limits.NAME) String toName) {
	}

}

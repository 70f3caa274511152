package io.handover.teams;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import tools.jackson.databind.node.ObjectNode;
import com.microsoft.bot.schema.Activity;
import io.handover.cards.CardName;
import io.handover.cards.Cards;
import io.handover.profile.Departments;
import io.handover.runbook.AppleEnrolment;
import io.handover.runbook.ExistingAccount;
import io.handover.runbook.JoinerProvisioning;
import io.handover.runbook.LeaverRunbook;
import io.handover.ticket.OwedUpdate;
import io.handover.ticket.TaskView;
import io.handover.ticket.TicketView;
import org.springframework.stereotype.Component;

/**
 * One card per department per ticket, with that department's tasks, in every channel
 * linked to the department. Posted when the ticket opens, updated in place after every
 * change.
 */
@Component
class TaskCards implements TicketCardDelivery {

	/**
	 * Tasks per card page; 20 tasks would still fit Teams' message size, 10 stay
	 * readable.
	 */
	static final int PAGE_SIZE = 10;

	private final Cards cards;

	private final Departments departments;

	private final DepartmentChannels channels;

	private final DepartmentStaff staff;

	private final PostedCards posted;

	private final LeaverRunbook leavers;

	private final JoinerProvisioning joiners;

	private final UnreachableEmployees unreachable;

	private final AppleEnrolment apple;

	private final io.handover.runbook.MoverChanges movers;

	private final UndeliveredTaskCards undelivered;

	TaskCards(Cards cards, Departments departments, DepartmentChannels channels, DepartmentStaff staff,
			PostedCards posted, LeaverRunbook leavers, JoinerProvisioning joiners, UnreachableEmployees unreachable,
			AppleEnrolment apple, io.handover.runbook.MoverChanges movers, UndeliveredTaskCards undelivered) {
		this.undelivered = undelivered;
		this.movers = movers;
		this.apple = apple;
		this.unreachable = unreachable;
		this.joiners = joiners;
		this.cards = cards;
		this.departments = departments;
		this.channels = channels;
		this.staff = staff;
		this.posted = posted;
		this.leavers = leavers;
	}

	@Override
	public void deliver(TicketView ticket, OwedUpdate update) {
		for (String department : departmentsOf(ticket)) {
			if (update.taskId() != null && !department.equals(departmentOf(ticket, update.taskId()))) {
				continue;
			}
			show(ticket, department);
		}
	}

	/**
	 * Shows the department's card of the ticket in every channel linked to the
	 * department: posts it where it is not yet, updates it where it is.
	 * @return how many channels show it
	 */
	int show(TicketView ticket, String department) {
		List<ChannelLink> linked = this.channels.channelsOf(department);
		if (linked.isEmpty()) {
			return 0;
		}
		// the same card in every channel: rendered once (each post sends a copy)
		Activity card = Replies.card(render(ticket, department, 1, Locale.ENGLISH));
		RuntimeException failure = null;
		RuntimeException refused = null;
		int reached = 0;
		for (ChannelLink channel : linked) {
			// one channel's failure keeps the card from none of the others
			try {
				this.posted.show(ticket.key(), target(department, channel.id()), channel.id(), card);
				reached++;
			}
			catch (RuntimeException failed) {
				failure = failure != null ? failure : failed;
				if (!(failed instanceof PostedCards.BeingPosted)
						&& (refused == null || ConnectorFailure.of(failed).lasting())) {
					// a lasting refusal says more about what to fix than a passing one
					refused = failed;
				}
			}
		}
		if (reached > 0) {
			this.undelivered.reached(ticket, department, departmentName(department));
		}
		else if (refused != null) {
			this.undelivered.failed(ticket, department, departmentName(department), refused.getMessage(),
					ConnectorFailure.of(refused).lasting());
		}
		if (failure != null) {
			// the outbox delivers the update again, with backoff
			throw failure;
		}
		return linked.size();
	}

	/**
	 * The departments any of whose channels were ever shown each ticket's card, by ticket
	 * key, read at once for all the tickets.
	 */
	Map<String, Set<String>> departmentsShown(Collection<String> ticketKeys) {
		Map<String, Set<String>> shown = new HashMap<>();
		this.posted.targetsOf(ticketKeys).forEach((ticketKey, targets) -> {
			for (String target : targets) {
				String department = departmentOfTarget(target);
				if (department != null) {
					shown.computeIfAbsent(ticketKey, key -> new HashSet<>()).add(department);
				}
			}
		});
		return shown;
	}

	/** The department of a {@link #target(String, String)}, else null. */
	static String departmentOfTarget(String target) {
		if (target == null || !target.startsWith("dept:")) {
			return null;
		}
		int end = target.indexOf(':', "dept:".length());
		return end < 0 ? null : target.substring("dept:".length(), end);
	}

	static String target(String department, String channelId) {
		return "dept:" + department + ":" + channelId;
	}

	/** The department's card for a ticket, at one page of its tasks. */
	ObjectNode render(TicketView ticket, String department, int page, Locale locale) {
		List<TaskView> tasks = ticket.tasks().stream().filter(task -> task.department().equals(department)).toList();
		int pages = Math.max(1, (tasks.size() + PAGE_SIZE - 1) / PAGE_SIZE);
		int number = Math.min(Math.max(1, page), pages);
		List<TaskView> shown = tasks.subList((number - 1) * PAGE_SIZE, Math.min(tasks.size(), number * PAGE_SIZE));
		Map<String, Object> data = new LinkedHashMap<>();
		Map<String, Object> header = new LinkedHashMap<>();
		header.put("key", ticket.key());
		header.put("kind", ticket.kind().name());
		header.put("employeeName", ticket.employee().name());
		header.put("date", ticket.date());
		header.put("lateNotice", ticket.lateNotice());
		data.put("ticket", header);
		data.put("department", Map.of("key", department, "name", departmentName(department)));
		// the employee cannot sign for what this department hands over: its staff can fix
		// that, or at least know
		Map<String, Object> notice = this.unreachable.notice(ticket)
			.filter(n -> EmployeeReachNotices.owningDepartments(ticket).contains(department))
			.orElse(null);
		if (notice != null) {
			data.put("unreachable", notice);
		}
		List<Map<String, Object>> rows = new ArrayList<>();
		for (TaskView task : shown) {
			Map<String, Object> row = row(task);
			if (notice != null && EmployeeReachNotices.handsOver(ticket, task) && !task.status().isResolved()) {
				row.put("unreachable", true);
			}
			List<String> waitsFor = waitsFor(ticket, task);
			if (!waitsFor.isEmpty()) {
				row.put("waitingFor", String.join("; ", waitsFor));
			}
			if (this.leavers.awaitsWipeApproval(task)) {
				row.put("approveWipe", true);
			}
			if (this.leavers.awaitsRunbookApproval(task)) {
				row.put("approveRunbook", true);
			}
			if (this.leavers.offersRetry(task) || this.movers.offersRetry(task)) {
				row.put("retryNow", true);
			}
			if (this.apple.offersRelease(task)) {
				row.put("offerRelease", true);
			}
			if (this.apple.awaitsReleaseApproval(task)) {
				row.put("approveRelease", true);
			}
			if (this.apple.offersRetry(task)) {
				row.put("retryApple", true);
			}
			this.joiners.existingAccountAwaiting(task).ifPresent(account -> row.put("existingAccount", shown(account)));
			rows.add(row);
		}
		data.put("tasks", rows);
		data.put("refreshUserIds", this.staff.refreshUserIds(department));
		if (pages > 1) {
			data.put("page", Map.of("number", number, "count", pages, "first", (number - 1) * PAGE_SIZE + 1, "last",
					(number - 1) * PAGE_SIZE + shown.size(), "total", tasks.size()));
		}
		return this.cards.render(CardName.DEPARTMENT_TASKS, data, locale);
	}

	/** The existing account as IT judges it: facts, and why it is never linked if so. */
	private static Map<String, Object> shown(ExistingAccount account) {
		Map<String, Object> shown = new LinkedHashMap<>();
		shown.put("upn", account.upn());
		if (account.createdAt() != null) {
			shown.put("createdAt", account.createdAt());
		}
		if (account.lastSignInAt() != null) {
			shown.put("lastSignInAt", account.lastSignInAt());
		}
		shown.put("enabled", account.enabled());
		shown.put("groups", account.groups());
		shown.put("adminRoles", account.adminRoles());
		if (account.refusal() != null) {
			shown.put("refusal", account.refusal());
		}
		return shown;
	}

	private static Map<String, Object> row(TaskView task) {
		Map<String, Object> row = new LinkedHashMap<>();
		row.put("id", task.id());
		row.put("title", task.returnRecordedAt() != null && !task.status().isResolved()
				? task.title() + " — returned by employee, confirm receipt" : task.title());
		row.put("status", task.status() == io.handover.task.TaskStatus.CANCELLED ? "NOT_NEEDED" : task.status().name());
		row.put("dueDate", task.dueOn());
		row.put("urgent", task.urgent());
		row.put("overdue", task.overdue());
		if (task.assignee() != null) {
			row.put("assignee", task.assignee().name());
		}
		if (task.completedBy() != null) {
			row.put("completedBy", task.completedBy().name());
			row.put("completedAt", task.completedAt());
		}
		if (task.reason() != null || task.blockedReason() != null) {
			row.put("reason", task.reason() != null ? task.reason() : task.blockedReason());
		}
		row.put("needsSerial", task.inputsNeeded().stream().anyMatch(input -> "serialNumber".equals(input.name())));
		// a Windows Autopilot hardware hash (about 4,000 base64 characters) where the
		// task
		// takes one
		row.put("needsHash", task.inputsNeeded().stream().anyMatch(input -> "hardwareHash".equals(input.name())));
		if (task.asset() != null) {
			row.put("assetModel", task.asset().model());
			row.put("assetTag", task.asset().tag());
			row.put("serial", task.asset().serialNumber());
		}
		return row;
	}

	/**
	 * What a blocked task waits for, as staff know it: the other task's title, with its
	 * department when it is another's.
	 */
	private List<String> waitsFor(TicketView ticket, TaskView task) {
		if (task.waitingFor() == null || task.waitingFor().isEmpty()) {
			return List.of();
		}
		List<String> named = new ArrayList<>();
		for (String id : task.waitingFor()) {
			TaskView other = ticket.tasks().stream().filter(t -> t.id().equals(id)).findFirst().orElse(null);
			if (other == null) {
				named.add(id);
			}
			else if (other.department().equals(task.department())) {
				named.add(other.title());
			}
			else {
				named.add(other.title() + " (" + departmentName(other.department()) + ")");
			}
		}
		return named;
	}

	private static List<String> departmentsOf(TicketView ticket) {
		return ticket.tasks().stream().map(TaskView::department).distinct().toList();
	}

	private static String departmentOf(TicketView ticket, String taskId) {
		return ticket.tasks()
			.stream()
			.filter(t -> t.id().equals(taskId))
			.map(TaskView::department)
			.findFirst()
			.orElse(null);
	}

	private String departmentName(String key) {
		return this.departments.find(key).map(d -> d.name()).orElse(key);
	}

}

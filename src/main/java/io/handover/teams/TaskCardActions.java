package io.handover.teams;

import java.util.Map;
import java.util.Set;

import tools.jackson.databind.JsonNode;
import io.handover.audit.AuditTrail;
import io.handover.cards.CardName;
import io.handover.cards.Cards;
import io.handover.common.Actor;
import io.handover.common.Channel;
import io.handover.common.Refusal;
import io.handover.ticket.TaskManagement;
import io.handover.ticket.TaskView;
import io.handover.ticket.TicketManagement;
import io.handover.ticket.TicketView;
import org.springframework.stereotype.Component;

/**
 * The buttons of a department's task card: Claim, Done (with the serial number where the
 * task needs one), Not needed (with a reason), Reassign, paging and refresh. Only members
 * of the department may act; anyone else gets the refusal card, the attempt is audited,
 * and nothing changes. The invoke answers with the refreshed card; the channel message
 * follows through the outbox. The same click delivered twice changes nothing the second
 * time (its activity id is the idempotency key).
 */
@Component
class TaskCardActions implements CardActionHandler, CardRefresher {

	/** Someone else got there first: the refreshed card shows who did what. */
	private static final Set<String> RACE_LOST = Set.of("already-completed", "already-closed", "already-claimed",
			"being-completed", "cancelled", "already-assigned", "ticket-closed");

	private final TaskManagement tasks;

	private final TicketManagement tickets;

	private final TaskCards taskCards;

	private final DepartmentStaff staff;

	private final Cards cards;

	private final AuditTrail audit;

	TaskCardActions(TaskManagement tasks, TicketManagement tickets, TaskCards taskCards, DepartmentStaff staff,
			Cards cards, AuditTrail audit) {
		this.tasks = tasks;
		this.tickets = tickets;
		this.taskCards = taskCards;
		this.staff = staff;
		this.cards = cards;
		this.audit = audit;
	}

	@Override
	public String verb() {
		return "task.done";
	}

	@Override
	public Set<String> verbs() {
		return Set.of("task.claim", "task.done", "task.notNeeded", "task.reassign", "tasks.page");
	}

	@Override
	public CardActionResult handle(CardAction click) {
		return switch (click.verb()) {
			case "task.claim" -> claim(click);
			case "task.done" -> done(click);
			case "task.notNeeded" -> notNeeded(click);
			case "task.reassign" -> reassign(click);
			default -> show(click);
		};
	}

	@Override
	public String card() {
		return "task.department";
	}

	@Override
	public CardActionResult refresh(CardAction click) {
		return show(click);
	}

	CardActionResult claim(CardAction click) {
		return act(click, (taskId, actor, key) -> this.tasks.claim(taskId, actor, key));
	}

	CardActionResult done(CardAction click) {
		return act(click, (taskId, actor, key) -> {
			String serial = input(click.data(), "serial-" + taskId);
			String hash = input(click.data(), "hash-" + taskId);
			Map<String, String> inputs = new java.util.LinkedHashMap<>();
			if (serial != null) {
				inputs.put("serialNumber", serial);
			}
			if (hash != null) {
				inputs.put("hardwareHash", hash);
			}
			return this.tasks.complete(taskId, inputs, actor, key);
		});
	}

	CardActionResult notNeeded(CardAction click) {
		return act(click, (taskId, actor, key) -> this.tasks.markNotNeeded(taskId,
				input(click.data(), "reason-" + taskId), actor, key));
	}

	CardActionResult reassign(CardAction click) {
		return act(click, (taskId, actor, key) -> {
			String to = input(click.data(), "assignee-" + taskId);
			Actor assignee = to == null ? null : new Actor(to.toLowerCase(java.util.Locale.ROOT), to, Channel.TEAMS);
			return this.tasks.reassign(taskId, assignee, actor, key);
		});
	}

	/** Paging and refresh show the card as it is now; they change nothing. */
	CardActionResult show(CardAction click) {
		String department = click.data().path("departmentKey").asString(null);
		String ticketKey = click.data().path("ticketKey").asString(null);
		if (department == null || ticketKey == null) {
			return new CardActionResult.Error(400, "BadRequest", "The card lacks its ticket or department.");
		}
		try {
			if (!this.staff.isMember(department, click.actor())) {
				return refuse(click, department, ticketKey, "view");
			}
		}
		catch (DepartmentStaff.RosterUnavailable unknown) {
			return new CardActionResult.Error(503, "RosterUnavailable", unknown.getMessage());
		}
		TicketView ticket = this.tickets.get(ticketKey);
		return new CardActionResult.Card(
				this.taskCards.render(ticket, department, click.data().path("page").asInt(1), click.locale()));
	}

	private CardActionResult act(CardAction click, Change change) {
		CardTask clicked = CardTask.of(click, this.tasks);
		if (clicked.error() != null) {
			return clicked.error();
		}
		TaskView task = clicked.task();
		String taskId = task.id();
		try {
			if (!clicked.onItsDepartmentsCard() || !this.staff.isMember(task.department(), click.actor())) {
				return refuse(click, task.department(), taskId, click.verb());
			}
		}
		catch (DepartmentStaff.RosterUnavailable unknown) {
			return new CardActionResult.Error(503, "RosterUnavailable", unknown.getMessage());
		}
		Actor actor = ChannelCommands.actor(click.actor());
		try {
			change.apply(taskId, actor, "invoke:" + click.activityId());
		}
		catch (Refusal refusal) {
			if (!RACE_LOST.contains(refusal.code())) {
				// Shown on the card itself; the person can correct the input and try
				// again.
				return new CardActionResult.Error(400, refusal.code(), refusal.getMessage());
			}
		}
		TicketView ticket = this.tickets.get(task.ticketKey());
		return new CardActionResult.Card(
				this.taskCards.render(ticket, task.department(), pageOf(click), click.locale()));
	}

	private CardActionResult refuse(CardAction click, String department, String subject, String what) {
		Actor actor = ChannelCommands.actor(click.actor());
		String reason = (Messages.dutch(click.locale()) ? "Alleen medewerkers van " + department + " kunnen dit doen."
				: "Only " + department + " staff can do this.");
		this.audit.recordOnce(click.refusalKey(), "task", subject, "refused", actor, reason,
				Map.of("action", new Object[] { null, what }, "department", new Object[] { null, department }));
		return new CardActionResult.Card(this.cards.render(CardName.REFUSAL,
				Map.of("reason", reason, "code", "not-a-member", "department", department), click.locale()));
	}

	private static int pageOf(CardAction click) {
		return click.data().path("page").asInt(1);
	}

	private static String input(JsonNode data, String field) {
		String value = data.path(field).asString("").trim();
		return value.isEmpty() ? null : value;
	}

	@FunctionalInterface
	private interface Change {

		TaskView apply(String taskId, Actor actor, String idempotencyKey);

	}

}

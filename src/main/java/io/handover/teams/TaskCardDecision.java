package io.handover.teams;

import java.util.Map;

import io.handover.audit.AuditTrail;
import io.handover.cards.CardName;
import io.handover.cards.Cards;
import io.handover.common.Actor;
import io.handover.common.Refusal;
import io.handover.ticket.TaskManagement;
import io.handover.ticket.TaskView;
import io.handover.ticket.TicketManagement;

/**
 * A decision clicked on a department's task card that a runbook takes (approve a wipe,
 * approve a leaver runbook, link an existing account). The click is first checked here
 * (on its department's card, by that department's staff); a refusal here is audited and
 * changes nothing. The runbook then decides who may answer and audits; its refusal is
 * shown as it is. "Busy" means the first of two clicks is at work: the card is shown as
 * it is, and a second click (or the same click delivered twice) finds the work done.
 */
abstract class TaskCardDecision implements CardActionHandler {

	private final TaskManagement tasks;

	private final TicketManagement tickets;

	private final TaskCards taskCards;

	private final Cards cards;

	private final AuditTrail audit;

	TaskCardDecision(TaskManagement tasks, TicketManagement tickets, TaskCards taskCards, Cards cards,
			AuditTrail audit) {
		this.tasks = tasks;
		this.tickets = tickets;
		this.taskCards = taskCards;
		this.cards = cards;
		this.audit = audit;
	}

	@Override
	public final CardActionResult handle(CardAction click) {
		CardTask clicked = CardTask.of(click, this.tasks);
		if (clicked.error() != null) {
			return clicked.error();
		}
		TaskView task = clicked.task();
		CardActionResult wrongTask = wrongTask(task);
		if (wrongTask != null) {
			return wrongTask;
		}
		Actor actor = ChannelCommands.actor(click.actor());
		String refused = refusedHere(click, clicked, task);
		if (refused != null) {
			auditRefusal(click, task, actor, refused);
			return refusal(click, task, refused);
		}
		try {
			decide(click, task, actor);
		}
		catch (Refusal refusal) {
			if (!showsTheCardAfter(refusal)) {
				return refusal(click, task, refusal.getMessage());
			}
		}
		return new CardActionResult.Card(this.taskCards.render(this.tickets.get(task.ticketKey()), task.department(),
				click.data().path("page").asInt(1), click.locale()));
	}

	/**
	 * Whether the runbook's refusal only means there is nothing to do now (the first of
	 * two clicks is at work): then the card is shown as it is.
	 */
	boolean showsTheCardAfter(Refusal refusal) {
		return "runbook-busy".equals(refusal.code());
	}

	/** An answer for a click on a task this decision is not about, or null. */
	CardActionResult wrongTask(TaskView task) {
		return null;
	}

	/** Why the click is refused before the runbook weighs it, or null. */
	abstract String refusedHere(CardAction click, CardTask clicked, TaskView task);

	/** Hands the decision to the runbook, which audits it. */
	abstract void decide(CardAction click, TaskView task, Actor actor);

	/** The audit's name for what was refused, e.g. "approve leaver runbook". */
	abstract String action(CardAction click);

	/** The refusal card's code, e.g. "runbook-approval-refused". */
	abstract String refusalCode();

	/** The department the refusal card points to. */
	String refusalDepartment(TaskView task) {
		return task.department();
	}

	/** By default the refusal is about the ticket. */
	void auditRefusal(CardAction click, TaskView task, Actor actor, String reason) {
		this.audit.recordOnce(click.refusalKey(), "ticket", task.ticketKey(), "refused", actor, reason,
				Map.of("action", new Object[] { null, action(click) }));
	}

	final AuditTrail audit() {
		return this.audit;
	}

	private CardActionResult refusal(CardAction click, TaskView task, String reason) {
		return new CardActionResult.Card(this.cards.render(CardName.REFUSAL,
				Map.of("reason", reason, "code", refusalCode(), "department", refusalDepartment(task)),
				click.locale()));
	}

}

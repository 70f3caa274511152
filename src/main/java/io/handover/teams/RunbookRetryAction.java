package io.handover.teams;

import io.handover.audit.AuditTrail;
import io.handover.cards.Cards;
import io.handover.common.Actor;
import io.handover.common.Refusal;
import io.handover.runbook.LeaverRunbook;
import io.handover.ticket.TaskManagement;
import io.handover.ticket.TaskView;
import io.handover.ticket.TicketManagement;
import org.springframework.stereotype.Component;

/**
 * "Retry now" on IT's card, on a leaver runbook step (or a mover's change) Graph refused
 * or failed: once the cause is fixed (e.g. the permission Graph named is granted), IT
 * staff or an Administrator run the runbook again at once instead of waiting for its
 * back-off. The runbook decides and audits; a click outside IT's card is refused here.
 */
@Component
class RunbookRetryAction extends TaskCardDecision {

	private final LeaverRunbook leavers;

	private final io.handover.runbook.MoverChanges movers;

	private final TicketManagement tickets;

	RunbookRetryAction(LeaverRunbook leavers, io.handover.runbook.MoverChanges movers, TaskManagement tasks,
			TicketManagement tickets, TaskCards taskCards, Cards cards, AuditTrail audit) {
		super(tasks, tickets, taskCards, cards, audit);
		this.leavers = leavers;
		this.movers = movers;
		this.tickets = tickets;
	}

	@Override
	public String verb() {
		return "runbook.retry";
	}

	@Override
	String refusedHere(CardAction click, CardTask clicked, TaskView task) {
		return clicked.onItsDepartmentsCard() ? null : "Only " + task.department()
				+ " staff can run a leaver runbook again, on " + task.department() + "'s card.";
	}

	@Override
	void decide(CardAction click, TaskView task, Actor actor) {
		// a mover's changes Graph refused are retried the same way
		if (this.tickets.get(task.ticketKey()).kind() == io.handover.ticket.TicketKind.MOVER) {
			this.movers.retryNow(task.ticketKey(), actor, click.refusalKey());
		}
		else {
			this.leavers.retryNow(task.ticketKey(), actor, click.refusalKey());
		}
	}

	/** A second click finds the step done already: the card shows it. */
	@Override
	boolean showsTheCardAfter(Refusal refusal) {
		return "nothing-to-retry".equals(refusal.code());
	}

	@Override
	String action(CardAction click) {
		return "retry leaver runbook now";
	}

	@Override
	String refusalCode() {
		return "runbook-retry-refused";
	}

}

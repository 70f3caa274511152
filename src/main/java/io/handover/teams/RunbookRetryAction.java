package io.handover.teams;

import java.util.Map;

import io.handover.audit.AuditTrail;
import io.handover.cards.CardName;
import io.handover.cards.Cards;
import io.handover.common.Actor;
import io.handover.common.Refusal;
import io.handover.runbook.LeaverRunbook;
import io.handover.ticket.TaskManagement;
import io.handover.ticket.TaskView;
import io.handover.ticket.TicketManagement;
import org.springframework.stereotype.Component;

/**
 * "Retry now" on IT's card, on a leaver runbook step Graph refused or failed: once the
 * cause is fixed (e.g. the permission Graph named is granted), IT staff or an
 * Administrator run the runbook again at once instead of waiting for its back-off. The
 * runbook decides and audits; a click outside IT's card is refused here.
 */
@Component
class RunbookRetryAction implements CardActionHandler {

	private final LeaverRunbook leavers;

	private final TaskManagement tasks;

	private final TicketManagement tickets;

	private final TaskCards taskCards;

	private final Cards cards;

	private final AuditTrail audit;

	RunbookRetryAction(LeaverRunbook leavers, TaskManagement tasks, TicketManagement tickets, TaskCards taskCards,
			Cards cards, AuditTrail audit) {
		this.leavers = leavers;
		this.tasks = tasks;
		this.tickets = tickets;
		this.taskCards = taskCards;
		this.cards = cards;
		this.audit = audit;
	}

	@Override
	public String verb() {
		return "runbook.retry";
	}

	@Override
	public CardActionResult handle(CardAction click) {
		CardTask clicked = CardTask.of(click, this.tasks);
		if (clicked.error() != null) {
			return clicked.error();
		}
		TaskView task = clicked.task();
		Actor approver = ChannelCommands.actor(click.actor());
		if (!clicked.onItsDepartmentsCard()) {
			String reason = "Only " + task.department() + " staff can run a leaver runbook again, on "
					+ task.department() + "'s card.";
			this.audit.recordOnce(click.refusalKey(), "ticket", task.ticketKey(), "refused", approver, reason,
					Map.of("action", new Object[] { null, "retry leaver runbook now" }));
			return refusal(click, task, reason);
		}
		try {
			this.leavers.retryNow(task.ticketKey(), approver, click.refusalKey());
		}
		catch (Refusal refusal) {
			if (!"nothing-to-retry".equals(refusal.code())) {
				return refusal(click, task, refusal.getMessage());
			}
		}
		return new CardActionResult.Card(this.taskCards.render(this.tickets.get(task.ticketKey()), task.department(),
				click.data().path("page").asInt(1), click.locale()));
	}

	private CardActionResult refusal(CardAction click, TaskView task, String reason) {
		return new CardActionResult.Card(this.cards.render(CardName.REFUSAL,
				Map.of("reason", reason, "code", "runbook-retry-refused", "department", task.department()),
				click.locale()));
	}

}

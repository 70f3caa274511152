package io.handover.teams;

import java.util.Map;
import java.util.Set;

import io.handover.audit.AuditTrail;
import io.handover.cards.CardName;
import io.handover.cards.Cards;
import io.handover.common.Actor;
import io.handover.common.Refusal;
import io.handover.runbook.JoinerProvisioning;
import io.handover.ticket.TaskManagement;
import io.handover.ticket.TaskView;
import io.handover.ticket.TicketManagement;
import org.springframework.stereotype.Component;

/**
 * "Same person — link" and "Different person" on IT's card, for a joiner whose planned
 * sign-in name is taken by an existing account. The joiner runbook decides who may answer
 * (a verified IT staff member who did not ask for the joiner) and audits; a click outside
 * IT's card is refused here.
 */
@Component
class AccountLinkAction implements CardActionHandler {

	private final JoinerProvisioning joiners;

	private final TaskManagement tasks;

	private final TicketManagement tickets;

	private final TaskCards taskCards;

	private final Cards cards;

	private final AuditTrail audit;

	AccountLinkAction(JoinerProvisioning joiners, TaskManagement tasks, TicketManagement tickets, TaskCards taskCards,
			Cards cards, AuditTrail audit) {
		this.joiners = joiners;
		this.tasks = tasks;
		this.tickets = tickets;
		this.taskCards = taskCards;
		this.cards = cards;
		this.audit = audit;
	}

	@Override
	public String verb() {
		return "account.link";
	}

	@Override
	public Set<String> verbs() {
		return Set.of("account.link", "account.different");
	}

	@Override
	public CardActionResult handle(CardAction click) {
		CardTask clicked = CardTask.of(click, this.tasks);
		if (clicked.error() != null) {
			return clicked.error();
		}
		TaskView task = clicked.task();
		Actor actor = ChannelCommands.actor(click.actor());
		if (!clicked.onItsDepartmentsCard() || !"IT".equals(task.department())) {
			String reason = "Only IT staff can decide whose account this is, on IT's card.";
			this.audit.recordOnce(click.refusalKey(), "ticket", task.ticketKey(), "refused", actor, reason,
					Map.of("action", new Object[] { null, click.verb() }));
			return refusal(click, reason);
		}
		try {
			if ("account.different".equals(click.verb())) {
				this.joiners.declineExistingAccount(task.ticketKey(), actor, click.refusalKey());
			}
			else {
				this.joiners.confirmExistingAccount(task.ticketKey(), actor, click.refusalKey());
			}
		}
		catch (Refusal refusal) {
			if (!"runbook-busy".equals(refusal.code())) {
				return refusal(click, refusal.getMessage());
			}
		}
		return new CardActionResult.Card(this.taskCards.render(this.tickets.get(task.ticketKey()), task.department(),
				click.data().path("page").asInt(1), click.locale()));
	}

	private CardActionResult refusal(CardAction click, String reason) {
		return new CardActionResult.Card(this.cards.render(CardName.REFUSAL,
				Map.of("reason", reason, "code", "account-link-refused", "department", "IT"), click.locale()));
	}

}

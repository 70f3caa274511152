package io.handover.teams;

import java.util.Set;

import io.handover.audit.AuditTrail;
import io.handover.cards.Cards;
import io.handover.common.Actor;
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
class AccountLinkAction extends TaskCardDecision {

	private final JoinerProvisioning joiners;

	AccountLinkAction(JoinerProvisioning joiners, TaskManagement tasks, TicketManagement tickets, TaskCards taskCards,
			Cards cards, AuditTrail audit) {
		super(tasks, tickets, taskCards, cards, audit);
		this.joiners = joiners;
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
	String refusedHere(CardAction click, CardTask clicked, TaskView task) {
		return clicked.onItsDepartmentsCard() && "IT".equals(task.department()) ? null
				: "Only IT staff can decide whose account this is, on IT's card.";
	}

	@Override
	void decide(CardAction click, TaskView task, Actor actor) {
		if ("account.different".equals(click.verb())) {
			this.joiners.declineExistingAccount(task.ticketKey(), actor, click.refusalKey());
		}
		else {
			this.joiners.confirmExistingAccount(task.ticketKey(), actor, click.refusalKey());
		}
	}

	@Override
	String action(CardAction click) {
		return click.verb();
	}

	@Override
	String refusalCode() {
		return "account-link-refused";
	}

	@Override
	String refusalDepartment(TaskView task) {
		return "IT";
	}

}

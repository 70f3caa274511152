package io.handover.teams;

import io.handover.audit.AuditTrail;
import io.handover.cards.Cards;
import io.handover.common.Actor;
import io.handover.runbook.LeaverRunbook;
import io.handover.ticket.TaskManagement;
import io.handover.ticket.TaskView;
import io.handover.ticket.TicketManagement;
import org.springframework.stereotype.Component;

/**
 * "Approve runbook" on IT's card, for a leaver whose ticket HR or the manager of record
 * did not open or confirm: the runbook holds its destructive steps until a second IT
 * person — not who asked for the leaver, authorised the ticket or started the runbook —
 * approves. The runbook decides and audits; a click outside IT's card is refused here.
 */
@Component
class RunbookApprovalAction extends TaskCardDecision {

	private final LeaverRunbook leavers;

	RunbookApprovalAction(LeaverRunbook leavers, TaskManagement tasks, TicketManagement tickets, TaskCards taskCards,
			Cards cards, AuditTrail audit) {
		super(tasks, tickets, taskCards, cards, audit);
		this.leavers = leavers;
	}

	@Override
	public String verb() {
		return "runbook.approve";
	}

	@Override
	String refusedHere(CardAction click, CardTask clicked, TaskView task) {
		return clicked.onItsDepartmentsCard() ? null : "Only " + task.department()
				+ " staff can approve a leaver runbook, on " + task.department() + "'s card.";
	}

	@Override
	void decide(CardAction click, TaskView task, Actor approver) {
		this.leavers.approveRunbook(task.ticketKey(), approver, click.refusalKey());
	}

	@Override
	String action(CardAction click) {
		return "approve leaver runbook";
	}

	@Override
	String refusalCode() {
		return "runbook-approval-refused";
	}

}

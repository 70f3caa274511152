package io.handover.teams;

import io.handover.audit.AuditTrail;
import io.handover.cards.Cards;
import io.handover.common.Actor;
import io.handover.common.Refusal;
import io.handover.runbook.AppleEnrolment;
import io.handover.ticket.TaskManagement;
import io.handover.ticket.TaskView;
import io.handover.ticket.TicketManagement;
import org.springframework.stereotype.Component;

/**
 * "Retry now" on IT's card, on an Apple Business step that was refused, failed or did not
 * finish (or a device IT has since added with Apple Configurator): IT staff send it again
 * at once. The runbook decides and audits; a click outside IT's card is refused here.
 */
@Component
class AppleRetryAction extends TaskCardDecision {

	private final AppleEnrolment apple;

	AppleRetryAction(AppleEnrolment apple, TaskManagement tasks, TicketManagement tickets, TaskCards taskCards,
			Cards cards, AuditTrail audit) {
		super(tasks, tickets, taskCards, cards, audit);
		this.apple = apple;
	}

	@Override
	public String verb() {
		return "apple-business.retry";
	}

	@Override
	String refusedHere(CardAction click, CardTask clicked, TaskView task) {
		return clicked.onItsDepartmentsCard() ? null : "Only " + task.department()
				+ " staff can retry an Apple Business step, on " + task.department() + "'s card.";
	}

	@Override
	void decide(CardAction click, TaskView task, Actor actor) {
		this.apple.retryNow(task.id(), actor, click.refusalKey());
	}

	/** A second click finds the step sent already: the card shows it. */
	@Override
	boolean showsTheCardAfter(Refusal refusal) {
		return "nothing-to-retry".equals(refusal.code()) || "runbook-busy".equals(refusal.code());
	}

	@Override
	String action(CardAction click) {
		return "retry Apple Business step";
	}

	@Override
	String refusalCode() {
		return "apple-retry-refused";
	}

}

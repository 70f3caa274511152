package io.handover.teams;

import java.util.Map;

import io.handover.audit.AuditTrail;
import io.handover.cards.Cards;
import io.handover.common.Actor;
import io.handover.runbook.LeaverRunbook;
import io.handover.ticket.TaskManagement;
import io.handover.ticket.TaskView;
import io.handover.ticket.TicketManagement;
import org.springframework.stereotype.Component;

/**
 * "Approve wipe" on IT's card for a leaver's device that is to be wiped remotely. Only IT
 * staff may approve, and not the person who asked for the wipe: a wipe needs a second
 * pair of eyes. A refusal is audited and changes nothing; an approval sends the wipe at
 * once, and the card updates in place for everyone through the outbox. A second click (or
 * the same click delivered twice) finds the wipe done and sends nothing.
 */
@Component
class WipeApprovalAction extends TaskCardDecision {

	private final LeaverRunbook leavers;

	private final DepartmentStaff staff;

	WipeApprovalAction(LeaverRunbook leavers, TaskManagement tasks, TicketManagement tickets, TaskCards taskCards,
			DepartmentStaff staff, Cards cards, AuditTrail audit) {
		super(tasks, tickets, taskCards, cards, audit);
		this.leavers = leavers;
		this.staff = staff;
	}

	@Override
	public String verb() {
		return "wipe.approve";
	}

	@Override
	CardActionResult wrongTask(TaskView task) {
		return "it.device.wipe.remote".equals(task.kind()) ? null
				: new CardActionResult.Error(400, "not-a-wipe", "Task " + task.id() + " is not a remote wipe.");
	}

	@Override
	String refusedHere(CardAction click, CardTask clicked, TaskView task) {
		if (clicked.onItsDepartmentsCard() && this.staff.isMember(task.department(), click.actor())) {
			return null;
		}
		return Messages.dutch(click.locale())
				? "Alleen medewerkers van " + task.department() + " kunnen een wissing op afstand goedkeuren."
				: "Only " + task.department() + " staff can approve a remote wipe.";
	}

	@Override
	void decide(CardAction click, TaskView task, Actor approver) {
		this.leavers.approveRemoteWipe(task.id(), approver, click.refusalKey());
	}

	@Override
	String action(CardAction click) {
		return "approve-wipe";
	}

	@Override
	String refusalCode() {
		return "wipe-approval-refused";
	}

	/** A wipe's refusal is about the device's task, with its department. */
	@Override
	void auditRefusal(CardAction click, TaskView task, Actor approver, String reason) {
		audit().recordOnce(click.refusalKey(), "task", task.id(), "refused", approver, reason, Map.of("action",
				new Object[] { null, action(click) }, "department", new Object[] { null, task.department() }));
	}

}

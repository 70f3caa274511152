package io.handover.teams;

import java.util.Map;

import io.handover.audit.AuditTrail;
import io.handover.cards.Cards;
import io.handover.common.Actor;
import io.handover.runbook.AppleEnrolment;
import io.handover.ticket.TaskManagement;
import io.handover.ticket.TaskView;
import io.handover.ticket.TicketManagement;
import org.springframework.stereotype.Component;

/**
 * "Approve release" on IT's card, for a leaver's Apple device that is disposed of or sold
 * and is to be released from Apple Business. Only IT staff may approve, and not the
 * person who asked for the release: like a wipe, it needs a second pair of eyes. A
 * refusal is audited and changes nothing; an approval sends the release at once.
 */
@Component
class AppleReleaseApprovalAction extends TaskCardDecision {

	private final AppleEnrolment apple;

	private final DepartmentStaff staff;

	AppleReleaseApprovalAction(AppleEnrolment apple, TaskManagement tasks, TicketManagement tickets,
			TaskCards taskCards, DepartmentStaff staff, Cards cards, AuditTrail audit) {
		super(tasks, tickets, taskCards, cards, audit);
		this.apple = apple;
		this.staff = staff;
	}

	@Override
	public String verb() {
		return "apple-release.approve";
	}

	@Override
	CardActionResult wrongTask(TaskView task) {
		return "it.device.apple.release".equals(task.kind()) ? null : new CardActionResult.Error(400, "not-a-release",
				"Task " + task.id() + " is not the release of an Apple device.");
	}

	@Override
	String refusedHere(CardAction click, CardTask clicked, TaskView task) {
		if (clicked.onItsDepartmentsCard() && this.staff.isMember(task.department(), click.actor())) {
			return null;
		}
		return Messages.dutch(click.locale())
				? "Alleen medewerkers van " + task.department()
						+ " kunnen het vrijgeven van een Apple-apparaat goedkeuren."
				: "Only " + task.department() + " staff can approve releasing an Apple device.";
	}

	@Override
	void decide(CardAction click, TaskView task, Actor approver) {
		this.apple.approveRelease(task.id(), approver, click.refusalKey());
	}

	@Override
	String action(CardAction click) {
		return "approve release";
	}

	@Override
	String refusalCode() {
		return "release-approval-refused";
	}

	/** A release's refusal is about the device's task, with its department. */
	@Override
	void auditRefusal(CardAction click, TaskView task, Actor approver, String reason) {
		audit().recordOnce(click.refusalKey(), "task", task.id(), "refused", approver, reason, Map.of("action",
				new Object[] { null, action(click) }, "department", new Object[] { null, task.department() }));
	}

}

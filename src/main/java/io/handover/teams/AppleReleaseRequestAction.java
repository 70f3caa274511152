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
 * "Release from Apple Business" on IT's card, on a leaver's Apple device being collected
 * that leaves the organisation (disposed of or sold): IT staff ask, with the reason, and
 * a task then waits for a second IT person's approval. Anyone else is refused, audited.
 */
@Component
class AppleReleaseRequestAction extends TaskCardDecision {

	private final AppleEnrolment apple;

	private final DepartmentStaff staff;

	AppleReleaseRequestAction(AppleEnrolment apple, TaskManagement tasks, TicketManagement tickets, TaskCards taskCards,
			DepartmentStaff staff, Cards cards, AuditTrail audit) {
		super(tasks, tickets, taskCards, cards, audit);
		this.apple = apple;
		this.staff = staff;
	}

	@Override
	public String verb() {
		return "apple-release.request";
	}

	@Override
	CardActionResult wrongTask(TaskView task) {
		return task.asset() != null && task.asset().serialNumber() != null && task.kind().endsWith(".collect") ? null
				: new CardActionResult.Error(400, "not-a-device",
						"Task " + task.id() + " does not collect a device that can be released.");
	}

	@Override
	String refusedHere(CardAction click, CardTask clicked, TaskView task) {
		if (clicked.onItsDepartmentsCard() && this.staff.isMember(task.department(), click.actor())) {
			return null;
		}
		return Messages.dutch(click.locale())
				? "Alleen medewerkers van " + task.department() + " kunnen vragen een Apple-apparaat vrij te geven."
				: "Only " + task.department() + " staff can ask to release an Apple device.";
	}

	@Override
	void decide(CardAction click, TaskView task, Actor actor) {
		String why = click.data().path("why-" + task.id()).asString("").strip();
		this.apple.requestRelease(task.ticketKey(), task.asset().serialNumber(), why.isEmpty() ? null : why, actor,
				click.refusalKey());
	}

	@Override
	String action(CardAction click) {
		return "ask to release an Apple device";
	}

	@Override
	String refusalCode() {
		return "release-request-refused";
	}

	@Override
	void auditRefusal(CardAction click, TaskView task, Actor actor, String reason) {
		audit().recordOnce(click.refusalKey(), "task", task.id(), "refused", actor, reason, Map.of("action",
				new Object[] { null, action(click) }, "department", new Object[] { null, task.department() }));
	}

}

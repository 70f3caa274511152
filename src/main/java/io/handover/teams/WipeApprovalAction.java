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
 * "Approve wipe" on IT's card for a leaver's device that is to be wiped remotely. Only IT
 * staff may approve, and not the person who asked for the wipe: a wipe needs a second
 * pair of eyes. A refusal is audited and changes nothing; an approval sends the wipe at
 * once, and the card updates in place for everyone through the outbox. A second click (or
 * the same click delivered twice) finds the wipe done and sends nothing.
 */
@Component
class WipeApprovalAction implements CardActionHandler {

	private final LeaverRunbook leavers;

	private final TaskManagement tasks;

	private final TicketManagement tickets;

	private final TaskCards taskCards;

	private final DepartmentStaff staff;

	private final Cards cards;

	private final AuditTrail audit;

	WipeApprovalAction(LeaverRunbook leavers, TaskManagement tasks, TicketManagement tickets, TaskCards taskCards,
			DepartmentStaff staff, Cards cards, AuditTrail audit) {
		this.leavers = leavers;
		this.tasks = tasks;
		this.tickets = tickets;
		this.taskCards = taskCards;
		this.staff = staff;
		this.cards = cards;
		this.audit = audit;
	}

	@Override
	public String verb() {
		return "wipe.approve";
	}

	@Override
	public CardActionResult handle(CardAction click) {
		CardTask clicked = CardTask.of(click, this.tasks);
		if (clicked.error() != null) {
			return clicked.error();
		}
		TaskView task = clicked.task();
		String taskId = task.id();
		if (!"it.device.wipe.remote".equals(task.kind())) {
			return new CardActionResult.Error(400, "not-a-wipe", "Task " + taskId + " is not a remote wipe.");
		}
		Actor approver = ChannelCommands.actor(click.actor());
		if (!clicked.onItsDepartmentsCard() || !this.staff.isMember(task.department(), click.actor())) {
			return refuse(click, task, approver,
					Messages.dutch(click.locale())
							? "Alleen medewerkers van " + task.department()
									+ " kunnen een wissing op afstand goedkeuren."
							: "Only " + task.department() + " staff can approve a remote wipe.");
		}
		try {
			this.leavers.approveRemoteWipe(taskId, approver, click.refusalKey());
		}
		catch (Refusal refusal) {
			if (!"runbook-busy".equals(refusal.code())) {
				// the runbook audited its refusal, with the people it weighed
				return refusalCard(click, task, refusal.getMessage());
			}
			// the first of two clicks is sending the wipe: show the card as it is
		}
		return new CardActionResult.Card(this.taskCards.render(this.tickets.get(task.ticketKey()), task.department(),
				click.data().path("page").asInt(1), click.locale()));
	}

	private CardActionResult refuse(CardAction click, TaskView task, Actor approver, String reason) {
		this.audit.recordOnce(click.refusalKey(), "task", task.id(), "refused", approver, reason, Map.of("action",
				new Object[] { null, "approve-wipe" }, "department", new Object[] { null, task.department() }));
		return refusalCard(click, task, reason);
	}

	private CardActionResult refusalCard(CardAction click, TaskView task, String reason) {
		return new CardActionResult.Card(this.cards.render(CardName.REFUSAL,
				Map.of("reason", reason, "code", "wipe-approval-refused", "department", task.department()),
				click.locale()));
	}

}

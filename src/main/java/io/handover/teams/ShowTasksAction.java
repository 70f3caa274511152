package io.handover.teams;

import java.util.Optional;

import io.handover.ticket.TicketManagement;
import io.handover.ticket.TicketView;
import org.springframework.stereotype.Component;

/**
 * "Show tasks" on a lead's reminder card: the department's task card for that ticket, as
 * its channel shows it.
 */
@Component
class ShowTasksAction implements CardActionHandler {

	private final TicketManagement tickets;

	private final TaskCards taskCards;

	ShowTasksAction(TicketManagement tickets, TaskCards taskCards) {
		this.tickets = tickets;
		this.taskCards = taskCards;
	}

	@Override
	public String verb() {
		return "tasks.show";
	}

	@Override
	public CardActionResult handle(CardAction action) {
		String department = action.data().path("departmentKey").asString("");
		Optional<TicketView> ticket = this.tickets.find(action.data().path("ticketKey").asString(""));
		if (ticket.isEmpty() || ticket.get().tasks().stream().noneMatch(task -> task.department().equals(department))) {
			return new CardActionResult.Error(404, "NotFound", "These tasks no longer exist.");
		}
		return new CardActionResult.Card(this.taskCards.render(ticket.get(), department, 1, action.locale()));
	}

}

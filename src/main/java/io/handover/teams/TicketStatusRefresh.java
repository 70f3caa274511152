package io.handover.teams;

import java.util.Map;

import io.handover.cards.CardName;
import io.handover.cards.Cards;
import io.handover.ticket.TicketManagement;
import io.handover.ticket.TicketView;
import org.springframework.stereotype.Component;

/** A ticket's status card shown afresh, to those who may see it. */
@Component
class TicketStatusRefresh implements CardRefresher {

	private final TicketManagement tickets;

	private final TicketStatusCards statusCards;

	private final Cards cards;

	TicketStatusRefresh(TicketManagement tickets, TicketStatusCards statusCards, Cards cards) {
		this.tickets = tickets;
		this.statusCards = statusCards;
		this.cards = cards;
	}

	@Override
	public String card() {
		return "ticket.status";
	}

	@Override
	public CardActionResult refresh(CardAction action) {
		String key = action.data().path("ticketKey").asString("");
		TicketView ticket = this.tickets.find(key).orElse(null);
		if (ticket == null) {
			return new CardActionResult.Error(404, "NotFound", "Ticket " + key + " does not exist.");
		}
		if (!this.statusCards.mayView(ticket, action.actor(), action.conversationId())) {
			return new CardActionResult.Card(
					this.cards.render(
							CardName.REFUSAL, Map.of("reason", Messages.dutch(action.locale())
									? "Je kunt dit ticket niet bekijken." : "You cannot see this ticket."),
							action.locale()));
		}
		return new CardActionResult.Card(this.statusCards.render(ticket, action.locale()));
	}

}

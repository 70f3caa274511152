package io.handover.teams;

import java.net.HttpURLConnection;
import java.util.Map;
import java.util.Set;

import io.handover.cards.CardName;
import io.handover.cards.Cards;
import io.handover.common.Actor;
import io.handover.common.Refusal;
import io.handover.ticket.TicketRequestView;
import io.handover.ticket.TicketRequests;
import org.springframework.stereotype.Component;

/**
 * Confirm and Decline on a ticket request's card. Only HR staff or the person's manager
 * of record may decide, as verified people and never on their own request; anyone else
 * gets a refusal (audited by {@link TicketRequests}) and nothing changes. Confirming
 * opens the ticket; the card updates in place everywhere it was posted and the requester
 * is told. A second click shows the decision already made.
 */
@Component
class TicketRequestActions implements CardActionHandler {

	static final String CONFIRM = "request.confirm";

	static final String DECLINE = "request.decline";

	/** The card's input allows 500 characters; an invoke may send anything. */
	private static final int REASON = 500;

	private final TicketRequests requests;

	private final TicketRequestCards requestCards;

	private final TeamsPeople people;

	private final Cards cards;

	TicketRequestActions(TicketRequests requests, TicketRequestCards requestCards, TeamsPeople people, Cards cards) {
		this.requests = requests;
		this.requestCards = requestCards;
		this.people = people;
		this.cards = cards;
	}

	@Override
	public String verb() {
		return CONFIRM;
	}

	@Override
	public Set<String> verbs() {
		return Set.of(CONFIRM, DECLINE);
	}

	@Override
	public CardActionResult handle(CardAction click) {
		String id = click.data().path("requestId").asString("");
		if (id.isBlank()) {
			return new CardActionResult.Error(HttpURLConnection.HTTP_BAD_REQUEST, "BadRequest",
					"This card names no request.");
		}
		Actor actor = this.people.actorOf(click.actor(), click.conversationId());
		String reason = click.data().path("reason").asString("").trim();
		if (reason.length() > REASON) {
			return new CardActionResult.Error(HttpURLConnection.HTTP_BAD_REQUEST, "invalid",
					"A reason is at most " + REASON + " characters.");
		}
		try {
			TicketRequestView decided = CONFIRM.equals(click.verb())
					? this.requests.confirm(id, actor, click.activityId())
					: this.requests.decline(id, actor, reason.isEmpty() ? null : reason, click.activityId());
			return new CardActionResult.Card(this.requestCards.render(decided, click.locale()));
		}
		catch (Refusal refusal) {
			return new CardActionResult.Card(this.cards.render(CardName.REFUSAL,
					Map.of("reason", refusal.getMessage(), "code", refusal.code()), click.locale()));
		}
	}

}

package io.handover.teams;

import java.util.Map;
import java.util.Optional;

import io.handover.audit.AuditTrail;
import io.handover.cards.CardName;
import io.handover.cards.Cards;
import io.handover.common.Actor;
import io.handover.ticket.TicketKind;
import io.handover.ticket.TicketManagement;
import io.handover.ticket.TicketView;
import org.springframework.stereotype.Component;

/**
 * Only the employee themself may sign their card: the click must come from the Entra
 * account the employee record names. Anyone else is refused, on the card and in the audit
 * trail, and nothing changes.
 */
@Component
class SignatureCheck {

	private final EmployeeChats chats;

	private final Cards cards;

	private final AuditTrail audit;

	private final TicketManagement tickets;

	private final PostedCards posted;

	SignatureCheck(EmployeeChats chats, Cards cards, AuditTrail audit, TicketManagement tickets, PostedCards posted) {
		this.chats = chats;
		this.cards = cards;
		this.audit = audit;
		this.tickets = tickets;
		this.posted = posted;
	}

	/**
	 * Opens a signature on the employee card {@code card} of the ticket the click names:
	 * refused unless that is a ticket of {@code kind} and the clicker its employee.
	 * @param what what is signed for, in the click's language
	 */
	Signing open(CardAction action, TicketKind kind, String card, String what) {
		String ticketKey = action.data().path("ticketKey").asString("");
		Optional<TicketView> found = this.tickets.find(ticketKey);
		if (found.isEmpty() || found.get().kind() != kind) {
			return Signing.refused(refusal(action,
					"There is no " + kind.name().toLowerCase(java.util.Locale.ROOT) + " ticket " + ticketKey + "."));
		}
		TicketView ticket = found.get();
		Optional<CardActionResult> refused = refuseUnlessEmployee(action, ticket, what);
		if (refused.isPresent()) {
			return Signing.refused(refused.get());
		}
		String conversationId = this.posted.find(ticketKey, card)
			.map(PostedCard::conversationId)
			.orElse(action.conversationId());
		return new Signing(ticket, conversationId, null);
	}

	/**
	 * A signature the clicker may give, on the card in {@code conversationId}; or the
	 * {@code refusal} to answer with.
	 */
	record Signing(TicketView ticket, String conversationId, CardActionResult refusal) {

		static Signing refused(CardActionResult refusal) {
			return new Signing(null, null, refusal);
		}

	}

	/** The refusal to answer with, or empty when the clicker is the ticket's person. */
	Optional<CardActionResult> refuseUnlessEmployee(CardAction action, TicketView ticket, String what) {
		String employeeAad = this.chats.entraObjectIdOf(ticket.employee()).orElse(null);
		String clicker = action.actor() != null ? action.actor().aadObjectId() : null;
		if (employeeAad != null && clicker != null && employeeAad.equalsIgnoreCase(clicker)) {
			return Optional.empty();
		}
		this.audit.recordOnce(action.refusalKey(), "ticket", ticket.key(), "signature-refused", actorOf(action),
				"not " + ticket.employee().name() + "'s account", Map.of("verb", new Object[] { null, action.verb() }));
		return Optional.of(refusal(action,
				(Messages.dutch(action.locale()) ? "Alleen " + ticket.employee().name() + " kan " + what + " tekenen."
						: "Only " + ticket.employee().name() + " can sign " + what + ".")));
	}

	CardActionResult refusal(CardAction action, String reason) {
		return new CardActionResult.Card(
				this.cards.render(CardName.REFUSAL, Map.of("reason", reason), action.locale()));
	}

	static Actor actorOf(CardAction action) {
		return ChannelCommands.actor(action.actor());
	}

}

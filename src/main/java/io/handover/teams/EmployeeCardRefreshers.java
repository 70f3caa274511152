package io.handover.teams;

import java.util.Map;
import java.util.Optional;

import io.handover.cards.CardName;
import io.handover.ticket.TicketKind;
import io.handover.ticket.TicketManagement;
import io.handover.ticket.TicketView;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The {@code refresh} of an employee's signature cards ({@code asset.return},
 * {@code asset.receipt}): the card as it is now, for the employee only.
 */
@Configuration(proxyBeanMethods = false)
class EmployeeCardRefreshers {

	@Bean
	CardRefresher returnCardRefresher(TicketManagement tickets, EmployeeCards cards, PostedCards posted,
			SignatureCheck check) {
		return refresher("asset.return", action -> action.data().path("ticketKey").asString(""), TicketKind.LEAVER,
				tickets, check, (ticket, action) -> new CardActionResult.Card(cards.render(CardName.LEAVER_RETURN,
						cards.returnData(ticket), conversationOf(posted, ticket, EmployeeCards.RETURN, action))));
	}

	@Bean
	CardRefresher receiptCardRefresher(TicketManagement tickets, EmployeeCards cards, PostedCards posted,
			SignatureCheck check) {
		return refresher("asset.receipt", EmployeeCardRefreshers::ticketKeyOfReceipt, TicketKind.JOINER, tickets, check,
				(ticket, action) -> {
					Map<String, Object> data = cards.receiptData(ticket);
					if (data == null) {
						return new CardActionResult.Error(404, "NothingToSign", "Nothing was issued to sign for.");
					}
					return new CardActionResult.Card(cards.render(CardName.JOINER_RECEIPT, data,
							conversationOf(posted, ticket, EmployeeCards.RECEIPT, action)));
				});
	}

	/** A receipt id is the ticket key and a suffix without dashes. */
	static String ticketKeyOfReceipt(CardAction action) {
		String receiptId = action.data().path("receiptId").asString("");
		int dash = receiptId.lastIndexOf('-');
		return dash > 0 ? receiptId.substring(0, dash) : receiptId;
	}

	private static String conversationOf(PostedCards posted, TicketView ticket, String target, CardAction action) {
		return posted.find(ticket.key(), target).map(PostedCard::conversationId).orElse(action.conversationId());
	}

	private static CardRefresher refresher(String card, java.util.function.Function<CardAction, String> ticketKey,
			TicketKind kind, TicketManagement tickets, SignatureCheck check,
			java.util.function.BiFunction<TicketView, CardAction, CardActionResult> render) {
		return new CardRefresher() {

			@Override
			public String card() {
				return card;
			}

			@Override
			public CardActionResult refresh(CardAction action) {
				Optional<TicketView> ticket = tickets.find(ticketKey.apply(action)).filter(t -> t.kind() == kind);
				if (ticket.isEmpty()) {
					return new CardActionResult.Error(404, "NotFound", "This card's ticket no longer exists.");
				}
				Optional<CardActionResult> refused = check.refuseUnlessEmployee(action, ticket.get(),
						Messages.dutch(action.locale()) ? "deze kaart" : "this card");
				return refused.orElseGet(() -> render.apply(ticket.get(), action));
			}

		};
	}

}

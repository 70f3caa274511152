package io.handover.teams;

import java.util.List;
import java.util.Map;

import io.handover.asset.AssetRegister;
import io.handover.asset.HandoverRecord;
import io.handover.asset.Holding;
import io.handover.asset.Signature;
import io.handover.cards.CardName;
import io.handover.common.Channel;
import io.handover.common.Refusal;
import io.handover.ticket.TicketKind;
import io.handover.ticket.TicketView;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * "I received these" on a joiner's receipt card: the employee signs for exactly the
 * assets the card listed, and the asset register keeps a signed handover record with the
 * hash of the card shown. A card that no longer lists what is on the person's name (an
 * asset was issued since) is not signed: the person gets the current list to sign.
 */
@Component
class ReceiptSignatureAction implements CardActionHandler {

	private static final Logger log = LoggerFactory.getLogger(ReceiptSignatureAction.class);

	private final AssetRegister assets;

	private final EmployeeCards employeeCards;

	private final PostedCards posted;

	private final SignatureCheck check;

	ReceiptSignatureAction(AssetRegister assets, EmployeeCards employeeCards, PostedCards posted,
			SignatureCheck check) {
		this.assets = assets;
		this.employeeCards = employeeCards;
		this.posted = posted;
		this.check = check;
	}

	@Override
	public String verb() {
		return "signature.receipt";
	}

	@Override
	public CardActionResult handle(CardAction action) {
		SignatureCheck.Signing signing = this.check.open(action, TicketKind.JOINER, EmployeeCards.RECEIPT,
				Messages.dutch(action.locale()) ? "de ontvangst van deze spullen" : "for this equipment");
		if (signing.refusal() != null) {
			return signing.refusal();
		}
		TicketView ticket = signing.ticket();
		String ticketKey = ticket.key();
		String conversationId = signing.conversationId();
		String receiptId = action.data().path("receiptId").asString("");
		String employeeId = ticket.employee().id();
		List<HandoverRecord> receipts = this.employeeCards.receiptsOf(employeeId);
		List<Holding> unsigned = this.employeeCards.unsignedHoldings(employeeId, receipts);
		boolean alreadySigned = receipts.stream().anyMatch(record -> (ticketKey + "-" + record.id()).equals(receiptId));
		if (!unsigned.isEmpty() && !alreadySigned) {
			if (!EmployeeCards.receiptId(ticketKey, unsigned).equals(receiptId)) {
				// What the person saw is not what is on their name now: show them the
				// list to sign instead of signing for something they did not see.
				return current(ticket, conversationId);
			}
			Map<String, Object> shown = this.employeeCards.receiptData(ticket);
			Signature signature = new Signature(action.actor().aadObjectId(), action.actor().name(), Channel.TEAMS,
					this.employeeCards.render(CardName.JOINER_RECEIPT, shown, conversationId).toString());
			try {
				this.assets.signReceipt(employeeId, unsigned.stream().map(Holding::assignmentId).toList(), signature);
			}
			catch (Refusal refusal) {
				return this.check.refusal(action, refusal.getMessage());
			}
		}
		CardActionResult result = current(ticket, conversationId);
		// No ticket change follows a signature: update the posted copy here (the answer
		// already shows the signed card to the person, so a failed update only costs
		// the other copies their refresh).
		if (result instanceof CardActionResult.Card card) {
			try {
				this.posted.updateIfPosted(ticketKey, EmployeeCards.RECEIPT, Replies.card(card.card()));
			}
			catch (RuntimeException ex) {
				log.warn("Signed receipt card of {} not updated in place: {}", ticketKey, ex.getMessage());
			}
		}
		return result;
	}

	private CardActionResult current(TicketView ticket, String conversationId) {
		Map<String, Object> data = this.employeeCards.receiptData(ticket);
		if (data == null) {
			return new CardActionResult.Error(404, "NothingToSign", "Nothing was issued to sign for.");
		}
		return new CardActionResult.Card(this.employeeCards.render(CardName.JOINER_RECEIPT, data, conversationId));
	}

}

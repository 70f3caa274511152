package io.handover.teams;

import java.util.Optional;

import io.handover.asset.AssetRegister;
import io.handover.asset.Signature;
import io.handover.cards.CardName;
import io.handover.common.Channel;
import io.handover.common.Refusal;
import io.handover.ticket.TaskManagement;
import io.handover.ticket.TicketKind;
import io.handover.ticket.TicketManagement;
import io.handover.ticket.TicketView;
import org.springframework.stereotype.Component;

/**
 * "I returned this" on a leaver's return card: the employee's signature for one asset. It
 * goes on the asset's collect task (the department then confirms receipt on its task
 * card) and into the asset register as a signed handover over the card shown.
 */
@Component
class ReturnSignatureAction implements CardActionHandler {

	private final TicketManagement tickets;

	private final TaskManagement tasks;

	private final AssetRegister assets;

	private final EmployeeCards employeeCards;

	private final SignatureCheck check;

	ReturnSignatureAction(TicketManagement tickets, TaskManagement tasks, AssetRegister assets,
			EmployeeCards employeeCards, SignatureCheck check) {
		this.tickets = tickets;
		this.tasks = tasks;
		this.assets = assets;
		this.employeeCards = employeeCards;
		this.check = check;
	}

	@Override
	public String verb() {
		return "signature.return";
	}

	@Override
	public CardActionResult handle(CardAction action) {
		SignatureCheck.Signing signing = this.check.open(action, TicketKind.LEAVER, EmployeeCards.RETURN,
				Messages.dutch(action.locale()) ? "de inlevering van deze spullen" : "the return of this equipment");
		if (signing.refusal() != null) {
			return signing.refusal();
		}
		TicketView ticket = signing.ticket();
		String ticketKey = ticket.key();
		String conversationId = signing.conversationId();
		String assetId = action.data().path("assetId").asString("");
		Optional<EmployeeCards.ReturnItem> item = this.employeeCards.returnItems(ticket)
			.stream()
			.filter(candidate -> assetId.equals(candidate.assetId()))
			.findFirst();
		if (item.isEmpty()) {
			return this.check.refusal(action, "This item is not on the return list of " + ticketKey + ".");
		}
		if (!alreadyReturned(item.get())) {
			String shown = this.employeeCards
				.render(CardName.LEAVER_RETURN, this.employeeCards.returnData(ticket), conversationId)
				.toString();
			String signer = action.actor().aadObjectId();
			Signature signature = new Signature(signer, action.actor().name(), Channel.TEAMS, shown);
			try {
				if (item.get().task() != null) {
					String taskId = item.get().task().id();
					this.tasks.recordReturn(taskId, signature, "signature.return:" + taskId + ":" + signer);
				}
				else {
					this.assets.returnedByEmployee(item.get().assignmentId(), signature);
				}
			}
			catch (Refusal refusal) {
				return this.check.refusal(action, refusal.getMessage());
			}
		}
		TicketView now = this.tickets.get(ticketKey);
		return new CardActionResult.Card(
				this.employeeCards.render(CardName.LEAVER_RETURN, this.employeeCards.returnData(now), conversationId));
	}

	private static boolean alreadyReturned(EmployeeCards.ReturnItem item) {
		if (item.task() == null) {
			return item.returnPending();
		}
		return item.task().returnRecordedAt() != null || !item.task().status().isOpen();
	}

}

package io.handover.teams;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.microsoft.bot.schema.Activity;
import tools.jackson.databind.node.ObjectNode;
import io.handover.intake.AnnouncementNotes;
import io.handover.intake.Intake;
import io.handover.ticket.TicketManagement;
import io.handover.ticket.TicketView;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Words about someone announced before that announce nothing new: a start called off ("de
 * start van Anna de Vries gaat niet door"), a leaving taken back ("Piet is not leaving
 * after all"), a question ("hoe staat het met Anna de Vries?"). Such words are no
 * announcement, and "I did not understand" would be a dead end: the answer is the open
 * ticket's status and, for words that call it off, a one-click offer to cancel it (only
 * to someone who may). Only tickets the writer may see are found, so the words never
 * reveal that someone else is leaving; only in a personal chat. Asked after every
 * announcement reading, before the help card.
 */
@Component
@Order(110)
class AboutAnnouncedCommand implements ChatCommand {

	/** Status cards in one answer, at most. */
	private static final int SHOWN = 3;

	private final TicketManagement tickets;

	private final TicketStatusCards statusCards;

	private final CancelCommand cancel;

	private final Intake intake;

	AboutAnnouncedCommand(TicketManagement tickets, TicketStatusCards statusCards, CancelCommand cancel,
			Intake intake) {
		this.tickets = tickets;
		this.statusCards = statusCards;
		this.cancel = cancel;
		this.intake = intake;
	}

	@Override
	public boolean matches(ChatMessage message) {
		return message.isPersonal() && !named(message).isEmpty();
	}

	@Override
	public Activity answer(ChatMessage message) {
		// the language written decides; the Teams client's only when the words give no
		// clue
		Locale locale = AnnouncementNotes.localeOf(this.intake.read(message.text()), message.locale());
		List<TicketView> named = named(message);
		boolean calledOff = this.intake.callsOff(message.text());
		List<ObjectNode> cards = new ArrayList<>();
		for (TicketView ticket : named) {
			cards.add(this.statusCards.render(ticket, locale));
			if (calledOff && this.cancel.mayCancel(ticket, message.from(), message.conversationId())) {
				cards.add(this.cancel.offer(ticket, locale));
			}
		}
		return Replies.cards(cards);
	}

	/** The active tickets the writer may see whose person the words name in full. */
	private List<TicketView> named(ChatMessage message) {
		return this.tickets.activeNamedIn(message.text())
			.stream()
			.filter(ticket -> this.statusCards.mayView(ticket, message.from(), message.conversationId()))
			.limit(SHOWN)
			.toList();
	}

}

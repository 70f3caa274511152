package io.handover.teams;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.microsoft.bot.schema.Activity;
import tools.jackson.databind.node.ObjectNode;
import io.handover.common.Refusal;
import io.handover.ticket.TicketChanges;
import io.handover.ticket.TicketManagement;
import io.handover.ticket.TicketView;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * {@code cancel JML-0042} ({@code annuleer JML-0042}): the manager of record (or HR, an
 * Administrator) cancels a ticket from their personal chat when a start is called off or
 * a leaving taken back; its open tasks close as cancelled and the department cards
 * follow. The button offered when a manager's words call off someone's start runs this
 * very command. Anyone else is refused, and the refusal is audited.
 */
@Component
@Order(26)
class CancelCommand implements ChatCommand {

	private static final Pattern CANCEL = Pattern.compile("^(?:cancel|annuleer)\\s+(?:jml)?[-\\s]?(\\d{1,6})\\s*[.!]?$",
			Pattern.CASE_INSENSITIVE);

	private final TicketManagement tickets;

	private final TicketChanges changes;

	private final TicketStatusCards statusCards;

	private final TeamsPeople people;

	private final Notices notices;

	CancelCommand(TicketManagement tickets, TicketChanges changes, TicketStatusCards statusCards, TeamsPeople people,
			Notices notices) {
		this.tickets = tickets;
		this.changes = changes;
		this.statusCards = statusCards;
		this.people = people;
		this.notices = notices;
	}

	/** The command a button runs to cancel the ticket. */
	static String command(TicketView ticket) {
		return "cancel " + ticket.key();
	}

	/**
	 * Whether the person in this chat may cancel the ticket (the button is offered then).
	 */
	boolean mayCancel(TicketView ticket, ChatUser user, String conversationId) {
		return this.changes.mayChange(ticket, this.people.actorOf(user, conversationId));
	}

	@Override
	public boolean matches(ChatMessage message) {
		return CANCEL.matcher(message.text()).matches();
	}

	@Override
	public Activity answer(ChatMessage message) {
		Locale locale = Notices.writtenIn(message.text(), "annuleer");
		if (!message.isPersonal()) {
			return Replies.card(this.notices.inPersonalChat("Cancel a ticket in your personal chat with me.",
					"Annuleer een ticket in je persoonlijke chat met mij.", locale));
		}
		Matcher cancel = CANCEL.matcher(message.text());
		cancel.matches();
		String key = StatusCommands.keyOf(cancel.group(1));
		Optional<TicketView> ticket = this.tickets.find(key);
		if (ticket.isEmpty()) {
			return Replies.card(this.notices.noSuchTicket(key, locale));
		}
		try {
			TicketView cancelled = this.changes.cancel(key,
					Notices.say(locale, "cancelled in Teams", "in Teams geannuleerd"),
					this.people.actorOf(message.from(), message.conversationId()),
					message.activityId() != null ? "cancel:" + message.activityId() : null);
			return Replies.card(this.statusCards.render(cancelled, locale));
		}
		catch (Refusal refused) {
			return Replies.card(this.notices.refusal(refused, locale));
		}
	}

	/**
	 * The card that offers to cancel a ticket the words call off, and says how to move it
	 * instead when it is only put off.
	 */
	ObjectNode offer(TicketView ticket, Locale locale) {
		String name = ticket.employee().name();
		String what = switch (ticket.kind()) {
			case JOINER ->
				Notices.say(locale, "If " + name + " does not start after all", "Als " + name + " toch niet begint");
			case LEAVER ->
				Notices.say(locale, "If " + name + " is not leaving after all", "Als " + name + " toch niet vertrekt");
			case MOVER -> Notices.say(locale, "If " + name + "'s role change does not go ahead",
					"Als de functiewijziging van " + name + " niet doorgaat");
		};
		return this.notices.message(Notices.say(locale, "Cancel " + ticket.key() + "?", ticket.key() + " annuleren?"),
				Notices.say(locale,
						what + ", cancelling closes its open tasks and updates the departments' cards. Only put off? "
								+ "Move it when the new date is known: move " + ticket.key() + " to …",
						what + ", sluit annuleren de open taken en werkt de kaarten van de afdelingen bij. "
								+ "Alleen uitgesteld? Verplaats het als de nieuwe datum bekend is: verplaats "
								+ ticket.key() + " naar <datum>."),
				"attention",
				Map.of(Notices.say(locale, "Cancel " + ticket.key(), ticket.key() + " annuleren"), command(ticket)),
				locale);
	}

}

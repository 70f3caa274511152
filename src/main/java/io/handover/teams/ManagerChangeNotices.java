package io.handover.teams;

import java.util.Locale;
import java.util.Optional;

import io.handover.ticket.ManagerChange;
import io.handover.ticket.ManagerRef;
import io.handover.ticket.OwedUpdate;
import io.handover.ticket.TicketView;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * When a ticket names another manager (HR changed the employee's manager), both managers
 * are told in their personal chat: the new one that the ticket's approvals, notices and
 * returned assets now come to them, the old one that they no longer do. One card each per
 * change, posted once (a repeated delivery updates it). A manager who cannot be reached
 * in Teams is logged; the ticket itself already names the new manager.
 */
@Component
class ManagerChangeNotices implements TicketCardDelivery {

	private static final Logger log = LoggerFactory.getLogger(ManagerChangeNotices.class);

	static final String EVENT = "TicketManagerChanged";

	private final PostedCards posted;

	private final EmployeeChats chats;

	private final Notices notices;

	ManagerChangeNotices(PostedCards posted, EmployeeChats chats, Notices notices) {
		this.posted = posted;
		this.chats = chats;
		this.notices = notices;
	}

	@Override
	public void deliver(TicketView ticket, OwedUpdate update) {
		if (!EVENT.equals(update.event()) || ticket.managerChanges() == null) {
			return;
		}
		for (ManagerChange change : ticket.managerChanges()) {
			if (change.at().equals(update.at())) {
				tell(ticket, change);
			}
		}
	}

	private void tell(TicketView ticket, ManagerChange change) {
		String target = "manager-change:" + change.at().toEpochMilli();
		String person = ticket.employee().name();
		String kind = ticket.kind().name().toLowerCase(Locale.ROOT);
		String newName = name(change.to());
		chat(change.to()).ifPresentOrElse(chat -> {
			Locale locale = this.chats.localeOf(chat);
			this.posted.show(ticket.key(), target + ":new", chat, Replies.card(this.notices.message(
					Notices.say(locale, "You are now the manager on " + ticket.key(),
							"U bent nu de manager van " + ticket.key()),
					Notices.say(locale,
							change.why() + ": " + ticket.key() + " (" + kind + ", " + person
									+ ") now names you. Its approvals, notices and returned assets come to you; "
									+ "ask \"status " + ticket.key() + "\" for where it stands.",
							change.why() + ": " + ticket.key() + " (" + person + ") noemt nu u als manager. "
									+ "Goedkeuringen, meldingen en ingeleverde spullen komen nu bij u; vraag \"status "
									+ ticket.key() + "\" voor de stand van zaken."),
					"good", locale)));
		}, () -> log.warn("The new manager {} of {} cannot be reached in Teams to tell them", change.to().upn(),
				ticket.key()));
		if (change.from() == null) {
			return;
		}
		chat(change.from()).ifPresentOrElse(chat -> {
			Locale locale = this.chats.localeOf(chat);
			this.posted.show(ticket.key(), target + ":old", chat,
					Replies.card(this.notices.message(
							Notices.say(locale, ticket.key() + " now goes to " + newName,
									ticket.key() + " gaat nu naar " + newName),
							Notices.say(locale,
									change.why() + ": " + ticket.key() + " (" + kind + ", " + person + ") now names "
											+ newName + " as manager. Its approvals and notices no longer come to you.",
									change.why() + ": " + ticket.key() + " (" + person + ") noemt nu " + newName
											+ " als manager. Goedkeuringen en meldingen komen niet meer bij u."),
							"default", locale)));
		}, () -> log.warn("The former manager {} of {} cannot be reached in Teams to tell them", change.from().upn(),
				ticket.key()));
	}

	private Optional<String> chat(ManagerRef manager) {
		if (manager == null || !StringUtils.hasText(manager.upn())) {
			return Optional.empty();
		}
		return this.chats.chatWithUpn(manager.upn(), name(manager));
	}

	private static String name(ManagerRef manager) {
		return StringUtils.hasText(manager.name()) ? manager.name() : manager.upn();
	}

}

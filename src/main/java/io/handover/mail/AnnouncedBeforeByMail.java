package io.handover.mail;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import io.handover.common.Actor;
import io.handover.ticket.TicketChanges;
import io.handover.ticket.TicketManagement;
import io.handover.ticket.TicketView;
import org.springframework.stereotype.Component;

/**
 * An e-mail that announces nothing but names someone announced before ("de start van Anna
 * de Vries gaat niet door", "is everything ready for Anna de Vries?"): the answer says
 * which ticket is open and how to move or cancel it in Teams, instead of "I could not
 * find an announcement". E-mail itself changes no ticket (an address proves less than a
 * Teams sign-in), and only a sender who may change the ticket (HR, an Administrator, the
 * manager of record) learns of it: the words never reveal that someone else is leaving.
 */
@Component
class AnnouncedBeforeByMail {

	/** Tickets named in one answer, at most. */
	private static final int SHOWN = 3;

	private final TicketManagement tickets;

	private final TicketChanges changes;

	AnnouncedBeforeByMail(TicketManagement tickets, TicketChanges changes) {
		this.tickets = tickets;
		this.changes = changes;
	}

	/** The answer's paragraphs; none when the words name no such ticket. */
	List<String> answer(String words, Actor sender, boolean dutch) {
		List<TicketView> named = this.tickets.activeNamedIn(words)
			.stream()
			.filter(ticket -> this.changes.mayChange(ticket, sender))
			.limit(SHOWN)
			.toList();
		if (named.isEmpty()) {
			return List.of();
		}
		DateTimeFormatter day = DateTimeFormatter.ofPattern("d MMMM yyyy",
				dutch ? Locale.forLanguageTag("nl") : Locale.ENGLISH);
		List<String> paragraphs = new ArrayList<>();
		paragraphs.add(dutch ? "Ik vond geen nieuwe melding in deze e-mail, wel een open ticket:"
				: "I found no new announcement in this e-mail, but an open ticket:");
		for (TicketView ticket : named) {
			String when = ticket.date() != null ? day.format(ticket.date()) : "—";
			String name = ticket.employee().name();
			paragraphs.add(switch (ticket.kind()) {
				case JOINER -> dutch ? ticket.key() + ": " + name + " begint op " + when + "."
						: ticket.key() + ": " + name + " starts on " + when + ".";
				case LEAVER -> dutch ? ticket.key() + ": " + name + " gaat uit dienst; laatste werkdag " + when + "."
						: ticket.key() + ": " + name + " leaves; last working day " + when + ".";
				case MOVER -> dutch ? ticket.key() + ": " + name + " krijgt per " + when + " een andere functie."
						: ticket.key() + ": " + name + " changes role on " + when + ".";
			});
		}
		String key = named.get(0).key();
		paragraphs.add(dutch
				? "Per e-mail verandert Handover geen ticket. Zie de stand, verplaats of annuleer het in je persoonlijke chat met Handover in Teams: \"status "
						+ key + "\", \"verplaats " + key + " naar 11 januari\" of \"annuleer " + key + "\"."
				: "Handover changes no ticket by e-mail. See its status, move or cancel it in your personal chat with Handover in Teams: \"status "
						+ key + "\", \"move " + key + " to 11 January\" or \"cancel " + key + "\".");
		return paragraphs;
	}

}

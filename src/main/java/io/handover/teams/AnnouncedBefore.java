package io.handover.teams;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import tools.jackson.databind.node.ObjectNode;
import io.handover.employee.Employee;
import io.handover.employee.EmployeeDirectory;
import io.handover.ticket.TicketKind;
import io.handover.ticket.TicketManagement;
import io.handover.ticket.TicketState;
import io.handover.ticket.TicketView;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * The open ticket a manager's words are about when the person was announced before:
 * "could you check whether everything is ready for Anna? She starts Monday" reads as an
 * announcement, and the manager wants the state of the one already open. Found only when
 * the manager may see that ticket (as with {@code status}), so the words never reveal
 * that someone else is leaving.
 */
@Component
class AnnouncedBefore {

	private static final List<TicketState> ACTIVE = List.of(TicketState.OPEN, TicketState.IN_PROGRESS);

	private final EmployeeDirectory employees;

	private final TicketManagement tickets;

	private final TicketStatusCards statusCards;

	AnnouncedBefore(EmployeeDirectory employees, TicketManagement tickets, TicketStatusCards statusCards) {
		this.employees = employees;
		this.tickets = tickets;
		this.statusCards = statusCards;
	}

	/**
	 * The open ticket of this kind for the one person of this name, when the asker may
	 * see it (a person has at most one open ticket of a kind).
	 */
	Optional<TicketView> find(String name, TicketKind kind, ChatUser asker, String conversationId) {
		if (!StringUtils.hasText(name)) {
			return Optional.empty();
		}
		List<Employee> named = this.employees.named(name);
		// two people of one name: the form's submission sorts it out, not a guess here
		if (named.size() != 1) {
			return Optional.empty();
		}
		return this.tickets.search(named.get(0).id(), null, null, ACTIVE, 5)
			.stream()
			.filter(ticket -> ticket.kind() == kind)
			.filter(ticket -> this.statusCards.mayView(ticket, asker, conversationId))
			.findFirst();
	}

	/** Its status card, shown above the form. */
	ObjectNode card(TicketView ticket, Locale locale) {
		return this.statusCards.render(ticket, locale);
	}

	/** The note next to the name: what is open already, and that a second is refused. */
	static String note(TicketView ticket, Locale locale) {
		String name = ticket.employee().name();
		String[] kind = switch (ticket.kind()) {
			case JOINER -> new String[] { "starter ticket", "aangemeld", "ticket" };
			case LEAVER -> new String[] { "leaver ticket", "afgemeld", "uitdienstticket" };
			case MOVER -> new String[] { "role change", "gemeld", "functiewijziging" };
		};
		return Notices.say(locale,
				name + " was announced already: " + kind[0] + " " + ticket.key()
						+ ", its status is above. A second open " + kind[0] + " for the same person is refused.",
				name + " is al " + kind[1] + ": " + kind[2] + " " + ticket.key()
						+ ", de stand staat hierboven. Een tweede open " + kind[2]
						+ " voor dezelfde persoon wordt geweigerd.");
	}

}

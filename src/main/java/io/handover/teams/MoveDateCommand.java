package io.handover.teams;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.microsoft.bot.schema.Activity;
import tools.jackson.databind.node.ObjectNode;
import io.handover.common.Refusal;
import io.handover.intake.Announcement;
import io.handover.intake.Intake;
import io.handover.ticket.TicketChanges;
import io.handover.ticket.TicketKind;
import io.handover.ticket.TicketManagement;
import io.handover.ticket.TicketView;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * {@code move JML-0042 to 11 January} ({@code verplaats JML-0042 naar 11 januari}): the
 * manager of record (or HR, an Administrator) moves a ticket's date from their personal
 * chat; open tasks are re-dated and the department cards follow. The button the bot
 * offers when a person is announced again with another date runs this very command.
 * Anyone else is refused, and the refusal is audited.
 */
@Component
@Order(25)
class MoveDateCommand implements ChatCommand {

	private static final Pattern MOVE = Pattern.compile(
			"^(?:move|verplaats)\\s+(?:jml)?[-\\s]?(\\d{1,6})\\s+(?:to|naar)\\s+(.{1,60}?)\\s*[.!]?$",
			Pattern.CASE_INSENSITIVE);

	private final TicketManagement tickets;

	private final TicketChanges changes;

	private final TicketStatusCards statusCards;

	private final TeamsPeople people;

	private final Intake intake;

	private final Notices notices;

	MoveDateCommand(TicketManagement tickets, TicketChanges changes, TicketStatusCards statusCards, TeamsPeople people,
			Intake intake, Notices notices) {
		this.tickets = tickets;
		this.changes = changes;
		this.statusCards = statusCards;
		this.people = people;
		this.intake = intake;
		this.notices = notices;
	}

	/** The command a button runs to move the ticket to this date. */
	static String command(TicketView ticket, LocalDate date) {
		return "move " + ticket.key() + " to " + date;
	}

	/**
	 * Whether the words say what the open ticket says but for its date: a person starts
	 * or leaves once, so another date is a moved date; a role change to another role is
	 * another change, not this one moved.
	 */
	static boolean anotherDateOnly(Announcement announcement, TicketView open) {
		if (announcement.date() == null || announcement.date().equals(open.date())) {
			return false;
		}
		return open.kind() != TicketKind.MOVER || announcement.roleKey() == null
				|| announcement.roleKey().equals(open.profile());
	}

	/**
	 * Whether the person in this chat may move the ticket (the button is offered then).
	 */
	boolean mayMove(TicketView ticket, ChatUser user, String conversationId) {
		return this.changes.mayChange(ticket, this.people.actorOf(user, conversationId));
	}

	@Override
	public boolean matches(ChatMessage message) {
		return MOVE.matcher(message.text()).matches();
	}

	@Override
	public Activity answer(ChatMessage message) {
		Locale locale = Notices.writtenIn(message.text(), "verplaats");
		if (!message.isPersonal()) {
			return Replies.card(this.notices.inPersonalChat("Move a ticket's date in your personal chat with me.",
					"Verplaats de datum van een ticket in je persoonlijke chat met mij.", locale));
		}
		Matcher move = MOVE.matcher(message.text());
		move.matches();
		String key = StatusCommands.keyOf(move.group(1));
		Optional<TicketView> ticket = this.tickets.find(key);
		if (ticket.isEmpty()) {
			return Replies.card(this.notices.noSuchTicket(key, locale));
		}
		Optional<LocalDate> date = this.intake.dateOf(move.group(2));
		if (date.isEmpty()) {
			return Replies.card(this.notices.refusal(Notices.say(locale,
					"\"" + move.group(2) + "\" is not a date I can read. Write it as 11 January 2027 or 2027-01-11.",
					"\"" + move.group(2)
							+ "\" is geen datum die ik kan lezen. Schrijf bijvoorbeeld 11 januari 2027 of 2027-01-11."),
					locale));
		}
		try {
			TicketView moved = this.changes.reschedule(key, date.get(),
					Notices.say(locale, "moved in Teams", "in Teams verplaatst"),
					this.people.actorOf(message.from(), message.conversationId()),
					message.activityId() != null ? "move:" + message.activityId() : null);
			return Replies.card(this.statusCards.render(moved, locale));
		}
		catch (Refusal refused) {
			return Replies.card(this.notices.refusal(refused, locale));
		}
	}

	/** The text on the button and the card that offers it. */
	ObjectNode offer(TicketView ticket, LocalDate date, Locale locale) {
		DateTimeFormatter days = DateTimeFormatter.ofPattern("d MMMM yyyy",
				Messages.dutch(locale) ? Locale.forLanguageTag("nl") : Locale.ENGLISH);
		String from = ticket.date() != null ? days.format(ticket.date()) : "—";
		String to = days.format(date);
		return this.notices.message(Notices.say(locale, "Move " + ticket.key() + " to " + to + "?", ticket
			.key() + " verplaatsen naar " + to + "?"), Notices.say(
					locale,
					"Its date is " + from + "; you wrote " + to
							+ ". Moving it re-dates the open tasks and the departments' cards.",
					"De datum is " + from + "; jij schreef " + to
							+ ". Verplaatsen zet de open taken en de kaarten van de afdelingen op de nieuwe datum."),
				"accent", Map.of(Notices.say(locale, "Move to " + to, "Verplaats naar " + to), command(ticket, date)),
				locale);
	}

}

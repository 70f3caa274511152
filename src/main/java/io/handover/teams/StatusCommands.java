package io.handover.teams;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import tools.jackson.databind.node.ObjectNode;
import com.microsoft.bot.schema.Activity;
import io.handover.employee.Employee;
import io.handover.employee.EmployeeDirectory;
import io.handover.ticket.TicketManagement;
import io.handover.ticket.TicketState;
import io.handover.ticket.TicketView;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * {@code status JML-0042} shows a ticket's status card to the person who announced it,
 * its manager and department staff; {@code my tickets} ({@code mijn tickets}) shows the
 * open tickets the person announced: the status card when there is one, a summary when
 * there are more. Always one card.
 */
@Component
@Order(20)
class StatusCommands implements ChatCommand {

	private static final Pattern STATUS = Pattern.compile(
			"^(?:status|stand|ticket)\\s+(?:van\\s+|of\\s+)?(?:jml)?[-\\s]?(\\d{1,6})\\s*[?.!]?$",
			Pattern.CASE_INSENSITIVE);

	private static final Pattern MINE = Pattern.compile(
			"^(?:my tickets|my open tickets|mijn tickets|mijn open tickets|my requests|mijn aanvragen|status)\\s*[?.!]?$",
			Pattern.CASE_INSENSITIVE);

	/** {@code status Anna de Vries}: a person's name instead of a ticket key. */
	private static final Pattern BY_NAME = Pattern.compile(
			"^(?:status|stand)\\s+(?:van\\s+|of\\s+)?(?!jml\\b)([\\p{L}][\\p{L}'’.\\- ]{1,100}?)\\s*[?.!]?$",
			Pattern.CASE_INSENSITIVE);

	private static final int SUGGESTIONS = 3;

	/** More than this many open tickets are summarised, not listed. */
	private static final int LISTED = 15;

	private final TicketManagement tickets;

	private final TicketStatusCards statusCards;

	private final Notices notices;

	private final EmployeeDirectory employees;

	StatusCommands(TicketManagement tickets, TicketStatusCards statusCards, Notices notices,
			EmployeeDirectory employees) {
		this.employees = employees;
		this.tickets = tickets;
		this.statusCards = statusCards;
		this.notices = notices;
	}

	@Override
	public boolean matches(ChatMessage message) {
		return STATUS.matcher(message.text()).matches() || MINE.matcher(message.text()).matches()
				|| BY_NAME.matcher(message.text()).matches();
	}

	@Override
	public Activity answer(ChatMessage message) {
		Matcher status = STATUS.matcher(message.text());
		if (status.matches()) {
			return Replies
				.card(status(keyOf(status.group(1)), message.from(), message.conversationId(), message.locale()));
		}
		if (MINE.matcher(message.text()).matches()) {
			return Replies.card(mine(message.from(), message.locale()));
		}
		Matcher byName = BY_NAME.matcher(message.text());
		byName.matches();
		return Replies.card(byName(byName.group(1).trim(), message.from(), message.conversationId(), message.locale()));
	}

	/**
	 * The tickets of the person of that name that the asker may see: the status card of
	 * one, a list of several; "did you mean" buttons when nobody is called that.
	 */
	ObjectNode byName(String name, ChatUser user, String conversationId, Locale locale) {
		List<Employee> named = this.employees.named(name);
		if (named.isEmpty()) {
			List<String> close = this.employees.closestMatches(name, SUGGESTIONS)
				.stream()
				.map(Employee::name)
				.distinct()
				.toList();
			String text = Notices.say(locale, "No one called " + name + " is in the employee register.",
					"Niemand met de naam " + name + " staat in het personeelsregister.");
			Map<String, String> choices = new LinkedHashMap<>();
			if (!close.isEmpty()) {
				text += Notices.say(locale, " Did you mean: ", " Bedoelde je: ") + String.join(", ", close) + "?";
				close.forEach(suggested -> choices.put(suggested, "status " + suggested));
			}
			return this.notices.message(Notices.say(locale, "Not found", "Niet gevonden"), text, "warning", choices,
					locale);
		}
		List<TicketView> found = new ArrayList<>();
		for (Employee employee : named) {
			found.addAll(this.tickets.search(employee.id(), null, null, null, LISTED));
		}
		List<TicketView> visible = found.stream()
			.filter(ticket -> this.statusCards.mayView(ticket, user, conversationId))
			.toList();
		if (visible.isEmpty()) {
			return this.notices.message(Notices.say(locale, "No tickets", "Geen tickets"),
					Notices.say(locale, "There is no ticket for " + name + " that you can see.",
							"Er is geen ticket voor " + name + " dat jij kunt zien."),
					"default", locale);
		}
		List<TicketView> active = visible.stream().filter(ticket -> ticket.state().isActive()).toList();
		if (active.size() == 1 || visible.size() == 1) {
			return this.statusCards.render(active.size() == 1 ? active.get(0) : visible.get(0), locale);
		}
		return list(Notices.say(locale, "Tickets of " + name, "Tickets van " + name),
				active.isEmpty() ? visible : active, false, locale);
	}

	ObjectNode status(String key, ChatUser user, String conversationId, Locale locale) {
		Optional<TicketView> ticket = this.tickets.find(key);
		if (ticket.isEmpty()) {
			return this.notices.noSuchTicket(key, locale);
		}
		if (!this.statusCards.mayView(ticket.get(), user, conversationId)) {
			return this.notices.refusal(Notices.say(locale,
					"Only the person who announced " + key + ", its manager and IT, FM and HR staff can see it.",
					"Alleen wie " + key + " aanmeldde, de manager en medewerkers van IT, FM en HR kunnen het zien."),
					locale);
		}
		return this.statusCards.render(ticket.get(), locale);
	}

	ObjectNode mine(ChatUser user, Locale locale) {
		String requester = ChannelCommands.actor(user).id();
		List<TicketView> open = this.tickets.search(null, null, requester,
				List.of(TicketState.OPEN, TicketState.IN_PROGRESS), LISTED + 1);
		if (open.isEmpty()) {
			return this.notices.message(Notices.say(locale, "My tickets", "Mijn tickets"),
					Notices.say(locale, "You have no open tickets.", "Je hebt geen open tickets."), "default", locale);
		}
		if (open.size() == 1) {
			return this.statusCards.render(open.get(0), locale);
		}
		return list(Notices.say(locale, "My open tickets", "Mijn open tickets"), open, open.size() > LISTED, locale);
	}

	private ObjectNode list(String title, List<TicketView> tickets, boolean more, Locale locale) {
		List<TicketView> open = tickets;
		DateTimeFormatter dates = DateTimeFormatter.ofPattern(Messages.dutch(locale) ? "dd-MM-yyyy" : "d MMM yyyy",
				Locale.ENGLISH);
		StringBuilder text = new StringBuilder();
		for (TicketView ticket : open.subList(0, Math.min(open.size(), LISTED))) {
			int tasks = ticket.progress().values().stream().mapToInt(p -> p.tasks()).sum();
			int done = ticket.progress().values().stream().mapToInt(p -> p.resolved()).sum();
			int overdue = ticket.progress().values().stream().mapToInt(p -> p.overdue()).sum();
			// plain text, one paragraph per ticket: the card escapes Markdown in its data
			text.append("- ")
				.append(ticket.key())
				.append(' ')
				.append(kindWord(ticket, locale))
				.append(": ")
				.append(ticket.employee().name())
				.append(", ")
				.append(ticket.date() != null ? dates.format(ticket.date()) : "")
				.append(" · ")
				.append(done)
				.append('/')
				.append(tasks)
				.append(Notices.say(locale, " done", " klaar"));
			if (overdue > 0) {
				text.append(" · ").append(overdue).append(Notices.say(locale, " overdue", " te laat"));
			}
			if (ticket.lateNotice()) {
				text.append(Notices.say(locale, " · late notice", " · late melding"));
			}
			text.append("\n\n");
		}
		if (more) {
			text.append(Notices.say(locale, "…and more. ", "…en meer. "));
		}
		text.append(Notices.say(locale, "\nType status JML-0042 (with the ticket's key) for its details.",
				"\nTyp status JML-0042 (met de sleutel van het ticket) voor de details."));
		return this.notices.message(title, text.toString().trim(), "default", locale);
	}

	static String keyOf(String digits) {
		return String.format("JML-%04d", Integer.parseInt(digits));
	}

	private static String kindWord(TicketView ticket, Locale locale) {
		return switch (ticket.kind()) {
			case JOINER -> Notices.say(locale, "starter", "nieuwe medewerker");
			case LEAVER -> Notices.say(locale, "leaver", "uitdienst");
			case MOVER -> Notices.say(locale, "role change", "functiewijziging");
		};
	}

	/** The help card's "My tickets" button. */
	@Configuration(proxyBeanMethods = false)
	static class Handlers {

		@Bean
		CardActionHandler myTickets(StatusCommands status) {
			return new VerbHandler("tickets.mine",
					action -> new CardActionResult.Card(status.mine(action.actor(), action.locale())));
		}

	}

}

package io.handover.teams;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.microsoft.bot.schema.Activity;
import io.handover.common.Actor;
import io.handover.common.NotFound;
import io.handover.common.Refusal;
import io.handover.employee.Employee;
import io.handover.employee.EmployeeDirectory;
import io.handover.guard.GuardReview;
import io.handover.guard.OffboardingGuard;
import io.handover.ticket.TicketView;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * {@code @Handover check Jan Bakker} ({@code controleer Jan Bakker}, or a ticket key):
 * the offboarding guard checks the leaver now and answers with its review. For IT staff
 * and Administrators only; anyone else is refused before the name is even looked up, and
 * the refusal is audited.
 */
@Component
@Order(15)
class GuardCheckCommand implements ChatCommand {

	private static final Pattern CHECK = Pattern.compile("^(?:check|controleer)\\s+(.+?)\\s*\\??$",
			Pattern.CASE_INSENSITIVE);

	private static final Pattern TICKET_KEY = Pattern.compile("^[A-Z]+-\\d+$", Pattern.CASE_INSENSITIVE);

	private final OffboardingGuard guard;

	private final EmployeeDirectory employees;

	private final GuardReviewCards cards;

	private final Notices notices;

	GuardCheckCommand(OffboardingGuard guard, EmployeeDirectory employees, GuardReviewCards cards, Notices notices) {
		this.guard = guard;
		this.employees = employees;
		this.cards = cards;
		this.notices = notices;
	}

	@Override
	public boolean matches(ChatMessage message) {
		return nameIn(message.text()).isPresent();
	}

	@Override
	public Activity answer(ChatMessage message) {
		Locale locale = message.locale();
		String asked = nameIn(message.text()).orElseThrow();
		Actor actor = ChannelCommands.actor(message.from());
		try {
			this.guard.requireMayCheck(actor, asked);
			Optional<String> ticketKey = ticketOf(asked);
			if (ticketKey.isEmpty()) {
				return Replies
					.card(this.notices.message(Notices.say(locale, "No leaver found", "Geen uitdienst gevonden"),
							Notices.say(locale,
									"No open leaver ticket for " + asked
											+ ". Ask with the ticket key or the e-mail address.",
									"Geen open uitdiensttraject voor " + asked
											+ ". Vraag het met de ticketcode of het e-mailadres."),
							"warning", locale));
			}
			GuardReview review = this.guard.check(ticketKey.get(), actor);
			return Replies.card(this.cards.render(review, locale));
		}
		catch (NotFound notFound) {
			return Replies.card(this.notices.message(Notices.say(locale, "No leaver found", "Geen uitdienst gevonden"),
					notFound.getMessage(), "warning", locale));
		}
		catch (Refusal refused) {
			return Replies.card(this.notices.refusal(refused, locale));
		}
	}

	/**
	 * The open leaver ticket the words name: a ticket key, an e-mail address or a name.
	 */
	private Optional<String> ticketOf(String asked) {
		if (TICKET_KEY.matcher(asked).matches()) {
			return Optional.of(asked.toUpperCase(Locale.ROOT));
		}
		List<Employee> people = asked.contains("@") ? this.employees.findByUpn(asked).map(List::of).orElse(List.of())
				: this.employees.closestMatches(asked, 5)
					.stream()
					.filter(e -> fold(e.name()).equals(fold(asked)))
					.toList();
		for (Employee person : people) {
			List<TicketView> leaving = this.guard.activeLeaverTicketsOf(person.id());
			if (!leaving.isEmpty()) {
				return Optional.of(leaving.get(0).key());
			}
		}
		return Optional.empty();
	}

	static Optional<String> nameIn(String text) {
		Matcher matcher = CHECK.matcher(text == null ? "" : text.trim());
		return matcher.matches() && !matcher.group(1).isBlank() ? Optional.of(matcher.group(1).trim())
				: Optional.empty();
	}

	private static String fold(String name) {
		return name == null ? ""
				: Normalizer.normalize(name, Normalizer.Form.NFD)
					.replaceAll("\\p{M}+", "")
					.toLowerCase(Locale.ROOT)
					.replaceAll("[^\\p{L}\\p{N}]+", " ")
					.trim();
	}

}

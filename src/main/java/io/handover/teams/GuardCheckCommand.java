package io.handover.teams;

import io.handover.common.Workers;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
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
import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * {@code @Handover check Jan Bakker} ({@code controleer Jan Bakker}, or a ticket key):
 * the offboarding guard checks the leaver now and answers with its review. For IT staff
 * and Administrators only; anyone else is refused before the name is even looked up, and
 * the refusal is audited.
 * <p>
 * A check reads the directory a dozen times; with Graph slow or throttling that takes
 * longer than Teams waits for an answer (it sends the message again after about 15 s). So
 * the check runs off the turn: when it is done within
 * {@code handover.guard.answer-within} the answer is the review, otherwise the answer is
 * "checking…" and that same message is replaced by the review when it is done.
 */
@Component
@Order(15)
class GuardCheckCommand implements ChatCommand {

	private static final Logger log = LoggerFactory.getLogger(GuardCheckCommand.class);

	private static final Pattern CHECK = Pattern.compile("^(?:check|controleer)\\s+(.+?)\\s*\\??$",
			Pattern.CASE_INSENSITIVE);

	private static final Pattern TICKET_KEY = Pattern.compile("^[A-Z]+-\\d+$", Pattern.CASE_INSENSITIVE);

	private final OffboardingGuard guard;

	private final EmployeeDirectory employees;

	private final GuardReviewCards cards;

	private final Notices notices;

	private final SentReplies replies;

	private final ProactiveMessenger messenger;

	private final Duration answerWithin;

	private final ExecutorService checks = Workers.named("handover-guard-check", 2);

	GuardCheckCommand(OffboardingGuard guard, EmployeeDirectory employees, GuardReviewCards cards, Notices notices,
			SentReplies replies, ProactiveMessenger messenger,
			@Value("${handover.guard.answer-within:2s}") Duration answerWithin) {
		this.guard = guard;
		this.employees = employees;
		this.cards = cards;
		this.notices = notices;
		this.replies = replies;
		this.messenger = messenger;
		this.answerWithin = answerWithin;
	}

	@PreDestroy
	void stop() {
		Workers.stop(this.checks, Duration.ofSeconds(10), "A guard check asked for in Teams");
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
				return Replies.card(this.notices.message(
						Notices.say(locale, "No leaver found", "Geen uitdienst gevonden"),
						Notices.say(locale,
								"No leaver ticket for " + asked + ". Ask with the ticket key or the e-mail address.",
								"Geen uitdiensttraject voor " + asked
										+ ". Vraag het met de ticketcode of het e-mailadres."),
						"warning", locale));
			}
			CompletableFuture<GuardReview> review = CompletableFuture
				.supplyAsync(() -> this.guard.check(ticketKey.get(), actor), this.checks);
			try {
				return answerFor(review.get(this.answerWithin.toMillis(), TimeUnit.MILLISECONDS), locale);
			}
			catch (TimeoutException slow) {
				Activity checking = Replies.card(this.notices.message(
						Notices.say(locale, "Checking " + ticketKey.get() + "…", "Bezig met " + ticketKey.get() + "…"),
						Notices.say(locale,
								"The offboarding guard is looking at the directory, the register, the applications "
										+ "and the pass system. This message shows its review when it is done.",
								"De uitdienstcontrole kijkt in de directory, het register, de applicaties en het "
										+ "toegangssysteem. Dit bericht toont het resultaat zodra het klaar is."),
						"default", locale));
				follow(message, checking, review, locale);
				return checking;
			}
			catch (ExecutionException failed) {
				return answerFor(failed.getCause(), locale);
			}
			catch (InterruptedException interrupted) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException("Interrupted while checking " + ticketKey.get(), interrupted);
			}
		}
		catch (NotFound notFound) {
			return Replies.card(this.notices.message(Notices.say(locale, "No leaver found", "Geen uitdienst gevonden"),
					notFound.getMessage(), "warning", locale));
		}
		catch (Refusal refused) {
			return Replies.card(this.notices.refusal(refused, locale));
		}
	}

	private Activity answerFor(GuardReview review, Locale locale) {
		return Replies.card(this.cards.render(review, locale));
	}

	/**
	 * What a check that failed answers: why, for a refusal; a plain apology otherwise.
	 */
	private Activity answerFor(Throwable failure, Locale locale) {
		if (failure instanceof NotFound notFound) {
			return Replies.card(this.notices.message(Notices.say(locale, "No leaver found", "Geen uitdienst gevonden"),
					notFound.getMessage(), "warning", locale));
		}
		if (failure instanceof Refusal refused) {
			return Replies.card(this.notices.refusal(refused, locale));
		}
		log.error("Guard check failed", failure);
		return Replies.card(this.notices.message(
				Notices.say(locale, "The check did not finish", "De controle is niet afgerond"),
				Notices.say(locale,
						"Something went wrong while checking; the guard checks this leaver again on its own schedule. "
								+ "Ask again in a moment.",
						"Er ging iets mis bij het controleren; de controle kijkt volgens haar eigen schema opnieuw. "
								+ "Vraag het zo nog eens."),
				"attention", locale));
	}

	/**
	 * Replaces the "checking…" answer with the review (or why it failed) once both are
	 * known; posts it as a message of its own when Teams gave the answer no id.
	 */
	private void follow(ChatMessage message, Activity checking, CompletableFuture<GuardReview> review, Locale locale) {
		CompletableFuture<String> replyId = this.replies.idOnceSent(checking);
		review
			.handle((done, failed) -> failed == null ? answerFor(done, locale)
					: answerFor(failed instanceof java.util.concurrent.CompletionException ? failed.getCause() : failed,
							locale))
			.thenCombine(replyId, (answer, id) -> {
				if (id != null) {
					this.messenger.update(message.conversationId(), id, answer);
				}
				else {
					this.messenger.post(message.conversationId(), answer);
				}
				return id;
			})
			.exceptionally(failed -> {
				log.warn("The guard's review could not replace the answer in {}: {}", message.conversationId(),
						failed.getMessage());
				return null;
			});
	}

	/**
	 * The open leaver ticket the words name: a ticket key, an e-mail address or a name.
	 */
	private Optional<String> ticketOf(String asked) {
		if (TICKET_KEY.matcher(asked).matches()) {
			return Optional.of(asked.toUpperCase(Locale.ROOT));
		}
		List<Employee> people = NamedPeople.in(this.employees, asked, 5).same();
		for (Employee person : people) {
			List<TicketView> leaving = this.guard.activeLeaverTicketsOf(person.id());
			if (!leaving.isEmpty()) {
				return Optional.of(leaving.get(0).key());
			}
		}
		// a completed leaver can be checked too (what is found reopens the ticket)
		for (Employee person : people) {
			try {
				return Optional.of(this.guard.leaverTicket(person.id()).key());
			}
			catch (NotFound none) {
				// not a leaver: the next one of that name, if any
			}
		}
		return Optional.empty();
	}

	static Optional<String> nameIn(String text) {
		Matcher matcher = CHECK.matcher(text == null ? "" : text.trim());
		return matcher.matches() && !matcher.group(1).isBlank() ? Optional.of(matcher.group(1).trim())
				: Optional.empty();
	}

}

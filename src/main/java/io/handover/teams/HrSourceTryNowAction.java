package io.handover.teams;

import io.handover.common.Workers;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import io.handover.common.Actor;
import io.handover.common.NotAllowed;
import io.handover.common.NotFound;
import io.handover.common.Refusal;
import io.handover.hr.HrSourceStatus;
import io.handover.hr.HrSources;
import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/**
 * "Try now" on the HR sources card and on the alert card of a source failing for a day
 * ({@code "card": "alert"} in the click): reads the source at once and answers the card
 * again, showing how that read went. HR staff and Administrators only; anyone else gets
 * the refusal card, audited once per click (a click Teams delivers again is not audited
 * again), and nothing is read. A read that takes longer than
 * {@code handover.hr.try-now.answer-within} (Teams waits about 15 s for an answer) is
 * answered with the card saying it is being read, and that card is replaced when the read
 * is done.
 */
@Component
class HrSourceTryNowAction implements CardActionHandler {

	private static final Logger log = LoggerFactory.getLogger(HrSourceTryNowAction.class);

	static final String VERB = "hr.source.tryNow";

	private final HrSources sources;

	private final HrSourcesCards cards;

	private final Notices notices;

	private final ProactiveMessenger messenger;

	private final Duration answerWithin;

	private final ExecutorService reads = Workers.named("handover-hr-try-now", 1);

	private final HrSourceAlertCards alerts;

	HrSourceTryNowAction(HrSources sources, HrSourcesCards cards, HrSourceAlertCards alerts, Notices notices,
			ProactiveMessenger messenger, @Value("${handover.hr.try-now.answer-within:5s}") Duration answerWithin) {
		this.sources = sources;
		this.cards = cards;
		this.alerts = alerts;
		this.notices = notices;
		this.messenger = messenger;
		this.answerWithin = answerWithin;
	}

	@PreDestroy
	void stop() {
		Workers.stop(this.reads, Duration.ofSeconds(5), "An HR source read asked for by an admin");
	}

	@Override
	public String verb() {
		return VERB;
	}

	@Override
	public CardActionResult handle(CardAction click) {
		String system = click.data().path("system").asString("");
		if (system.isEmpty()) {
			return new CardActionResult.Error(400, "BadRequest", "The card lacks its source.");
		}
		Actor actor = ChannelCommands.actor(click.actor());
		Locale locale = click.locale();
		boolean alert = "alert".equals(click.data().path("card").asString(""));
		try {
			this.sources.requireMayTryNow(system, actor, click.refusalKey());
		}
		catch (NotFound notFound) {
			return new CardActionResult.Error(404, "not-found", notFound.getMessage());
		}
		catch (NotAllowed refused) {
			return new CardActionResult.Card(this.notices.refusal(HrSourcesCommand.refusal(refused, locale), locale));
		}
		CompletableFuture<JsonNode> read = CompletableFuture.supplyAsync(() -> {
			HrSourceStatus after = this.sources.tryNow(system, actor);
			return alert ? (JsonNode) this.alerts.render(after, locale)
					: (JsonNode) this.cards.render(this.sources.overview(actor), locale);
		}, this.reads);
		try {
			return new CardActionResult.Card(read.get(this.answerWithin.toMillis(), TimeUnit.MILLISECONDS));
		}
		catch (TimeoutException slow) {
			follow(click, read, locale);
			java.util.Optional<HrSourceStatus> now = this.sources.statuses()
				.stream()
				.filter(status -> status.system().equals(system) && status.failing())
				.findFirst();
			if (alert && now.isPresent()) {
				return new CardActionResult.Card(this.alerts.render(now.get(), true, locale));
			}
			return new CardActionResult.Card(this.cards.render(this.sources.overview(actor), system, locale));
		}
		catch (ExecutionException failed) {
			return new CardActionResult.Card(answerFor(failed.getCause(), locale));
		}
		catch (InterruptedException interrupted) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while reading " + system, interrupted);
		}
	}

	/** Replaces the "being read" card with how the read went, once it is done. */
	private void follow(CardAction click, CompletableFuture<JsonNode> read, Locale locale) {
		read.handle((card, failed) -> failed == null ? card
				: answerFor(failed instanceof CompletionException ? failed.getCause() : failed, locale))
			.thenAccept(card -> {
				if (click.messageId() != null) {
					this.messenger.update(click.conversationId(), click.messageId(), Replies.card(card));
				}
			})
			.exceptionally(notShown -> {
				log.warn("How reading an HR source went could not be shown in {}: {}", click.conversationId(),
						notShown.getMessage());
				return null;
			});
	}

	private JsonNode answerFor(Throwable failure, Locale locale) {
		if (failure instanceof NotAllowed refused) {
			return this.notices.refusal(HrSourcesCommand.refusal(refused, locale), locale);
		}
		if (failure instanceof Refusal notNow) {
			return this.notices.message(Notices.say(locale, "Not now", "Niet nu"), notNow.getMessage(), "warning",
					locale);
		}
		log.error("Trying an HR source now failed", failure);
		return this.notices.message(Notices.say(locale, "The read did not finish", "Het lezen is niet afgerond"),
				Notices.say(locale, "Something went wrong while reading; the source is read again on its own schedule.",
						"Er ging iets mis bij het lezen; de bron wordt volgens haar eigen schema opnieuw gelezen."),
				"attention", locale);
	}

}

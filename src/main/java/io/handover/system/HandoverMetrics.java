package io.handover.system;

import java.util.regex.Pattern;

import io.handover.ticket.TaskOutcome;
import io.handover.ticket.TicketEvent;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The Handover meters, exported on {@code /actuator/prometheus}: what operations watch to
 * see that turns are answered, cards reach their channels and runbooks run. Any module
 * records through these verbs; tag values are names the code chooses (a kind, a verb, an
 * outcome, a place), never user input, and anything else is counted as {@code other} so a
 * stranger cannot create meters.
 */
@Component
public class HandoverMetrics {

	private static final Pattern TAG = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._/-]{0,47}");

	private final MeterRegistry registry;

	private final Counter cardsOwed;

	private final Counter cardsDelivered;

	public HandoverMetrics(MeterRegistry registry) {
		this.registry = registry;
		// Registered up front so a dashboard shows zero rather than nothing.
		this.cardsOwed = Counter.builder("handover.cards.owed")
			.description("Card updates owed by stored ticket changes (stored before any was tried)")
			.register(registry);
		this.cardsDelivered = Counter.builder("handover.cards.delivered")
			.description("Owed card updates that reached every card of their ticket")
			.register(registry);
	}

	/**
	 * One activity received on the bot endpoint, by activity type ({@code message},
	 * {@code invoke}, ...).
	 */
	public void turn(String kind) {
		Counter.builder("handover.turns")
			.description("Activities received from Teams, by type")
			.tag("kind", tag(kind))
			.register(this.registry)
			.increment();
	}

	/**
	 * One card action answered: its verb and the outcome ({@code ok}, {@code refused} for
	 * a rule that said no, {@code failed} for an error).
	 */
	public void invoke(String verb, String outcome) {
		Counter.builder("handover.invokes")
			.description("Card actions answered, by verb and outcome")
			.tag("verb", tag(verb))
			.tag("outcome", tag(outcome))
			.register(this.registry)
			.increment();
	}

	/** A card post or update was promised (and stored to be retried until it arrives). */
	public void cardOwed() {
		this.cardsOwed.increment();
	}

	/**
	 * Every stored ticket change leaves one owed card update in the same write
	 * ({@link TicketEvent}); an automated step's result is a runbook step.
	 */
	@EventListener
	void on(TicketEvent event) {
		cardOwed();
		if (event instanceof TicketEvent.TaskResultRecorded step) {
			runbookStep(step.dryRun() ? "dry-run" : TaskOutcome.isFailedResult(step.result()) ? "failed" : "done");
		}
	}

	/** An owed card reached Teams. */
	public void cardDelivered() {
		this.cardsDelivered.increment();
	}

	/**
	 * One runbook step finished with this outcome ({@code done}, {@code failed},
	 * {@code manual}, ...).
	 */
	public void runbookStep(String outcome) {
		Counter.builder("handover.runbook.steps")
			.description("Offboarding and onboarding runbook steps, by outcome")
			.tag("outcome", tag(outcome))
			.register(this.registry)
			.increment();
	}

	/**
	 * Something went wrong at this place ({@code bot-endpoint}, {@code graph},
	 * {@code card-delivery}, ...).
	 */
	public void error(String where) {
		Counter.builder("handover.errors")
			.description("Errors, by where they happened")
			.tag("where", tag(where))
			.register(this.registry)
			.increment();
	}

	static String tag(String value) {
		return value != null && TAG.matcher(value).matches() ? value : "other";
	}

}

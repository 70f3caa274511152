package io.handover.teams;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;

import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;
import com.microsoft.bot.schema.Activity;
import com.microsoft.bot.schema.TextFormatTypes;
import io.handover.common.LogSafe;
import io.handover.cards.CardName;
import io.handover.cards.Cards;
import io.handover.common.Channel;
import io.handover.intake.Intake;
import io.handover.ticket.TicketKind;
import io.handover.ticket.TicketRequestChanged;
import io.handover.ticket.TicketRequestState;
import io.handover.ticket.TicketRequestView;
import io.handover.ticket.TicketRequests;
import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * The cards of ticket requests: the confirmation card in HR's channels and in the manager
 * of record's chat (posted when the request is stored, updated when it is decided), and
 * the requester's answer. What a request owes is stored with it, so a failed post is
 * retried (with back-off) until it goes out, also after a restart.
 */
@Component
class TicketRequestCards {

	private static final Logger log = LoggerFactory.getLogger(TicketRequestCards.class);

	static final String HR = "HR";

	private static final Duration MAX_BACKOFF = Duration.ofMinutes(5);

	private final Cards cards;

	private final Notices notices;

	private final TicketRequests requests;

	private final DepartmentChannels channels;

	private final PostedCards posted;

	private final EmployeeChats chats;

	private final ProactiveMessenger messenger;

	private final ConversationStore conversations;

	private final Intake intake;

	private final boolean enabled;

	/** Back-off is about real time, not the organisation's (test) calendar. */
	private final Clock wallClock = Clock.systemUTC();

	private final Map<String, Backoff> backoffs = new ConcurrentHashMap<>();

	private final AtomicBoolean queued = new AtomicBoolean();

	private final ExecutorService worker = Executors.newSingleThreadExecutor(runnable -> {
		Thread thread = new Thread(runnable, "handover-request-cards");
		thread.setDaemon(true);
		return thread;
	});

	TicketRequestCards(Cards cards, Notices notices, TicketRequests requests, DepartmentChannels channels,
			PostedCards posted, EmployeeChats chats, ProactiveMessenger messenger, ConversationStore conversations,
			Intake intake, @Value("${handover.teams.delivery.enabled:true}") boolean enabled) {
		this.cards = cards;
		this.notices = notices;
		this.requests = requests;
		this.channels = channels;
		this.posted = posted;
		this.chats = chats;
		this.messenger = messenger;
		this.conversations = conversations;
		this.intake = intake;
		this.enabled = enabled;
	}

	@EventListener
	void onRequestChanged(TicketRequestChanged changed) {
		this.backoffs.remove(changed.requestId());
		wakeUp();
	}

	@Scheduled(fixedDelayString = "${handover.teams.delivery-interval:2s}",
			initialDelayString = "${handover.teams.delivery-interval:2s}")
	void onSchedule() {
		wakeUp();
	}

	private void wakeUp() {
		if (this.enabled && this.queued.compareAndSet(false, true)) {
			try {
				this.worker.execute(() -> {
					this.queued.set(false);
					try {
						drain();
					}
					catch (RuntimeException ex) {
						log.error("Request card delivery round failed", ex);
					}
				});
			}
			catch (java.util.concurrent.RejectedExecutionException shuttingDown) {
				this.queued.set(false);
			}
		}
	}

	/** Delivers what requests owe now; returns how many deliveries went out. */
	synchronized int drain() {
		int delivered = 0;
		for (TicketRequestView request : this.requests.owing(50)) {
			Backoff backoff = this.backoffs.get(request.id());
			if (backoff != null && backoff.until().isAfter(this.wallClock.instant())) {
				continue;
			}
			try {
				if (request.owesCards()) {
					showCards(request);
					this.requests.delivered(request.id(), "cards");
					delivered++;
				}
				if (request.owesRequester()) {
					tellRequester(request);
					this.requests.delivered(request.id(), "requester");
					delivered++;
				}
				this.backoffs.remove(request.id());
			}
			catch (RuntimeException ex) {
				Backoff next = Backoff.after(backoff, this.wallClock.instant());
				this.backoffs.put(request.id(), next);
				log.warn("Cards of request {} not delivered (attempt {}), retrying at {}: {}", request.id(),
						next.attempts(), next.until(), ex.getMessage());
			}
		}
		return delivered;
	}

	/**
	 * The confirmation card in every channel of HR and in the manager of record's chat
	 * (unless the manager is the requester). Posted once per place, updated after.
	 * @throws IllegalStateException when no one who may decide can see it yet (retried)
	 */
	private void showCards(TicketRequestView request) {
		Activity card = Replies.card(render(request, Locale.ENGLISH));
		int shown = 0;
		for (ChannelLink channel : this.channels.channelsOf(HR)) {
			this.posted.show(request.id(), TaskCards.target(HR, channel.id()), channel.id(), card);
			shown++;
		}
		Optional<String> managerChat = managerChat(request);
		if (managerChat.isPresent()) {
			this.posted.show(request.id(), "manager", managerChat.get(), card);
			shown++;
		}
		if (shown == 0) {
			throw new IllegalStateException("Neither an HR channel (link one with @Handover link HR) nor the manager "
					+ "of record can be reached for request " + request.id());
		}
	}

	private Optional<String> managerChat(TicketRequestView request) {
		if (request.requestedBy() != null && (request.requestedBy().isNamedBy(request.managerUpn())
				|| request.requestedBy().isNamedBy(request.managerObjectId()))) {
			return Optional.empty();
		}
		String name = request.managerName() != null ? request.managerName() : request.managerUpn();
		if (StringUtils.hasText(request.managerObjectId())) {
			return this.chats.chatWith(request.managerObjectId(), null, name);
		}
		if (StringUtils.hasText(request.managerUpn())) {
			return this.chats.chatWithUpn(request.managerUpn(), name);
		}
		return Optional.empty();
	}

	/** Tells the requester, where they asked, what became of their request. */
	private void tellRequester(TicketRequestView request) {
		if (request.state() == TicketRequestState.PENDING) {
			return;
		}
		String conversation = request.replyTo();
		if (conversation == null || this.conversations.find(conversation).isEmpty()) {
			conversation = request.requestedBy() != null && request.requestedBy().channel() == Channel.TEAMS
					&& request.requestedBy().isVerifiedPerson()
							? this.chats.chatWith(request.requestedBy().id(), null, request.requestedBy().name())
								.orElse(null)
							: null;
		}
		if (conversation == null) {
			log.warn("Cannot tell {} about request {}: no conversation with them",
					LogSafe.of(request.requestedBy().name()), request.id());
			return;
		}
		Locale locale = this.chats.localeOf(conversation);
		String title = outcomeTitle(request, locale);
		String text = outcomeText(request, locale);
		boolean email = this.conversations.find(conversation)
			.map(record -> EmailChannel.EMAIL.equalsIgnoreCase(record.channelId()))
			.orElse(false);
		if (email) {
			Activity message = Activity.createMessageActivity();
			message.setTextFormat(TextFormatTypes.PLAIN);
			message.setText(title + "\n\n" + text);
			ObjectNode channelData = JsonNodeFactory.instance.objectNode();
			channelData.put("subject", title);
			channelData.put("htmlBody", "<html><body><p>" + org.springframework.web.util.HtmlUtils.htmlEscape(title)
					+ "</p><p>" + org.springframework.web.util.HtmlUtils.htmlEscape(text) + "</p></body></html>");
			message.setChannelData(SdkJson.toSdk(channelData));
			this.messenger.post(conversation, message);
			return;
		}
		this.messenger.post(conversation, Replies.card(this.notices.message(title, text,
				request.state() == TicketRequestState.CONFIRMED ? "good" : "attention", locale)));
	}

	/** The card the requester sees right after asking. */
	ObjectNode requested(TicketRequestView request, Locale locale) {
		if (request.state() != TicketRequestState.PENDING) {
			return this.notices.message(outcomeTitle(request, locale), outcomeText(request, locale),
					request.state() == TicketRequestState.CONFIRMED ? "good" : "attention", locale);
		}
		String who = request.managerName() != null ? request.managerName() : null;
		return this.notices.message(
				Notices.say(locale, "Request " + request.id() + " sent for confirmation",
						"Verzoek " + request.id() + " ter bevestiging verstuurd"),
				Notices.say(locale,
						"Only HR or the person's manager of record can open this ticket. I asked HR"
								+ (who != null
										? " and " + who : "")
								+ " to confirm it; nothing happens until then. I will let you know.",
						"Alleen HR of de leidinggevende van de persoon kan dit ticket aanmaken. Ik heb HR"
								+ (who != null ? " en " + who : "")
								+ " gevraagd het te bevestigen; tot dan gebeurt er niets. Ik laat het je weten."),
				"attention", locale);
	}

	/** The confirmation card: the request's facts, Confirm and Decline while pending. */
	ObjectNode render(TicketRequestView request, Locale locale) {
		Map<String, Object> data = new LinkedHashMap<>();
		data.put("id", request.id());
		data.put("state", request.state().name());
		data.put("kind", request.kind().name());
		data.put("employeeName", request.employeeName());
		if (request.ticket().date() != null) {
			data.put("date", request.ticket().date());
		}
		if (request.kind() != TicketKind.LEAVER && request.ticket().profile() != null) {
			data.put("role", this.intake.roleTitle(request.ticket().profile()));
		}
		if (request.kind() == TicketKind.LEAVER) {
			// who would get the mailbox and files: the one named, else the ticket's
			// manager
			String delegate = request.ticket().mailboxDelegate() != null ? request.ticket().mailboxDelegate()
					: request.ticket().manager() != null ? request.ticket().manager().upn() : null;
			if (delegate != null) {
				data.put("delegate", delegate);
			}
		}
		data.put("requestedBy", request.requestedBy().name());
		data.put("channel", request.requestedBy().channel().name());
		if (request.managerName() != null || request.managerUpn() != null) {
			data.put("managerName", request.managerName() != null ? request.managerName() : request.managerUpn());
		}
		if (request.decidedBy() != null) {
			data.put("decidedBy", request.decidedBy().name());
		}
		if (request.ticketKey() != null) {
			data.put("ticketKey", request.ticketKey());
		}
		if (StringUtils.hasText(request.declineReason())) {
			data.put("declineReason", request.declineReason());
		}
		return this.cards.render(CardName.TICKET_REQUEST, Map.of("request", data), locale);
	}

	private static String outcomeTitle(TicketRequestView request, Locale locale) {
		return request.state() == TicketRequestState.CONFIRMED
				? Notices.say(locale, "Request " + request.id() + " confirmed",
						"Verzoek " + request.id() + " bevestigd")
				: Notices.say(locale, "Request " + request.id() + " declined",
						"Verzoek " + request.id() + " afgewezen");
	}

	private static String outcomeText(TicketRequestView request, Locale locale) {
		String by = request.decidedBy() != null ? request.decidedBy().name() : "HR";
		if (request.state() == TicketRequestState.CONFIRMED) {
			return Notices.say(locale,
					by + " confirmed it: ticket " + request.ticketKey() + " for " + request.employeeName()
							+ " is open.",
					by + " heeft het bevestigd: ticket " + request.ticketKey() + " voor " + request.employeeName()
							+ " staat open.");
		}
		String reason = StringUtils.hasText(request.declineReason()) ? " (" + request.declineReason() + ")" : "";
		return Notices.say(locale,
				by + " declined it" + reason + ": no ticket was opened for " + request.employeeName() + ".",
				by + " heeft het afgewezen" + reason + ": er is geen ticket aangemaakt voor " + request.employeeName()
						+ ".");
	}

	@PreDestroy
	void stop() {
		this.worker.shutdownNow();
	}

	record Backoff(int attempts, Instant until) {

		static Backoff after(Backoff previous, Instant now) {
			int attempts = previous == null ? 1 : previous.attempts() + 1;
			long millis = Math.min(MAX_BACKOFF.toMillis(), 1000L << Math.min(attempts, 20));
			return new Backoff(attempts, now.plus(Duration.ofMillis(millis)));
		}

	}

}

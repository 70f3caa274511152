package io.handover.teams;

import io.handover.common.Workers;
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
import java.util.concurrent.atomic.AtomicBoolean;

import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;
import com.microsoft.bot.schema.Activity;
import com.microsoft.bot.schema.TextFormatTypes;
import io.handover.common.LogSafe;
import io.handover.access.Access;
import io.handover.cards.CardName;
import io.handover.cards.Cards;
import io.handover.common.Actor;
import io.handover.common.Channel;
import io.handover.employee.EmployeeDirectory;
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
 * retried (with back-off) until it goes out, also after a restart. A request nobody who
 * may decide can see (no channel linked to HR, the manager not reachable in Teams) is not
 * only retried: the requester is told whom to ask and the Administrators get a card.
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

	private final ExecutorService worker = Workers.named("handover-request-cards", 1);

	private final Access access;

	private final AdministratorOutbox administrators;

	private final EmployeeDirectory employees;

	TicketRequestCards(Cards cards, Notices notices, TicketRequests requests, DepartmentChannels channels,
			PostedCards posted, EmployeeChats chats, ProactiveMessenger messenger, ConversationStore conversations,
			Intake intake, Access access, AdministratorOutbox administrators, EmployeeDirectory employees,
			@Value("${handover.teams.delivery.enabled:true}") boolean enabled) {
		this.access = access;
		this.administrators = administrators;
		this.employees = employees;
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
			String why = nobodyReached(request, Locale.ENGLISH);
			noticeNobodyReached(request, why);
			throw new IllegalStateException(why + " (request " + request.id() + ")");
		}
	}

	/**
	 * Nobody who may decide the request can see it: the requester learns it and whom to
	 * ask, and each configured Administrator gets a personal card, once per request, sent
	 * again while Teams refuses it for now ({@link AdministratorOutbox}).
	 */
	private void noticeNobodyReached(TicketRequestView request, String why) {
		if (this.requests.unreachableNoticed(request.id())) {
			return;
		}
		tellRequesterNobodyReached(request);
		String kind = request.kind().name().toLowerCase(Locale.ROOT);
		Locale dutch = Locale.forLanguageTag("nl");
		this.administrators
			.tell("request " + request.id() + ", which reaches nobody", AdministratorOutbox.Notice.message(
					new AdministratorOutbox.Said("Request " + request.id() + " reaches nobody",
							"Verzoek " + request.id() + " bereikt niemand"),
					new AdministratorOutbox.Said(request.requestedBy().name() + " asked for a " + kind + " ticket for "
							+ request.employeeName() + ", but nobody who may confirm it can be reached: "
							+ nobodyReached(request, Locale.ENGLISH)
							+ ". Link a channel to HR (@Handover link HR in it), or ask the manager to chat with "
							+ "Handover once; the request waits and is sent as soon as someone can be reached.",
							request.requestedBy().name() + " vroeg een ticket (" + kind + ") aan voor "
									+ request.employeeName() + ", maar niemand die het mag bevestigen is bereikbaar: "
									+ nobodyReached(request, dutch)
									+ ". Koppel een kanaal aan HR (@Handover link HR daarin), of vraag de "
									+ "leidinggevende één keer met Handover te chatten; het verzoek wacht en gaat "
									+ "uit zodra iemand bereikbaar is."),
					"attention"));
		this.requests.noticedUnreachable(request.id(), why);
	}

	/** Who could not be reached, in the reader's language. */
	private String nobodyReached(TicketRequestView request, Locale locale) {
		String manager = otherManagerName(request);
		return manager == null ? Notices.say(locale, "no channel is linked to HR", "er is geen kanaal aan HR gekoppeld")
				: Notices.say(locale, "no channel is linked to HR and " + manager + " cannot be reached in Teams",
						"er is geen kanaal aan HR gekoppeld en " + manager + " is in Teams niet bereikbaar");
	}

	/** The manager of record who may decide, when that is not the requester. */
	private static String otherManagerName(TicketRequestView request) {
		if (managerIsRequester(request) || request.managerName() == null && request.managerUpn() == null) {
			return null;
		}
		return request.managerName() != null ? request.managerName() : request.managerUpn();
	}

	/**
	 * Tells the requester, where they asked, that nobody can confirm their request yet
	 * and whom to ask.
	 * @throws RuntimeException when the message could not be sent (tried again)
	 */
	private void tellRequesterNobodyReached(TicketRequestView request) {
		Optional<String> conversation = requesterConversation(request);
		if (conversation.isEmpty()) {
			log.warn("Cannot tell {} that request {} reaches nobody: no conversation with them",
					LogSafe.of(request.requestedBy().name()), request.id());
			return;
		}
		Locale locale = this.chats.localeOf(conversation.get());
		String manager = otherManagerName(request);
		String admins = administrators();
		String title = Notices.say(locale, "Nobody can confirm request " + request.id() + " yet",
				"Nog niemand kan verzoek " + request.id() + " bevestigen");
		String text = Notices.say(locale,
				"I could not reach anyone who may confirm it: " + nobodyReached(request, locale) + ". Please ask HR"
						+ (manager != null ? " or " + manager : "") + " directly, or "
						+ (admins != null ? "an Administrator (" + admins + ")" : "an Administrator of Handover")
						+ " to link HR's channel. I keep trying and will let you know when it is decided.",
				"Ik kon niemand bereiken die het mag bevestigen: " + nobodyReached(request, locale) + ". Vraag het HR"
						+ (manager != null ? " of " + manager : "") + " rechtstreeks, of vraag "
						+ (admins != null ? "een beheerder (" + admins + ")" : "een beheerder van Handover")
						+ " het HR-kanaal te koppelen. Ik blijf het proberen en laat je weten wat er besloten is.");
		post(conversation.get(), title, text, "attention", locale);
	}

	/**
	 * The configured Administrators as people can find them: name and UPN from the
	 * register, else the UPN configured; null when none can be named.
	 */
	private String administrators() {
		List<String> named = new java.util.ArrayList<>();
		for (String admin : this.access.configuredAdmins()) {
			Optional<io.handover.employee.Employee> known = this.employees.identify(admin);
			if (known.isPresent() && known.get().upn() != null) {
				named.add(known.get().name() + " (" + known.get().upn() + ")");
			}
			else if (admin.contains("@")) {
				named.add(admin);
			}
		}
		return named.isEmpty() ? null : String.join(", ", named);
	}

	/**
	 * Whether the request names its requester as the manager (a starter announced by
	 * someone who named themself, known by name only when Teams gave no sign-in name).
	 */
	private static boolean managerIsRequester(TicketRequestView request) {
		Actor by = request.requestedBy();
		if (by == null) {
			return false;
		}
		if (by.isNamedBy(request.managerUpn()) || by.isNamedBy(request.managerObjectId())) {
			return true;
		}
		return request.managerUpn() == null && request.managerObjectId() == null
				&& by.name().equals(request.managerName());
	}

	private Optional<String> managerChat(TicketRequestView request) {
		if (managerIsRequester(request)) {
			return Optional.empty();
		}
		String name = request.managerName() != null ? request.managerName() : request.managerUpn();
		if (StringUtils.hasText(request.managerObjectId())) {
			return this.chats.chatWith(request.managerObjectId(), null, name).chat();
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
		Optional<String> conversation = requesterConversation(request);
		if (conversation.isEmpty()) {
			log.warn("Cannot tell {} about request {}: no conversation with them",
					LogSafe.of(request.requestedBy().name()), request.id());
			return;
		}
		Locale locale = this.chats.localeOf(conversation.get());
		post(conversation.get(), outcomeTitle(request, locale), outcomeText(request, locale),
				request.state() == TicketRequestState.CONFIRMED ? "good" : "attention", locale);
	}

	/**
	 * Where the requester asked (a chat, an e-mail thread), else their personal chat in
	 * Teams.
	 */
	private Optional<String> requesterConversation(TicketRequestView request) {
		String conversation = request.replyTo();
		if (conversation == null || this.conversations.find(conversation).isEmpty()) {
			conversation = request.requestedBy() != null && request.requestedBy().channel() == Channel.TEAMS
					&& request.requestedBy().isVerifiedPerson()
							? this.chats.chatWith(request.requestedBy().id(), null, request.requestedBy().name())
								.chat()
								.orElse(null)
							: null;
		}
		return Optional.ofNullable(conversation);
	}

	/** A notice to the requester: an e-mail in an e-mail thread, else a card. */
	private void post(String conversation, String title, String text, String style, Locale locale) {
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
		this.messenger.post(conversation, Replies.card(this.notices.message(title, text, style, locale)));
	}

	/** The card the requester sees right after asking. */
	ObjectNode requested(TicketRequestView request, Locale locale) {
		if (request.state() != TicketRequestState.PENDING) {
			return this.notices.message(outcomeTitle(request, locale), outcomeText(request, locale),
					request.state() == TicketRequestState.CONFIRMED ? "good" : "attention", locale);
		}
		// the manager is asked too, unless the requester named themself
		String who = request.managerName() != null && !managerIsRequester(request) ? request.managerName() : null;
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

	/**
	 * A round in flight finishes while the store is open; what it had not reached stays
	 * owed.
	 */
	@PreDestroy
	void stop() {
		Workers.stop(this.worker, Duration.ofSeconds(10), "A round of request cards");
	}

	record Backoff(int attempts, Instant until) {

		static Backoff after(Backoff previous, Instant now) {
			int attempts = previous == null ? 1 : previous.attempts() + 1;
			long millis = Math.min(MAX_BACKOFF.toMillis(), 1000L << Math.min(attempts, 20));
			return new Backoff(attempts, now.plus(Duration.ofMillis(millis)));
		}

	}

}

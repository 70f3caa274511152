package io.handover.teams;

import io.handover.common.Workers;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import io.handover.common.LogSafe;
import io.handover.access.Access;
import io.handover.cards.CardName;
import io.handover.cards.Cards;
import io.handover.common.Actor;
import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * A request to link a channel to a department goes where an Administrator finds it: the
 * card in the channel itself (Approve / Decline, which only an Administrator's click
 * honours) and the same card in the personal chat of each Administrator configured in
 * {@code handover.access.admins}. Who is an Administrator is decided on every click, not
 * by who received the card.
 */
@Component
class LinkRequests {

	private static final Logger log = LoggerFactory.getLogger(LinkRequests.class);

	private final Access access;

	private final Cards cards;

	private final AdministratorNotices administrators;

	private final ProactiveMessenger messenger;

	/**
	 * Pauses before sending a link request card again (a request is rare; these add up to
	 * a few minutes).
	 */
	private static final List<Duration> RETRY_PAUSES = List.of(Duration.ofSeconds(2), Duration.ofSeconds(10),
			Duration.ofSeconds(60), Duration.ofMinutes(3));

	/** Admins' cards go out after the turn, one at a time (a link request is rare). */
	private final ScheduledExecutorService executor = Workers.scheduled("link-requests");

	private final TeamsPeople people;

	private final DepartmentChannels channels;

	LinkRequests(Access access, Cards cards, AdministratorNotices administrators, ProactiveMessenger messenger,
			TeamsPeople people, DepartmentChannels channels) {
		this.channels = channels;
		this.access = access;
		this.cards = cards;
		this.administrators = administrators;
		this.messenger = messenger;
		this.people = people;
	}

	@PreDestroy
	void stop() {
		Workers.stop(this.executor, Duration.ofSeconds(5), "Sending a channel link request to the admins");
	}

	/**
	 * The person behind a Teams user, with their UPN when known (for UPN-configured
	 * admins).
	 */
	Actor actor(ChatUser user, String conversationId) {
		if (user == null) {
			return ChannelCommands.actor(null);
		}
		String upn = user.aadObjectId() != null ? this.people.upnOf(user, conversationId) : null;
		return user.actor(upn);
	}

	boolean isAdmin(Actor actor) {
		return this.access.isAdmin(actor);
	}

	/** The card for a request in its current state. */
	Map<String, Object> card(ChannelLink link, String department, String requestedBy, String state, String decidedBy) {
		Map<String, Object> data = new LinkedHashMap<>();
		data.put("channelId", link.id());
		if (link.channelName() != null) {
			data.put("channelName", link.channelName());
		}
		data.put("department", department);
		if (requestedBy != null) {
			data.put("requestedBy", requestedBy);
		}
		data.put("state", state);
		if (decidedBy != null) {
			data.put("decidedBy", decidedBy);
		}
		return data;
	}

	/**
	 * At start, links made before links needed an Administrator become requests
	 * ({@link DepartmentChannels#suspendLinksNoAdministratorApproved}); each is sent to
	 * the Administrators like any other request, so someone notices that those channels
	 * now get nothing until an Administrator approves them. Instances starting together
	 * suspend (and send) each once.
	 */
	@EventListener(ApplicationReadyEvent.class)
	void askAdministratorsAboutLinksNoneApproved() {
		for (DepartmentChannels.Requested suspended : this.channels.suspendLinksNoAdministratorApproved()) {
			String askedBy = suspended.link()
				.request(suspended.department())
				.map(ChannelLink.Request::byName)
				.orElse(null);
			notifyAdmins(suspended.link(), suspended.department(), askedBy);
		}
	}

	/**
	 * Sends the pending request to each configured Administrator's personal chat, after
	 * the turn (Teams never waits for it). An Administrator who cannot be reached is
	 * logged; the channel's own card still shows the request.
	 */
	void notifyAdmins(ChannelLink link, String department, String requestedBy) {
		Map<String, Object> data = card(link, department, requestedBy, "pending", null);
		for (String admin : this.access.configuredAdmins()) {
			this.executor.execute(() -> send(admin, link, department, data, 0));
		}
	}

	/**
	 * Posts the card, and again after a pause while Teams refuses it for now (throttled,
	 * unavailable, no answer): an Administrator who never gets the request never approves
	 * it. A refusal that will not change (the chat gone) is only logged. The pause holds
	 * up no other request's card.
	 */
	private void send(String admin, ChannelLink link, String department, Map<String, Object> data, int attempt) {
		try {
			Optional<AdministratorNotices.AdminChat> chat = this.administrators.chatOf(admin);
			if (chat.isEmpty()) {
				log.warn("Administrator {} cannot be reached in Teams: the request to link {} to {} waits "
						+ "in the channel", LogSafe.of(admin), link.id(), department);
				return;
			}
			this.messenger.post(chat.get().id(),
					Replies.card(this.cards.render(CardName.LINK_REQUEST, data, chat.get().locale())));
		}
		catch (RuntimeException failed) {
			ConnectorFailure failure = ConnectorFailure.of(failed);
			if (failure.lasting() || attempt >= RETRY_PAUSES.size()) {
				log.warn("The request to link {} to {} did not reach Administrator {}: {}", link.id(), department,
						LogSafe.of(admin), LogSafe.of(failed.getMessage()));
				return;
			}
			Duration planned = RETRY_PAUSES.get(attempt);
			Duration pause = failure.retryAfter().filter((asked) -> asked.compareTo(planned) > 0).orElse(planned);
			log.info("The request to link {} to {} is sent to Administrator {} again in {}: {}", link.id(), department,
					LogSafe.of(admin), pause, LogSafe.of(failed.getMessage()));
			try {
				this.executor.schedule(() -> send(admin, link, department, data, attempt + 1), pause.toMillis(),
						TimeUnit.MILLISECONDS);
			}
			catch (java.util.concurrent.RejectedExecutionException stopping) {
				log.warn("The request to link {} to {} was not sent to Administrator {} before the stop: it waits "
						+ "in the channel", link.id(), department, LogSafe.of(admin));
			}
		}
	}

}

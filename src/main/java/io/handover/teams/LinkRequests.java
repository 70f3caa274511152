package io.handover.teams;

import java.util.LinkedHashMap;
import java.util.Map;

import io.handover.access.Access;
import io.handover.cards.CardName;
import io.handover.common.Actor;
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

	private final Access access;

	private final AdministratorOutbox administrators;

	private final TeamsPeople people;

	private final DepartmentChannels channels;

	LinkRequests(Access access, AdministratorOutbox administrators, TeamsPeople people, DepartmentChannels channels) {
		this.channels = channels;
		this.access = access;
		this.administrators = administrators;
		this.people = people;
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
	 * the turn (Teams never waits for it), and again while Teams refuses it for now: an
	 * Administrator who never gets the request never approves it. One who cannot be
	 * reached is logged; the channel's own card still shows the request.
	 */
	void notifyAdmins(ChannelLink link, String department, String requestedBy) {
		this.administrators.owe("the request to link " + link.id() + " to " + department, AdministratorOutbox.Notice
			.card(CardName.LINK_REQUEST, card(link, department, requestedBy, "pending", null)));
	}

}

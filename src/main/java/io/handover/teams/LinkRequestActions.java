package io.handover.teams;

import java.util.Map;
import java.util.Set;

import io.handover.cards.CardName;
import io.handover.cards.Cards;
import io.handover.common.Actor;
import io.handover.common.Refusal;
import org.springframework.stereotype.Component;

/**
 * Approve / Decline on a link request card. Only an Administrator's click counts (by
 * token-less Teams identity: configured in {@code handover.access.admins}); anyone else
 * gets the refusal card, the attempt is audited, and nothing changes. An approval links
 * the channel at once (audited with who asked and who approved); a decline removes the
 * request.
 */
@Component
class LinkRequestActions implements CardActionHandler {

	static final String APPROVE = "channel.link.approve";

	static final String DECLINE = "channel.link.decline";

	private final DepartmentChannels channels;

	private final LinkRequests requests;

	private final Cards cards;

	LinkRequestActions(DepartmentChannels channels, LinkRequests requests, Cards cards) {
		this.channels = channels;
		this.requests = requests;
		this.cards = cards;
	}

	@Override
	public String verb() {
		return APPROVE;
	}

	@Override
	public Set<String> verbs() {
		return Set.of(APPROVE, DECLINE);
	}

	@Override
	public CardActionResult handle(CardAction click) {
		String channelId = click.data().path("channelId").asString("");
		String department = click.data().path("departmentKey").asString("");
		if (channelId.isEmpty() || department.isEmpty()) {
			return new CardActionResult.Error(400, "BadRequest", "The card lacks its channel or department.");
		}
		boolean dutch = Messages.dutch(click.locale());
		Actor actor = this.requests.actor(click.actor(), click.conversationId());
		boolean approve = APPROVE.equals(click.verb());
		if (!this.requests.isAdmin(actor)) {
			String reason = dutch
					? "Alleen een beheerder kan dit kanaal aan " + department + " koppelen of dat weigeren."
					: "Only an Administrator can approve or decline linking this channel to " + department + ".";
			this.channels.refused(channelId, approve ? "approve link" : "decline link", actor, reason,
					click.refusalKey());
			return new CardActionResult.Card(this.cards.render(CardName.REFUSAL,
					Map.of("reason", reason, "code", "not-an-admin"), click.locale()));
		}
		ChannelLink link = this.channels.find(channelId);
		if (link == null) {
			return new CardActionResult.Error(404, "not-found", "There is no link request for this channel.");
		}
		String askedBy = link.request(department).map(ChannelLink.Request::byName).orElse(null);
		if (link.departments().contains(department)) {
			return card(link, department, askedBy, "approved", link.approvedBy().get(department), click);
		}
		if (askedBy == null) {
			return card(link, department, null, "declined", null, click);
		}
		try {
			if (approve) {
				ChannelLink linked = this.channels.link(channelId, link.teamId(), department, actor);
				return card(linked, department, askedBy, "approved", actor.name(), click);
			}
			ChannelLink declined = this.channels.decline(channelId, department, actor);
			return card(declined, department, askedBy, "declined", actor.name(), click);
		}
		catch (Refusal refusal) {
			return new CardActionResult.Error(409, refusal.code(), refusal.getMessage());
		}
	}

	private CardActionResult card(ChannelLink link, String department, String askedBy, String state, String decidedBy,
			CardAction click) {
		return new CardActionResult.Card(this.cards.render(CardName.LINK_REQUEST,
				this.requests.card(link, department, askedBy, state, decidedBy), click.locale()));
	}

}

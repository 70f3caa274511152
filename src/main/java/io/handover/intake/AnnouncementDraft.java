package io.handover.intake;

import java.time.Instant;

import io.handover.common.Channel;
import io.handover.ticket.TicketKind;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A form a manager was given and has not finished: what their words prefilled, who it is
 * for, and — once submitted — the ticket it opened, so that a second submission of the
 * same form is recognised. Drafts expire after a month.
 *
 * @param id the form's id ({@code draftId} on a card), derived from the message that
 * asked for it so a re-delivered message makes the same draft
 * @param words what the manager wrote, when the form came from their words
 * @param prefilled the answers the form was prefilled with
 * @param ticketKey the ticket the form opened, or null while open
 */
@Document("announcementDrafts")
public record AnnouncementDraft(@Id String id, TicketKind kind, Channel channel, String ownerId, String ownerName,
		String conversationId, String words, AnnouncementForm prefilled, Instant createdAt,
		@Indexed(expireAfter = "0s") Instant expiresAt, String ticketKey, Instant submittedAt) {

	public boolean isSubmitted() {
		return this.ticketKey != null;
	}

}

package io.handover.teams;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A card the bot posted for a ticket, so later changes update that message in place.
 *
 * @param id {@code <ticket key>|<target>}
 * @param target what the card is for, e.g. {@code dept:IT:<channel id>}, {@code return},
 * {@code receipt}, {@code status}
 * @param conversationId where it was posted
 * @param messageId the id the channel gave the message; null while it is being posted
 * @param claimedAt when a delivery claimed the target to post it
 * @param firstClaimedAt when the first delivery claimed it: a card any of the deliveries
 * a crash interrupted may have posted is in the channel since then
 */
@Document("posted_cards")
record PostedCard(@Id String id, @Indexed String ticketKey, String target, String conversationId, String messageId,
		Instant postedAt, Instant updatedAt, Instant claimedAt, Instant firstClaimedAt) {
}

package io.handover.teams;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A Temporary Access Pass card in a manager's personal chat: who it is for, when the pass
 * works, where the card is and whether it was shown. Never the pass itself (that stays in
 * {@link AccessPassVault}).
 *
 * @param id the pass card's id, carried by its buttons
 * @param managerAadObjectId the only person who may see the pass
 * @param managerTeamsId their Teams user id, for the card's automatic refresh
 * @param shownAt when the manager saw the pass (null: not yet)
 * @param replacedAt when a new pass replaced this one
 */
@Document("accessPassCards")
record AccessPassCard(@Id String id, @Indexed String ticketKey, String employeeName, String managerName,
		String managerUpn, String managerAadObjectId, String managerTeamsId, String conversationId, String messageId,
		Instant startsAt, Instant expiresAt, Instant createdAt, Instant shownAt, String shownTo, Instant replacedAt) {

	boolean expired(Instant now) {
		return !now.isBefore(this.expiresAt);
	}

}

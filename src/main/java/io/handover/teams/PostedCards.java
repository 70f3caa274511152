package io.handover.teams;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import com.microsoft.bot.schema.Activity;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * Posts a ticket's card once per target and updates that same message afterwards, so a
 * delivery that runs twice does not post twice.
 */
@Component
class PostedCards {

	private final MongoTemplate mongo;

	private final ProactiveMessenger messenger;

	private final Clock clock;

	PostedCards(MongoTemplate mongo, ProactiveMessenger messenger, Clock clock) {
		this.mongo = mongo;
		this.messenger = messenger;
		this.clock = clock;
	}

	/**
	 * Shows the card at the target: posts it the first time, updates the posted message
	 * after.
	 * @return the message id
	 */
	String show(String ticketKey, String target, String conversationId, Activity card) {
		Optional<PostedCard> posted = find(ticketKey, target);
		if (posted.isPresent()) {
			this.messenger.update(posted.get().conversationId(), posted.get().messageId(), card);
			this.mongo.updateFirst(Query.query(Criteria.where("_id").is(posted.get().id())),
					new Update().set("updatedAt", this.clock.instant()), PostedCard.class);
			return posted.get().messageId();
		}
		String messageId = this.messenger.post(conversationId, card);
		// Stored right after the post: a crash in between is the one way a card could be
		// posted twice.
		this.mongo.save(new PostedCard(id(ticketKey, target), ticketKey, target, conversationId, messageId,
				this.clock.instant(), null));
		return messageId;
	}

	/** Updates the card only when it was posted; a card never posted stays unposted. */
	boolean updateIfPosted(String ticketKey, String target, Activity card) {
		Optional<PostedCard> posted = find(ticketKey, target);
		posted.ifPresent(card1 -> this.messenger.update(card1.conversationId(), card1.messageId(), card));
		return posted.isPresent();
	}

	Optional<PostedCard> find(String ticketKey, String target) {
		return Optional.ofNullable(this.mongo.findById(id(ticketKey, target), PostedCard.class));
	}

	/** The card a message holds, for card actions that arrive from it. */
	Optional<PostedCard> byMessage(String conversationId, String messageId) {
		return Optional.ofNullable(this.mongo.findOne(
				Query.query(Criteria.where("conversationId").is(conversationId).and("messageId").is(messageId)),
				PostedCard.class));
	}

	List<PostedCard> ofTicket(String ticketKey) {
		return this.mongo.find(Query.query(Criteria.where("ticketKey").is(ticketKey)), PostedCard.class);
	}

	private static String id(String ticketKey, String target) {
		return ticketKey + "|" + target;
	}

}

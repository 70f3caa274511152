package io.handover.teams;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import com.microsoft.bot.schema.Activity;
import com.microsoft.bot.schema.ActivityTypes;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * Recognises a message Teams delivers again. Teams re-sends a message it thinks
 * unanswered (after about 15 s, or when the answer was lost), and the e-mail channel may
 * deliver a mail twice; the state of an announcement is already idempotent (its draft and
 * ticket are keyed by the activity id), but each copy would be answered again — a second
 * identical form, a second e-mail reply. The first copy takes a receipt keyed by
 * conversation and activity id (one insert, atomic on the unique {@code _id}); a copy
 * that finds a receipt is not answered. A receipt whose turn failed is given back, so
 * Teams' retry is answered; one left by a crash is taken over after {@link #ABANDONED}.
 */
@Component
class InboundMessages {

	static final Duration ABANDONED = Duration.ofMinutes(2);

	static final Duration KEPT = Duration.ofDays(1);

	private final MongoTemplate mongo;

	private final Clock clock;

	InboundMessages(MongoTemplate mongo, Clock clock) {
		this.mongo = mongo;
		this.clock = clock;
	}

	/**
	 * The receipt's key when this is a message that can be recognised again, else null.
	 */
	static String keyOf(Activity activity) {
		if (!ActivityTypes.MESSAGE.equals(activity.getType()) || activity.getId() == null || activity.getId().isBlank()
				|| activity.getConversation() == null) {
			return null;
		}
		return activity.getChannelId() + "|" + activity.getConversation().getId() + "|" + activity.getId();
	}

	/** True for the first copy of a message (or one whose first turn was abandoned). */
	boolean take(String key) {
		Instant now = this.clock.instant();
		try {
			this.mongo.insert(new Receipt(key, now, now.plus(KEPT), false));
			return true;
		}
		catch (DuplicateKeyException seenBefore) {
			Query abandoned = Query
				.query(Criteria.where("_id").is(key).and("takenAt").lt(now.minus(ABANDONED)).and("done").is(false));
			return this.mongo.findAndModify(abandoned, new Update().set("takenAt", now), Receipt.class) != null;
		}
	}

	/** The message was answered: a copy arriving later is not. */
	void answered(String key) {
		this.mongo.updateFirst(Query.query(Criteria.where("_id").is(key)), new Update().set("done", true),
				Receipt.class);
	}

	/** The turn failed: a copy Teams sends again gets its answer. */
	void giveBack(String key) {
		this.mongo.remove(Query.query(Criteria.where("_id").is(key)), Receipt.class);
	}

	@Document("inbound_messages")
	record Receipt(@Id String id, Instant takenAt, @Indexed(expireAfter = "0s") Instant expiresAt, boolean done) {
	}

}

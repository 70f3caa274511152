package io.handover.teams;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.microsoft.bot.schema.Activity;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DuplicateKeyException;
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

	private static final Logger log = LoggerFactory.getLogger(PostedCards.class);

	private final MongoTemplate mongo;

	private final ProactiveMessenger messenger;

	private final ChannelReadBack readBack;

	private final Clock clock;

	/** Claims are about real time, not the organisation's (test) calendar. */
	private final Clock wallClock = Clock.systemUTC();

	/**
	 * How old an unfinished claim must be before another delivery takes it over: longer
	 * than a post to the connector can take, so a slow post is not posted twice. After a
	 * crash the next delivery takes the claim over once it is this old, and looks for the
	 * card in the channel before posting it again.
	 */
	private final Duration claimTimeout;

	private static final Object[] LOCKS = new Object[64];

	static {
		for (int i = 0; i < LOCKS.length; i++) {
			LOCKS[i] = new Object();
		}
	}

	PostedCards(MongoTemplate mongo, ProactiveMessenger messenger, ChannelReadBack readBack, Clock clock,
			@Value("${handover.teams.card-claim-timeout:2m}") Duration claimTimeout) {
		this.claimTimeout = claimTimeout;
		this.mongo = mongo;
		this.messenger = messenger;
		this.readBack = readBack;
		this.clock = clock;
	}

	/**
	 * Shows the card at the target: posts it the first time, updates the posted message
	 * after. Whoever posts first claims the target in the store, so two deliveries racing
	 * (two instances, or a schedule and a ticket change) post one card, not two.
	 * @return the message id
	 * @throws IllegalStateException while another delivery is posting this card (retried
	 * later)
	 */
	String show(String ticketKey, String target, String conversationId, Activity card) {
		String id = id(ticketKey, target);
		synchronized (lockFor(id)) {
			Optional<PostedCard> posted = find(ticketKey, target);
			if (posted.isPresent() && posted.get().messageId() != null) {
				this.messenger.update(posted.get().conversationId(), posted.get().messageId(), card);
				this.mongo.updateFirst(Query.query(Criteria.where("_id").is(id)),
						new Update().set("updatedAt", this.clock.instant()), PostedCard.class);
				log.info("Card updated: {} {} in {}", ticketKey, target, posted.get().conversationId());
				return posted.get().messageId();
			}
			PostedCard unfinished = posted.orElse(null);
			claim(id, ticketKey, target, conversationId, unfinished);
			if (unfinished != null) {
				// an earlier delivery stopped after claiming: it may have posted
				Optional<String> earlier = this.readBack.earlierPost(conversationId, firstClaimOf(unfinished), card);
				if (earlier.isPresent()) {
					recordPosted(id, earlier.get());
					this.messenger.update(conversationId, earlier.get(), card);
					return earlier.get();
				}
			}
			String messageId;
			try {
				messageId = this.messenger.post(conversationId, card);
			}
			catch (RuntimeException failed) {
				if (ConnectorFailure.of(failed).mayHaveTakenEffect()) {
					// the answer was lost, not the post refused: the claim stays, so the
					// next delivery looks for the card in the channel before posting it
					log.warn("Card {} {} may be in {} already (no answer from the connector): "
							+ "the next delivery looks for it there first", ticketKey, target, conversationId);
				}
				else {
					this.mongo.remove(Query.query(Criteria.where("_id").is(id).and("messageId").is(null)),
							PostedCard.class);
				}
				throw failed;
			}
			// Stored right after the post: after a crash in between, the next delivery
			// looks for the card in the channel before posting it (ChannelReadBack).
			recordPosted(id, messageId);
			log.info("Card posted: {} {} in {}", ticketKey, target, conversationId);
			return messageId;
		}
	}

	private void recordPosted(String id, String messageId) {
		this.mongo.updateFirst(Query.query(Criteria.where("_id").is(id)),
				new Update().set("messageId", messageId).set("postedAt", this.clock.instant()), PostedCard.class);
	}

	private void claim(String id, String ticketKey, String target, String conversationId, PostedCard unfinished) {
		Instant now = this.wallClock.instant();
		if (unfinished != null) {
			boolean stale = unfinished.claimedAt() == null
					|| unfinished.claimedAt().isBefore(now.minus(this.claimTimeout));
			if (!stale) {
				throw new BeingPosted(id);
			}
			this.mongo.updateFirst(Query.query(Criteria.where("_id").is(id).and("messageId").is(null)),
					new Update().set("claimedAt", now)
						.set("firstClaimedAt", firstClaimOf(unfinished))
						.set("conversationId", conversationId),
					PostedCard.class);
			return;
		}
		try {
			this.mongo.insert(new PostedCard(id, ticketKey, target, conversationId, null, null, null, now, now));
		}
		catch (DuplicateKeyException taken) {
			throw new BeingPosted(id);
		}
	}

	/** Claims taken over keep the first one's time (documents before it have none). */
	private static Instant firstClaimOf(PostedCard unfinished) {
		return unfinished.firstClaimedAt() != null ? unfinished.firstClaimedAt() : unfinished.claimedAt();
	}

	private static Object lockFor(String id) {
		return LOCKS[Math.floorMod(id.hashCode(), LOCKS.length)];
	}

	/** Updates the card only when it was posted; a card never posted stays unposted. */
	boolean updateIfPosted(String ticketKey, String target, Activity card) {
		Optional<PostedCard> posted = find(ticketKey, target).filter(card1 -> card1.messageId() != null);
		posted.ifPresent(card1 -> {
			this.messenger.update(card1.conversationId(), card1.messageId(), card);
			log.info("Card updated: {} {} in {}", ticketKey, target, card1.conversationId());
		});
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

	/**
	 * The targets of the cards posted (or being posted) for these tickets, by ticket key:
	 * one read for many tickets, since each read of the embedded store (no secondary
	 * indexes) goes through the whole collection.
	 */
	Map<String, Set<String>> targetsOf(Collection<String> ticketKeys) {
		Map<String, Set<String>> targets = new HashMap<>();
		if (ticketKeys.isEmpty()) {
			return targets;
		}
		Query query = Query.query(Criteria.where("ticketKey").in(ticketKeys));
		query.fields().include("ticketKey", "target");
		for (org.bson.Document card : this.mongo.find(query, org.bson.Document.class, "posted_cards")) {
			targets.computeIfAbsent(card.getString("ticketKey"), key -> new HashSet<>()).add(card.getString("target"));
		}
		return targets;
	}

	private static String id(String ticketKey, String target) {
		return ticketKey + "|" + target;
	}

	/** Another delivery is posting this card right now (it is tried again later). */
	static final class BeingPosted extends IllegalStateException {

		BeingPosted(String id) {
			super("Card " + id + " is being posted by another delivery");
		}

	}

}

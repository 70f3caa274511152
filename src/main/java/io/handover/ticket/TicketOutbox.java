package io.handover.ticket;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import io.handover.common.Correlation;
import org.bson.types.ObjectId;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;

/**
 * The card updates tickets still owe, for the bot to deliver: each was written in the
 * same document write as the change it reports, so none is lost in a crash. Deliver, then
 * {@link #acknowledge}; an update may be delivered twice, never not at all.
 */
@Service
public class TicketOutbox {

	private final MongoTemplate mongo;

	private final Clock clock;

	TicketOutbox(MongoTemplate mongo, Clock clock) {
		this.mongo = mongo;
		this.clock = clock;
	}

	/** Up to {@code max} owed updates, oldest tickets first. */
	public List<PendingUpdate> pending(int max) {
		Query query = Query.query(Criteria.where("outbox.0").exists(true))
			.with(Sort.by("openedAt"))
			.limit(Math.max(1, max));
		List<PendingUpdate> pending = new ArrayList<>();
		for (Ticket ticket : this.mongo.find(query, Ticket.class)) {
			for (OwedUpdate owed : ticket.outbox()) {
				if (pending.size() < max) {
					pending.add(new PendingUpdate(ticket.key(), owed));
				}
			}
		}
		return pending;
	}

	/** The updates one ticket owes (none for an unknown ticket). */
	public List<PendingUpdate> pendingOf(String ticketKey) {
		Ticket ticket = this.mongo.findById(ticketKey, Ticket.class);
		if (ticket == null) {
			return List.of();
		}
		return ticket.outbox().stream().map(owed -> new PendingUpdate(ticket.key(), owed)).toList();
	}

	/**
	 * Removes a delivered update. It also moves the ticket's version on, so that a change
	 * read before this removal is applied again instead of writing the update back.
	 */
	public boolean acknowledge(String ticketKey, String updateId) {
		Query query = Query.query(Criteria.where("_id").is(ticketKey).and("outbox.updateId").is(updateId));
		Update update = new Update().pull("outbox", Query.query(Criteria.where("updateId").is(updateId)))
			.inc("version", 1);
		return this.mongo.updateFirst(query, update, Ticket.class).getModifiedCount() > 0;
	}

	/**
	 * Owes a card update without a change of the ticket, e.g. because someone its cards
	 * could not reach may be reachable now: stored like any other, so it is delivered,
	 * and retried until it is, after a crash too. It moves the version on, so that a
	 * change read before it does not write the ticket back without it.
	 * @param event what the update is for (its deliveries read it)
	 * @return false for an unknown ticket
	 */
	public boolean owe(String ticketKey, String event) {
		OwedUpdate owed = new OwedUpdate(new ObjectId().toHexString(), event, null, this.clock.instant(),
				Correlation.current());
		Update update = new Update().push("outbox", owed).inc("version", 1);
		return this.mongo.updateFirst(Query.query(Criteria.where("_id").is(ticketKey)), update, Ticket.class)
			.getModifiedCount() > 0;
	}

	/** An owed update with the ticket it belongs to. */
	public record PendingUpdate(String ticketKey, OwedUpdate update) {
	}

}

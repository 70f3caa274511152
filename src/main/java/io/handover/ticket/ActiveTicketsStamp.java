package io.handover.ticket;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.bson.Document;
import org.bson.types.ObjectId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * A mark in the store moved after every change to a ticket (opened, a task done or
 * reassigned, rescheduled, closed): every ticket write goes through {@code TicketStore},
 * which calls {@link #changed(String)}. The mark is one small document: an {@code epoch}
 * (a new, never repeated id when the document is made, or when something changed tickets
 * without saying which), a {@code version} counted up by one per change, and the keys of
 * the last {@link #RECENT} changed tickets, the newest last, so the {@code i}-th key from
 * the end is the change that made {@code version - i}. All three move in one atomic
 * update.
 * <p>
 * Every instance keeps the active tickets it read with the mark it read before them
 * ({@link ActiveTickets}): while the mark is the same, one lookup by {@code _id} per
 * overview; when only the version moved, it reads just the tickets changed since (by
 * {@code _id}); only a new epoch, or more changes than the document keeps, reads every
 * active ticket again. A new epoch rather than a counter alone: a store emptied and
 * filled again never brings back an old version under the same epoch.
 */
@Component
public class ActiveTicketsStamp {

	private static final Logger log = LoggerFactory.getLogger(ActiveTicketsStamp.class);

	static final String COLLECTION = "counters";

	static final String ID = "active-tickets";

	/**
	 * How many changed tickets the mark names: more changes between two overviews of an
	 * instance (a bulk import) read every active ticket again.
	 */
	static final int RECENT = 256;

	private final MongoTemplate mongo;

	ActiveTicketsStamp(MongoTemplate mongo) {
		this.mongo = mongo;
	}

	/**
	 * After a change to this ticket has been stored. Never throws: the change is stored;
	 * when the mark cannot be moved (logged), the instances' copies are read again within
	 * {@link ActiveTickets#MAX_AGE}.
	 */
	public void changed(String ticketKey) {
		try {
			this.mongo.upsert(Query.query(Criteria.where("_id").is(ID)),
					new Update().setOnInsert("epoch", new ObjectId())
						.inc("version", 1)
						.push("recent")
						.slice(-RECENT)
						.each(ticketKey),
					COLLECTION);
		}
		catch (RuntimeException ex) {
			log.warn("Could not mark ticket {} changed; the overview may show the change only after {}", ticketKey,
					ActiveTickets.MAX_AGE, ex);
		}
	}

	/**
	 * For code that changes ticket documents without naming them, outside
	 * {@code TicketStore} (personal data retention, bulk writes): a new epoch, so every
	 * instance reads every active ticket again at its next overview.
	 */
	public static void changed(MongoTemplate mongo) {
		mongo.upsert(Query.query(Criteria.where("_id").is(ID)),
				new Update().set("epoch", new ObjectId()).inc("version", 1).set("recent", List.of()), COLLECTION);
	}

	/** The mark now ({@link Mark#NONE} before the first change). */
	Mark current() {
		Query query = Query.query(Criteria.where("_id").is(ID));
		query.fields().include("epoch", "version");
		return markOf(this.mongo.findOne(query, Document.class, COLLECTION));
	}

	/**
	 * The tickets changed since {@code known}, with the mark they bring the copy to; null
	 * when they cannot be told (another epoch, or more changes than the mark keeps): then
	 * read every active ticket.
	 */
	Changes since(Mark known) {
		Document found = this.mongo.findOne(Query.query(Criteria.where("_id").is(ID)), Document.class, COLLECTION);
		Mark now = markOf(found);
		if (!now.epoch().equals(known.epoch()) || now.version() < known.version()) {
			return null;
		}
		long behind = now.version() - known.version();
		List<?> recent = found != null && found.get("recent") instanceof List<?> list ? list : List.of();
		if (behind > recent.size()) {
			return null;
		}
		Set<String> keys = new LinkedHashSet<>();
		for (Object key : recent.subList(recent.size() - (int) behind, recent.size())) {
			keys.add(String.valueOf(key));
		}
		return new Changes(now, keys);
	}

	private static Mark markOf(Document found) {
		if (found == null) {
			return Mark.NONE;
		}
		// a mark written before versions: its "mark" field, with version 0
		Object epoch = found.get("epoch") != null ? found.get("epoch") : found.get("mark");
		long version = found.get("version") instanceof Number number ? number.longValue() : 0;
		return new Mark(epoch != null ? epoch.toString() : "none", version);
	}

	/** Where the active tickets stood. */
	record Mark(String epoch, long version) {

		static final Mark NONE = new Mark("none", 0);

	}

	/** The tickets changed from one mark to {@code now}. */
	record Changes(Mark now, Set<String> keys) {

	}

}

package io.handover.ticket;

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
 * A mark in the store that is replaced by a new, never repeated one after every change to
 * a ticket (opened, a task done or reassigned, rescheduled, closed): every ticket write
 * goes through {@code TicketStore}, which calls {@link #changed()}. Every instance keeps
 * the active tickets it read with the mark it read before them ({@link ActiveTickets}),
 * and reads them again when the mark is another: one lookup by {@code _id} per overview
 * instead of reading every ticket, and another instance's change is seen at its next
 * overview. A new mark rather than a counter: a store emptied and filled again never
 * brings back an old value.
 */
@Component
public class ActiveTicketsStamp {

	private static final Logger log = LoggerFactory.getLogger(ActiveTicketsStamp.class);

	static final String COLLECTION = "counters";

	static final String ID = "active-tickets";

	private final MongoTemplate mongo;

	ActiveTicketsStamp(MongoTemplate mongo) {
		this.mongo = mongo;
	}

	/**
	 * After a change to a ticket has been stored. Never throws: the change is stored;
	 * when the counter cannot be moved (logged), the instances' copies are replaced when
	 * they pass {@link ActiveTickets#MAX_AGE}.
	 */
	public void changed() {
		try {
			changed(this.mongo);
		}
		catch (RuntimeException ex) {
			log.warn("Could not mark the active tickets changed; the overview may show the change only after {}",
					ActiveTickets.MAX_AGE, ex);
		}
	}

	/**
	 * The same for code that rewrites ticket documents in place, outside
	 * {@code TicketStore} (personal data retention).
	 */
	public static void changed(MongoTemplate mongo) {
		mongo.upsert(Query.query(Criteria.where("_id").is(ID)), new Update().set("mark", new ObjectId()), COLLECTION);
	}

	/** The mark now ("none" before the first change). */
	String current() {
		Query query = Query.query(Criteria.where("_id").is(ID));
		query.fields().include("mark");
		Document found = this.mongo.findOne(query, Document.class, COLLECTION);
		return found != null && found.get("mark") != null ? found.get("mark").toString() : "none";
	}

}

package io.handover.guard;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * Keeps the guard's records; a check holds its leaver's record for its duration (a lease
 * in the store: one check of a leaver at a time, across the guard's threads and
 * instances).
 * <p>
 * The lease runs on real time, not on the application's clock: it bounds how long a check
 * may take, which is real time whatever the clock says (an accelerated clock made five
 * minutes 93 real milliseconds, shorter than a check, and a second check took the leaver
 * while the first still ran). {@code handover.guard.lease} (default five minutes) is how
 * long a killed instance's lease holds its leaver back.
 */
@Component
class GuardStore {

	static final Duration LEASE = Duration.ofMinutes(5);

	private final MongoTemplate mongo;

	/** Real time: what a lease is measured in. */
	private final Clock realTime;

	private final Duration lease;

	@org.springframework.beans.factory.annotation.Autowired
	GuardStore(MongoTemplate mongo, GuardProperties properties) {
		this(mongo, Clock.systemUTC(), properties.lease());
	}

	GuardStore(MongoTemplate mongo, Clock realTime, Duration lease) {
		this.mongo = mongo;
		this.realTime = realTime;
		this.lease = lease;
	}

	Optional<GuardRecord> find(String ticketKey) {
		return Optional.ofNullable(this.mongo.findById(ticketKey, GuardRecord.class));
	}

	/** The records of these leavers, by ticket key, in one read. */
	java.util.Map<String, GuardRecord> findAll(java.util.Collection<String> ticketKeys) {
		if (ticketKeys.isEmpty()) {
			return java.util.Map.of();
		}
		java.util.Map<String, GuardRecord> records = new java.util.HashMap<>();
		this.mongo.find(Query.query(Criteria.where("_id").in(ticketKeys)), GuardRecord.class)
			.forEach(record -> records.put(record.ticketKey, record));
		return records;
	}

	/** Takes the record (creating it), or answers empty while another check holds it. */
	Optional<GuardRecord> claim(String ticketKey) {
		var now = this.realTime.instant();
		Query free = Query.query(Criteria.where("_id")
			.is(ticketKey)
			.orOperator(Criteria.where("leaseUntil").is(null), Criteria.where("leaseUntil").lt(now)));
		try {
			return Optional
				.ofNullable(this.mongo.findAndModify(free, new Update().set("leaseUntil", now.plus(this.lease)),
						FindAndModifyOptions.options().upsert(true).returnNew(true), GuardRecord.class));
		}
		catch (DuplicateKeyException heldByAnother) {
			return Optional.empty();
		}
	}

	/** Stores the record and lets it go. */
	void release(GuardRecord record) {
		record.leaseUntil = null;
		this.mongo.save(record);
	}

	/** Lets the record go as it is: only the lease is removed, nothing else written. */
	void letGo(String ticketKey) {
		this.mongo.updateFirst(Query.query(Criteria.where("_id").is(ticketKey)), new Update().unset("leaseUntil"),
				GuardRecord.class);
	}

}

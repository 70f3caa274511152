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

/** Keeps the guard's records; a check holds its leaver's record for its duration. */
@Component
class GuardStore {

	static final Duration LEASE = Duration.ofMinutes(5);

	private final MongoTemplate mongo;

	private final Clock clock;

	GuardStore(MongoTemplate mongo, Clock clock) {
		this.mongo = mongo;
		this.clock = clock;
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
		var now = this.clock.instant();
		Query free = Query.query(Criteria.where("_id")
			.is(ticketKey)
			.orOperator(Criteria.where("leaseUntil").is(null), Criteria.where("leaseUntil").lt(now)));
		try {
			return Optional.ofNullable(this.mongo.findAndModify(free, new Update().set("leaseUntil", now.plus(LEASE)),
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

}

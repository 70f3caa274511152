package io.handover.runbook;

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
 * Keeps runbook records. {@link #claim} is one atomic document write: of two instances
 * starting the same runbook at once, one gets the lease and the other is told it is busy.
 */
@Component
class RunbookStore {

	static final Duration LEASE = Duration.ofMinutes(10);

	private final MongoTemplate mongo;

	private final Clock clock;

	RunbookStore(MongoTemplate mongo, Clock clock) {
		this.mongo = mongo;
		this.clock = clock;
	}

	Optional<RunbookRecord> find(String id) {
		return Optional.ofNullable(this.mongo.findById(id, RunbookRecord.class));
	}

	boolean exists(String id) {
		return this.mongo.exists(Query.query(Criteria.where("_id").is(id)), RunbookRecord.class);
	}

	/**
	 * Takes the lease on the record (creating it), or answers empty while another holds
	 * it.
	 */
	Optional<RunbookRecord> claim(String id, String ticketKey, String kind) {
		var now = this.clock.instant();
		Query free = Query.query(Criteria.where("_id")
			.is(id)
			.orOperator(Criteria.where("leaseUntil").is(null), Criteria.where("leaseUntil").lt(now)));
		Update lease = new Update().set("leaseUntil", now.plus(LEASE))
			.setOnInsert("ticketKey", ticketKey)
			.setOnInsert("kind", kind);
		try {
			return Optional.ofNullable(this.mongo.findAndModify(free, lease,
					FindAndModifyOptions.options().upsert(true).returnNew(true), RunbookRecord.class));
		}
		catch (DuplicateKeyException leasedByAnother) {
			return Optional.empty();
		}
	}

	/** Stores what was planned or done, keeping the lease. */
	void save(RunbookRecord record) {
		this.mongo.save(record);
	}

	void release(RunbookRecord record) {
		record.leaseUntil = null;
		this.mongo.updateFirst(Query.query(Criteria.where("_id").is(record.id)), new Update().unset("leaseUntil"),
				RunbookRecord.class);
	}

}

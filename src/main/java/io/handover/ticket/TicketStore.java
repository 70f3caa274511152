package io.handover.ticket;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Function;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.ObjectMapper;
import io.handover.audit.AuditOutbox;
import io.handover.common.NotFound;
import io.handover.common.Refusal;
import org.bson.Document;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * Loads, changes and stores tickets. A change is read–modify–write guarded by the
 * ticket's version: when someone else changed the ticket in between, the change is
 * applied again on the fresh ticket, where the domain decides anew (so the loser of two
 * simultaneous completions is told who completed the task). A change's audit entries are
 * written into the ticket with it and appended to the trail right after the write
 * ({@link AuditOutbox}); then its events are published.
 */
@Component
class TicketStore {

	private static final int ATTEMPTS = 500;

	private final MongoTemplate mongo;

	private final ObjectMapper json;

	private final ApplicationEventPublisher events;

	private static final String COLLECTION = "tickets";

	private final AuditOutbox audit;

	private final Clock clock;

	private final ActiveTicketsStamp stamp;

	TicketStore(MongoTemplate mongo, ObjectMapper json, ApplicationEventPublisher events, AuditOutbox audit,
			Clock clock, ActiveTicketsStamp stamp) {
		this.mongo = mongo;
		this.stamp = stamp;
		this.json = json;
		this.events = events;
		this.audit = audit;
		this.clock = clock;
		audit.owedIn(COLLECTION, "version");
		// a person's tickets (search, the HR sync, a leaver's holdings) are found by
		// employee id; sparse, so the embedded store answers it from the index too
		io.handover.system.SparseIndexes.ensure(mongo, COLLECTION, "employee._id", "employee._id");
	}

	Optional<Ticket> find(String key) {
		return Optional.ofNullable(this.mongo.findById(key, Ticket.class));
	}

	Ticket load(String key) {
		return find(key).orElseThrow(() -> new NotFound("Ticket", key));
	}

	Optional<Ticket> findOpenedWith(String idempotencyKey) {
		return Optional
			.ofNullable(this.mongo.findOne(Query.query(Criteria.where("openedWith").is(idempotencyKey)), Ticket.class));
	}

	Optional<Ticket> findBySlot(String slot) {
		return Optional.ofNullable(this.mongo.findOne(Query.query(Criteria.where("openSlot").is(slot)), Ticket.class));
	}

	List<Ticket> find(Query query) {
		return this.mongo.find(query, Ticket.class);
	}

	/**
	 * The next ticket key, JML-0001 onwards, from one atomic counter shared by all
	 * instances.
	 */
	String nextKey() {
		Document counter = this.mongo.findAndModify(Query.query(Criteria.where("_id").is("ticket")),
				new Update().inc("next", 1), FindAndModifyOptions.options().upsert(true).returnNew(true),
				Document.class, "counters");
		return String.format("JML-%04d", ((Number) counter.get("next")).longValue());
	}

	/** The answer of an earlier call with this idempotency key, if there was one. */
	<R> Optional<R> replay(Ticket ticket, String idempotencyKey, String fingerprint, Class<R> type) {
		if (idempotencyKey == null) {
			return Optional.empty();
		}
		return ticket.receipt(idempotencyKey).map(receipt -> {
			if (!receipt.fingerprint().equals(fingerprint)) {
				throw new Refusal("idempotency-key-reused", "Idempotency-Key",
						"The idempotency key " + idempotencyKey + " was already used for another request on "
								+ ticket.key() + "; use a new key for a new request");
			}
			return read(receipt.result(), type);
		});
	}

	/**
	 * Applies {@code change} to the ticket and stores it; with an idempotency key, a
	 * repeat returns the first call's answer and changes nothing.
	 */
	<R> R change(String key, String idempotencyKey, String fingerprint, Class<R> type, Function<Ticket, R> change) {
		for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
			Ticket ticket = load(key);
			Optional<R> earlier = replay(ticket, idempotencyKey, fingerprint, type);
			if (earlier.isPresent()) {
				return earlier.get();
			}
			R result = change.apply(ticket);
			if (idempotencyKey != null) {
				ticket.remember(idempotencyKey, fingerprint, write(result), this.clock);
			}
			try {
				this.mongo.save(ticket);
			}
			catch (OptimisticLockingFailureException changedMeanwhile) {
				LockSupport.parkNanos(ThreadLocalRandom.current().nextLong(100_000, 2_000_000));
				continue;
			}
			announce(ticket);
			return result;
		}
		throw new IllegalStateException("Could not store a change to " + key + " after " + ATTEMPTS + " attempts");
	}

	Ticket insert(Ticket ticket) {
		Ticket stored = this.mongo.insert(ticket);
		announce(ticket);
		return stored;
	}

	String write(Object result) {
		try {
			return this.json.writeValueAsString(result);
		}
		catch (JacksonException ex) {
			throw new IllegalStateException("Cannot keep the answer " + result.getClass().getSimpleName(), ex);
		}
	}

	private <R> R read(String result, Class<R> type) {
		try {
			return this.json.readValue(result, type);
		}
		catch (JacksonException ex) {
			throw new IllegalStateException("Cannot read a kept answer as " + type.getSimpleName(), ex);
		}
	}

	/**
	 * The changes just stored: their audit entries were written with them, so a crash
	 * from here on loses none (the outbox's sweep appends what is left); then the events.
	 */
	private void announce(Ticket ticket) {
		this.stamp.changed(ticket.key());
		List<Ticket.Happened> happened = ticket.drainHappened();
		this.audit.deliver(COLLECTION, ticket.key(), happened.stream().map(Ticket.Happened::audit).toList());
		happened.forEach(change -> this.events.publishEvent(change.event()));
	}

}

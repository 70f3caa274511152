package io.handover.teams;

import io.handover.common.Workers;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;

import io.handover.common.Correlation;
import io.handover.system.HandoverMetrics;
import io.handover.ticket.TicketEvent;
import io.handover.ticket.TicketManagement;
import io.handover.ticket.TicketOutbox;
import io.handover.ticket.TicketOutbox.PendingUpdate;
import io.handover.ticket.TicketView;
import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Delivers the card updates tickets owe. Each owed update was stored in the same write as
 * the change, so nothing is lost: the dispatcher runs right after a change (off the
 * request thread), every few seconds, and after a restart, and acknowledges an update
 * only once every {@link TicketCardDelivery} succeeded. A failed send is retried with
 * exponential back-off and jitter, honouring the connector's Retry-After. A lease per
 * ticket keeps two instances from delivering the same ticket at once.
 */
@Component
class OutboxDispatcher {

	private static final Logger log = LoggerFactory.getLogger(OutboxDispatcher.class);

	private static final Duration LEASE = Duration.ofSeconds(30);

	private static final Duration MAX_BACKOFF = Duration.ofMinutes(5);

	private final TicketOutbox outbox;

	private final TicketManagement tickets;

	private final List<TicketCardDelivery> deliveries;

	private final MongoTemplate mongo;

	private final HandoverMetrics metrics;

	/**
	 * Back-off and leases are about real time, not the organisation's (test) calendar.
	 */
	private final Clock wallClock = Clock.systemUTC();

	private final String instance = java.util.UUID.randomUUID().toString();

	private final Map<String, Backoff> backoffs = new ConcurrentHashMap<>();

	private final ExecutorService worker = Workers.named("handover-card-delivery", 1);

	private final AtomicBoolean queued = new AtomicBoolean();

	/** Set at shutdown: a round in flight stops after the update it is delivering. */
	private volatile boolean stopping;

	/**
	 * Tickets this instance changed and has not delivered yet: a round reads these by key
	 * instead of searching every ticket for owed updates, which on the embedded store (no
	 * secondary indexes) reads the whole collection and cost most of a turn's CPU under
	 * load.
	 */
	private final Set<String> owing = ConcurrentHashMap.newKeySet();

	/** Finds what other instances, crashes and restarts left owed. */
	private final Duration sweepInterval;

	private Instant lastSweep;

	private final boolean enabled;

	OutboxDispatcher(TicketOutbox outbox, TicketManagement tickets, List<TicketCardDelivery> deliveries,
			MongoTemplate mongo, HandoverMetrics metrics,
			@Value("${handover.teams.delivery.enabled:true}") boolean enabled,
			@Value("${handover.teams.delivery-sweep-interval:30s}") Duration sweepInterval) {
		this.outbox = outbox;
		this.tickets = tickets;
		this.deliveries = deliveries;
		this.mongo = mongo;
		this.metrics = metrics;
		this.enabled = enabled;
		this.sweepInterval = sweepInterval;
	}

	/** A ticket changed: deliver soon, without holding up the person who changed it. */
	@EventListener
	void onTicketEvent(TicketEvent event) {
		this.owing.add(event.ticketKey());
		wakeUp();
	}

	/**
	 * The ticket owes its cards another delivery though it did not change (see
	 * {@link TicketOutbox#owe}): stored first, then delivered soon like any update.
	 * @return false for an unknown ticket
	 */
	boolean redeliver(String ticketKey, String event) {
		if (!this.outbox.owe(ticketKey, event)) {
			return false;
		}
		this.owing.add(ticketKey);
		wakeUp();
		return true;
	}

	@Scheduled(fixedDelayString = "${handover.teams.delivery-interval:2s}",
			initialDelayString = "${handover.teams.delivery-interval:2s}")
	void onSchedule() {
		wakeUp();
	}

	void wakeUp() {
		if (this.enabled && !this.stopping && this.queued.compareAndSet(false, true)) {
			this.worker.execute(() -> {
				this.queued.set(false);
				try {
					drain();
				}
				catch (RuntimeException ex) {
					log.error("Card delivery round failed", ex);
				}
			});
		}
	}

	/**
	 * Delivers what is owed now; returns how many updates were delivered. One round at a
	 * time per instance, so whoever calls it finds the previous round finished.
	 */
	synchronized int drain() {
		int delivered = 0;
		Map<String, List<PendingUpdate>> byTicket = new LinkedHashMap<>();
		for (PendingUpdate pending : owed()) {
			byTicket.computeIfAbsent(pending.ticketKey(), key -> new java.util.ArrayList<>()).add(pending);
		}
		for (Map.Entry<String, List<PendingUpdate>> entry : byTicket.entrySet()) {
			if (this.stopping) {
				break;
			}
			String ticketKey = entry.getKey();
			Backoff backoff = this.backoffs.get(ticketKey);
			if (backoff != null && backoff.until().isAfter(this.wallClock.instant()) || !lease(ticketKey)) {
				continue;
			}
			try {
				delivered += deliver(ticketKey, entry.getValue());
				this.backoffs.remove(ticketKey);
				forgetIfSettled(ticketKey);
			}
			catch (RuntimeException ex) {
				Backoff next = Backoff.after(backoff, ConnectorFailure.of(ex).retryAfter(), this.wallClock.instant());
				this.backoffs.put(ticketKey, next);
				log.warn("Cards of {} not delivered (attempt {}), retrying at {}: {}", ticketKey, next.attempts(),
						next.until(), ex.getMessage());
			}
			finally {
				release(ticketKey);
			}
		}
		return delivered;
	}

	/**
	 * The updates owed by the tickets this instance changed, plus, every sweep interval
	 * (and on the first round after a start), whatever any ticket owes.
	 */
	private List<PendingUpdate> owed() {
		Instant now = this.wallClock.instant();
		if (this.lastSweep == null || !now.isBefore(this.lastSweep.plus(this.sweepInterval))) {
			this.lastSweep = now;
			List<PendingUpdate> all = this.outbox.pending(200);
			all.forEach(pending -> this.owing.add(pending.ticketKey()));
			return all;
		}
		List<PendingUpdate> owed = new ArrayList<>();
		for (String ticketKey : List.copyOf(this.owing)) {
			List<PendingUpdate> ofTicket = this.outbox.pendingOf(ticketKey);
			if (ofTicket.isEmpty()) {
				this.owing.remove(ticketKey);
			}
			owed.addAll(ofTicket);
		}
		return owed;
	}

	/** A change stored while the round delivered keeps the ticket on the list. */
	private void forgetIfSettled(String ticketKey) {
		if (this.outbox.pendingOf(ticketKey).isEmpty()) {
			this.owing.remove(ticketKey);
		}
	}

	private int deliver(String ticketKey, List<PendingUpdate> updates) {
		TicketView ticket = this.tickets.get(ticketKey);
		int delivered = 0;
		for (PendingUpdate pending : updates) {
			if (this.stopping) {
				break;
			}
			// logged under the activity that caused the change, off its thread
			Correlation.run(pending.update().correlationId(), ticketKey, () -> {
				for (TicketCardDelivery delivery : this.deliveries) {
					delivery.deliver(ticket, pending.update());
				}
			});
			this.outbox.acknowledge(ticketKey, pending.update().updateId());
			this.metrics.cardDelivered();
			delivered++;
		}
		return delivered;
	}

	private boolean lease(String ticketKey) {
		Instant now = this.wallClock.instant();
		Query free = Query.query(Criteria.where("_id")
			.is(ticketKey)
			.orOperator(Criteria.where("until").lt(now), Criteria.where("owner").is(this.instance)));
		try {
			this.mongo.findAndModify(free, new Update().set("owner", this.instance).set("until", now.plus(LEASE)),
					FindAndModifyOptions.options().upsert(true), DeliveryLease.class);
			return true;
		}
		catch (org.springframework.dao.DuplicateKeyException taken) {
			return false;
		}
	}

	private void release(String ticketKey) {
		this.mongo.remove(Query.query(Criteria.where("_id").is(ticketKey).and("owner").is(this.instance)),
				DeliveryLease.class);
	}

	/**
	 * A round in flight finishes the update it is delivering while the store is still
	 * open; what it had not reached stays owed and goes out after the next start. A round
	 * through a backlog behind Teams' send limit would otherwise outlast the store.
	 */
	@PreDestroy
	void stop() {
		this.stopping = true;
		Workers.stop(this.worker, Duration.ofSeconds(10), "A card delivery");
	}

	@org.springframework.data.mongodb.core.mapping.Document("delivery_leases")
	record DeliveryLease(@org.springframework.data.annotation.Id String id, String owner, Instant until) {
	}

	record Backoff(int attempts, Instant until) {

		static Backoff after(Backoff previous, Optional<Duration> retryAfter, Instant now) {
			int attempts = previous == null ? 1 : previous.attempts() + 1;
			Duration exponential = Duration.ofMillis(Math.min(MAX_BACKOFF.toMillis(), 500L << Math.min(attempts, 20)));
			Duration jitter = Duration.ofMillis(ThreadLocalRandom.current().nextLong(250));
			Duration wait = retryAfter.map(d -> d.plus(jitter)).orElse(exponential.plus(jitter));
			return new Backoff(attempts, now.plus(wait));
		}

	}

}

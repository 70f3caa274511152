package io.handover.guard;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Supplier;

import io.handover.common.Workers;
import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The guard's looks, side by side on threads of their own ({@code guard-look}, four by
 * default: {@code handover.guard.looks}), never two of the same leaver at once in this
 * instance (across instances the store's lease on the leaver is the lock). A look waits
 * for a free thread in order of urgency, chosen when a thread comes free: first the
 * urgent ones (the first look after a leaver's last day, the look when the wait for a due
 * runbook ends, the looks after a change), then the leavers past their last day, then
 * those still working, each the longest unseen first. One thread is kept for the urgent
 * looks: however many routine looks a restart or a throttled Graph makes slow, a due
 * first look never waits behind them.
 * <p>
 * A leaver offered again while its look waits keeps one place in the queue, with the
 * newer look when it is at least as urgent. At shutdown the looks under way finish; those
 * still waiting are owed (the round finds them due again on the next start).
 */
@Component
class GuardLooks {

	private static final Logger log = LoggerFactory.getLogger(GuardLooks.class);

	/** How urgent a look is: the lower, the sooner. */
	enum Urgency {

		/** The first look after the last day, the end of the runbook's wait, a change. */
		URGENT,
		/**
		 * A leaver past the last day: the recheck and the daily looks, a throttled read.
		 */
		PAST_LAST_DAY,
		/** A leaver still working: the notice and the daily looks. */
		BEFORE_LAST_DAY

	}

	private final int threads;

	private final ExecutorService workers;

	/** The looks waiting for a thread, by ticket key. Guarded by {@code this}. */
	private final Map<String, Waiting> waiting = new LinkedHashMap<>();

	/** The leavers a look of this instance is running for. Guarded by {@code this}. */
	private final Set<String> running = new HashSet<>();

	/** How many routine (not urgent) looks run now. Guarded by {@code this}. */
	private int routine;

	private boolean stopped;

	private long order;

	GuardLooks(@Value("${handover.guard.looks:4}") int threads) {
		this.threads = Math.max(1, threads);
		this.workers = Workers.named("guard-look", this.threads);
	}

	private static final class Waiting {

		final String ticketKey;

		final CompletableFuture<Optional<GuardReview>> done = new CompletableFuture<>();

		Urgency urgency;

		Instant lastLooked;

		Supplier<Optional<GuardReview>> look;

		long order;

		Waiting(String ticketKey) {
			this.ticketKey = ticketKey;
		}

	}

	private static final Comparator<Waiting> NEXT = Comparator.comparing((Waiting next) -> next.urgency)
		.thenComparing(next -> next.lastLooked, Comparator.nullsFirst(Comparator.naturalOrder()))
		.thenComparingLong(next -> next.order);

	/**
	 * Queues a look at the leaver; answers when it ended (with its review, or empty when
	 * it wrote nothing). A leaver already waiting keeps its place, taking this look when
	 * it is at least as urgent; the answer is then that of the look that runs.
	 * @param lastLooked when the leaver was last looked at (null: never), the longest
	 * unseen first
	 */
	synchronized CompletableFuture<Optional<GuardReview>> offer(String ticketKey, Urgency urgency, Instant lastLooked,
			Supplier<Optional<GuardReview>> look) {
		if (this.stopped) {
			return CompletableFuture.completedFuture(Optional.empty());
		}
		Waiting queued = this.waiting.get(ticketKey);
		if (queued == null) {
			queued = new Waiting(ticketKey);
			queued.order = this.order++;
			this.waiting.put(ticketKey, queued);
		}
		else if (urgency.compareTo(queued.urgency) > 0) {
			return queued.done;
		}
		queued.urgency = urgency;
		queued.lastLooked = lastLooked;
		queued.look = look;
		dispatch();
		return queued.done;
	}

	/** Whether a look at this leaver waits or runs in this instance now. */
	synchronized boolean busyWith(String ticketKey) {
		return this.waiting.containsKey(ticketKey) || this.running.contains(ticketKey);
	}

	/** Starts the most urgent waiting looks that may run now, while threads are free. */
	private void dispatch() {
		while (!this.stopped && this.running.size() < this.threads) {
			// one thread stays free for the urgent looks
			boolean routineMayRun = this.routine < this.threads - 1 || this.threads == 1;
			Waiting next = this.waiting.values()
				.stream()
				.filter(candidate -> !this.running.contains(candidate.ticketKey))
				.filter(candidate -> routineMayRun || candidate.urgency == Urgency.URGENT)
				.min(NEXT)
				.orElse(null);
			if (next == null) {
				return;
			}
			this.waiting.remove(next.ticketKey);
			this.running.add(next.ticketKey);
			boolean isRoutine = next.urgency != Urgency.URGENT;
			if (isRoutine) {
				this.routine++;
			}
			try {
				this.workers.execute(() -> run(next, isRoutine));
			}
			catch (RejectedExecutionException stopping) {
				this.running.remove(next.ticketKey);
				if (isRoutine) {
					this.routine--;
				}
				next.done.complete(Optional.empty());
				return;
			}
		}
	}

	private void run(Waiting look, boolean isRoutine) {
		Optional<GuardReview> review = Optional.empty();
		try {
			review = GuardReads.lookAs(!isRoutine, look.look);
		}
		catch (RuntimeException ex) {
			// one leaver's trouble must not stop the others
			log.error("Guard look at {} failed; the round looks again", look.ticketKey, ex);
		}
		finally {
			synchronized (this) {
				this.running.remove(look.ticketKey);
				if (isRoutine) {
					this.routine--;
				}
				dispatch();
			}
			look.done.complete(review);
		}
	}

	@PreDestroy
	void stop() {
		synchronized (this) {
			this.stopped = true;
			this.waiting.values().forEach(owed -> owed.done.complete(Optional.empty()));
			this.waiting.clear();
		}
		Workers.stop(this.workers, Duration.ofSeconds(10), "A guard look");
	}

}

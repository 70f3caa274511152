package io.handover.guard;

import java.time.Duration;
import java.util.concurrent.ExecutorService;

import io.handover.common.Workers;

/**
 * The guard's read pools ({@link GuardConfiguration#guardReads}): the reads of one look
 * at a leaver go out together. The urgent looks ({@link GuardLooks.Urgency#URGENT}: the
 * first look after a last day, the end of the wait for a due runbook, a change) read on a
 * pool of their own, so routine looks whose reads Microsoft Graph throttles (each waiting
 * its {@code Retry-After}) never hold up the reads of a due first look.
 */
record GuardReads(ExecutorService pool, ExecutorService urgentPool) {

	/** Whether the look running on this thread is urgent. */
	private static final ThreadLocal<Boolean> URGENT = ThreadLocal.withInitial(() -> false);

	/** The pool for the reads of the look running on this thread. */
	ExecutorService forThisLook() {
		return URGENT.get() ? this.urgentPool : this.pool;
	}

	/** Runs the look on this thread as urgent (or not): its reads go to that pool. */
	static <T> T lookAs(boolean urgent, java.util.function.Supplier<T> look) {
		boolean before = URGENT.get();
		URGENT.set(urgent);
		try {
			return look.get();
		}
		finally {
			URGENT.set(before);
		}
	}

	void close() {
		this.pool.shutdown();
		Workers.stop(this.urgentPool, Duration.ofSeconds(10), "An urgent guard look's read");
	}

}

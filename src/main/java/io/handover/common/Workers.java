package io.handover.common;

import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A feature's own background threads, and how they stop. At shutdown the work in hand
 * finishes while the store is still open: a feature's workers stop before the beans they
 * use are destroyed, so a round cut off by a closed store (an ERROR, and a delivery or
 * check broken off half-way) is avoided. What a stop interrupts stays owed: every worker
 * here marks its work done only after doing it.
 */
public final class Workers {

	private static final Logger log = LoggerFactory.getLogger(Workers.class);

	private Workers() {
	}

	/**
	 * A fixed pool of daemon threads named {@code name} (with a number when more than
	 * one).
	 */
	public static ExecutorService named(String name, int threads) {
		if (threads == 1) {
			return Executors.newSingleThreadExecutor((runnable) -> daemon(runnable, name));
		}
		int[] next = { 0 };
		return Executors.newFixedThreadPool(threads, (runnable) -> {
			synchronized (next) {
				return daemon(runnable, name + "-" + (++next[0]));
			}
		});
	}

	/**
	 * One daemon thread named {@code name} that also runs work later; work still waiting
	 * for its time when the pool stops is dropped, not waited for.
	 */
	public static ScheduledExecutorService scheduled(String name) {
		ScheduledThreadPoolExecutor pool = new ScheduledThreadPoolExecutor(1, (runnable) -> daemon(runnable, name));
		pool.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
		return pool;
	}

	/**
	 * Takes no new work, lets the work in hand finish for up to {@code within}, then
	 * interrupts what is left and says so.
	 * @return whether everything finished in time
	 */
	public static boolean stop(ExecutorService workers, Duration within, String what) {
		workers.shutdown();
		try {
			if (workers.awaitTermination(within.toMillis(), TimeUnit.MILLISECONDS)) {
				return true;
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		workers.shutdownNow();
		log.warn("{} did not finish within {} ms of the shutdown and was interrupted; what it had not done stays owed"
				+ " for the next start", what, within.toMillis());
		return false;
	}

	private static Thread daemon(Runnable runnable, String name) {
		Thread thread = new Thread(runnable, name);
		thread.setDaemon(true);
		return thread;
	}

}

package io.handover.common;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Shutdown: the work in hand finishes before the store it writes to closes. */
class WorkersTests {

	@Test
	void aRoundInHandFinishesBeforeTheStopReturns() throws Exception {
		ExecutorService workers = Workers.named("test-round", 1);
		CountDownLatch started = new CountDownLatch(1);
		AtomicBoolean finished = new AtomicBoolean();
		workers.execute(() -> {
			started.countDown();
			sleep(300);
			finished.set(true);
		});
		assertThat(started.await(5, TimeUnit.SECONDS)).isTrue();

		assertThat(Workers.stop(workers, Duration.ofSeconds(10), "A test round")).isTrue();

		assertThat(finished).as("the round ran to its end before the stop returned").isTrue();
		assertThatThrownBy(() -> workers.execute(() -> {
		})).isInstanceOf(RejectedExecutionException.class);
	}

	@Test
	void aRoundThatOutlastsTheLimitIsInterruptedAndTheStopSaysSo() throws Exception {
		ExecutorService workers = Workers.named("test-stuck", 2);
		CountDownLatch started = new CountDownLatch(1);
		CountDownLatch interrupted = new CountDownLatch(1);
		workers.execute(() -> {
			started.countDown();
			try {
				Thread.sleep(60_000);
			}
			catch (InterruptedException ex) {
				interrupted.countDown();
			}
		});
		assertThat(started.await(5, TimeUnit.SECONDS)).isTrue();

		assertThat(Workers.stop(workers, Duration.ofMillis(200), "A stuck round")).isFalse();

		assertThat(interrupted.await(5, TimeUnit.SECONDS)).as("the stuck round was interrupted").isTrue();
	}

	@Test
	void threadsAreNamedDaemons() throws Exception {
		ExecutorService workers = Workers.named("handover-test", 2);
		String[] name = new String[1];
		boolean[] daemon = new boolean[1];
		workers.submit(() -> {
			name[0] = Thread.currentThread().getName();
			daemon[0] = Thread.currentThread().isDaemon();
		}).get(5, TimeUnit.SECONDS);
		Workers.stop(workers, Duration.ofSeconds(1), "test");
		assertThat(name[0]).isEqualTo("handover-test-1");
		assertThat(daemon[0]).isTrue();
	}

	private static void sleep(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}

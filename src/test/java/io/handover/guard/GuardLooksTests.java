package io.handover.guard;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The guard's looks side by side: after a restart the round queues a look at every
 * watched leaver at once, and a Graph that throttles makes them slow; a due first look
 * after a last day still starts at once, never two looks of one leaver run together, and
 * the urgent looks go before the routine ones when a thread comes free.
 */
class GuardLooksTests {

	final GuardLooks looks = new GuardLooks(4);

	final CountDownLatch slowGraph = new CountDownLatch(1);

	@AfterEach
	void stop() {
		this.slowGraph.countDown();
		this.looks.stop();
	}

	/** A look that waits for the slow Graph, then answers nothing new. */
	java.util.function.Supplier<Optional<GuardReview>> slow(List<String> started, String key) {
		return () -> {
			started.add(key);
			try {
				this.slowGraph.await(20, TimeUnit.SECONDS);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
			return Optional.empty();
		};
	}

	@Test
	void manyRoutineLooksAfterARestartDoNotStarveADueFirstLook() throws Exception {
		List<String> started = new CopyOnWriteArrayList<>();
		for (int n = 0; n < 40; n++) {
			this.looks.offer("JML-" + n, GuardLooks.Urgency.PAST_LAST_DAY, Instant.EPOCH.plusSeconds(n),
					slow(started, "JML-" + n));
		}
		Thread.sleep(300);
		assertThat(started).as("the routine looks keep one thread free").hasSize(3);

		CompletableFuture<Optional<GuardReview>> first = this.looks.offer("JML-first", GuardLooks.Urgency.URGENT, null,
				() -> {
					started.add("JML-first");
					return Optional.empty();
				});

		first.get(5, TimeUnit.SECONDS);
		assertThat(started).contains("JML-first");
		assertThat(started).as("the longest unseen first").startsWith("JML-0", "JML-1", "JML-2");
	}

	@Test
	void whenAThreadComesFreeTheUrgentLookGoesBeforeTheRoutineOnes() throws Exception {
		List<String> started = new CopyOnWriteArrayList<>();
		GuardLooks one = new GuardLooks(1);
		try {
			one.offer("JML-a", GuardLooks.Urgency.PAST_LAST_DAY, null, slow(started, "JML-a"));
			Thread.sleep(200);
			one.offer("JML-b", GuardLooks.Urgency.BEFORE_LAST_DAY, null, slow(started, "JML-b"));
			one.offer("JML-c", GuardLooks.Urgency.PAST_LAST_DAY, null, slow(started, "JML-c"));
			CompletableFuture<Optional<GuardReview>> urgent = one.offer("JML-d", GuardLooks.Urgency.URGENT, null,
					slow(started, "JML-d"));
			this.slowGraph.countDown();
			urgent.get(5, TimeUnit.SECONDS);
			Thread.sleep(300);
			assertThat(started).containsExactly("JML-a", "JML-d", "JML-c", "JML-b");
		}
		finally {
			one.stop();
		}
	}

	@Test
	void neverTwoLooksOfOneLeaverAtOnceAndALeaverWaitsOnceInTheQueue() throws Exception {
		AtomicInteger under = new AtomicInteger();
		AtomicInteger most = new AtomicInteger();
		AtomicInteger ran = new AtomicInteger();
		java.util.function.Supplier<Optional<GuardReview>> look = () -> {
			most.accumulateAndGet(under.incrementAndGet(), Math::max);
			try {
				Thread.sleep(200);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
			under.decrementAndGet();
			ran.incrementAndGet();
			return Optional.empty();
		};
		CompletableFuture<Optional<GuardReview>> running = this.looks.offer("JML-1", GuardLooks.Urgency.URGENT, null,
				look);
		Thread.sleep(50);
		// five more offers while it runs: one look waits, and runs after it
		CompletableFuture<?> last = null;
		for (int n = 0; n < 5; n++) {
			last = this.looks.offer("JML-1", n % 2 == 0 ? GuardLooks.Urgency.URGENT : GuardLooks.Urgency.PAST_LAST_DAY,
					null, look);
		}
		running.get(5, TimeUnit.SECONDS);
		last.get(5, TimeUnit.SECONDS);
		Thread.sleep(300);
		assertThat(most.get()).as("one look of the leaver at a time").isEqualTo(1);
		assertThat(ran.get()).isEqualTo(2);
		assertThat(this.looks.busyWith("JML-1")).isFalse();
	}

}

package io.handover.audit;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import io.handover.common.Actor;
import io.handover.common.Channel;
import io.handover.testing.ApiTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Many turns on two instances record at the same time: appends are grouped per instance
 * and race across instances, and the chain must still hold every entry exactly once, in
 * each caller's order.
 */
@ApiTest
class ConcurrentAppendTests {

	@Autowired
	MongoTemplate mongo;

	@Autowired
	Clock clock;

	/** Every instance holds the same key and writes down the same anchors. */
	@Autowired
	AuditKeys keys;

	@Autowired
	AuditAnchors anchors;

	@Test
	void twoInstancesAppendingAtOnceKeepOneIntactChainWithEveryEntry() throws Exception {
		AuditTrail first = new AuditTrail(this.mongo, this.clock, this.keys, this.anchors);
		AuditTrail second = new AuditTrail(this.mongo, this.clock, this.keys, this.anchors);
		String run = UUID.randomUUID().toString();
		int threads = 12;
		int perThread = 40;
		ExecutorService pool = Executors.newFixedThreadPool(threads);
		CountDownLatch start = new CountDownLatch(1);
		ConcurrentLinkedQueue<AuditEntry> answered = new ConcurrentLinkedQueue<>();
		List<Future<?>> done = new ArrayList<>();
		for (int t = 0; t < threads; t++) {
			AuditTrail trail = (t % 2 == 0) ? first : second;
			String subject = run + "-" + t;
			done.add(pool.submit(() -> {
				start.await();
				for (int i = 0; i < perThread; i++) {
					answered.add(trail.record("test", subject, "step", new Actor("t", "Tester", Channel.SYSTEM), null,
							Map.of("step", i)));
				}
				return null;
			}));
		}
		start.countDown();
		for (Future<?> future : done) {
			future.get(60, TimeUnit.SECONDS);
		}
		pool.shutdown();

		assertThat(answered).hasSize(threads * perThread);
		assertThat(answered).extracting(AuditEntry::sequence).doesNotHaveDuplicates();
		// one walk of the whole trail, for the check and its message
		ChainCheck chain = first.verify();
		assertThat(chain.intact()).as(chain.toString()).isTrue();
		for (int t = 0; t < threads; t++) {
			List<AuditEntry> history = first.historyOf("test", run + "-" + t);
			assertThat(history).extracting(entry -> entry.changes().get("step").after())
				.containsExactlyElementsOf(
						java.util.stream.IntStream.range(0, perThread).mapToObj(String::valueOf).toList());
		}
		assertThat(answered).allSatisfy(entry -> assertThat(this.mongo.findById(entry.id(), AuditEntry.class))
			.as("entry %d as answered is the one stored", entry.sequence())
			.isEqualTo(entry));
	}

}

package io.handover.audit;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.handover.common.Actor;
import io.handover.common.Channel;
import io.handover.testing.ApiTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * The two ways an append meets an entry already in the trail, forced rather than hoped
 * for: another instance took the sequence number this one was about to use (two instances
 * on one store, the first with a stale idea of the chain's head), and an entry that is
 * appended again after a crash (its key is in the trail). Either way every caller gets
 * its stored entry, nothing is stored twice and the chain stays intact.
 */
@ApiTest
class RacingAppendTests {

	static final Duration NO_LIVELOCK = Duration.ofSeconds(30);

	@Autowired
	MongoTemplate mongo;

	@Autowired
	Clock clock;

	/** Every instance holds the same key and writes down the same anchors. */
	@Autowired
	AuditKeys keys;

	@Autowired
	AuditAnchors anchors;

	final Actor iris = new Actor("iris", "Iris van Dam", Channel.TEAMS);

	@Test
	void anInstanceThatLostTheRaceForASequenceNumberChainsItsEntryOntoTheWinners() {
		AuditTrail first = new AuditTrail(this.mongo, this.clock, this.keys, this.anchors);
		AuditTrail second = new AuditTrail(this.mongo, this.clock, this.keys, this.anchors);
		String laptop = "laptop-" + UUID.randomUUID();
		AuditEntry issued = first.record("asset", laptop, "issued", this.iris, null, Map.of("holder", "anna"));
		// The second instance appends after it: the first one's head is now stale, so
		// its next append takes a sequence number that is in the trail already.
		AuditEntry winner = second.record("asset", laptop, "return-pending", this.iris, null,
				Map.of("state", "RETURN_PENDING"));
		assertThat(winner.sequence()).isGreaterThan(issued.sequence());

		AuditEntry loser = assertTimeoutPreemptively(NO_LIVELOCK, () -> first.record("asset", laptop, "restocked",
				this.iris, "returned in good condition", Map.of("status", "IN_STOCK")));

		assertThat(loser.sequence()).isGreaterThan(winner.sequence());
		assertThat(loser.previousHash()).isEqualTo(entryAt(loser.sequence() - 1).hash());
		assertThat(first.historyOf("asset", laptop)).extracting(AuditEntry::action)
			.containsExactly("issued", "return-pending", "restocked");
		assertThat(this.mongo.findById(loser.id(), AuditEntry.class)).as("the entry as answered is the one stored")
			.isEqualTo(loser);
		// one walk of the whole trail, for the check and its message
		ChainCheck chain = first.verify();
		assertThat(chain.intact()).as(chain.toString()).isTrue();
	}

	@Test
	void aBatchThatLostTheRaceIsAppendedWholeInItsOrderAfterTheWinner() {
		AuditTrail first = new AuditTrail(this.mongo, this.clock, this.keys, this.anchors);
		AuditTrail second = new AuditTrail(this.mongo, this.clock, this.keys, this.anchors);
		String ticket = "JML-" + UUID.randomUUID();
		first.record("ticket", ticket, "opened", this.iris, null, Map.of());
		AuditEntry winner = second.record("ticket", ticket, "rescheduled", this.iris, "start moved", Map.of());

		List<AuditEntry> batch = assertTimeoutPreemptively(NO_LIVELOCK,
				() -> first.append(List.of(draft(null, "task", ticket + "-1", "completed"),
						draft(null, "task", ticket + "-2", "unblocked"), draft(null, "ticket", ticket, "completed"))));

		assertThat(batch).extracting(AuditEntry::action).containsExactly("completed", "unblocked", "completed");
		assertThat(batch.get(0).sequence()).isGreaterThan(winner.sequence());
		assertThat(batch).extracting(AuditEntry::sequence)
			.containsExactly(batch.get(0).sequence(), batch.get(0).sequence() + 1, batch.get(0).sequence() + 2);
		// one walk of the whole trail, for the check and its message
		ChainCheck chain = first.verify();
		assertThat(chain.intact()).as(chain.toString()).isTrue();
	}

	@Test
	void anEntryAppendedAgainIsStoredOnceAndItsCallerGetsTheStoredEntry() {
		AuditTrail trail = new AuditTrail(this.mongo, this.clock, this.keys, this.anchors);
		AuditTrail otherInstance = new AuditTrail(this.mongo, this.clock, this.keys, this.anchors);
		AuditDraft done = draft(UUID.randomUUID().toString(), "task", "JML-" + UUID.randomUUID() + "-3", "completed");

		AuditEntry stored = trail.append(List.of(done)).get(0);
		AuditEntry again = assertTimeoutPreemptively(NO_LIVELOCK, () -> trail.append(List.of(done)).get(0));
		AuditEntry byOther = assertTimeoutPreemptively(NO_LIVELOCK, () -> otherInstance.append(List.of(done)).get(0));

		assertThat(again).isEqualTo(stored);
		assertThat(byOther).isEqualTo(stored);
		assertThat(this.mongo.count(Query.query(Criteria.where("key").is(done.key())), AuditEntry.class)).isOne();
		// one walk of the whole trail, for the check and its message
		ChainCheck chain = trail.verify();
		assertThat(chain.intact()).as(chain.toString()).isTrue();
	}

	@Test
	void aBatchWithOneEntryAlreadyInTheTrailStoresTheOthersOnceInTheirOrder() {
		AuditTrail trail = new AuditTrail(this.mongo, this.clock, this.keys, this.anchors);
		String ticket = "JML-" + UUID.randomUUID();
		AuditDraft claimed = draft(UUID.randomUUID().toString(), "task", ticket + "-1", "claimed");
		AuditEntry earlier = trail.append(List.of(claimed)).get(0);
		AuditDraft completed = draft(UUID.randomUUID().toString(), "task", ticket + "-1", "completed");
		AuditDraft closed = draft(UUID.randomUUID().toString(), "ticket", ticket, "completed");

		// the one in the middle fails on its key: the entry before it is stored by then,
		// the one after it must be chained again, not stored after a gap
		List<AuditEntry> answered = assertTimeoutPreemptively(NO_LIVELOCK,
				() -> trail.append(List.of(completed, claimed, closed)));

		assertThat(answered.get(1)).isEqualTo(earlier);
		assertThat(answered.get(2).sequence()).isGreaterThan(answered.get(0).sequence());
		assertThat(answered.get(2).previousHash()).isEqualTo(entryAt(answered.get(2).sequence() - 1).hash());
		assertThat(trail.historyOf("task", ticket + "-1")).extracting(AuditEntry::action)
			.containsExactly("claimed", "completed");
		assertThat(trail.historyOf("ticket", ticket)).extracting(AuditEntry::action).containsExactly("completed");
		// one walk of the whole trail, for the check and its message
		ChainCheck chain = trail.verify();
		assertThat(chain.intact()).as(chain.toString()).isTrue();
	}

	private AuditDraft draft(String key, String subjectType, String subjectId, String action) {
		return AuditDraft.of(key, this.clock.instant(), subjectType, subjectId, action, this.iris, null,
				Map.of("status", new Object[] { "OPEN", action }));
	}

	private AuditEntry entryAt(long sequence) {
		return this.mongo.findOne(Query.query(Criteria.where("sequence").is(sequence)), AuditEntry.class);
	}

}

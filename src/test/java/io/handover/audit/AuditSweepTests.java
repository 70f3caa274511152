package io.handover.audit;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import io.handover.common.Actor;
import io.handover.common.Channel;
import io.handover.testing.ApiTest;
import org.bson.Document;
import org.bson.types.ObjectId;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The outbox's scheduled sweep leaves the drafts a writer is delivering at that moment
 * (younger than {@code handover.audit.sweep-grace}) and does not append again what is in
 * the trail already (issue 24: a sweep during an import appended the import's fresh
 * drafts again, one document at a time, each failing on its key and making the trail read
 * its whole chain).
 */
@ApiTest
class AuditSweepTests {

	@Autowired
	MongoTemplate mongo;

	@Autowired
	AuditTrail trail;

	@Autowired
	AuditOutbox outbox;

	@Autowired
	Clock clock;

	private final Actor iris = new Actor("iris", "Iris van Dam", Channel.TEAMS);

	@Test
	void theScheduledSweepTakesOnlyDraftsOwedForAWhileAndTheFullSweepTakesTheRest() {
		Instant now = this.clock.instant();
		ObjectId old = new ObjectId();
		owing(old, draft(old, now.minus(Duration.ofMinutes(2))));
		ObjectId young = new ObjectId();
		AuditDraft fresh = draft(young, now);
		owing(young, fresh);

		this.outbox.sweepOwedForAWhile();

		assertThat(this.trail.historyOf(SUBJECT, old.toHexString())).hasSize(1);
		assertThat(owed(old)).isEmpty();
		assertThat(this.trail.historyOf(SUBJECT, young.toHexString())).as("being delivered by its writer: left to it")
			.isEmpty();
		assertThat(owed(young)).hasSize(1);

		this.outbox.sweep();

		assertThat(this.trail.historyOf(SUBJECT, young.toHexString())).singleElement()
			.satisfies(entry -> assertThat(entry.key()).isEqualTo(fresh.key()));
		assertThat(owed(young)).isEmpty();
		assertThat(this.trail.verify().intact()).isTrue();
	}

	@Test
	void draftsInTheTrailAlreadyAreAnsweredWithTheirEntriesAndNotAppendedAgain() {
		ObjectId document = new ObjectId();
		AuditDraft delivered = draft(document, this.clock.instant().minus(Duration.ofMinutes(5)));
		AuditEntry stored = this.trail.append(List.of(delivered)).get(0);
		owing(document, delivered);
		AuditDraft other = draft(new ObjectId(), this.clock.instant().minus(Duration.ofMinutes(5)));
		long before = this.mongo.count(new Query(), AuditEntry.class);

		List<AuditEntry> answers = this.trail.appendUnlessStored(List.of(delivered, other));

		assertThat(answers.get(0).sequence()).isEqualTo(stored.sequence());
		assertThat(answers.get(1).key()).isEqualTo(other.key());
		assertThat(answers.get(1).sequence()).isGreaterThan(stored.sequence());
		assertThat(this.mongo.count(new Query(), AuditEntry.class)).isEqualTo(before + 1);

		this.outbox.sweepOwedForAWhile();

		assertThat(owed(document)).isEmpty();
		assertThat(this.trail.historyOf(SUBJECT, document.toHexString())).hasSize(1);
		assertThat(this.trail.verify().intact()).isTrue();
	}

	private static final String SUBJECT = "sweep-test";

	private AuditDraft draft(ObjectId about, Instant at) {
		return AuditDraft.of(UUID.randomUUID().toString(), at, SUBJECT, about.toHexString(), "changed", this.iris, null,
				AuditTrail.change("status", "A", "B"));
	}

	/**
	 * An employee document holding the draft, as a write a crash interrupted leaves it.
	 */
	private void owing(ObjectId id, AuditDraft draft) {
		this.mongo.insert(
				new Document("_id", id).append("name", "Sweep Test")
					.append(AuditOutbox.FIELD, List.of(this.mongo.getConverter().convertToMongoType(draft))),
				"employees");
	}

	private List<Document> owed(ObjectId id) {
		return this.mongo.findOne(Query.query(Criteria.where("_id").is(id)), Document.class, "employees")
			.getList(AuditOutbox.FIELD, Document.class, List.of());
	}

}

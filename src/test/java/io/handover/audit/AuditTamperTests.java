package io.handover.audit;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.mongodb.client.MongoClient;
import io.handover.common.Actor;
import io.handover.common.Channel;
import io.handover.testing.ApiTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 24, finding 1: someone who can write to the store — but does not hold the audit
 * key, which the store never sees — edits the trail. Each way of doing it is found by
 * {@code verify} after the service restarts: an edited entry, a tail chained again from
 * the edit (without the key, or with a guessed one), the whole trail chained again from
 * the start, the newest entry deleted (and its number is not used again), the trail
 * truncated. Each test has a trail of its own (a database of its own on the test store)
 * and a folder of its own for the key and the anchors.
 */
@ApiTest
class AuditTamperTests {

	@Autowired
	MongoClient client;

	@Autowired
	Clock clock;

	@TempDir
	Path folder;

	MongoTemplate store;

	AuditTrail trail;

	final Actor iris = new Actor("iris", "Iris van Dam", Channel.TEAMS);

	@BeforeEach
	void aTrailOfFiveEntriesWhoseHeadWasAnchoredAtShutdown() {
		this.store = new MongoTemplate(this.client, "audit-tamper-" + UUID.randomUUID().toString().substring(0, 8));
		this.trail = start(properties(null, Map.of()));
		for (String action : List.of("opened", "claimed", "completed", "issued", "closed")) {
			this.trail.record("ticket", "JML-0042", action, this.iris, null, Map.of("status", action));
		}
		this.trail.anchorHead();
		assertThat(this.trail.verify().intact()).isTrue();
	}

	@Test
	void anEditedEntryIsFoundAfterARestart() {
		edit(3, "actorName", "Someone Else");

		ChainCheck check = restart().verify();

		assertThat(check.intact()).isFalse();
		assertThat(check.firstBrokenSequence()).isEqualTo(3);
		assertThat(check.reason()).isEqualTo("content does not match its hash");
	}

	@Test
	void aTailChainedAgainWithoutTheKeyIsFound() {
		rechainFrom(3, null);

		ChainCheck check = restart().verify();

		assertThat(check.intact()).isFalse();
		assertThat(check.firstBrokenSequence()).isEqualTo(3);
		assertThat(check.reason()).contains("written without the key");
	}

	@Test
	void aTailChainedAgainWithAGuessedKeyUnderTheRightNameIsFound() {
		AuditEntry third = entry(3);
		AuditKeys guessed = new AuditKeys(third.keyId(), Map.of(third.keyId(), new byte[32]));
		rechainFrom(3, guessed);

		ChainCheck check = restart().verify();

		assertThat(check.intact()).isFalse();
		assertThat(check.firstBrokenSequence()).isEqualTo(3);
		assertThat(check.reason()).isEqualTo("content does not match its hash");
	}

	@Test
	void theWholeTrailChainedAgainFromTheStartIsFoundByTheAnchor() {
		// no keyed entry is left to compare with: only the anchor outside the store knows
		rechainFrom(1, null);

		ChainCheck check = restart().verify();

		assertThat(check.intact()).isFalse();
		assertThat(check.firstBrokenSequence()).isEqualTo(5);
		assertThat(check.reason()).contains("it was replaced");
	}

	@Test
	void aDeletedNewestEntryIsFoundAndItsNumberIsNotUsedAgain() {
		this.store.remove(Query.query(Criteria.where("sequence").is(5L)), AuditEntry.class);

		AuditTrail restarted = restart();

		ChainCheck check = restarted.verify();
		assertThat(check.intact()).isFalse();
		assertThat(check.firstBrokenSequence()).isEqualTo(5);
		assertThat(check.reason()).contains("entry 5 was anchored").contains("entries were removed");

		AuditEntry next = restarted.record("ticket", "JML-0042", "reopened", this.iris, null, Map.of());

		assertThat(next.sequence()).as("a number the anchor has seen is not given again").isEqualTo(6);
		ChainCheck gap = restarted.verify();
		assertThat(gap.intact()).isFalse();
		assertThat(gap.reason()).isEqualTo("entry 5 is missing");
	}

	@Test
	void aTruncatedTrailIsFound() {
		this.store.remove(new Query(), AuditEntry.class);

		ChainCheck check = restart().verify();

		assertThat(check.intact()).isFalse();
		assertThat(check.entries()).isZero();
		assertThat(check.firstBrokenSequence()).isEqualTo(1);
		assertThat(check.reason()).contains("entry 5 was anchored");
	}

	@Test
	void anUntouchedTrailIsIntactAfterARestartAndAnAnchorLineChangedByHandProvesNothing() throws Exception {
		Path anchors = this.folder.resolve("audit-anchors.log");
		String line = Files.readString(anchors);
		Files.writeString(anchors, line.replaceFirst("^5 ", "9 "));

		ChainCheck check = restart().verify();

		assertThat(check.intact()).as(check.toString()).isTrue();
		assertThat(check.entries()).isEqualTo(5);
	}

	@Test
	void aRotatedKeyKeepsOlderEntriesCheckableOnlyWhileTheOldKeyIsHeld() throws Exception {
		String oldKey = Files.readString(this.folder.resolve("audit.key")).trim();
		String oldId = entry(1).keyId();
		byte[] fresh = new byte[32];
		fresh[0] = 7;
		String newKey = Base64.getEncoder().encodeToString(fresh);

		AuditTrail rotated = start(properties("key-2027", Map.of(oldId, oldKey), newKey));
		AuditEntry sixth = rotated.record("ticket", "JML-0042", "reopened", this.iris, null, Map.of());

		assertThat(sixth.keyId()).isEqualTo("key-2027");
		// one walk of the whole trail, for the check and its message
		ChainCheck chain = rotated.verify();
		assertThat(chain.intact()).as(chain.toString()).isTrue();

		ChainCheck withoutTheOldKey = start(properties("key-2027", Map.of(), newKey)).verify();
		assertThat(withoutTheOldKey.intact()).isFalse();
		assertThat(withoutTheOldKey.firstBrokenSequence()).isEqualTo(1);
		assertThat(withoutTheOldKey.reason()).contains("'" + oldId + "', which this service does not hold");
	}

	@Test
	void theHeadIsAnchoredOnlyWhenItMoved() throws Exception {
		Path anchors = this.folder.resolve("audit-anchors.log");
		this.trail.anchorHead();
		this.trail.anchorHead();
		assertThat(Files.readAllLines(anchors)).hasSize(1);

		this.trail.record("ticket", "JML-0042", "reopened", this.iris, null, Map.of());
		this.trail.anchorHead();

		assertThat(Files.readAllLines(anchors)).hasSize(2).last().asString().startsWith("6 ");
	}

	@Test
	void aTrailVerifiesBeforeAndAfterAPersonsValuesAreRedactedAndAfterARestart() {
		AuditEntry renamed = this.trail.record("employee", "E-IRIS", "renamed", this.iris, "asked by Iris van Dam",
				AuditTrail.change("name", "Iris van Dam", "Iris de Vries"));
		assertThat(this.trail.verify().intact()).isTrue();

		AuditTrail.Redacted redacted = this.trail.redact((entry) -> "iris".equals(entry.actorId()), irisToPseudonym());

		assertThat(redacted.entries()).isEqualTo(6);
		assertThat(redacted.left()).isZero();
		AuditEntry after = entry(renamed.sequence());
		assertThat(after.actorName()).isEqualTo("Former employee 7f3a");
		assertThat(after.actorId()).isEqualTo("former-entra-7f3a");
		assertThat(after.why()).isEqualTo("asked by Former employee 7f3a");
		assertThat(after.changes().get("name")).isEqualTo(new Change("\"Former employee 7f3a\"", "\"Iris de Vries\""));
		assertThat(after.hash()).as("the entry's authentication is not touched").isEqualTo(renamed.hash());
		assertThat(after.toString()).doesNotContain("Iris van Dam");
		ChainCheck check = restart().verify();
		assertThat(check.intact()).as(check.toString()).isTrue();
		assertThat(check.entries()).isEqualTo(6);
	}

	@Test
	void redactingAgainChangesNothing() {
		this.trail.redact((entry) -> true, irisToPseudonym());
		List<AuditEntry> once = this.store.findAll(AuditEntry.class);

		AuditTrail.Redacted again = this.trail.redact((entry) -> true, irisToPseudonym());

		assertThat(again.entries()).isZero();
		assertThat(this.store.findAll(AuditEntry.class)).isEqualTo(once);
	}

	@Test
	void aRedactedValueSwappedForAnotherIsFound() {
		this.trail.redact((entry) -> true, irisToPseudonym());
		edit(2, "actorName", "Someone Else");

		ChainCheck check = restart().verify();

		assertThat(check.intact()).isFalse();
		assertThat(check.firstBrokenSequence()).isEqualTo(2);
		assertThat(check.reason()).contains("the pseudonym in actorName").contains("changed after the redaction");
	}

	@Test
	void aRedactionRemovedAndAnotherValuePutBackIsFound() {
		this.trail.redact((entry) -> true, irisToPseudonym());
		edit(2, "actorName", "Someone Else");
		this.store.getCollection("audit")
			.updateOne(new org.bson.Document("sequence", 2L),
					new org.bson.Document("$set", new org.bson.Document("redactions", List.of())));

		ChainCheck check = restart().verify();

		assertThat(check.intact()).isFalse();
		assertThat(check.firstBrokenSequence()).isEqualTo(2);
		assertThat(check.reason()).isEqualTo("content does not match its hash");
	}

	@Test
	void aRedactedTrailStillShowsAnEditARechainedTailAndADeletedNewestEntry() {
		this.trail.redact((entry) -> true, irisToPseudonym());
		this.trail.anchorHead();

		edit(4, "action", "cancelled");
		ChainCheck edited = restart().verify();
		assertThat(edited.firstBrokenSequence()).isEqualTo(4);
		assertThat(edited.reason()).isEqualTo("content does not match its hash");
		edit(4, "action", "issued");
		assertThat(restart().verify().intact()).isTrue();

		AuditEntry third = entry(3);
		rechainFrom(3, new AuditKeys(third.keyId(), Map.of(third.keyId(), new byte[32])));
		ChainCheck rechained = restart().verify();
		assertThat(rechained.intact()).isFalse();
		assertThat(rechained.firstBrokenSequence()).isEqualTo(3);

		this.store.remove(new Query(), AuditEntry.class);
		ChainCheck truncated = restart().verify();
		assertThat(truncated.intact()).isFalse();
		assertThat(truncated.reason()).contains("entry 5 was anchored");
	}

	@Test
	void entriesWrittenBeforeFieldDigestsAreLeftAsTheyAreAndCounted() {
		AuditKeys keys = AuditKeys.from(properties(null, Map.of()), this.folder.resolve("audit.key"));
		// a trail as stored before field digests: the same entries, authenticated over
		// their values
		String previous = AuditTrail.GENESIS;
		for (AuditEntry entry : this.store.find(new Query().with(Sort.by("sequence")), AuditEntry.class)) {
			AuditEntry older = new AuditEntry(entry.id(), entry.sequence(), entry.key(), entry.at(),
					entry.subjectType(), entry.subjectId(), entry.action(), entry.actorId(), entry.actorName(),
					entry.channel(), entry.why(), entry.changes(), previous, null, entry.keyId());
			older = older.withHash(AuditTrail.hashOf(older, keys));
			this.store.save(older);
			previous = older.hash();
		}
		AuditTrail older = restart();
		older.record("ticket", "JML-0042", "reopened", this.iris, null, Map.of());
		older.anchorHead();

		AuditTrail.Redacted redacted = older.redact((entry) -> true, irisToPseudonym());

		assertThat(redacted.entries()).as("the entry written since").isEqualTo(1);
		assertThat(redacted.left()).isEqualTo(5);
		assertThat(entry(1).actorName()).isEqualTo("Iris van Dam");
		assertThat(entry(6).actorName()).isEqualTo("Former employee 7f3a");
		ChainCheck check = restart().verify();
		assertThat(check.intact()).as(check.toString()).isTrue();
	}

	private static java.util.function.UnaryOperator<String> irisToPseudonym() {
		return (value) -> value.equals("iris") ? "former-entra-7f3a"
				: value.replace("Iris van Dam", "Former employee 7f3a");
	}

	private AuditTrail restart() {
		return start(properties(null, Map.of()));
	}

	private AuditTrail start(AuditProperties properties) {
		AuditKeys keys = AuditKeys.from(properties, this.folder.resolve("audit.key"));
		return new AuditTrail(this.store, this.clock, keys,
				new AuditAnchors(this.folder.resolve("audit-anchors.log"), keys));
	}

	private static AuditProperties properties(String keyId, Map<String, String> previous) {
		return properties(keyId, previous, null);
	}

	private static AuditProperties properties(String keyId, Map<String, String> previous, String key) {
		return new AuditProperties(keyId, key, previous, null, null, null);
	}

	private AuditEntry entry(long sequence) {
		return this.store.findOne(Query.query(Criteria.where("sequence").is(sequence)), AuditEntry.class);
	}

	private void edit(long sequence, String field, String value) {
		this.store.getCollection("audit")
			.updateOne(new org.bson.Document("sequence", sequence),
					new org.bson.Document("$set", new org.bson.Document(field, value)));
	}

	/**
	 * What a forger can do: change entry {@code from} and compute every hash and link
	 * from there again — as plain SHA-256 entries ({@code with} null) or with a key of
	 * their own.
	 */
	private void rechainFrom(long from, AuditKeys with) {
		List<AuditEntry> entries = this.store.find(new Query().with(Sort.by("sequence")), AuditEntry.class);
		String previous = from == 1 ? AuditTrail.GENESIS : entries.get((int) from - 2).hash();
		for (AuditEntry entry : entries.subList((int) from - 1, entries.size())) {
			String name = entry.sequence() == from ? "Someone Else" : entry.actorName();
			AuditEntry forged = new AuditEntry(entry.id(), entry.sequence(), entry.key(), entry.at(),
					entry.subjectType(), entry.subjectId(), entry.action(), entry.actorId(), name, entry.channel(),
					entry.why(), entry.changes(), previous, null, with == null ? null : entry.keyId());
			forged = forged.withHash(with == null ? AuditTrail.hashOf(forged) : AuditTrail.hashOf(forged, with));
			this.store.save(forged);
			previous = forged.hash();
		}
	}

}

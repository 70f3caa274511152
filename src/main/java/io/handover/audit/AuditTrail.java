package io.handover.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Queue;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import tools.jackson.core.JacksonException;
import io.handover.common.Actor;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;

/**
 * Appends to and checks the audit chain. Appending is lock-free across instances: the
 * next sequence number is unique in the store, so of two instances appending at once one
 * inserts and the other retries on top of it. An entry with a key is stored once: its key
 * is unique too, and appending it again answers the entry stored first (see
 * {@link AuditOutbox}). Within an instance appends are grouped: entries recorded at the
 * same time go into the store in one insert, chained onto the entry this instance
 * appended last, so the head of the chain is read from the store only at the first append
 * and after another instance appended (measured in bench/RESULTS.md: one insert per entry
 * under one lock made concurrent turns queue for it; retries re-read the head, which the
 * embedded store finds by sorting the trail).
 */
@Service
public class AuditTrail {

	static final String GENESIS = "0".repeat(64);

	private final MongoTemplate mongo;

	private final Clock clock;

	private final ReentrantLock appending = new ReentrantLock();

	/** The last entry this instance appended (guarded by {@link #appending}). */
	private AuditEntry head;

	private static final int MAX_BATCH = 500;

	private final Queue<Appending> waiting = new ConcurrentLinkedQueue<>();

	private final AuditKeys keys;

	private final AuditAnchors anchors;

	/** The head this instance anchored last (guarded by {@link #appending}). */
	private long anchored = -1;

	AuditTrail(MongoTemplate mongo, Clock clock, AuditKeys keys, AuditAnchors anchors) {
		this.mongo = mongo;
		this.clock = clock;
		this.keys = keys;
		this.anchors = anchors;
	}

	/**
	 * Appends one entry.
	 * @param subjectType e.g. {@code ticket}, {@code task}, {@code asset},
	 * {@code profile}
	 * @param subjectId the id or key of the changed thing
	 * @param action a verb such as {@code opened}, {@code completed}, {@code issued}
	 * @param actor who did it, through which channel
	 * @param why the reason given, or null
	 * @param changes changed fields with their values before and after (any JSON-able
	 * value)
	 */
	public AuditEntry record(String subjectType, String subjectId, String action, Actor actor, String why,
			Map<String, ?> changes) {
		return recordOnce(null, subjectType, subjectId, action, actor, why, changes);
	}

	/**
	 * Appends one entry once per {@code key}: recording it again under the same key (a
	 * redelivered activity whose first delivery was recorded before a crash) stores
	 * nothing and answers the entry stored first.
	 * @param key unique per recorded event, e.g. the activity id; null records every time
	 */
	public AuditEntry recordOnce(String key, String subjectType, String subjectId, String action, Actor actor,
			String why, Map<String, ?> changes) {
		return append(
				List.of(AuditDraft.of(key, this.clock.instant(), subjectType, subjectId, action, actor, why, changes)))
			.get(0);
	}

	/**
	 * Appends the drafts, in their order, and answers their entries once every one is
	 * stored. A draft whose key is in the trail already is not appended again: its answer
	 * is the entry stored earlier (so a document's owed entries can be appended again
	 * after a crash without knowing whether they made it).
	 */
	public List<AuditEntry> append(List<AuditDraft> drafts) {
		List<Appending> mine = drafts.stream().map(Appending::new).toList();
		this.waiting.addAll(mine);
		this.appending.lock();
		try {
			while (mine.stream().anyMatch(appending -> !appending.stored.isDone())) {
				appendWaiting();
			}
		}
		finally {
			this.appending.unlock();
		}
		return mine.stream().map(appending -> appending.stored.join()).toList();
	}

	/**
	 * {@link #append} for drafts that may be in the trail already (the outbox's sweep):
	 * those whose key is stored are answered with their stored entry, found in one query
	 * on the unique key, without an append. Appending them would fail on the key and make
	 * this instance read the head of the chain again, which the embedded store finds by
	 * reading the whole trail: per swept document, while an import went on (issue 24).
	 */
	public List<AuditEntry> appendUnlessStored(List<AuditDraft> drafts) {
		List<String> keys = drafts.stream().map(AuditDraft::key).filter(Objects::nonNull).toList();
		Map<String, AuditEntry> stored = new HashMap<>();
		if (!keys.isEmpty()) {
			this.mongo.find(Query.query(Criteria.where("key").in(keys)), AuditEntry.class)
				.forEach(entry -> stored.put(entry.key(), entry));
		}
		List<AuditDraft> missing = drafts.stream()
			.filter(draft -> draft.key() == null || !stored.containsKey(draft.key()))
			.toList();
		List<AuditEntry> appended = missing.isEmpty() ? List.of() : append(missing);
		List<AuditEntry> answers = new ArrayList<>(drafts.size());
		int next = 0;
		for (AuditDraft draft : drafts) {
			AuditEntry entry = (draft.key() != null) ? stored.get(draft.key()) : null;
			answers.add((entry != null) ? entry : appended.get(next++));
		}
		return answers;
	}

	/**
	 * Group commit: whoever holds the lock appends every entry that is waiting, in one
	 * insert, so concurrent turns share a store round trip instead of queueing for one
	 * each. Each caller still returns only once its own entry is stored.
	 */
	private void appendWaiting() {
		List<Appending> batch = new ArrayList<>();
		for (Appending next; batch.size() < MAX_BATCH && (next = this.waiting.poll()) != null;) {
			batch.add(next);
		}
		try {
			while (!batch.isEmpty()) {
				List<AuditEntry> chained = chain(batch);
				try {
					List<AuditEntry> stored = new ArrayList<>(this.mongo.insert(chained, AuditEntry.class));
					this.head = stored.get(stored.size() - 1);
					for (int i = 0; i < batch.size(); i++) {
						batch.get(i).stored.complete(stored.get(i));
					}
					return;
				}
				catch (DuplicateKeyException raced) {
					// another instance took a sequence number, or an entry's key is in
					// the trail already: keep what is stored, chain the rest onto the
					// head as it is in the store now
					this.head = null;
					batch = withoutStored(batch, chained);
				}
			}
		}
		catch (RuntimeException failed) {
			batch.forEach(appending -> appending.stored.completeExceptionally(failed));
			throw failed;
		}
	}

	private List<AuditEntry> chain(List<Appending> batch) {
		AuditEntry last = (this.head != null) ? this.head : last();
		long sequence = (last != null) ? last.sequence() : 0;
		String previous = (last != null) ? last.hash() : GENESIS;
		if (this.head == null) {
			// Entries removed from the store after their head was anchored: never number
			// an entry again that an anchor has seen, so verify reports the gap instead
			// of a chain that looks whole.
			AuditAnchors.Anchor anchor = this.anchors.latest().orElse(null);
			if (anchor != null && anchor.sequence() > sequence) {
				sequence = anchor.sequence();
				previous = anchor.hash();
			}
		}
		String keyId = this.keys.currentId();
		List<AuditEntry> chained = new ArrayList<>(batch.size());
		for (Appending appending : batch) {
			AuditDraft draft = appending.draft;
			AuditEntry entry = new AuditEntry(null, ++sequence, draft.key(), draft.at(), draft.subjectType(),
					draft.subjectId(), draft.action(), draft.actorId(), draft.actorName(), draft.channel(), draft.why(),
					draft.changes(), previous, null, keyId, AuditEntry.FIELD_DIGESTS, List.of());
			entry = entry.withHash(hashOf(entry, this.keys));
			chained.add(entry);
			previous = entry.hash();
		}
		return chained;
	}

	/**
	 * After an insert failed on a unique index: completes the entries it did store (their
	 * hash is in the trail) and those whose key was in the trail already (their answer is
	 * that entry); the rest are appended again. An ordered insert stops at the first
	 * duplicate, so what it stored is a run at the start of the batch, and the chain has
	 * no gap.
	 */
	private List<Appending> withoutStored(List<Appending> batch, List<AuditEntry> chained) {
		Map<String, AuditEntry> byHash = new HashMap<>();
		// the numbers one by one, not a range: the embedded store answers an $in from
		// the unique index, a range by reading the whole trail
		Criteria numbers = Criteria.where("sequence").in(chained.stream().map(AuditEntry::sequence).toList());
		this.mongo.find(Query.query(numbers), AuditEntry.class).forEach(entry -> byHash.put(entry.hash(), entry));
		List<String> keys = batch.stream().map(appending -> appending.draft.key()).filter(Objects::nonNull).toList();
		Map<String, AuditEntry> byKey = new HashMap<>();
		if (!keys.isEmpty()) {
			this.mongo.find(Query.query(Criteria.where("key").in(keys)), AuditEntry.class)
				.forEach(entry -> byKey.put(entry.key(), entry));
		}
		List<Appending> rest = new ArrayList<>();
		for (int i = 0; i < batch.size(); i++) {
			Appending appending = batch.get(i);
			AuditEntry entry = byHash.get(chained.get(i).hash());
			if (entry == null && appending.draft.key() != null) {
				entry = byKey.get(appending.draft.key());
			}
			if (entry != null) {
				appending.stored.complete(entry);
			}
			else {
				rest.add(appending);
			}
		}
		return rest;
	}

	/** An entry waiting to be appended, and its caller's answer. */
	private record Appending(AuditDraft draft, CompletableFuture<AuditEntry> stored) {

		Appending(AuditDraft draft) {
			this(draft, new CompletableFuture<>());
		}

	}

	/** A change of one field from {@code before} to {@code after}. */
	public static Map<String, Object[]> change(String field, Object before, Object after) {
		Map<String, Object[]> map = new LinkedHashMap<>();
		map.put(field, new Object[] { before, after });
		return map;
	}

	/**
	 * The entries about several subjects of one type (e.g. a ticket's tasks), oldest
	 * first, in one query on the subject index.
	 */
	public List<AuditEntry> historyOf(String subjectType, java.util.Collection<String> subjectIds) {
		if (subjectIds.isEmpty()) {
			return List.of();
		}
		Query query = Query.query(Criteria.where("subjectType").is(subjectType).and("subjectId").in(subjectIds))
			.with(Sort.by("sequence"));
		return this.mongo.find(query, AuditEntry.class);
	}

	/** The entries about one subject, oldest first. */
	public List<AuditEntry> historyOf(String subjectType, String subjectId) {
		Query query = Query.query(Criteria.where("subjectType").is(subjectType).and("subjectId").is(subjectId))
			.with(Sort.by("sequence"));
		return this.mongo.find(query, AuditEntry.class);
	}

	/**
	 * Recomputes every authentication and link in order and names the first entry that
	 * does not match; then compares the trail with the newest head anchored outside the
	 * store, so removed newest entries and a truncated trail are found too.
	 */
	public ChainCheck verify() {
		AuditAnchors.Anchor anchor = this.anchors.latest().orElse(null);
		String previous = GENESIS;
		long expected = 1;
		long count = 0;
		boolean keyed = false;
		try (Stream<AuditEntry> entries = this.mongo.stream(new Query().with(Sort.by("sequence")), AuditEntry.class)) {
			for (AuditEntry entry : (Iterable<AuditEntry>) entries::iterator) {
				count++;
				if (entry.sequence() != expected) {
					return ChainCheck.broken(count, entry, "entry " + expected + " is missing");
				}
				if (!previous.equals(entry.previousHash())) {
					return ChainCheck.broken(count, entry, "does not link to the entry before it");
				}
				if (entry.keyId() == null && keyed) {
					return ChainCheck.broken(count, entry, "is not authenticated with an audit key, "
							+ "but entries before it are: it was written without the key");
				}
				if (entry.keyId() != null && !this.keys.holds(entry.keyId())) {
					return ChainCheck.broken(count, entry, "is authenticated with the audit key '" + entry.keyId()
							+ "', which this service does not hold (handover.audit.previous-keys)");
				}
				if (!hashOf(entry, this.keys).equals(entry.hash())) {
					return ChainCheck.broken(count, entry, "content does not match its hash");
				}
				String unsealed = unsealedRedaction(entry, this.keys);
				if (unsealed != null) {
					return ChainCheck.broken(count, entry, "the pseudonym in " + unsealed
							+ " is not the one it was redacted to: it was changed after the redaction");
				}
				if (anchor != null && entry.sequence() == anchor.sequence() && !anchor.hash().equals(entry.hash())) {
					return ChainCheck.broken(count, entry,
							"is not the entry anchored with this number at " + anchor.at() + ": it was replaced");
				}
				keyed |= entry.keyId() != null;
				previous = entry.hash();
				expected++;
			}
		}
		if (anchor != null && anchor.sequence() >= expected) {
			return ChainCheck.missing(count, expected, "the trail ends before entry " + expected + ", but entry "
					+ anchor.sequence() + " was anchored at " + anchor.at() + ": entries were removed");
		}
		return ChainCheck.intact(count);
	}

	/**
	 * Writes the chain's head down outside the store, when it moved since this instance
	 * last did (see {@link AuditAnchors}).
	 */
	public void anchorHead() {
		this.appending.lock();
		try {
			// the entry this instance appended last, when it has: reading the newest
			// entry made the embedded store read the whole trail every 10 minutes
			AuditEntry last = (this.head != null) ? this.head : last();
			if (last != null && last.sequence() != this.anchored) {
				this.anchors.anchor(last.sequence(), last.hash(), this.clock.instant());
				this.anchored = last.sequence();
			}
		}
		finally {
			this.appending.unlock();
		}
	}

	private AuditEntry last() {
		return this.mongo.findOne(new Query().with(Sort.by(Sort.Direction.DESC, "sequence")).limit(1),
				AuditEntry.class);
	}

	/** The entry's authentication with its key, or its plain SHA-256 when it has none. */
	static String hashOf(AuditEntry entry, AuditKeys keys) {
		if (entry.keyId() == null) {
			return hashOf(entry);
		}
		Map<String, Object> content = content(entry);
		content.put("keyId", entry.keyId());
		if (entry.digestsFields()) {
			content.put("format", entry.format());
			content.put("actorId", digestOf(entry, "actorId", entry.actorId(), keys));
			content.put("actorName", digestOf(entry, "actorName", entry.actorName(), keys));
			content.put("why", digestOf(entry, "why", entry.why(), keys));
			Map<String, Object> changes = new TreeMap<>();
			if (entry.changes() != null) {
				entry.changes().forEach((name, change) -> {
					Map<String, String> digests = new TreeMap<>();
					digests.put("before", digestOf(entry, beforeOf(name), change.before(), keys));
					digests.put("after", digestOf(entry, afterOf(name), change.after(), keys));
					changes.put(name, digests);
				});
			}
			content.put("changes", (entry.changes() != null) ? changes : null);
		}
		return keys.mac(entry.keyId(), canonical(content, entry));
	}

	/**
	 * What the authentication covers for one personal value: the digest kept when it was
	 * redacted, else the digest of the value it holds.
	 */
	private static String digestOf(AuditEntry entry, String field, String value, AuditKeys keys) {
		AuditEntry.Redaction redaction = entry.redactionOf(field);
		if (redaction != null) {
			return redaction.digest();
		}
		return (value != null) ? digest(entry.keyId(), value, keys) : null;
	}

	/** Domain-separated from the entry's own authentication, whose input is JSON. */
	private static String digest(String keyId, String value, AuditKeys keys) {
		return keys.mac(keyId, "handover-audit-field\0" + value);
	}

	private static String seal(AuditEntry entry, String field, String digest, String pseudonym, AuditKeys keys) {
		return keys.mac(entry.keyId(),
				"handover-audit-redaction\0" + entry.sequence() + "\0" + field + "\0" + digest + "\0" + pseudonym);
	}

	/** The first redacted field whose pseudonym is not the one sealed, or null. */
	private static String unsealedRedaction(AuditEntry entry, AuditKeys keys) {
		if (!entry.digestsFields()) {
			return entry.redactions().isEmpty() ? null : "an entry that cannot be redacted";
		}
		Map<String, String> values = personalValues(entry);
		for (AuditEntry.Redaction redaction : entry.redactions()) {
			String now = values.get(redaction.field());
			if (now == null
					|| !seal(entry, redaction.field(), redaction.digest(), now, keys).equals(redaction.seal())) {
				return redaction.field();
			}
		}
		return null;
	}

	/** The entry's personal values by field, nulls left out, in a stable order. */
	private static Map<String, String> personalValues(AuditEntry entry) {
		Map<String, String> values = new LinkedHashMap<>();
		if (entry.actorId() != null) {
			values.put("actorId", entry.actorId());
		}
		if (entry.actorName() != null) {
			values.put("actorName", entry.actorName());
		}
		if (entry.why() != null) {
			values.put("why", entry.why());
		}
		if (entry.changes() != null) {
			new TreeMap<>(entry.changes()).forEach((name, change) -> {
				if (change.before() != null) {
					values.put(beforeOf(name), change.before());
				}
				if (change.after() != null) {
					values.put(afterOf(name), change.after());
				}
			});
		}
		return values;
	}

	private static String beforeOf(String change) {
		return "changes." + change + ".before";
	}

	private static String afterOf(String change) {
		return "changes." + change + ".after";
	}

	/**
	 * Replaces personal values in the entries {@code about} a person by pseudonyms,
	 * without breaking the chain: each replaced value's digest (which the entry's
	 * authentication covers) is kept beside its pseudonym, sealed with the entry's key. A
	 * value redacted before is left as it is, so running this again changes nothing.
	 * Entries in the format before field digests, and entries whose key this service no
	 * longer holds, are left as they are and counted (docs/audit.md).
	 * @param about which entries to look at
	 * @param pseudonymise the value a personal value is to have from now on (itself when
	 * it names nobody to pseudonymise)
	 */
	public Redacted redact(Predicate<AuditEntry> about, UnaryOperator<String> pseudonymise) {
		int redacted = 0;
		int left = 0;
		List<AuditEntry> candidates;
		try (Stream<AuditEntry> entries = this.mongo.stream(new Query().with(Sort.by("sequence")), AuditEntry.class)) {
			candidates = entries.filter(about).toList();
		}
		for (AuditEntry entry : candidates) {
			Map<String, String> values = personalValues(entry);
			Map<String, String> replaced = new LinkedHashMap<>();
			values.forEach((field, value) -> {
				String pseudonym = pseudonymise.apply(value);
				if (!pseudonym.equals(value) && entry.redactionOf(field) == null) {
					replaced.put(field, pseudonym);
				}
			});
			if (replaced.isEmpty()) {
				continue;
			}
			if (!entry.digestsFields() || entry.keyId() == null || !this.keys.holds(entry.keyId())) {
				left++;
				continue;
			}
			List<AuditEntry.Redaction> redactions = new ArrayList<>(entry.redactions());
			replaced.forEach((field, pseudonym) -> {
				String digest = digest(entry.keyId(), values.get(field), this.keys);
				redactions
					.add(new AuditEntry.Redaction(field, digest, seal(entry, field, digest, pseudonym, this.keys)));
			});
			Map<String, Change> changes = null;
			if (entry.changes() != null) {
				changes = new TreeMap<>();
				for (Map.Entry<String, Change> change : entry.changes().entrySet()) {
					String name = change.getKey();
					changes.put(name, new Change(replaced.getOrDefault(beforeOf(name), change.getValue().before()),
							replaced.getOrDefault(afterOf(name), change.getValue().after())));
				}
			}
			Update update = new Update().set("actorId", replaced.getOrDefault("actorId", entry.actorId()))
				.set("actorName", replaced.getOrDefault("actorName", entry.actorName()))
				.set("why", replaced.getOrDefault("why", entry.why()))
				.set("changes", changes)
				.set("redactions", redactions);
			this.mongo.updateFirst(Query.query(Criteria.where("_id").is(entry.id()).and("hash").is(entry.hash())),
					update, AuditEntry.class);
			redacted++;
		}
		return new Redacted(redacted, left);
	}

	/**
	 * What a redaction did.
	 *
	 * @param entries entries whose personal values were replaced by pseudonyms
	 * @param left entries that name the person but were left as they are (written before
	 * field digests, or with a key this service no longer holds)
	 */
	public record Redacted(int entries, int left) {

	}

	/** The plain SHA-256 of an entry written before the trail was keyed. */
	static String hashOf(AuditEntry entry) {
		try {
			MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
			byte[] digest = sha256.digest(canonical(content(entry), entry).getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static Map<String, Object> content(AuditEntry entry) {
		Map<String, Object> content = new TreeMap<>();
		content.put("sequence", entry.sequence());
		content.put("at", entry.at().toString());
		content.put("subjectType", entry.subjectType());
		content.put("subjectId", entry.subjectId());
		content.put("action", entry.action());
		content.put("actorId", entry.actorId());
		content.put("actorName", entry.actorName());
		content.put("channel", entry.channel());
		content.put("why", entry.why());
		content.put("changes", entry.changes());
		content.put("previousHash", entry.previousHash());
		if (entry.key() != null) {
			// only then: entries appended before keys existed keep their hashes
			content.put("key", entry.key());
		}
		return content;
	}

	private static String canonical(Map<String, Object> content, AuditEntry entry) {
		try {
			return AuditDraft.CANONICAL.writeValueAsString(content);
		}
		catch (JacksonException ex) {
			throw new IllegalStateException("Cannot hash audit entry " + entry.sequence(), ex);
		}
	}

}

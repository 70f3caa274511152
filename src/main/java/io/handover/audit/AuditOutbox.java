package io.handover.audit;

import io.handover.common.Workers;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.annotation.PreDestroy;
import org.bson.Document;
import org.bson.types.ObjectId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The audit entries changed documents still owe the trail. The store writes one document
 * atomically and has no multi-document transactions, so a change that must not lose its
 * audit entry in a crash writes the entry's {@link AuditDraft} into the changed document,
 * under {@link #FIELD}, in the same write as the change. After the write,
 * {@link #deliver} appends the drafts to the trail and then removes them from the
 * document (off the caller's thread, several documents in one bulk write). What a crash,
 * a failed append or a write from a stale copy of the document left behind, the sweep
 * appends: shortly after start-up and then every {@code handover.audit.sweep-interval}.
 * Appending is idempotent by the draft's key (a unique index on the trail), so a draft
 * appended twice — a crash after the append, two instances sweeping at once — is stored
 * once; that is why the sweep needs no lock across instances.
 */
@Component
public class AuditOutbox {

	/** The field of an owing document that holds its drafts. */
	public static final String FIELD = "auditOwed";

	private static final Logger log = LoggerFactory.getLogger(AuditOutbox.class);

	private static final int SWEEP_BATCH = 200;

	/** Present exactly when a document owes at least one draft. */
	private static final String OWED_KEY = FIELD + ".key";

	private final AuditTrail trail;

	private final MongoTemplate mongo;

	/** Collections whose documents may owe entries, with their version field or null. */
	private final Map<String, String> owingCollections = new ConcurrentHashMap<>();

	private final Set<String> indexed = ConcurrentHashMap.newKeySet();

	private final Queue<Appended> toRemove = new ConcurrentLinkedQueue<>();

	private final AtomicBoolean queued = new AtomicBoolean();

	private final ExecutorService remover = Workers.named("handover-audit-outbox", 1);

	private final Clock clock;

	/**
	 * How old a draft must be before the scheduled sweep takes it: a younger one is
	 * normally being delivered by its writer right now.
	 */
	private final Duration grace;

	AuditOutbox(AuditTrail trail, MongoTemplate mongo, Clock clock,
			@Value("${handover.audit.sweep-grace:1m}") Duration grace) {
		this.trail = trail;
		this.mongo = mongo;
		this.clock = clock;
		this.grace = grace;
	}

	/**
	 * Documents of this collection may owe entries: the sweep looks there.
	 * @param versionField the document's optimistic-locking version, moved on when
	 * appended drafts are removed, so that a change read before the removal is applied
	 * again instead of writing the drafts back; null if the documents have none
	 */
	public void owedIn(String collection, String versionField) {
		this.owingCollections.put(collection, versionField == null ? "" : versionField);
	}

	/**
	 * Appends the drafts a document was just written with, in their order, and returns
	 * once they are stored; then removes them from the document. When the trail cannot be
	 * written now, the change still stands (its entries are safe in the document): the
	 * sweep appends them later.
	 */
	public void deliver(String collection, Object documentId, List<AuditDraft> drafts) {
		deliverAll(collection, Map.of(documentId, drafts));
	}

	/**
	 * {@link #deliver} for many documents at once (a batch of an import): their drafts,
	 * in the map's order, in one append to the trail, then removed from the documents in
	 * one bulk write.
	 */
	public void deliverAll(String collection, Map<?, List<AuditDraft>> draftsByDocumentId) {
		List<AuditDraft> all = new ArrayList<>();
		draftsByDocumentId.values().forEach(all::addAll);
		if (all.isEmpty()) {
			return;
		}
		try {
			this.trail.append(all);
		}
		catch (RuntimeException ex) {
			log.warn("Audit entries of {} {} document(s) not appended yet (the sweep appends them): {}",
					draftsByDocumentId.size(), collection, ex.getMessage());
			return;
		}
		draftsByDocumentId.forEach((documentId, drafts) -> {
			if (!drafts.isEmpty()) {
				this.toRemove.add(new Appended(collection, documentId, drafts.stream().map(AuditDraft::key).toList()));
			}
		});
		if (this.queued.compareAndSet(false, true)) {
			try {
				this.remover.execute(this::removeAppended);
			}
			catch (RejectedExecutionException shuttingDown) {
				// appended; the next start's sweep removes them
			}
		}
	}

	/**
	 * The update, writing also the drafts the changed document owes: use it for the
	 * change, then {@link #deliver} the drafts.
	 */
	public Update owing(Update update, AuditDraft... drafts) {
		return update.push(FIELD).each((Object[]) drafts);
	}

	/**
	 * Inserts a new document (its id set) together with the drafts it owes; then
	 * {@link #deliver} them.
	 * @throws org.springframework.dao.DuplicateKeyException as {@code insert} does
	 */
	public <T> T insertOwing(T entity, AuditDraft... drafts) {
		Document document = new Document();
		this.mongo.getConverter().write(entity, document);
		if (document.get("_id") == null) {
			throw new IllegalArgumentException("Give the " + entity.getClass().getSimpleName()
					+ " its id before inserting it: the audit entry written with it names it");
		}
		List<Object> owed = new ArrayList<>();
		for (AuditDraft draft : drafts) {
			owed.add(this.mongo.getConverter().convertToMongoType(draft));
		}
		document.put(FIELD, owed);
		this.mongo.insert(document, this.mongo.getCollectionName(entity.getClass()));
		return entity;
	}

	/**
	 * {@link #insertOwing} for many new documents of one type, in one ordered insert;
	 * then {@link #deliverAll} their drafts.
	 * @throws org.springframework.dao.DuplicateKeyException as {@code insert} does: the
	 * documents before the duplicate are stored, the rest are not
	 */
	public void insertAllOwing(Class<?> type, List<Owing> owing) {
		if (owing.isEmpty()) {
			return;
		}
		List<Document> documents = new ArrayList<>(owing.size());
		for (Owing next : owing) {
			Document document = new Document();
			this.mongo.getConverter().write(next.entity(), document);
			if (document.get("_id") == null) {
				throw new IllegalArgumentException("Give the " + next.entity().getClass().getSimpleName()
						+ " its id before inserting it: the audit entry written with it names it");
			}
			List<Object> owed = new ArrayList<>();
			for (AuditDraft draft : next.drafts()) {
				owed.add(this.mongo.getConverter().convertToMongoType(draft));
			}
			document.put(FIELD, owed);
			documents.add(document);
		}
		this.mongo.insert(documents, this.mongo.getCollectionName(type));
	}

	/** A new document and the drafts it owes. */
	public record Owing(Object entity, List<AuditDraft> drafts) {
	}

	private void removeAppended() {
		this.queued.set(false);
		Map<String, List<Appended>> byCollection = new LinkedHashMap<>();
		for (Appended next = this.toRemove.poll(); next != null; next = this.toRemove.poll()) {
			byCollection.computeIfAbsent(next.collection(), c -> new ArrayList<>()).add(next);
		}
		byCollection.forEach((collection, appended) -> {
			try {
				remove(collection, appended);
			}
			catch (RuntimeException ex) {
				// appended already; the sweep appends them again (stored once) and
				// removes them
				log.warn("Appended audit drafts of {} {} not removed: {}", appended.size(), collection,
						ex.getMessage());
			}
		});
	}

	private void remove(String collection, List<Appended> appended) {
		String version = this.owingCollections.getOrDefault(collection, "");
		BulkOperations bulk = this.mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, collection);
		for (Appended document : appended) {
			Update update = new Update().pull(FIELD, Query.query(Criteria.where("key").in(document.keys())));
			if (!version.isEmpty()) {
				update.inc(version, 1);
			}
			bulk.updateOne(Query.query(idIs(document.id()).and(FIELD + ".key").in(document.keys())), update);
		}
		bulk.execute();
	}

	/**
	 * Appends and removes every draft any document still owes; answers how many were
	 * owed. Drafts appended before are not appended again.
	 */
	public int sweep() {
		return sweep((Instant) null);
	}

	/**
	 * The scheduled sweep: only documents with a draft older than the grace
	 * ({@code handover.audit.sweep-grace}, 1 minute). Without it the sweep met the drafts
	 * an import was delivering at that moment, appended them again one document at a
	 * time, and, as the import kept writing new ones, went on round after round (issue
	 * 24).
	 */
	@Scheduled(initialDelayString = "${handover.audit.sweep-delay:5s}",
			fixedDelayString = "${handover.audit.sweep-interval:1m}")
	int sweepOwedForAWhile() {
		return sweep(this.clock.instant().minus(this.grace));
	}

	private synchronized int sweep(Instant before) {
		int owed = 0;
		for (String collection : Set.copyOf(this.owingCollections.keySet())) {
			try {
				owed += sweep(collection, before);
			}
			catch (RuntimeException ex) {
				log.warn("Audit drafts owed in {} not appended (next sweep tries again): {}", collection,
						ex.getMessage());
			}
		}
		return owed;
	}

	/**
	 * Per round: the drafts of up to {@value #SWEEP_BATCH} owing documents appended
	 * together (those in the trail already are not appended again), then removed from the
	 * documents in one bulk write.
	 * @param before only documents with a draft from before then; null for all
	 */
	private int sweep(String collection, Instant before) {
		indexOwing(collection);
		int owed = 0;
		int documents = 0;
		for (int round = 0; round < 100; round++) {
			Criteria owingCriteria = Criteria.where(OWED_KEY).exists(true);
			if (before != null) {
				owingCriteria = owingCriteria.and(FIELD + ".at").lt(before);
			}
			Query owing = Query.query(owingCriteria).limit(SWEEP_BATCH);
			owing.fields().include(FIELD);
			List<Document> owingDocuments = this.mongo.find(owing, Document.class, collection);
			List<AuditDraft> drafts = new ArrayList<>();
			List<Appended> appended = new ArrayList<>();
			for (Document document : owingDocuments) {
				List<AuditDraft> owedHere = document.getList(FIELD, Document.class, List.of())
					.stream()
					.map(draft -> this.mongo.getConverter().read(AuditDraft.class, draft))
					.toList();
				drafts.addAll(owedHere);
				appended.add(
						new Appended(collection, document.get("_id"), owedHere.stream().map(AuditDraft::key).toList()));
			}
			if (!drafts.isEmpty()) {
				this.trail.appendUnlessStored(drafts);
				remove(collection, appended);
				owed += drafts.size();
			}
			documents += owingDocuments.size();
			if (owingDocuments.size() < SWEEP_BATCH) {
				break;
			}
		}
		if (owed > 0) {
			log.info("Sweep of {}: {} audit drafts were still held by {} document(s); each is in the trail now, once",
					collection, owed, documents);
		}
		return owed;
	}

	/**
	 * On MongoDB the sweep finds the few documents that owe drafts through a sparse index
	 * of their keys instead of reading the whole collection every minute (an emptied
	 * array has no keys, so it is not indexed). The embedded file store answers it from a
	 * holding index of its own (io.handover.system.HoldingIndex); in memory it reads the
	 * collection.
	 */
	private void indexOwing(String collection) {
		if (!this.indexed.add(collection)) {
			return;
		}
		try {
			this.mongo.indexOps(collection).ensureIndex(new Index().on(OWED_KEY, Sort.Direction.ASC).sparse());
		}
		catch (RuntimeException ex) {
			this.indexed.remove(collection);
			log.warn("The index of audit drafts owed in {} is not there yet (the next sweep tries again): {}",
					collection, ex.getMessage());
		}
	}

	/**
	 * Without the entity's type at hand: an id given as text may be stored as an ObjectId
	 * (Spring Data stores a String id that is a valid ObjectId as one).
	 */
	private static Criteria idIs(Object id) {
		if (id instanceof String text && ObjectId.isValid(text)) {
			return Criteria.where("_id").in(text, new ObjectId(text));
		}
		return Criteria.where("_id").is(id);
	}

	@PreDestroy
	void stop() {
		Workers.stop(this.remover, Duration.ofSeconds(5), "Removing appended audit drafts");
	}

	/** Drafts of one document that are in the trail now. */
	private record Appended(String collection, Object id, List<String> keys) {
	}

}

package io.handover;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.bson.Document;
import org.bson.RawBsonDocument;
import org.bson.codecs.DocumentCodec;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * What the store holds, as a count and a hash of the documents of each collection (in
 * {@code _id} order), so a test can tell that a run of inputs wrote nothing. Left out:
 * what every turn writes by design and no one sees as work — the conversation references
 * the bot keeps to answer, the receipts of inbound messages, the scheduler's locks and
 * daily-round markers. The audit trail counts only entries that record a change: a
 * refusal is audited on purpose.
 */
final class StoreSnapshot {

	static final Set<String> BOOKKEEPING = Set.of("conversations", "inbound_messages", "shedLock", "daily_runs",
			"daily_messages", "posted_cards", "delivery_leases",
			// who card delivery could not reach, found in the background for earlier
			// tests
			"unreachable_employees");

	/**
	 * Fields that change as owed cards are delivered in the background (earlier tests
	 * leave a backlog): a ticket's outbox and the version its delivery bumps; and the
	 * audit drafts a ticket owes until they are in the trail (AuditOutbox); what a ticket
	 * request still owes (its cards, the requester's answer), delivered the same way.
	 */
	static final Map<String, List<String>> DELIVERY_FIELDS = Map.of("tickets",
			List.of("outbox", "version", "auditOwed"), "ticket_requests", List.of("owed"));

	private final Map<String, String> collections;

	private StoreSnapshot(Map<String, String> collections) {
		this.collections = collections;
	}

	static StoreSnapshot of(MongoTemplate mongo) {
		Map<String, String> collections = new TreeMap<>();
		for (String name : mongo.getCollectionNames()) {
			if (BOOKKEEPING.contains(name)) {
				continue;
			}
			MessageDigest sha = sha256();
			long count = 0;
			List<String> deliveryFields = DELIVERY_FIELDS.getOrDefault(name, List.of());
			// each document's BSON bytes as the store sent them, without decoding them:
			// the snapshot reads the whole store, several times per test
			for (RawBsonDocument raw : mongo.getCollection(name)
				.withDocumentClass(RawBsonDocument.class)
				.find()
				.sort(new Document("_id", 1))) {
				// a refusal is audited on purpose; a request found unreachable by the
				// background delivery is audited whenever that delivery gets to it
				if (name.equals("audit") && raw.isString("action")
						&& Set.of("refused", "unreachable").contains(raw.getString("action").getValue())) {
					continue;
				}
				if (deliveryFields.isEmpty()) {
					ByteBuffer bytes = raw.getByteBuffer().asNIO();
					sha.update(bytes);
				}
				else {
					Document document = raw.decode(new DocumentCodec());
					deliveryFields.forEach(document::remove);
					sha.update(document.toJson().getBytes(StandardCharsets.UTF_8));
				}
				count++;
			}
			collections.put(name, count + " documents, sha256 " + HexFormat.of().formatHex(sha.digest(), 0, 8));
		}
		return new StoreSnapshot(collections);
	}

	/**
	 * A snapshot taken once the store has settled: cards owed by earlier tests are
	 * delivered in the background, which writes to their tickets.
	 */
	static StoreSnapshot settled(MongoTemplate mongo) {
		StoreSnapshot last = of(mongo);
		for (int i = 0; i < 30; i++) {
			sleep(300);
			StoreSnapshot now = of(mongo);
			if (now.collections.equals(last.collections)) {
				return now;
			}
			last = now;
		}
		return last;
	}

	/** The collections that differ, with both states; empty when nothing changed. */
	List<String> changesSince(StoreSnapshot before) {
		List<String> changes = new ArrayList<>();
		Set<String> names = new java.util.TreeSet<>(before.collections.keySet());
		names.addAll(this.collections.keySet());
		for (String name : names) {
			String was = before.collections.getOrDefault(name, "absent");
			String is = this.collections.getOrDefault(name, "absent");
			if (!was.equals(is)) {
				changes.add(name + ": " + was + " → " + is);
			}
		}
		return changes;
	}

	int size() {
		return this.collections.size();
	}

	private static MessageDigest sha256() {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
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

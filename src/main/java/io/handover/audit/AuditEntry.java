package io.handover.audit;

import java.time.Instant;
import java.util.Map;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One link of the audit chain. {@code hash} authenticates this entry's content including
 * {@code previousHash} with the audit key named {@code keyId} (HMAC-SHA-256), so changing
 * any entry breaks it and every link after it, and without the key it cannot be mended.
 * Entries written before the trail was keyed have no {@code keyId}: their hash is a plain
 * SHA-256. {@code key}, when the entry has one, is unique in the trail: an entry appended
 * again from the document that owed it (after a crash) is stored once.
 */
@Document("audit")
@CompoundIndex(name = "subject", def = "{'subjectType': 1, 'subjectId': 1, 'sequence': 1}")
public record AuditEntry(@Id String id, @Indexed(unique = true) long sequence,
		@Indexed(unique = true, sparse = true) String key, Instant at, String subjectType, String subjectId,
		String action, String actorId, String actorName, String channel, String why, Map<String, Change> changes,
		String previousHash, String hash, String keyId) {

	AuditEntry withHash(String hash) {
		return new AuditEntry(this.id, this.sequence, this.key, this.at, this.subjectType, this.subjectId, this.action,
				this.actorId, this.actorName, this.channel, this.why, this.changes, this.previousHash, hash,
				this.keyId);
	}

}

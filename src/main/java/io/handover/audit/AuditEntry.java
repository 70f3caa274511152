package io.handover.audit;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
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
 * <p>
 * From {@code format} {@value #FIELD_DIGESTS} on, the authentication covers a keyed
 * digest of each personal value ({@code actorId}, {@code actorName}, {@code why}, each
 * change's before and after) instead of the value, so a value can be pseudonymised later
 * without breaking the chain: the digest of the original is then kept in
 * {@code redactions}, sealed together with the pseudonym (docs/audit.md). Entries without
 * a format hash their values as they are and are never redacted.
 */
@Document("audit")
@CompoundIndex(name = "subject", def = "{'subjectType': 1, 'subjectId': 1, 'sequence': 1}")
public record AuditEntry(@Id String id, @Indexed(unique = true) long sequence,
		@Indexed(unique = true, sparse = true) String key, Instant at, String subjectType, String subjectId,
		String action, String actorId, String actorName, String channel, String why, Map<String, Change> changes,
		String previousHash, String hash, String keyId, Integer format, List<Redaction> redactions) {

	/** The format whose authentication covers digests of the personal values. */
	public static final int FIELD_DIGESTS = 2;

	@PersistenceCreator
	public AuditEntry {
		redactions = (redactions != null) ? List.copyOf(redactions) : List.of();
	}

	/** An entry in the format before field digests (as stored before it existed). */
	public AuditEntry(String id, long sequence, String key, Instant at, String subjectType, String subjectId,
			String action, String actorId, String actorName, String channel, String why, Map<String, Change> changes,
			String previousHash, String hash, String keyId) {
		this(id, sequence, key, at, subjectType, subjectId, action, actorId, actorName, channel, why, changes,
				previousHash, hash, keyId, null, List.of());
	}

	AuditEntry withHash(String hash) {
		return new AuditEntry(this.id, this.sequence, this.key, this.at, this.subjectType, this.subjectId, this.action,
				this.actorId, this.actorName, this.channel, this.why, this.changes, this.previousHash, hash, this.keyId,
				this.format, this.redactions);
	}

	boolean digestsFields() {
		return this.format != null && this.format >= FIELD_DIGESTS;
	}

	/** The redaction of one personal value, or null when it holds its original value. */
	Redaction redactionOf(String field) {
		return this.redactions.stream().filter((redaction) -> redaction.field().equals(field)).findFirst().orElse(null);
	}

	/**
	 * One personal value replaced by a pseudonym.
	 *
	 * @param field {@code actorId}, {@code actorName}, {@code why}, or
	 * {@code changes.<name>.before} / {@code .after}
	 * @param digest the keyed digest of the original value, which the entry's
	 * authentication covers
	 * @param seal binds the pseudonym now in the field to this entry, field and digest
	 * (with the entry's key), so the pseudonym cannot be swapped for another value
	 */
	public record Redaction(String field, String digest, String seal) {

	}

}

package io.handover.audit;

import java.util.List;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;

/**
 * What someone who can write to the store can do to the audit trail without its key, for
 * the security probes ({@code bench/security-probes.sh}): change an entry and compute
 * every hash and link from there again as the unkeyed SHA-256 chain of before issue 24
 * did.
 */
public final class AuditForgery {

	private AuditForgery() {
	}

	/**
	 * Renames the actor of entry {@code from} and chains every entry from there again
	 * with plain SHA-256; answers how many entries were rewritten.
	 */
	public static int rechainFrom(MongoTemplate store, long from, String actorName) {
		List<AuditEntry> entries = store.find(new Query().with(Sort.by("sequence")), AuditEntry.class);
		String previous = AuditTrail.GENESIS;
		int rewritten = 0;
		for (AuditEntry entry : entries) {
			if (entry.sequence() < from) {
				previous = entry.hash();
				continue;
			}
			String name = entry.sequence() == from ? actorName : entry.actorName();
			AuditEntry forged = new AuditEntry(entry.id(), entry.sequence(), entry.key(), entry.at(),
					entry.subjectType(), entry.subjectId(), entry.action(), entry.actorId(), name, entry.channel(),
					entry.why(), entry.changes(), previous, null, null);
			forged = forged.withHash(AuditTrail.hashOf(forged));
			store.save(forged);
			previous = forged.hash();
			rewritten++;
		}
		return rewritten;
	}

}

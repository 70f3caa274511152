package io.handover.audit;

/**
 * The result of checking the audit chain.
 *
 * @param intact whether every entry's hash and link are right
 * @param entries how many entries were checked
 * @param firstBrokenSequence the sequence number of the first entry that does not match,
 * or null when intact
 * @param firstBrokenId that entry's id, or null
 * @param reason what is wrong with it, or null
 */
public record ChainCheck(boolean intact, long entries, Long firstBrokenSequence, String firstBrokenId, String reason) {

	static ChainCheck intact(long entries) {
		return new ChainCheck(true, entries, null, null, null);
	}

	static ChainCheck broken(long entries, AuditEntry entry, String reason) {
		return new ChainCheck(false, entries, entry.sequence(), entry.id(), reason);
	}

	/** An entry the store no longer has (its number was anchored, or is skipped). */
	static ChainCheck missing(long entries, long sequence, String reason) {
		return new ChainCheck(false, entries, sequence, null, reason);
	}

}

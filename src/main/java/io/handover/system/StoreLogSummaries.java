package io.handover.system;

/** What the embedded store's logging held back at start, for the start-up summary. */
public final class StoreLogSummaries {

	private StoreLogSummaries() {
	}

	/** One line, or null when the store warned about nothing (or is not embedded). */
	public static String summary() {
		return StoreLogSummary.summary();
	}

}

package io.handover.system;

import java.time.Duration;

/**
 * How the embedded store keeps its H2 file small (issue 25; docs/embedded-store.md). H2's
 * own housekeeping (the background writer that rewrites sparse chunks) never runs here:
 * the backend commits itself, between commands, so H2's auto-commit is off, and with it
 * the thread that would compact. Every confirmed write is a commit, which writes a new
 * chunk; the chunks it superseded stay in the file while any page in them is live, so
 * without compaction the file grew by the size of the pages each write touched.
 *
 * @param retention how long H2 keeps a chunk that is no longer needed before its space is
 * reused: a killed process loses nothing either way (every commit reaches the operating
 * system before the answer); the time lets the operating system write the newer chunks to
 * disk first, so a power cut finds a consistent file
 * @param fillTarget compact while less than this percentage of the file holds live data
 * @param pause how long one compaction step should take: writes wait while it runs (not
 * reads), so a step rewrites only as many bytes as the store has been rewriting in that
 * time (at a quiet moment, twice that)
 * @param every how often the store checks whether to compact
 * @param atShutdown how long closing may compact the file (0: not at all)
 * @param compress compress pages (LZF): documents are stored as Java-serialised objects,
 * which compress to about a third
 * @param warnSize log a warning when the file passes this many bytes (0: never)
 */
record StoreUpkeep(Duration retention, int fillTarget, Duration pause, Duration every, Duration atShutdown,
		boolean compress, long warnSize) {

	/** What the service runs with unless configured otherwise. */
	static final StoreUpkeep DEFAULT = new StoreUpkeep(Duration.ZERO, 70, Duration.ofMillis(100),
			Duration.ofMillis(500), Duration.ofSeconds(10), true, 512L * 1024 * 1024);

	/** H2's defaults and no compaction: how the store ran before issue 25. */
	static final StoreUpkeep NONE = new StoreUpkeep(Duration.ofSeconds(45), 0, Duration.ZERO, Duration.ZERO,
			Duration.ZERO, false, 0);

	boolean compacts() {
		return this.fillTarget > 0 && this.pause.toMillis() > 0 && this.every.toMillis() > 0;
	}

}

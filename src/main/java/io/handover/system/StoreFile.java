package io.handover.system;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

import org.h2.mvstore.FileStore;
import org.h2.mvstore.MVStore;
import org.h2.mvstore.RandomAccessStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded store's H2 file: how full it is, compaction a bounded step at a time, and
 * the warning when it grows past the configured size. The caller holds the store's
 * command lock for every step (a step commits).
 */
final class StoreFile {

	private static final Logger log = LoggerFactory.getLogger(StoreFile.class);

	/**
	 * How much a quiet moment may move. H2 reads each chunk it moves into a buffer of the
	 * chunk's size on the heap, so the amount is kept small next to a 192–208 MiB heap.
	 */
	static final int MOVE_BYTES = 2 * 1024 * 1024;

	/**
	 * How much one step at shutdown rewrites and moves: a quarter of the free heap, at
	 * least this and at most {@link #SHUTDOWN_MAX_STEP_BYTES}. A step writes what it
	 * rewrites as one chunk, built in a buffer on the heap: with 16 MB steps on a full
	 * heap closing failed after the HR benchmark ({@code OutOfMemoryError: Capacity:
	 * 15925248}); with 2 MB steps throughout, a sparse 54 MB file grew instead of
	 * shrinking (each step's new chunk went to the end, and 2 MB of moves could not free
	 * it), where 16 MB steps closed it to 5.6 MB.
	 */
	static final int SHUTDOWN_STEP_BYTES = 2 * 1024 * 1024;

	/** The largest step at shutdown (see {@link #SHUTDOWN_STEP_BYTES}). */
	static final int SHUTDOWN_MAX_STEP_BYTES = 16 * 1024 * 1024;

	/**
	 * Compaction at shutdown starts, and takes each further step, only while at least
	 * this much heap is free; otherwise the file is left as it is (the service compacts
	 * it while it runs).
	 */
	static final long SHUTDOWN_MIN_FREE_HEAP = 8 * 1024 * 1024;

	/**
	 * How much a quiet moment may rewrite at least: H2 rewrites whole chunks, and only
	 * ones whose live pages fit in the amount given.
	 */
	static final int QUIET_REWRITE_BYTES = 1024 * 1024;

	private final MVStore store;

	private final StoreUpkeep upkeep;

	private final LongSupplier freeHeap;

	private final AtomicLong steps = new AtomicLong();

	private final AtomicLong longestStepNanos = new AtomicLong();

	private final AtomicLong slowSteps = new AtomicLong();

	private volatile long lastVersionSeen = -1;

	private boolean warned;

	/** Versions held until two syncs later (see {@link #syncAndAdvanceFence()}). */
	private final Deque<MVStore.TxCounter> fence = new ArrayDeque<>();

	private long lastSyncedVersion = -1;

	private boolean closing;

	/**
	 * How many bytes of live pages a step may rewrite, adjusted after each step so that a
	 * step takes about {@link StoreUpkeep#pause()}.
	 */
	private volatile long stepBytes = 64 * 1024;

	StoreFile(MVStore store, StoreUpkeep upkeep) {
		this(store, upkeep, StoreFile::freeHeap);
	}

	/**
	 * @param freeHeap how many bytes of heap are free (tests give less)
	 */
	StoreFile(MVStore store, StoreUpkeep upkeep, LongSupplier freeHeap) {
		this.store = store;
		this.upkeep = upkeep;
		this.freeHeap = freeHeap;
	}

	/**
	 * The heap not in use; garbage counts as in use, so when that leaves less than
	 * {@link #SHUTDOWN_MIN_FREE_HEAP}, once more after a full collection (only at
	 * shutdown).
	 */
	static long freeHeap() {
		long free = unusedHeap();
		if (free < SHUTDOWN_MIN_FREE_HEAP) {
			System.gc();
			free = unusedHeap();
		}
		return free;
	}

	private static long unusedHeap() {
		Runtime runtime = Runtime.getRuntime();
		return runtime.maxMemory() - (runtime.totalMemory() - runtime.freeMemory());
	}

	/**
	 * @param size the file's size in bytes
	 * @param live bytes of it that hold live pages (H2's own accounting: the share of the
	 * file in chunks times the live share of the chunks)
	 * @param fillRate live data in percent of the file
	 * @param compactions compaction steps since the store opened
	 * @param longestCompactionMillis the longest step, the longest any write waited for
	 * compaction
	 * @param slowCompactions steps that took over half a second
	 */
	record Stats(long size, long live, int fillRate, long compactions, long longestCompactionMillis,
			long slowCompactions) {
	}

	Stats stats() {
		FileStore<?> file = this.store.getFileStore();
		if (this.store.isClosed() || file == null) {
			return new Stats(0, 0, 100, this.steps.get(), longestMillis(), this.slowSteps.get());
		}
		long size = file.size();
		int fill = fileFill() * file.getChunksFillRate() / 100;
		return new Stats(size, size * fill / 100, fill, this.steps.get(), longestMillis(), this.slowSteps.get());
	}

	private long longestMillis() {
		return TimeUnit.NANOSECONDS.toMillis(this.longestStepNanos.get());
	}

	/** Share of the file's blocks that chunks occupy (the rest are gaps), in percent. */
	private int fileFill() {
		return this.store.getFileStore() instanceof RandomAccessStore ? this.store.getFillRate() : 100;
	}

	/**
	 * Forces what was committed to disk and lets H2 reuse the chunks made obsolete before
	 * the previous sync. A commit reaches the operating system, not the disk; H2 reuses
	 * the space of an obsolete chunk once no version that needs it is in use, and its own
	 * guard against reusing it before its successors reach the disk is a retention time
	 * (45 s by default) — with a commit per write that kept every chunk of the last 45 s,
	 * hundreds of MB under an import. Instead, the version current at each sync is held
	 * until two syncs later: a chunk is reused only after the chunks that replaced it
	 * were forced to disk, so a power cut still finds a consistent file.
	 */
	synchronized void syncAndAdvanceFence() {
		if (this.closing || this.store.isClosed()) {
			return;
		}
		long version = this.store.getCurrentVersion();
		if (version == this.lastSyncedVersion && this.fence.size() >= 2 && this.fence.peekFirst().version == version) {
			return;
		}
		this.fence.addLast(this.store.registerVersionUsage());
		this.store.sync();
		this.lastSyncedVersion = version;
		while (this.fence.size() > 2) {
			this.store.deregisterVersionUsage(this.fence.removeFirst());
		}
	}

	/**
	 * Forces everything to disk and lets go of the fence: for closing, when no command is
	 * left.
	 */
	synchronized void syncAndReleaseFence() {
		this.closing = true;
		if (!this.store.isClosed()) {
			this.store.commit();
			this.store.sync();
		}
		while (!this.fence.isEmpty()) {
			this.store.deregisterVersionUsage(this.fence.removeFirst());
		}
	}

	/** Whether chunks are sparse or the file has gaps, below the fill target. */
	boolean sparse() {
		FileStore<?> file = this.store.getFileStore();
		return !this.store.isClosed() && file != null
				&& (file.getChunksFillRate() < this.upkeep.fillTarget() || fileFill() < this.upkeep.fillTarget());
	}

	/**
	 * Whether the file is more than three times its live data (issue 25's bound): then
	 * the store takes a compaction step every {@link #CATCH_UP} instead of every
	 * {@link StoreUpkeep#every()}.
	 */
	boolean behind() {
		Stats stats = stats();
		return stats.size() > 0 && stats.size() > 3 * stats.live();
	}

	/** How often a store {@link #behind()} takes a step. */
	static final java.time.Duration CATCH_UP = java.time.Duration.ofMillis(200);

	/**
	 * True when nothing was committed since the last time this was asked or the last
	 * compaction step.
	 */
	boolean quietSinceLastLook() {
		long version = this.store.getCurrentVersion();
		boolean quiet = version == this.lastVersionSeen;
		this.lastVersionSeen = version;
		return quiet;
	}

	/**
	 * How many bytes a step may rewrite to take about {@code pause}: halved after a step
	 * that took longer, a quarter more after one that took less than half; at most 512
	 * kB. Documents are Java-serialised in the file, so a step reads and writes them
	 * again, and its speed depends on the machine and on how busy it is.
	 */
	long bytesFor(java.time.Duration pause) {
		return this.stepBytes * Math.max(1, pause.toMillis() / this.upkeep.pause().toMillis());
	}

	private void learn(long millis) {
		long pause = this.upkeep.pause().toMillis();
		if (millis > pause) {
			this.stepBytes = Math.max(16 * 1024, this.stepBytes / 2);
		}
		else if (millis < pause / 2) {
			this.stepBytes = Math.min(512 * 1024, this.stepBytes * 5 / 4);
		}
	}

	/**
	 * One step: the live pages of the sparsest chunks (up to {@code bytes}) are written
	 * anew, so those chunks die and their space is reused (new chunks fill the gaps);
	 * when {@code moveChunks}, chunks near the end of the file also move into gaps and
	 * the file is cut after the last one — that forces the file to disk several times, so
	 * it waits for a quiet moment or shutdown. Holds the caller's command lock.
	 */
	void compactStep(long bytes, boolean moveChunks) {
		if (this.store.isClosed()) {
			return;
		}
		long began = System.nanoTime();
		int target = this.upkeep.fillTarget();
		int write = (int) Math.min(Integer.MAX_VALUE, bytes);
		this.store.commit();
		// obsolete chunks are otherwise let go only by the next commit, which a quiet
		// store does not make
		this.store.executeFilestoreOperation(this.store.getFileStore()::dropUnusedChunks);
		if (this.store.getFileStore().getChunksFillRate() < target) {
			this.store.compact(target, write);
			this.store.commit();
		}
		long rewritten = System.nanoTime();
		if (write <= this.stepBytes) {
			learn(TimeUnit.NANOSECONDS.toMillis(rewritten - began));
		}
		if (moveChunks && this.store.getFileStore() instanceof RandomAccessStore file && fileFill() < target) {
			// H2 moves whole chunks, and only ones that fit in the amount given; chunks
			// are copied as they are, which is cheap next to rewriting their pages, but
			// through a buffer on the heap: MOVE_BYTES at a quiet moment (a step rewrites
			// at most 1 MB there), as much as the step rewrites at shutdown
			file.compactMoveChunks(target, Math.max(MOVE_BYTES, Math.min(write, SHUTDOWN_MAX_STEP_BYTES)), this.store);
		}
		this.lastVersionSeen = this.store.getCurrentVersion();
		long took = System.nanoTime() - began;
		this.steps.incrementAndGet();
		this.longestStepNanos.accumulateAndGet(took, Math::max);
		if (took > TimeUnit.MILLISECONDS.toNanos(500)) {
			this.slowSteps.incrementAndGet();
		}
		if (log.isDebugEnabled()) {
			log.debug("Compaction step of the embedded store: {} ms rewriting, {} ms moving; {}",
					TimeUnit.NANOSECONDS.toMillis(rewritten - began),
					TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - rewritten), stats());
		}
	}

	/**
	 * At shutdown no reader is left, so old chunks can go at once; compacts in steps of a
	 * quarter of the free heap (2–16 MB, {@link #SHUTDOWN_STEP_BYTES}) until the file is
	 * no longer sparse, four steps in a row make it neither smaller nor fuller, the time
	 * is up, or less than {@link #SHUTDOWN_MIN_FREE_HEAP} of heap is free (then with a
	 * WARN: the file stays as it is, nothing is lost).
	 */
	void compactAtShutdown() {
		long allowed = this.upkeep.atShutdown().toNanos();
		if (allowed <= 0 || this.store.isClosed() || this.upkeep.fillTarget() <= 0) {
			syncAndReleaseFence();
			return;
		}
		long began = System.nanoTime();
		Stats before = stats();
		this.store.setRetentionTime(0);
		syncAndReleaseFence();
		Stats last = before;
		int steps = 0;
		int fruitless = 0;
		while (sparse() && System.nanoTime() - began < allowed) {
			long free = this.freeHeap.getAsLong();
			if (free < SHUTDOWN_MIN_FREE_HEAP) {
				log.warn(
						"Embedded store: compaction at shutdown {}, only {} of heap free (it needs {});"
								+ " the file closes as it is ({}, {} % live) and is compacted while the service runs",
						steps == 0 ? "skipped" : "stopped after " + steps + (steps == 1 ? " step" : " steps"),
						megabytes(free), megabytes(SHUTDOWN_MIN_FREE_HEAP), megabytes(last.size()), last.fillRate());
				break;
			}
			compactStep(Math.max(SHUTDOWN_STEP_BYTES, Math.min(SHUTDOWN_MAX_STEP_BYTES, free / 4)), true);
			steps++;
			Stats now = stats();
			// a step of a few MB often moves neither the size nor the fill (whole
			// percent)
			// of a large file, so only four steps in a row without progress end it (fixed
			// 2 MB steps stopped after 2 of them at 1.7x live in the soak)
			fruitless = (now.size() < last.size() || now.fillRate() > last.fillRate()) ? 0 : fruitless + 1;
			last = now;
			if (fruitless >= 4) {
				break;
			}
		}
		if (steps == 0) {
			return;
		}
		log.info("Embedded store compacted at shutdown in {} steps, {} ms: {} → {} bytes, fill {} % → {} %", steps,
				TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - began), before.size(), last.size(), before.fillRate(),
				last.fillRate());
	}

	/**
	 * Logs a warning each time the file grows past the configured size (once until it
	 * drops below it again).
	 */
	synchronized void warnIfLarge() {
		long limit = this.upkeep.warnSize();
		if (limit <= 0) {
			return;
		}
		Stats stats = stats();
		if (stats.size() > limit && !this.warned) {
			this.warned = true;
			log.warn(
					"The embedded store's file is {}, past handover.store.warn-size ({}); {} % of it is live data."
							+ " Move to MongoDB (MONGODB_URI) or give the file more disk: docs/embedded-store.md",
					megabytes(stats.size()), megabytes(limit), stats.fillRate());
		}
		else if (stats.size() <= limit) {
			this.warned = false;
		}
	}

	private static String megabytes(long bytes) {
		return String.format(java.util.Locale.ROOT, "%.1f MB", bytes / 1024.0 / 1024.0);
	}

}

package io.handover.system;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.LongSupplier;

import org.h2.mvstore.FileStore;
import org.h2.mvstore.MVStore;
import org.h2.mvstore.RandomAccessStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded store's H2 file: how full it is, compaction a bounded step at a time, and
 * the warning when it grows past the configured size. A step takes the store's command
 * lock itself, for the parts of it that commit (see {@link #compactStep}).
 */
final class StoreFile {

	private static final Logger log = LoggerFactory.getLogger(StoreFile.class);

	/**
	 * The most a move at a quiet moment may copy. H2 reads each chunk it moves into a
	 * buffer of the chunk's size on the heap, so the amount is kept small next to a
	 * 192–208 MiB heap; within it the amount is learnt from the last move's time.
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

	private final MVStore store;

	private final StoreUpkeep upkeep;

	private final ReentrantReadWriteLock commands;

	private final LongSupplier freeHeap;

	private final AtomicLong steps = new AtomicLong();

	private final AtomicLong longestStepNanos = new AtomicLong();

	private final AtomicLong slowSteps = new AtomicLong();

	private volatile long lastVersionSeen = -1;

	private boolean warned;

	/** Versions held until two syncs later (see {@link #syncAndAdvanceFence()}). */
	private final Deque<MVStore.TxCounter> fence = new ArrayDeque<>();

	private long lastSyncedVersion = -1;

	private volatile boolean closing;

	/**
	 * How many bytes of live pages a step may rewrite, adjusted after each step so that a
	 * step takes about {@link StoreUpkeep#pause()}.
	 */
	private volatile long stepBytes = 64 * 1024;

	/**
	 * @param commands the store's command lock: commands hold its read side, a commit its
	 * write side
	 * @param freeHeap how many bytes of heap are free (tests give less)
	 */
	StoreFile(MVStore store, StoreUpkeep upkeep, ReentrantReadWriteLock commands, LongSupplier freeHeap) {
		this.store = store;
		this.upkeep = upkeep;
		this.commands = commands;
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
			long slowCompactions, long roomWaits, long longestRoomWaitMillis) {
	}

	Stats stats() {
		FileStore<?> file = this.store.getFileStore();
		if (this.store.isClosed() || file == null) {
			return new Stats(0, 0, 100, this.steps.get(), longestMillis(), this.slowSteps.get(), this.roomWaits.get(),
					TimeUnit.NANOSECONDS.toMillis(this.longestRoomWaitNanos.get()));
		}
		long size = file.size();
		int fill = fileFill() * file.getChunksFillRate() / 100;
		return new Stats(size, size * fill / 100, fill, this.steps.get(), longestMillis(), this.slowSteps.get(),
				this.roomWaits.get(), TimeUnit.NANOSECONDS.toMillis(this.longestRoomWaitNanos.get()));
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
	 * it. A commit reaches the operating system, not the disk; H2 reuses the space of an
	 * obsolete chunk once no version that needs it is in use, and its own guard against
	 * reusing it before its successors reach the disk is a retention time (45 s by
	 * default) — with a commit per write that kept every chunk of the last 45 s, hundreds
	 * of MB under an import. Instead, a version is registered just before each sync and
	 * held until a later sync is done. Holding version V keeps every chunk V still reads;
	 * H2 may reuse a chunk whose pages were all replaced by commits up to the one that
	 * made V. If no commit ran while V was registered (the registration took the command
	 * lock, under which every commit runs, without waiting for it), those commits had
	 * reached the operating system, and this sync forced them to disk: V is let go at the
	 * next sync, and a power cut still finds a consistent file. If a command ran (H2
	 * switches to V in the middle of writing it), V is held for one more sync, as every
	 * version was until session 14 of issue 25: that kept a second period's chunks (at
	 * 400 writes a second and 10–30 kB a chunk, the file was over 3× its live data for
	 * the first 20,000 writes of the soak).
	 */
	synchronized void syncAndAdvanceFence() {
		if (this.closing || this.store.isClosed()) {
			return;
		}
		long version = this.store.getCurrentVersion();
		if (version == this.lastSyncedVersion && !this.fence.isEmpty() && this.fence.peekLast().version == version
				&& this.fenceSure) {
			return;
		}
		MVStore.TxCounter held;
		boolean sure = this.commands.writeLock().tryLock();
		if (sure) {
			try {
				held = this.store.registerVersionUsage();
			}
			finally {
				this.commands.writeLock().unlock();
			}
		}
		else {
			held = this.store.registerVersionUsage();
		}
		long began = System.nanoTime();
		this.store.sync();
		this.lastSyncNanos = System.nanoTime() - began;
		this.fence.addLast(held);
		this.lastSyncedVersion = version;
		this.fenceSure = sure;
		while (this.fence.size() > (sure ? 1 : 2)) {
			this.store.deregisterVersionUsage(this.fence.removeFirst());
		}
	}

	/** Whether the newest version held was registered while no commit ran. */
	private boolean fenceSure;

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

	/**
	 * Back-pressure (issue 25): the chunks in the file — live ones, sparse ones and dead
	 * ones the fence does not yet let go — may take at most this many times the live data
	 * they hold, plus {@link #ROOM_FLOOR}. Past it, a write waits (at most
	 * {@link #ROOM_WAIT}) for a fence round to free the dead chunks. H2 puts a new chunk
	 * into the first gap it fits (the file grows only when none does, and shrinks when
	 * its end is freed), so the file stays about this bound and does not follow the write
	 * rate: a faster writer only reaches the bound sooner and makes the fence sync more
	 * often.
	 */
	static final double ROOM_RATIO = 1.25;

	/** What the chunks may take beyond {@link #ROOM_RATIO} times the live data. */
	static final long ROOM_FLOOR = 128 * 1024;

	/**
	 * The file (chunks and the gaps between them) may be at most this many times the live
	 * data, plus {@link #ROOM_FLOOR}: past it a write waits for a fence round as for
	 * {@link #ROOM_RATIO}; the dead chunks the round lets go leave gaps that new chunks
	 * fill, and when the last chunk of the file is among them, H2 cuts the file. A chunk
	 * that fits no gap goes at the end of the file, so with only the dead chunks bounded
	 * (session 16: 1.5x + 256 kB) the file still passed 3x on a quiet machine
	 * (3.36-3.55x). Moving end chunks into gaps while writes wait was tried (session 17)
	 * and dropped: H2's move failed its own assertion ({@code FreeSpaceBitSet.allocate}
	 * in {@code moveChunkInside}) with tests' {@code -ea}, and H2 then closed the store.
	 */
	static final double FILE_RATIO = 2.2;

	/**
	 * The longest a write waits for room; then it goes on (a fence that cannot free
	 * anything, such as while a long read holds an old version, must not hold writes up):
	 * a turn never waits longer than this for the file's upkeep.
	 */
	static final java.time.Duration ROOM_WAIT = java.time.Duration.ofMillis(200);

	/**
	 * Guards {@link #fenceWanted} and {@link #fenceRounds}; writers waiting for room wait
	 * on it.
	 */
	private final Object room = new Object();

	private boolean fenceWanted;

	private long fenceRounds;

	private final AtomicLong roomWaits = new AtomicLong();

	private final AtomicLong moves = new AtomicLong();

	private final AtomicLong longestRoomWaitNanos = new AtomicLong();

	/**
	 * The blocks in use by chunks and the live bytes in them, in H2's own accounting (the
	 * file's fill and the chunks' fill); null when the back-pressure does not apply: the
	 * store closing or closed, no compaction, or a retention time (then no fence round
	 * frees a chunk before it is up).
	 */
	private long[] room() {
		FileStore<?> file = this.store.getFileStore();
		if (this.closing || this.store.isClosed() || file == null || !this.upkeep.compacts()
				|| !this.upkeep.retention().isZero()) {
			return null;
		}
		long size = file.size();
		long allocated = size * fileFill() / 100;
		return new long[] { allocated, allocated * file.getChunksFillRate() / 100, size };
	}

	/** Whether the chunks (room[0]) or the file (room[2]) are over their bound. */
	private static boolean over(long[] room) {
		return room[0] > (long) (ROOM_RATIO * room[1]) + ROOM_FLOOR || gapsOver(room);
	}

	/** Whether the file is over {@link #FILE_RATIO} its live data. */
	private static boolean gapsOver(long[] room) {
		return room[2] > (long) (FILE_RATIO * room[1]) + ROOM_FLOOR;
	}

	/**
	 * Whether a write should wait for a fence round: the chunks take more than
	 * {@link #ROOM_RATIO} times their live data plus {@link #ROOM_FLOOR}, and the last
	 * round freed something or the chunks grew by half the floor since one that did not.
	 * The excess a round cannot free (chunks kept by a page or two, which compaction
	 * rewrites) thus makes a write wait for one round, not every write for
	 * {@link #ROOM_WAIT}.
	 */
	private boolean crowded() {
		long[] room = room();
		if (room == null || !over(room)) {
			return false;
		}
		synchronized (this.room) {
			return this.fruitlessAt < 0 || room[0] + room[2] > this.fruitlessAt + ROOM_FLOOR / 2;
		}
	}

	/**
	 * The blocks in use plus the file's size after the last fence round that freed none
	 * and shortened nothing; -1: it did.
	 */
	private long fruitlessAt = -1;

	/** For diagnostics: the file, the blocks in chunks, the live bytes in them. */
	String describeRoom() {
		long[] room = room();
		return room == null ? "-" : this.store.getFileStore().size() / 1024 + "k/" + room[0] / 1024 + "k/"
				+ room[1] / 1024 + "k m" + this.moves.get() + " s" + this.steps.get();
	}

	/**
	 * Called by a write before it starts (holding no lock of the store): while the file
	 * is {@link #crowded()}, asks for a fence round and waits for it, at most
	 * {@link #ROOM_WAIT} in all.
	 */
	void awaitRoom() {
		if (!crowded()) {
			return;
		}
		long began = System.nanoTime();
		long deadline = began + ROOM_WAIT.toNanos();
		this.roomWaits.incrementAndGet();
		synchronized (this.room) {
			try {
				while (crowded()) {
					long left = deadline - System.nanoTime();
					if (left <= 0) {
						break;
					}
					this.fenceWanted = true;
					this.room.notifyAll();
					TimeUnit.NANOSECONDS.timedWait(this.room, left);
				}
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}
		long waited = System.nanoTime() - began;
		this.longestRoomWaitNanos.accumulateAndGet(waited, Math::max);
	}

	/**
	 * The fence's rounds on demand (a thread of its own, until the store closes): when a
	 * write waits for room, syncs and advances the fence ({@link #syncAndAdvanceFence()})
	 * and lets go of the chunks that frees at once, then wakes the waiting writes. The
	 * upkeep's own round every {@link StoreUpkeep#every()} goes on as before.
	 */
	void fenceOnDemand() {
		while (!this.closing && !this.store.isClosed()) {
			try {
				synchronized (this.room) {
					while (!this.fenceWanted) {
						this.room.wait(100);
						if (this.closing || this.store.isClosed()) {
							return;
						}
					}
					this.fenceWanted = false;
				}
				long[] before = room();
				syncAndAdvanceFence();
				long[] after;
				this.fileWork.lock();
				try {
					letGoOfFreedChunks();
					after = room();
				}
				finally {
					this.fileWork.unlock();
				}
				synchronized (this.room) {
					this.fruitlessAt = (before != null && after != null && after[0] >= before[0]
							&& after[2] >= before[2]) ? after[0] + after[2] : -1;
				}
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return;
			}
			catch (RuntimeException ex) {
				if (!this.closing && !this.store.isClosed()) {
					log.warn("The embedded store's fence round failed", ex);
				}
			}
			finally {
				synchronized (this.room) {
					this.fenceRounds++;
					this.room.notifyAll();
				}
			}
		}
	}

	/**
	 * Lets H2 reuse at once the dead chunks no held version needs any more (otherwise the
	 * next commit does it). Under the command lock's read side: closing holds the write
	 * side, and commands change maps concurrently with this as they do with a commit.
	 * Registering and releasing a version under H2's store lock makes H2 work out the
	 * oldest version to keep now (releasing the fence's version may not have, when a
	 * commit held that lock).
	 */
	private void letGoOfFreedChunks() {
		this.commands.readLock().lock();
		try {
			if (this.closing || this.store.isClosed()) {
				return;
			}
			this.store.executeFilestoreOperation(() -> {
				this.store.deregisterVersionUsage(this.store.registerVersionUsage());
				this.store.getFileStore().dropUnusedChunks();
			});
		}
		finally {
			this.commands.readLock().unlock();
		}
	}

	/** Whether chunks are sparse or the file has gaps, below the fill target. */
	boolean sparse() {
		FileStore<?> file = this.store.getFileStore();
		return !this.store.isClosed() && file != null
				&& (file.getChunksFillRate() < this.upkeep.fillTarget() || fileFill() < this.upkeep.fillTarget());
	}

	/**
	 * Whether the file is more than three times its live data (issue 25's bound), or its
	 * chunks more than the back-pressure's bound ({@link #ROOM_RATIO}): then the store
	 * takes a compaction step every {@link #CATCH_UP} instead of every
	 * {@link StoreUpkeep#every()}.
	 */
	boolean behind() {
		Stats stats = stats();
		long[] room = room();
		return stats.size() > 0 && stats.size() > 3 * stats.live() || room != null && over(room);
	}

	/** How often a store {@link #behind()} takes a step. */
	static final java.time.Duration CATCH_UP = java.time.Duration.ofMillis(200);

	/**
	 * True when nothing was committed since the last time this was asked or the last
	 * compaction step, and no write began to wait for room meanwhile: writes held up by
	 * the back-pressure are not a quiet moment (a move then, which first copies chunks to
	 * the end of the file, made it longer while the writes went on).
	 */
	boolean quietSinceLastLook() {
		long version = this.store.getCurrentVersion();
		long waits = this.roomWaits.get();
		boolean quiet = version == this.lastVersionSeen && waits == this.lastRoomWaitsSeen;
		this.lastVersionSeen = version;
		this.lastRoomWaitsSeen = waits;
		return quiet;
	}

	private volatile long lastRoomWaitsSeen;

	/**
	 * How many bytes a step may rewrite to take about {@code pause}: halved after a step
	 * that took longer, a quarter more after one that took less than half; at most 512
	 * kB. Documents are Java-serialised in the file, so a step reads and writes them
	 * again, and its speed depends on the machine and on how busy it is.
	 */
	long bytesFor(java.time.Duration pause) {
		return this.stepBytes * Math.max(1, pause.toMillis() / this.upkeep.pause().toMillis());
	}

	/**
	 * How many bytes a step may rewrite while writes come in: as {@link #bytesFor}, but
	 * at most an eighth of the live data (at least 32 kB). A step writes what it rewrites
	 * as one chunk, which goes into the first gap it fits, else at the end of the file;
	 * there, while live, it keeps the file long however little else is in use.
	 */
	long bytesWhileWriting() {
		FileStore<?> file = this.store.getFileStore();
		long bytes = bytesFor(this.upkeep.pause());
		if (this.store.isClosed() || file == null) {
			return bytes;
		}
		long live = file.size() * fileFill() / 100 * file.getChunksFillRate() / 100;
		return Math.min(bytes, Math.max(32 * 1024, live / 8));
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
	 * How many bytes of chunks the next move may copy, learnt as {@link #stepBytes} is:
	 * halved after a move that took longer than {@link StoreUpkeep#pause()}, a quarter
	 * more after one that took less than half of it; between {@link #MIN_MOVE_BYTES} and
	 * {@link #MOVE_BYTES}.
	 */
	private volatile long moveBytes = 256 * 1024;

	/** The least a move copies (about ten chunks of a single write each). */
	static final int MIN_MOVE_BYTES = 128 * 1024;

	private void learnMove(long millis) {
		long pause = this.upkeep.pause().toMillis();
		if (millis > pause) {
			this.moveBytes = Math.max(MIN_MOVE_BYTES, this.moveBytes / 2);
		}
		else if (millis < pause / 2) {
			this.moveBytes = Math.min(MOVE_BYTES, this.moveBytes * 5 / 4);
		}
	}

	/** How long the last sync of the fence took (it runs off the write path). */
	private volatile long lastSyncNanos;

	/** When the running part of a compaction step began (0: none runs). */
	private volatile long partBegan;

	/** When the last part of a compaction step ended. */
	private volatile long lastPartEnded = Long.MIN_VALUE;

	/**
	 * Whether a part of a compaction step that writes wait for ran at any moment between
	 * the two {@link System#nanoTime()}s: for the soak, which counts the latencies of the
	 * writes that overlapped compaction.
	 */
	boolean compactingBetween(long from, long to) {
		long began = this.partBegan;
		return (began != 0 && began <= to) || this.lastPartEnded >= from;
	}

	/**
	 * Runs one part of a step that writes wait for, and counts how long it took: the
	 * longest part is the longest any write waited for compaction.
	 */
	private long part(String name, Runnable part) {
		long began = System.nanoTime();
		this.partBegan = began;
		try {
			part.run();
		}
		finally {
			long ended = System.nanoTime();
			this.lastPartEnded = ended;
			this.partBegan = 0;
			long took = ended - began;
			if (!this.closing) {
				this.longestStepNanos.accumulateAndGet(took, Math::max);
				if (took > TimeUnit.MILLISECONDS.toNanos(500)) {
					this.slowSteps.incrementAndGet();
					log.warn("A compaction part of the embedded store ({}) took {} ms; writes waited for it", name,
							TimeUnit.NANOSECONDS.toMillis(took));
				}
			}
		}
		return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - began);
	}

	/** A part under the command lock's write side: no command runs meanwhile. */
	private long exclusively(String name, Runnable part) {
		this.commands.writeLock().lock();
		try {
			return part(name, part);
		}
		finally {
			this.commands.writeLock().unlock();
		}
	}

	/**
	 * One step, in parts that writes wait for one at a time, each sized to take about
	 * {@link StoreUpkeep#pause()}: (1) what is pending is committed and chunks nobody
	 * needs are let go; (2) the live pages of the sparsest chunks (up to {@code bytes})
	 * are written anew, so those chunks die and their space is reused (new chunks fill
	 * the gaps); (3) that is committed; (4) when {@code moveChunks}, chunks near the end
	 * of the file move into gaps and the file is cut after the last one. Parts 1 and 3
	 * commit, so they hold the command lock (a commit must never hold half a command);
	 * part 2 does not: a rewrite changes where pages are, not what they hold, so commands
	 * go on, and only their commits wait for H2's store lock, which H2 holds while it
	 * rewrites. A move forces the file to disk three times, so it comes only at a quiet
	 * moment or shutdown, only when no write is waiting, and only when the last sync took
	 * less than half the pause (on a disk other processes keep busy a sync can take
	 * seconds, which no move size bounds); its size is learnt from the last move. Writes
	 * wait for one part at most (the soak, bench/RESULTS.md).
	 */
	void compactStep(long bytes, boolean moveChunks) {
		if (this.store.isClosed()) {
			return;
		}
		if (this.closing) {
			// closing holds the command lock; the fence thread, which may hold fileWork,
			// waits for it, does nothing once it has it (closing), and ends
			doCompactStep(bytes, moveChunks);
			return;
		}
		this.fileWork.lock();
		try {
			doCompactStep(bytes, moveChunks);
		}
		finally {
			this.fileWork.unlock();
		}
	}

	/**
	 * One file operation at a time: a compaction step (its rewrite runs outside the
	 * command lock) and the fence thread's release of dead chunks and its moves. A move
	 * that ran while the upkeep's rewrite did failed inside H2 ({@code AssertionError} in
	 * {@code FreeSpaceBitSet.allocate}, after which H2 closed the store).
	 */
	private final java.util.concurrent.locks.ReentrantLock fileWork = new java.util.concurrent.locks.ReentrantLock();

	private void doCompactStep(long bytes, boolean moveChunks) {
		if (this.store.isClosed()) {
			return;
		}
		long began = System.nanoTime();
		int target = this.upkeep.fillTarget();
		int write = (int) Math.min(Integer.MAX_VALUE, bytes);
		// obsolete chunks are otherwise let go only by the next commit, which a quiet
		// store does not make
		exclusively("commit and drop unused chunks", () -> {
			this.store.commit();
			this.store.executeFilestoreOperation(this.store.getFileStore()::dropUnusedChunks);
		});
		long rewriting = 0;
		if (!this.store.isClosed() && this.store.getFileStore().getChunksFillRate() < target) {
			rewriting = part("rewrite of " + write + " bytes", () -> this.store.compact(target, write));
			if (write <= this.stepBytes) {
				learn(rewriting);
			}
			exclusively("commit of the rewrite", this.store::commit);
		}
		long moving = 0;
		if (moveChunks && !this.store.isClosed() && this.store.getFileStore() instanceof RandomAccessStore file
				&& fileFill() < target && (this.closing || mayMove())) {
			// H2 moves whole chunks, and only ones that fit in the amount given; chunks
			// are copied as they are, which is cheap next to rewriting their pages, but
			// through a buffer on the heap: as learnt (at most MOVE_BYTES) while running,
			// as much as the step rewrites at shutdown
			long size = this.closing ? Math.max(MOVE_BYTES, Math.min(write, SHUTDOWN_MAX_STEP_BYTES)) : this.moveBytes;
			moving = exclusively("move of up to " + size + " bytes",
					() -> file.compactMoveChunks(target, size, this.store));
			this.moves.incrementAndGet();
			if (!this.closing) {
				learnMove(moving);
			}
		}
		this.lastVersionSeen = this.store.getCurrentVersion();
		this.steps.incrementAndGet();
		if (log.isDebugEnabled()) {
			log.debug(
					"Compaction step of the embedded store: {} ms in all, {} ms rewriting ({} bytes), {} ms moving"
							+ " ({} bytes); chunks {} % live, file {} % chunks; {}",
					TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - began), rewriting, write, moving,
					moveChunks ? this.moveBytes : 0,
					this.store.isClosed() ? 0 : this.store.getFileStore().getChunksFillRate(),
					this.store.isClosed() ? 0 : fileFill(), stats());
		}
	}

	/**
	 * A move at a quiet moment: not while a write waits for the command lock, and not
	 * while syncs are slow.
	 */
	private boolean mayMove() {
		return !this.commands.hasQueuedThreads()
				&& TimeUnit.NANOSECONDS.toMillis(this.lastSyncNanos) < this.upkeep.pause().toMillis() / 2;
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

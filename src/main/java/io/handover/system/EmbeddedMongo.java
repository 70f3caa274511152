package io.handover.system;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.net.URLEncoder;
import java.net.UnixDomainSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.AbstractMongoBackend;
import de.bwaldvogel.mongo.backend.CollectionOptions;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.backend.h2.H2Database;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import de.bwaldvogel.mongo.backend.memory.MemoryCollection;
import de.bwaldvogel.mongo.backend.memory.MemoryDatabase;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.wire.message.MongoMessage;
import jnr.unixsocket.UnixSocketAddress;
import jnr.unixsocket.UnixSocketChannel;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded MongoDB-compatible store: mongo-java-server, which the application talks
 * to through the real driver and wire protocol, exactly as it talks to a production
 * MongoDB. mongo-java-server has no authentication, so it listens on a Unix domain socket
 * in a folder only the service's user may enter (0700; the socket 0600), next to the H2
 * file ({@code handover.mv.sock.d/store.sock}) or, where that path is too long for a
 * socket or the folder cannot hold one, in a private temporary folder: no other user of
 * the machine can reach it (issue 24, finding 1a). Where Unix domain sockets are not
 * available ({@link Listening}) it falls back to a free loopback TCP port, which any
 * local process can reach, and warns so at start.
 */
final class EmbeddedMongo implements AutoCloseable {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedMongo.class);

	/**
	 * Seconds one index's rebuild took per 100,000 documents on 2 busy cores (load
	 * average 20-30; bench/index-rebuild.sh, bench/RESULTS.md: 16 to 150 s per index,
	 * each reads the whole collection), for the log line that announces one.
	 */
	static final double REBUILD_SECONDS_PER_100K = 60.0;

	/** Rebuilds of fewer documents go unannounced (they take a moment). */
	static final long REBUILD_ANNOUNCED_FROM = 1_000;

	/**
	 * H2's page cache, in H2's own estimate (its default is 16 MB). H2 estimates a cached
	 * document at twice its serialised length, but a deserialised mongo-java-server
	 * document (a LinkedHashMap of Strings) takes several times that on the heap: with
	 * the default, the cache held every document of a register of 20,000 employees (128
	 * MiB live after a collection at 17,000), and an import into it spent most of its
	 * time in full collections under the 208 MiB heap of then (192 MiB now, issue 17;
	 * issue 24, bench/RESULTS.md). Override with the system property
	 * {@code handover.store.embedded.cache-mb}.
	 */
	static final int CACHE_MEGABYTES = Integer.getInteger("handover.store.embedded.cache-mb", 4);

	/** The socket's name in its folder (the driver wants a path ending in .sock). */
	static final String SOCKET_NAME = "store.sock";

	/**
	 * Longest socket path used in the folder next to the data file, in bytes: Linux
	 * allows 107, macOS 103.
	 */
	static final int LONGEST_SOCKET_PATH = 100;

	private static final Set<PosixFilePermission> OWNER_ONLY_FOLDER = PosixFilePermissions.fromString("rwx------");

	private static final Set<PosixFilePermission> OWNER_ONLY_SOCKET = PosixFilePermissions.fromString("rw-------");

	private final MongoBackend backend;

	private final Releasable data;

	/** Where it listens: the socket's path, or the loopback TCP address. */
	private final SocketAddress address;

	/** A private temporary folder of the socket, removed at close; null otherwise. */
	private final Path temporaryFolder;

	private final String connectionString;

	private StoreListener server;

	/**
	 * @param socketFolder the folder for the socket, next to the data; null for a private
	 * temporary one
	 */
	private EmbeddedMongo(MongoBackend backend, Releasable data, String description, Path socketFolder,
			Listening listening) {
		StoreLogSummary.install();
		this.backend = backend;
		this.data = data;
		Listened listened = null;
		try {
			if (listening == Listening.SOCKET) {
				try {
					listened = onSocket(backend, socketFolder);
				}
				catch (SocketUnavailable ex) {
					log.warn("The embedded store cannot listen on a Unix domain socket: {}", ex.getMessage());
				}
			}
			if (listened == null) {
				listened = onLoopback(backend);
			}
		}
		catch (RuntimeException ex) {
			data.release();
			throw ex;
		}
		this.server = listened.listener();
		this.address = listened.address();
		this.temporaryFolder = listened.temporaryFolder();
		this.connectionString = listened.connectionString();
		log.info("Embedded store ({}) listening on {}", description, this.connectionString);
	}

	/**
	 * Listens on a socket in the folder next to the data, or else in a private temporary
	 * folder (the path too long for a socket, or the folder's file system cannot hold
	 * one).
	 * @throws SocketUnavailable when neither works
	 * @throws IllegalStateException when the folder next to the data is not the service
	 * user's alone and cannot be made so (a symbolic link, say)
	 */
	private static Listened onSocket(MongoBackend backend, Path socketFolder) {
		if (socketFolder != null) {
			Path socket = socketFolder.resolve(SOCKET_NAME);
			if (socket.toString().getBytes(StandardCharsets.UTF_8).length > LONGEST_SOCKET_PATH) {
				log.info("The embedded store's socket path {} is too long for a Unix domain socket; "
						+ "it listens in a private temporary folder instead", socket);
			}
			else {
				prepareFolder(socketFolder);
				try {
					return new Listened(listenOn(backend, socket), UnixDomainSocketAddress.of(socket), null,
							socketUri(socket));
				}
				catch (SocketUnavailable ex) {
					log.warn(
							"The embedded store cannot listen on a socket in {} ({}); "
									+ "it listens in a private temporary folder instead",
							socketFolder, ex.getMessage());
				}
			}
		}
		Path folder = temporaryFolder();
		Path socket = folder.resolve(SOCKET_NAME);
		try {
			return new Listened(listenOn(backend, socket), UnixDomainSocketAddress.of(socket), folder,
					socketUri(socket));
		}
		catch (RuntimeException ex) {
			deleteFolder(folder);
			throw ex;
		}
	}

	private static Listened onLoopback(MongoBackend backend) {
		StoreListener listener = StoreListener.bind(backend, new InetSocketAddress("127.0.0.1", 0));
		InetSocketAddress address = (InetSocketAddress) listener.address();
		String connectionString = "mongodb://127.0.0.1:" + address.getPort();
		log.warn("The embedded store listens on loopback TCP ({}), not on a Unix domain socket ({}): the store has "
				+ "no authentication, so any local process of any user can read and write its data. Run it only on "
				+ "a machine of your own, or set MONGODB_URI", connectionString, System.getProperty("os.name"));
		return new Listened(listener, address, null, connectionString);
	}

	private static String socketUri(Path socket) {
		return "mongodb://" + URLEncoder.encode(socket.toString(), StandardCharsets.UTF_8);
	}

	/** Where the store listens, and how it is reached. */
	private record Listened(StoreListener listener, SocketAddress address, Path temporaryFolder,
			String connectionString) {
	}

	/** A socket that cannot be listened on, or that the driver cannot reach. */
	private static final class SocketUnavailable extends RuntimeException {

		SocketUnavailable(String message, Throwable cause) {
			super(message, cause);
		}

	}

	/**
	 * Makes the socket's folder the service user's alone (0700): created so, or an
	 * existing one closed to others; a symbolic link or a file there is refused. A socket
	 * left in it by a killed process is removed (the H2 file is locked, so no other
	 * instance listens on it).
	 */
	private static void prepareFolder(Path folder) {
		if (Files.isSymbolicLink(folder)) {
			throw new IllegalStateException("The embedded store's socket folder " + folder
					+ " is a symbolic link; the store does not listen through it (remove it: the store makes its own)");
		}
		try {
			if (!Files.exists(folder, LinkOption.NOFOLLOW_LINKS)) {
				Files.createDirectory(folder, PosixFilePermissions.asFileAttribute(OWNER_ONLY_FOLDER));
			}
			else if (!Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)) {
				throw new IllegalStateException("The embedded store's socket folder " + folder
						+ " is not a folder; remove it: the store makes its own");
			}
			Files.setPosixFilePermissions(folder, OWNER_ONLY_FOLDER);
			Files.deleteIfExists(folder.resolve(SOCKET_NAME));
		}
		catch (IOException ex) {
			throw new IllegalStateException("Cannot make the embedded store's socket folder " + folder
					+ " the service user's alone (0700): " + ex, ex);
		}
	}

	private static Path temporaryFolder() {
		try {
			return Files.createTempDirectory("handover-store-",
					PosixFilePermissions.asFileAttribute(OWNER_ONLY_FOLDER));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot create a private folder for the embedded store's socket", ex);
		}
	}

	/**
	 * Listens on the socket, makes it the service user's alone (0600), and connects to it
	 * once through the driver's socket library (jnr-unixsocket): that proves the driver
	 * can reach it, and pays the library's first use (1 to 2 s on a busy machine: it
	 * generates its native bindings) before the driver's 2 s timeouts run.
	 * @throws SocketUnavailable when any of that fails (the listener is closed again)
	 */
	private static StoreListener listenOn(MongoBackend backend, Path socket) {
		StoreListener listener;
		try {
			listener = StoreListener.bind(backend, UnixDomainSocketAddress.of(socket));
		}
		catch (Exception ex) {
			// Netty rethrows a failed bind's own, checked, exception unchecked
			throw new SocketUnavailable("cannot listen on " + socket + ": " + ex, ex);
		}
		try {
			Files.setPosixFilePermissions(socket, OWNER_ONLY_SOCKET);
			reachThroughTheDriversLibrary(socket);
		}
		catch (Exception | LinkageError ex) {
			listener.close();
			throw new SocketUnavailable("cannot make " + socket + " the service user's alone (0600) and reach it "
					+ "through the driver's socket library: " + ex, ex);
		}
		return listener;
	}

	private static void reachThroughTheDriversLibrary(Path socket) throws IOException {
		try (UnixSocketChannel channel = UnixSocketChannel.open(new UnixSocketAddress(socket.toString()))) {
			if (!channel.isConnected()) {
				throw new IOException("not connected");
			}
		}
	}

	private static void deleteFolder(Path folder) {
		try {
			Files.deleteIfExists(folder.resolve(SOCKET_NAME));
			Files.deleteIfExists(folder);
		}
		catch (IOException ex) {
			log.warn("Cannot remove the embedded store's temporary socket folder {}: {}", folder, ex.toString());
		}
	}

	/**
	 * How the store is reached: a Unix domain socket where both sides can use one (the
	 * JDK serves it; the driver needs jnr-unixsocket, which runs on Linux and macOS),
	 * else loopback TCP.
	 */
	enum Listening {

		SOCKET, LOOPBACK_TCP;

		static Listening forThisPlatform() {
			return forPlatform(System.getProperty("os.name", ""), driverReachesSockets());
		}

		static Listening forPlatform(String osName, boolean driverReachesSockets) {
			String os = osName.toLowerCase(Locale.ROOT);
			boolean unix = os.contains("linux") || os.contains("mac") || os.contains("darwin");
			return unix && driverReachesSockets ? SOCKET : LOOPBACK_TCP;
		}

		private static boolean driverReachesSockets() {
			try {
				Class.forName("jnr.unixsocket.UnixSocketChannel", false, EmbeddedMongo.class.getClassLoader());
				return true;
			}
			catch (ClassNotFoundException | LinkageError ex) {
				return false;
			}
		}

	}

	/** A store kept in an H2 file, so data survives a restart. */
	static EmbeddedMongo onFile(Path file) {
		return onFile(file, StoreUpkeep.DEFAULT);
	}

	/** As {@link #onFile(Path)}, keeping the file small as the upkeep says. */
	static EmbeddedMongo onFile(Path file, StoreUpkeep upkeep) {
		return onFile(file, 1000, upkeep, StoreFile::freeHeap);
	}

	/**
	 * As {@link #onFile(Path, StoreUpkeep)}, told how much heap is free by
	 * {@code freeHeap} (tests of compaction at shutdown).
	 */
	static EmbeddedMongo onFile(Path file, StoreUpkeep upkeep, LongSupplier freeHeap) {
		return onFile(file, 1000, upkeep, freeHeap);
	}

	/**
	 * As {@link #onFile(Path)}, committing what is left to the background every so many
	 * ms (0: only with the next confirmed write).
	 */
	static EmbeddedMongo onFile(Path file, int backgroundCommitMillis) {
		return onFile(file, backgroundCommitMillis, StoreUpkeep.DEFAULT, StoreFile::freeHeap);
	}

	/** As {@link #onFile(Path)}, listening as told (tests of the TCP fallback). */
	static EmbeddedMongo onFile(Path file, Listening listening) {
		return onFile(file, 1000, StoreUpkeep.DEFAULT, StoreFile::freeHeap, listening);
	}

	private static EmbeddedMongo onFile(Path file, int backgroundCommitMillis, StoreUpkeep upkeep,
			LongSupplier freeHeap) {
		return onFile(file, backgroundCommitMillis, upkeep, freeHeap, Listening.forThisPlatform());
	}

	private static EmbeddedMongo onFile(Path file, int backgroundCommitMillis, StoreUpkeep upkeep,
			LongSupplier freeHeap, Listening listening) {
		try {
			Path parent = file.toAbsolutePath().getParent();
			if (parent != null) {
				Files.createDirectories(parent);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot create the folder of the embedded store " + file, ex);
		}
		log.info("opening MVStore in '{}'", file.toAbsolutePath());
		// H2 commits only when the backend says so: its own commits (every second, or
		// when unsaved pages fill a buffer) could land in the middle of a command
		MVStore.Builder builder = new MVStore.Builder().fileName(file.toAbsolutePath().toString())
			.autoCommitDisabled()
			.autoCommitBufferSize(0)
			.cacheSize(CACHE_MEGABYTES);
		if (upkeep.compress()) {
			builder.compress();
		}
		MVStore store = builder.open();
		store.setRetentionTime((int) upkeep.retention().toMillis());
		// H2 otherwise keeps the chunks of the last five versions, which a quiet store
		// never leaves behind; what commands read and what is not yet on disk is held
		// explicitly instead (handleMessage, StoreFile#syncAndAdvanceFence)
		store.setVersionsToKeep(0);
		CommittingH2Backend backend = new CommittingH2Backend(store, backgroundCommitMillis, upkeep, freeHeap);
		Path absolute = file.toAbsolutePath();
		return new EmbeddedMongo(backend, backend, "H2 file " + absolute,
				absolute.resolveSibling(absolute.getFileName() + ".sock.d"), listening);
	}

	/**
	 * The H2 file's size and how much of it holds live data; null for a store in memory.
	 */
	StoreFile.Stats fileStats() {
		return this.backend instanceof CommittingH2Backend h2 ? h2.file.stats() : null;
	}

	/**
	 * The H2 store of a store on file, for tests and the soak that measure its chunks;
	 * null for a store in memory.
	 */
	MVStore h2() {
		return this.backend instanceof CommittingH2Backend h2 ? h2.getMvStore() : null;
	}

	/**
	 * The file's size, the blocks in use by chunks and the live bytes in them, for a
	 * test's output; "-" for a store in memory.
	 */
	String fileRoom() {
		return this.backend instanceof CommittingH2Backend h2 ? h2.file.describeRoom() : "-";
	}

	/**
	 * Whether a part of a compaction step that writes wait for ran at any moment between
	 * the two {@link System#nanoTime()}s (the soak); false for a store in memory.
	 */
	boolean compactingBetween(long from, long to) {
		return this.backend instanceof CommittingH2Backend h2 && h2.file.compactingBetween(from, to);
	}

	/**
	 * Whether H2 may commit on its own, outside the backend's commits between commands.
	 */
	boolean commitsOnItsOwn() {
		return this.backend instanceof CommittingH2Backend h2
				&& (h2.getMvStore().getAutoCommitDelay() > 0 || h2.getMvStore().getAutoCommitMemory() > 0);
	}

	/** True while a write is in the H2 store but not yet committed to its file. */
	boolean hasUncommittedWrites() {
		return this.backend instanceof CommittingH2Backend h2 && h2.getMvStore().hasUnsavedChanges();
	}

	/**
	 * The store's collection object (each command on it runs under its lock), for tests
	 * of what waits for what.
	 */
	Object collection(String database, String name) {
		return ((AbstractMongoBackend) this.backend).resolveDatabase(database).resolveCollection(name, true);
	}

	/** A store in memory, gone when the application stops. */
	static EmbeddedMongo inMemory() {
		KeptMemoryBackend backend = new KeptMemoryBackend();
		return new EmbeddedMongo(backend, backend, "in memory", null, Listening.forThisPlatform());
	}

	/**
	 * The connection string: {@code mongodb://} and the socket's path URL-encoded
	 * ({@code mongodb://%2Fsrv%2Fdata%2Fhandover.mv.sock.d%2Fstore.sock}), or
	 * {@code mongodb://127.0.0.1:PORT} on loopback TCP.
	 */
	String connectionString() {
		return this.connectionString;
	}

	/** The socket's path; null on loopback TCP. */
	Path socket() {
		return this.address instanceof UnixDomainSocketAddress socket ? socket.getPath() : null;
	}

	/**
	 * A store outage: stops listening and drops every client connection; the data stays.
	 * For fault tests (io.handover.system.StoreOutageTests).
	 */
	synchronized void stopListening() {
		if (this.server != null) {
			this.server.close();
			this.server = null;
			log.warn("Embedded store stopped listening on {}", this.connectionString);
		}
	}

	/**
	 * The end of an outage: listens again on the same socket or port, with the same data.
	 */
	synchronized void listenAgain() {
		if (this.server == null) {
			Path socket = socket();
			this.server = (socket != null) ? listenOn(this.backend, socket)
					: StoreListener.bind(this.backend, this.address);
			log.info("Embedded store listening again on {}", this.connectionString);
		}
	}

	@Override
	public synchronized void close() {
		try {
			if (this.server != null) {
				this.server.close();
				this.server = null;
			}
		}
		finally {
			try {
				this.data.release();
			}
			finally {
				if (this.temporaryFolder != null) {
					deleteFolder(this.temporaryFolder);
				}
			}
		}
	}

	/** A backend whose data outlives its server, so the listener can be restarted. */
	private interface Releasable {

		void release();

	}

	/**
	 * The H2 backend, committing the MVStore after every command (OP_MSG, all the driver
	 * sends) that changed it, before the answer goes out, and only between commands. H2's
	 * own auto-commit (about once a second, or when unsaved pages fill a buffer) is off:
	 * it lost writes the driver saw acknowledged when the process was killed (the crash
	 * suite, io.handover.faults.CrashIT, lost confirmed tickets), and it could write half
	 * a command. Concurrent writers share a commit: whoever commits next writes
	 * everything changed so far. A commit reaches the operating system (a killed process
	 * loses nothing); it is not forced to the disk on every write, so a power cut may
	 * still lose the last moments (use a real MongoDB where that matters).
	 * <p>
	 * Writes to {@link #LEFT_TO_BACKGROUND} are the exception: they are not confirmed
	 * work, so they ride along with the next commit (another write's, or the background
	 * commit about a second later). A commit rewrites every page the write touched, and
	 * under load the commits of every turn's inbound-message receipt queued on H2's store
	 * lock (JFR under the benchmark).
	 */
	private static final class CommittingH2Backend extends H2Backend implements Releasable {

		/**
		 * Collections whose last writes may be lost when the process is killed: an
		 * inbound-message receipt (then a copy of that message arriving right after the
		 * crash is answered again) and the scheduler's locks (they expire on their own).
		 */
		static final Set<String> LEFT_TO_BACKGROUND = Set.of("inbound_messages", "shedLock");

		private static final Set<String> WRITES = Set.of("insert", "update", "delete", "findAndModify",
				"findandmodify");

		private static final Set<String> READS = Set.of("find", "getMore", "count", "distinct", "listIndexes",
				"listCollections", "hello", "isMaster", "ismaster", "ping", "buildInfo", "buildinfo", "killCursors",
				"endSessions", "dbStats", "collStats", "serverStatus");

		/**
		 * Commands change the store under the read lock, a commit takes the write lock: a
		 * commit never writes half a command (a document without its index entries, which
		 * after a kill let a unique index take a duplicate: the crash suite found an
		 * audit entry stored twice under one key).
		 */
		private final ReentrantReadWriteLock commands = new ReentrantReadWriteLock();

		private final IndexChanges indexChanges = new IndexChanges();

		private final StoreUpkeep upkeep;

		private final StoreFile file;

		/** Quiet moments' compaction made no more progress (upkeep thread only). */
		private boolean settled;

		private int fruitless;

		CommittingH2Backend(MVStore store, int backgroundCommitMillis, StoreUpkeep upkeep, LongSupplier freeHeap) {
			super(store);
			this.upkeep = upkeep;
			this.file = new StoreFile(store, upkeep, this.commands, freeHeap);
			if (backgroundCommitMillis > 0) {
				Thread committer = new Thread(() -> commitEvery(backgroundCommitMillis), "embedded-store-commit");
				committer.setDaemon(true);
				committer.start();
			}
			Thread keeper = new Thread(this::keepSmall, "embedded-store-upkeep");
			keeper.setDaemon(true);
			keeper.start();
			Thread fence = new Thread(this.file::fenceOnDemand, "embedded-store-fence");
			fence.setDaemon(true);
			fence.start();
		}

		/**
		 * Forces commits to disk, compacts the file a step at a time while it is sparse,
		 * and warns when it passes the configured size. Writes wait for a step's parts
		 * one at a time (not reads), so each is sized to take about
		 * {@link StoreUpkeep#pause()} ({@link StoreFile#compactStep}). While the file is
		 * more than three times its live data ({@link StoreFile#behind()}) a step comes
		 * every {@link StoreFile#CATCH_UP} rather than every {@link StoreUpkeep#every()}:
		 * under a sustained burst steps of about 100 ms every 0.5 s fell behind (3–6× at
		 * 600 writes a second). Syncs stay at their own period.
		 */
		private void keepSmall() {
			MVStore store = getMvStore();
			long every = Math.max(100, this.upkeep.every().toMillis());
			long catchUp = Math.min(every, StoreFile.CATCH_UP.toMillis());
			long lastSync = System.nanoTime();
			boolean behind = false;
			while (!store.isClosed()) {
				try {
					Thread.sleep(behind ? catchUp : every);
					if (store.isClosed()) {
						return;
					}
					boolean syncDue = System.nanoTime() - lastSync >= (every - catchUp / 2) * 1_000_000;
					if (syncDue) {
						this.file.syncAndAdvanceFence();
						lastSync = System.nanoTime();
					}
					behind = false;
					if (this.upkeep.compacts() && this.file.sparse()) {
						if (syncDue) {
							compact(every);
						}
						else if (!this.file.quietSinceLastLook()) {
							// a catch-up step between syncs, as while writes come in (a
							// quiet
							// store is left to the next sync's round)
							compactStep(this.file.bytesWhileWriting(), false);
						}
						behind = this.file.behind();
					}
					if (syncDue) {
						this.file.warnIfLarge();
					}
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
					return;
				}
				catch (RuntimeException ex) {
					if (!store.isClosed()) {
						log.warn("Compacting the embedded store failed", ex);
					}
				}
			}
		}

		/**
		 * One step while writes come in; at a quiet moment (nothing committed since the
		 * last look) larger steps, one after the other while it stays quiet and they make
		 * the file smaller or fuller, for up to the period.
		 */
		private void compact(long periodMillis) {
			if (!this.file.quietSinceLastLook()) {
				this.settled = false;
				this.fruitless = 0;
				compactStep(this.file.bytesWhileWriting(), false);
				return;
			}
			if (this.settled) {
				return;
			}
			long until = System.nanoTime() + periodMillis * 1_000_000;
			StoreFile.Stats before = this.file.stats();
			while (true) {
				compactStep(this.file.bytesFor(this.upkeep.pause().multipliedBy(2)), true);
				StoreFile.Stats after = this.file.stats();
				boolean progress = after.size() < before.size() || after.fillRate() > before.fillRate();
				// a quiet store that compaction no longer shrinks is left alone until the
				// next write, not rewritten over and over; what a step frees is reused
				// only
				// after two syncs (the fence), so only several rounds without progress
				// count
				this.fruitless = progress ? 0 : this.fruitless + 1;
				this.settled = this.fruitless >= 4;
				if (!progress || !this.file.sparse() || !this.file.quietSinceLastLook() || System.nanoTime() > until) {
					return;
				}
				before = after;
			}
		}

		/**
		 * Rewrites the live pages of the sparsest chunks into a new one and moves chunks
		 * into the gaps; the parts that commit take the command lock's write side
		 * themselves, one at a time ({@link StoreFile#compactStep}): a commit must never
		 * hold half a command.
		 */
		void compactStep(long bytes, boolean moveChunks) {
			this.file.compactStep(bytes, moveChunks);
		}

		/**
		 * Commits what was left to the background (receipts, locks) about every period.
		 */
		private void commitEvery(int millis) {
			MVStore store = getMvStore();
			while (!store.isClosed()) {
				try {
					Thread.sleep(millis);
					commit(store);
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
					return;
				}
				catch (RuntimeException ex) {
					if (!store.isClosed()) {
						log.warn("Background commit of the embedded store failed", ex);
					}
				}
			}
		}

		private void commit(MVStore store) {
			if (!store.hasUnsavedChanges()) {
				return;
			}
			this.commands.writeLock().lock();
			try {
				commitHoldingTheLock(store);
			}
			finally {
				this.commands.writeLock().unlock();
			}
		}

		/**
		 * Commits everything finished so far; the caller holds the command lock's write
		 * side, so no command is half done. Every write numbered up to the moment the
		 * lock was held is then committed ({@link #commitMine()}).
		 */
		private void commitHoldingTheLock(MVStore store) {
			long through;
			synchronized (this.commitTurn) {
				through = this.finishedWrites;
			}
			if (!store.isClosed()) {
				store.commit();
			}
			synchronized (this.commitTurn) {
				this.committedThrough = Math.max(this.committedThrough, through);
				this.commitTurn.notifyAll();
			}
		}

		/** Guards the group commit's counts; writes waiting for a commit wait on it. */
		private final Object commitTurn = new Object();

		/** Write commands finished so far: each takes the next number as it ends. */
		private long finishedWrites;

		/** Every write numbered up to this one is committed. */
		private long committedThrough;

		/** Whether a write is committing for itself and those before it. */
		private boolean groupCommitting;

		/** Commits made by writes for themselves and the writes waiting on them. */
		private final java.util.concurrent.atomic.AtomicLong groupCommits = new java.util.concurrent.atomic.AtomicLong();

		/**
		 * Group commit: a write that has ended takes the next number; when no commit is
		 * running it commits everything finished so far (its own write and those of the
		 * writes that ended meanwhile), else it waits for the running commit and, if that
		 * did not hold its write, commits or waits again. It returns only once a commit
		 * that holds its write is done: durability as with a commit per write, in fewer
		 * chunks when writes end together. A commit happens only under the command lock's
		 * write side, never in the middle of a command. A write that ended before the
		 * lock was held has its number by then or takes a larger one (it then commits
		 * again, which writes nothing if nothing changed).
		 */
		private void commitMine() {
			MVStore store = getMvStore();
			boolean interrupted = false;
			long mine;
			synchronized (this.commitTurn) {
				mine = ++this.finishedWrites;
				while (this.committedThrough < mine && this.groupCommitting) {
					try {
						this.commitTurn.wait();
					}
					catch (InterruptedException ex) {
						// the answer must wait for the commit all the same
						interrupted = true;
					}
				}
				if (this.committedThrough >= mine) {
					if (interrupted) {
						Thread.currentThread().interrupt();
					}
					return;
				}
				this.groupCommitting = true;
			}
			try {
				this.commands.writeLock().lock();
				try {
					commitHoldingTheLock(store);
					this.groupCommits.incrementAndGet();
				}
				finally {
					this.commands.writeLock().unlock();
				}
			}
			finally {
				synchronized (this.commitTurn) {
					this.groupCommitting = false;
					this.commitTurn.notifyAll();
				}
				if (interrupted) {
					Thread.currentThread().interrupt();
				}
			}
		}

		@Override
		protected MongoDatabase openOrCreateDatabase(String databaseName) {
			return new Database(databaseName);
		}

		/**
		 * H2's database with {@link IdFirst} collections. Inner, so it reaches the store
		 * while H2Database's constructor opens the existing collections; the map names
		 * are H2Database's own (its file format).
		 */
		private final class Database extends H2Database {

			Database(String name) {
				super(name, getMvStore(), getCursorRegistry());
			}

			@Override
			protected MongoCollection<Object> openOrCreateCollection(String collectionName, CollectionOptions options) {
				String fullName = getFullCollectionNamespace(collectionName);
				MVMap<Object, Document> data = getMvStore().openMap("databases." + fullName);
				MVMap<String, Object> meta = getMvStore().openMap("meta." + fullName);
				return new IdFirst.H2(this, collectionName, options, data, meta, this.cursorRegistry);
			}

			/**
			 * Unique indexes whose keys H2 compares by value
			 * ({@link OrderedUniqueIndex}).
			 */
			@Override
			protected Index<Object> openOrCreateUniqueIndex(String collectionName, String indexName,
					List<IndexKey> keys, boolean sparse) {
				announceRebuild(collectionName, indexName, OrderedUniqueIndex.MAP_SUFFIX);
				return OrderedUniqueIndex.open(getMvStore(), indexMapName(collectionName, indexName), indexName, keys,
						sparse);
			}

			/**
			 * Says so in the log when an index of a collection that holds documents has
			 * no map yet: mongo-java-server then builds it from every document while the
			 * store opens, and nothing answers meanwhile. That happens once for a store
			 * file written before session 14, whose unique indexes were in the library's
			 * own maps (OrderedUniqueIndex) and which had no holding indexes: 100,000
			 * employees took about {@value #REBUILD_SECONDS_PER_100K} s on 2 busy cores
			 * (bench/RESULTS.md, bench/index-rebuild.sh).
			 */
			private void announceRebuild(String collectionName, String indexName, String suffix) {
				String map = indexMapName(collectionName, indexName);
				String data = "databases." + getFullCollectionNamespace(collectionName);
				if (getMvStore().hasMap(map + suffix) || !getMvStore().hasMap(data)) {
					return;
				}
				long documents = getMvStore().openMap(data).sizeAsLong();
				if (documents < REBUILD_ANNOUNCED_FROM) {
					return;
				}
				log.warn("Rebuilding index {} of {} from its {} documents (a store file from before session 14, "
						+ "or a new index): this takes about {} s on a busy machine, once, for each index to rebuild; "
						+ "the service answers when it is done", indexName, collectionName, documents,
						Math.max(1, Math.round(REBUILD_SECONDS_PER_100K * documents / 100_000.0)));
			}

			/**
			 * A sparse index on one field answers which documents hold it and which hold
			 * a given string in it ({@link HoldingIndex}); mongo-java-server ignores
			 * every other secondary index. Not plain ones too: each would be kept on
			 * every write, and a filter on a common value (the HR snapshots' system)
			 * would read its documents one by one instead of in one pass.
			 */
			@Override
			protected Index<Object> openOrCreateSecondaryIndex(String collectionName, String indexName,
					List<IndexKey> keys, boolean sparse) {
				if (sparse && keys.size() == 1) {
					announceRebuild(collectionName, indexName, HoldingIndex.MAP_SUFFIX);
					return HoldingIndex.open(getMvStore(), indexMapName(collectionName, indexName), indexName, keys);
				}
				return super.openOrCreateSecondaryIndex(collectionName, indexName, keys, sparse);
			}

			@Override
			protected void dropIndex(MongoCollection<Object> collection, String indexName) {
				super.dropIndex(collection, indexName);
				for (String suffix : List.of(OrderedUniqueIndex.MAP_SUFFIX, HoldingIndex.MAP_SUFFIX)) {
					String map = indexMapName(collection.getCollectionName(), indexName) + suffix;
					if (getMvStore().hasMap(map)) {
						getMvStore().removeMap(map);
					}
				}
			}

			/** mongo-java-server's name of an index's map (H2Database's). */
			private String indexMapName(String collectionName, String indexName) {
				return getFullCollectionNamespace(collectionName) + "._index_" + indexName;
			}

		}

		/**
		 * Runs a command; while it runs, the chunks of the version it started on stay (a
		 * query reads a snapshot of the maps, possibly from chunks that later commands
		 * make obsolete), so the space of an obsolete chunk is reused as soon as no
		 * command reads it and its successors are on disk ({@link StoreFile}), not after
		 * a fixed retention time.
		 */
		@Override
		public Document handleMessage(MongoMessage message) {
			if (!reads(message.getDocument())) {
				// before the command holds any lock or version: while it waits, the fence
				// frees what older versions kept (StoreFile#awaitRoom)
				this.file.awaitRoom();
			}
			return this.indexChanges.around(message, () -> {
				MVStore.TxCounter reading = getMvStore().registerVersionUsage();
				try {
					return handle(message);
				}
				finally {
					getMvStore().deregisterVersionUsage(reading);
				}
			});
		}

		private Document handle(MongoMessage message) {
			Document command = message.getDocument();
			if (reads(command)) {
				return super.handleMessage(message);
			}
			this.commands.readLock().lock();
			try {
				return super.handleMessage(message);
			}
			finally {
				this.commands.readLock().unlock();
				if (!leftToBackground(command)) {
					commitMine();
				}
			}
		}

		/** A command that changes nothing, so a commit need not wait for it. */
		private static boolean reads(Document command) {
			return command != null && !command.isEmpty() && READS.contains(command.keySet().iterator().next());
		}

		/**
		 * A write command (its first key names it, its value the collection) to such a
		 * collection.
		 */
		private static boolean leftToBackground(Document command) {
			if (command == null || command.isEmpty()) {
				return false;
			}
			String name = command.keySet().iterator().next();
			return WRITES.contains(name) && LEFT_TO_BACKGROUND.contains(String.valueOf(command.get(name)));
		}

		@Override
		public void close() {
			// the server stops; the data stays open for the next listener (see release)
		}

		/**
		 * Closes the file, compacting it first for up to {@link StoreUpkeep#atShutdown()}
		 * (no reader is left, so chunks are freed at once).
		 */
		@Override
		public void release() {
			this.commands.writeLock().lock();
			try {
				this.file.compactAtShutdown();
			}
			catch (RuntimeException ex) {
				log.warn("Compacting the embedded store at shutdown failed; it closes as it is", ex);
			}
			finally {
				this.file.syncAndReleaseFence();
				this.commands.writeLock().unlock();
			}
			super.close();
		}

	}

	/**
	 * A collection of the store keeps its indexes in a plain list that every command
	 * walks and an index command changes without the collection's lock: an index made
	 * while a write ran failed that write (a ConcurrentModificationException, answered as
	 * "Unknown error"; it once stopped the service's start when the audit sweep made its
	 * index while the shipped applications were stored). Index commands therefore run
	 * alone; all others share the lock, so they never wait for each other.
	 */
	private static final class IndexChanges {

		private static final Set<String> INDEX_COMMANDS = Set.of("createIndexes", "dropIndexes", "deleteIndexes");

		private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();

		Document around(MongoMessage message, Supplier<Document> command) {
			Document document = message.getDocument();
			boolean changesIndexes = document != null && !document.isEmpty()
					&& INDEX_COMMANDS.contains(document.keySet().iterator().next());
			Lock held = changesIndexes ? this.lock.writeLock() : this.lock.readLock();
			held.lock();
			try {
				return command.get();
			}
			finally {
				held.unlock();
			}
		}

	}

	private static final class KeptMemoryBackend extends MemoryBackend implements Releasable {

		private final IndexChanges indexChanges = new IndexChanges();

		@Override
		public Document handleMessage(MongoMessage message) {
			return this.indexChanges.around(message, () -> super.handleMessage(message));
		}

		@Override
		public MemoryDatabase openOrCreateDatabase(String databaseName) {
			return new MemoryDatabase(databaseName, getCursorRegistry()) {

				@Override
				protected MemoryCollection openOrCreateCollection(String collectionName, CollectionOptions options) {
					return new IdFirst.Memory(this, collectionName, options, this.cursorRegistry);
				}

			};
		}

		@Override
		public void close() {
			// the server stops; the data stays for the next listener (see release)
		}

		@Override
		public void release() {
			super.close();
		}

	}

}

package io.handover.system;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.CollectionOptions;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.backend.h2.H2Database;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import de.bwaldvogel.mongo.backend.memory.MemoryCollection;
import de.bwaldvogel.mongo.backend.memory.MemoryDatabase;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.wire.message.MongoMessage;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded MongoDB-compatible store: mongo-java-server on a free loopback port, so
 * the application talks to it through the real driver and wire protocol, exactly as it
 * talks to a production MongoDB.
 */
final class EmbeddedMongo implements AutoCloseable {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedMongo.class);

	private final MongoBackend backend;

	private final Releasable data;

	private final InetSocketAddress address;

	private final String connectionString;

	private MongoServer server;

	private EmbeddedMongo(MongoBackend backend, Releasable data, String description) {
		this.backend = backend;
		this.data = data;
		this.server = new MongoServer(backend);
		this.server.bind(new InetSocketAddress("127.0.0.1", 0));
		this.address = this.server.getLocalAddress();
		this.connectionString = "mongodb://127.0.0.1:" + this.address.getPort();
		log.info("Embedded store ({}) listening on {}", description, this.connectionString);
	}

	/** A store kept in an H2 file, so data survives a restart. */
	static EmbeddedMongo onFile(Path file) {
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
		CommittingH2Backend backend = new CommittingH2Backend(MVStore.open(file.toAbsolutePath().toString()));
		return new EmbeddedMongo(backend, backend, "H2 file " + file.toAbsolutePath());
	}

	/**
	 * As {@link #onFile(Path)}, with H2's background commits every so many ms (0: none).
	 */
	static EmbeddedMongo onFile(Path file, int backgroundCommitMillis) {
		EmbeddedMongo store = onFile(file);
		((CommittingH2Backend) store.backend).getMvStore().setAutoCommitDelay(backgroundCommitMillis);
		return store;
	}

	/** True while a write is in the H2 store but not yet committed to its file. */
	boolean hasUncommittedWrites() {
		return this.backend instanceof CommittingH2Backend h2 && h2.getMvStore().hasUnsavedChanges();
	}

	/** A store in memory, gone when the application stops. */
	static EmbeddedMongo inMemory() {
		KeptMemoryBackend backend = new KeptMemoryBackend();
		return new EmbeddedMongo(backend, backend, "in memory");
	}

	String connectionString() {
		return this.connectionString;
	}

	/**
	 * A store outage: stops listening and drops every client connection; the data stays.
	 * For fault tests (io.handover.system.StoreOutageTests).
	 */
	synchronized void stopListening() {
		if (this.server != null) {
			this.server.shutdownNow();
			this.server = null;
			log.warn("Embedded store stopped listening on {}", this.connectionString);
		}
	}

	/** The end of an outage: listens again on the same port, with the same data. */
	synchronized void listenAgain() {
		if (this.server == null) {
			this.server = new MongoServer(this.backend);
			this.server.bind(this.address);
			log.info("Embedded store listening again on {}", this.connectionString);
		}
	}

	@Override
	public synchronized void close() {
		if (this.server != null) {
			this.server.shutdownNow();
			this.server = null;
		}
		this.data.release();
	}

	/** A backend whose data outlives its server, so the listener can be restarted. */
	private interface Releasable {

		void release();

	}

	/**
	 * The H2 backend, committing the MVStore after every command (OP_MSG, all the driver
	 * sends) that changed it, before the answer goes out. H2 otherwise commits in the
	 * background about once a second (MVStore's auto-commit delay), so a write the driver
	 * saw acknowledged could be lost when the process is killed: the crash suite
	 * (io.handover.faults.CrashIT) lost confirmed tickets that way. Concurrent writers
	 * share a commit: whoever commits next writes everything changed so far. A commit
	 * reaches the operating system (a killed process loses nothing); it is not forced to
	 * the disk on every write, so a power cut may still lose the last moments (use a real
	 * MongoDB where that matters).
	 * <p>
	 * Writes to {@link #LEFT_TO_BACKGROUND} are the exception: they are not confirmed
	 * work, so they ride along with the next commit (another write's, or H2's own within
	 * a second). A commit rewrites every page the write touched, and under load the
	 * commits of every turn's inbound-message receipt queued on H2's store lock (JFR
	 * under the benchmark).
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

		CommittingH2Backend(MVStore store) {
			super(store);
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

		}

		@Override
		public Document handleMessage(MongoMessage message) {
			try {
				return super.handleMessage(message);
			}
			finally {
				MVStore store = getMvStore();
				if (store.hasUnsavedChanges() && !leftToBackground(message.getDocument())) {
					store.commit();
				}
			}
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

		@Override
		public void release() {
			super.close();
		}

	}

	private static final class KeptMemoryBackend extends MemoryBackend implements Releasable {

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

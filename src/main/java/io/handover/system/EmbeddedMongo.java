package io.handover.system;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded MongoDB-compatible store: mongo-java-server on a free loopback port, so
 * the application talks to it through the real driver and wire protocol, exactly as it
 * talks to a production MongoDB.
 */
final class EmbeddedMongo implements AutoCloseable {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedMongo.class);

	private final MongoServer server;

	private final String connectionString;

	private EmbeddedMongo(MongoServer server, String description) {
		this.server = server;
		server.bind(new InetSocketAddress("127.0.0.1", 0));
		InetSocketAddress address = server.getLocalAddress();
		this.connectionString = "mongodb://127.0.0.1:" + address.getPort();
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
		H2Backend backend = new H2Backend(file.toAbsolutePath().toString());
		return new EmbeddedMongo(new MongoServer(backend), "H2 file " + file.toAbsolutePath());
	}

	/** A store in memory, gone when the application stops. */
	static EmbeddedMongo inMemory() {
		return new EmbeddedMongo(new MongoServer(new MemoryBackend()), "in memory");
	}

	String connectionString() {
		return this.connectionString;
	}

	@Override
	public void close() {
		this.server.shutdownNow();
	}

}

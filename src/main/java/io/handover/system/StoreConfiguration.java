package io.handover.system;

import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import com.mongodb.WriteConcern;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.MongoDatabaseFactory;
import org.springframework.data.mongodb.core.SimpleMongoClientDatabaseFactory;
import org.springframework.util.StringUtils;
import org.springframework.util.unit.DataSize;

/**
 * Chooses the store: the MongoDB named by {@code MONGODB_URI}, or else an embedded
 * mongo-java-server (H2 file by default) reached over the wire like any MongoDB.
 */
@Configuration(proxyBeanMethods = false)
class StoreConfiguration {

	@Bean(destroyMethod = "close")
	MongoClient mongoClient(StoreProperties properties, EmbeddedStoreHolder embedded) {
		String uri = StringUtils.hasText(properties.uri()) ? properties.uri() : embedded.start(properties);
		StoreProperties.Timeouts timeouts = properties.timeouts();
		MongoClientSettings settings = MongoClientSettings.builder()
			// Without a reachable store a request fails after seconds, not after the
			// driver's default 30 s: the caller gets a 503 while a person still waits
			// (Teams gives a turn about 15 s). A connection string's own timeouts win.
			.applyToClusterSettings(cluster -> cluster.serverSelectionTimeout(timeouts.serverSelection().toMillis(),
					TimeUnit.MILLISECONDS))
			.applyToSocketSettings(
					socket -> socket.connectTimeout((int) timeouts.connect().toMillis(), TimeUnit.MILLISECONDS)
						.readTimeout((int) timeouts.read().toMillis(), TimeUnit.MILLISECONDS))
			.applyConnectionString(new ConnectionString(uri))
			// Confirmed work must survive a primary failover: majority, journaled.
			.writeConcern(WriteConcern.MAJORITY.withJournal(true))
			.build();
		return MongoClients.create(settings);
	}

	@Bean
	MongoDatabaseFactory mongoDatabaseFactory(MongoClient client, StoreProperties properties) {
		String database = new ConnectionString(StringUtils.hasText(properties.uri()) ? properties.uri()
				: "mongodb://localhost/" + properties.database())
			.getDatabase();
		return new SimpleMongoClientDatabaseFactory(client, database != null ? database : properties.database());
	}

	@Bean(destroyMethod = "close")
	EmbeddedStoreHolder embeddedStoreHolder() {
		return new EmbeddedStoreHolder();
	}

	/** Owns the embedded server so it stops after the client that uses it. */
	static final class EmbeddedStoreHolder implements AutoCloseable {

		private EmbeddedMongo server;

		synchronized String start(StoreProperties properties) {
			if (this.server == null) {
				this.server = properties.embedded().inMemory() ? EmbeddedMongo.inMemory()
						: EmbeddedMongo.onFile(Path.of(properties.embedded().file()), properties.upkeep());
			}
			return this.server.connectionString() + "/" + properties.database();
		}

		/**
		 * The embedded H2 file's size and fill; null on MongoDB or the in-memory store.
		 */
		synchronized StoreFile.Stats fileStats() {
			return this.server != null ? this.server.fileStats() : null;
		}

		/**
		 * A store outage for fault tests: the embedded store drops every connection and
		 * stops listening, keeping its data.
		 */
		synchronized void stopListening() {
			if (this.server != null) {
				this.server.stopListening();
			}
		}

		/** The end of the outage: the store listens again on the same port. */
		synchronized void listenAgain() {
			if (this.server != null) {
				this.server.listenAgain();
			}
		}

		@Override
		public synchronized void close() {
			if (this.server != null) {
				this.server.close();
				this.server = null;
			}
		}

	}

	/**
	 * @param uri a MongoDB connection string; empty for the embedded store
	 * @param database the database name when the URI names none
	 * @param embedded where the embedded store keeps its data, and how it keeps its file
	 * small
	 * @param warnSize a warning is logged when the embedded store's file passes this size
	 * (0: never)
	 */
	@ConfigurationProperties("handover.store")
	record StoreProperties(String uri, String database, Embedded embedded, Timeouts timeouts, DataSize warnSize) {

		StoreProperties {
			database = StringUtils.hasText(database) ? database : "handover";
			embedded = embedded != null ? embedded : new Embedded(null, false, null, null, null);
			timeouts = timeouts != null ? timeouts : new Timeouts(null, null, null);
			warnSize = warnSize != null ? warnSize : DataSize.ofBytes(StoreUpkeep.DEFAULT.warnSize());
		}

		/**
		 * How the embedded H2 file is kept small: the defaults of {@link StoreUpkeep}.
		 */
		StoreUpkeep upkeep() {
			Compaction compaction = this.embedded.compaction();
			return new StoreUpkeep(this.embedded.retention(), compaction.fillTarget(), compaction.pause(),
					compaction.every(), compaction.atShutdown(), this.embedded.compress(), this.warnSize.toBytes());
		}

		/**
		 * @param serverSelection how long a request waits for a reachable store (a
		 * replica set elects a new primary within about 10 s)
		 * @param connect how long opening a connection may take
		 * @param read how long the store may take to answer one operation
		 */
		record Timeouts(Duration serverSelection, Duration connect, Duration read) {
			Timeouts {
				serverSelection = serverSelection != null ? serverSelection : Duration.ofSeconds(2);
				connect = connect != null ? connect : Duration.ofSeconds(2);
				read = read != null ? read : Duration.ofSeconds(30);
			}
		}

		/**
		 * @param file the H2 file
		 * @param inMemory keep the data in memory only (tests)
		 * @param retention how long H2 keeps an obsolete chunk before reusing its space
		 * @param compress compress the file's pages (LZF)
		 * @param compaction when and how much to compact
		 */
		record Embedded(String file, boolean inMemory, Duration retention, Boolean compress, Compaction compaction) {
			Embedded {
				file = StringUtils.hasText(file) ? file : "./data/handover.mv";
				retention = retention != null ? retention : StoreUpkeep.DEFAULT.retention();
				compress = compress != null ? compress : StoreUpkeep.DEFAULT.compress();
				compaction = compaction != null ? compaction : new Compaction(null, null, null, null);
			}
		}

		/**
		 * @param fillTarget compact while less of the file than this (percent) is live
		 * data (0: never)
		 * @param pause how long one step should take; writes wait while it runs
		 * @param every how often to check
		 * @param atShutdown how long closing may compact
		 */
		record Compaction(Integer fillTarget, Duration pause, Duration every, Duration atShutdown) {
			Compaction {
				StoreUpkeep defaults = StoreUpkeep.DEFAULT;
				fillTarget = fillTarget != null ? fillTarget : defaults.fillTarget();
				pause = pause != null ? pause : defaults.pause();
				every = every != null ? every : defaults.every();
				atShutdown = atShutdown != null ? atShutdown : defaults.atShutdown();
			}
		}

	}

}

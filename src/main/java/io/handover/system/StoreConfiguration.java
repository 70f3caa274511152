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
						: EmbeddedMongo.onFile(Path.of(properties.embedded().file()));
			}
			return this.server.connectionString() + "/" + properties.database();
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
	 * @param embedded where the embedded store keeps its data
	 */
	@ConfigurationProperties("handover.store")
	record StoreProperties(String uri, String database, Embedded embedded, Timeouts timeouts) {

		StoreProperties {
			database = StringUtils.hasText(database) ? database : "handover";
			embedded = embedded != null ? embedded : new Embedded(null, false);
			timeouts = timeouts != null ? timeouts : new Timeouts(null, null, null);
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

		record Embedded(String file, boolean inMemory) {
			Embedded {
				file = StringUtils.hasText(file) ? file : "./data/handover.mv";
			}
		}

	}

}

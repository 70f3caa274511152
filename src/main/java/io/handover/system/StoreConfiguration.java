package io.handover.system;

import java.nio.file.Path;

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
		MongoClientSettings settings = MongoClientSettings.builder()
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
	record StoreProperties(String uri, String database, Embedded embedded) {

		StoreProperties {
			database = StringUtils.hasText(database) ? database : "handover";
			embedded = embedded != null ? embedded : new Embedded(null, false);
		}

		record Embedded(String file, boolean inMemory) {
			Embedded {
				file = StringUtils.hasText(file) ? file : "./data/handover.mv";
			}
		}

	}

}

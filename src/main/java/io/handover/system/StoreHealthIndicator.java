package io.handover.system;

import com.mongodb.client.MongoClient;
import org.bson.Document;
import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.data.mongodb.MongoDatabaseFactory;
import org.springframework.stereotype.Component;

/**
 * The store's health ({@code store} in {@code /actuator/health} and in the readiness
 * probe): a {@code ping}, which every MongoDB and the embedded server answer (Spring
 * Boot's own check uses {@code hello}, which the embedded server does not know). When the
 * driver sees no writable server it says so at once instead of waiting for a server
 * selection timeout.
 */
@Component("store")
class StoreHealthIndicator extends AbstractHealthIndicator {

	private final MongoClient client;

	private final MongoDatabaseFactory databases;

	StoreHealthIndicator(MongoClient client, MongoDatabaseFactory databases) {
		super("The store is not reachable");
		this.client = client;
		this.databases = databases;
	}

	@Override
	protected void doHealthCheck(Health.Builder health) {
		if (!this.client.getClusterDescription().hasWritableServer()) {
			health.down().withDetail("reason", "no writable MongoDB server");
			return;
		}
		this.databases.getMongoDatabase().runCommand(new Document("ping", 1));
		health.up();
	}

}

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
 * selection timeout. On the embedded H2 file it also tells the file's size and how much
 * of it is live data ({@code /actuator/health/store-file} shows them); a large file is
 * not a reason to stop taking turns, so it never changes the status.
 */
@Component("store")
class StoreHealthIndicator extends AbstractHealthIndicator {

	private final MongoClient client;

	private final MongoDatabaseFactory databases;

	private final StoreConfiguration.EmbeddedStoreHolder embedded;

	StoreHealthIndicator(MongoClient client, MongoDatabaseFactory databases,
			StoreConfiguration.EmbeddedStoreHolder embedded) {
		super("The store is not reachable");
		this.client = client;
		this.databases = databases;
		this.embedded = embedded;
	}

	@Override
	protected void doHealthCheck(Health.Builder health) {
		if (!this.client.getClusterDescription().hasWritableServer()) {
			health.down().withDetail("reason", "no writable MongoDB server");
			return;
		}
		this.databases.getMongoDatabase().runCommand(new Document("ping", 1));
		health.up();
		StoreFile.Stats file = this.embedded.fileStats();
		if (file != null) {
			health.withDetail("fileSize", file.size())
				.withDetail("liveData", file.live())
				.withDetail("fillRate", file.fillRate())
				.withDetail("compactions", file.compactions())
				.withDetail("longestCompactionMillis", file.longestCompactionMillis())
				.withDetail("compactionsOver500Millis", file.slowCompactions())
				.withDetail("roomWaits", file.roomWaits())
				.withDetail("longestRoomWaitMillis", file.longestRoomWaitMillis());
		}
	}

}

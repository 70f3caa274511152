package io.handover.system;

import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A filter naming an {@code _id} and more fields (a compare-and-set: "this employee, if
 * their last working day is still X") is looked up by {@code _id} and still answers
 * exactly what the whole filter says, on the file store and in memory; and a file written
 * by mongo-java-server's own H2 backend opens with its data.
 */
class EmbeddedStoreIdFirstTests {

	@TempDir
	Path folder;

	@Test
	void aCompareAndSetChangesTheDocumentOnlyWhileTheOtherFieldsStillMatchOnFile() {
		try (EmbeddedMongo store = EmbeddedMongo.onFile(this.folder.resolve("handover.mv"))) {
			compareAndSetAndQueries(store);
		}
	}

	@Test
	void aCompareAndSetChangesTheDocumentOnlyWhileTheOtherFieldsStillMatchInMemory() {
		try (EmbeddedMongo store = EmbeddedMongo.inMemory()) {
			compareAndSetAndQueries(store);
		}
	}

	@Test
	void anInOnOneFieldOfACompoundUniqueIndexIsAnsweredFromTheIndexOnFile() {
		try (EmbeddedMongo store = EmbeddedMongo.onFile(this.folder.resolve("compound.mv"))) {
			compoundIn(store);
		}
	}

	@Test
	void anInOnOneFieldOfACompoundUniqueIndexIsAnsweredFromTheIndexInMemory() {
		try (EmbeddedMongo store = EmbeddedMongo.inMemory()) {
			compoundIn(store);
		}
	}

	/**
	 * Issue 24: the asset import looks a batch's serial numbers up per type
	 * ({@code {type, serialNumber: {$in}}}); the store answers that from the unique index
	 * of type and serial number, not by reading every asset (the scan log says which).
	 */
	private static void compoundIn(EmbeddedMongo store) {
		ch.qos.logback.classic.Logger scans = (ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory
			.getLogger("io.handover.system.StoreScans");
		ch.qos.logback.core.read.ListAppender<ch.qos.logback.classic.spi.ILoggingEvent> seen = new ch.qos.logback.core.read.ListAppender<>();
		seen.start();
		ch.qos.logback.classic.Level level = scans.getLevel();
		scans.setLevel(ch.qos.logback.classic.Level.DEBUG);
		scans.addAppender(seen);
		try (MongoClient client = MongoClients.create(store.connectionString())) {
			MongoCollection<Document> assets = client.getDatabase("handover").getCollection("assetsOfTheIdFirstTest");
			assets.createIndex(new Document("type", 1).append("serialNumber", 1),
					new com.mongodb.client.model.IndexOptions().unique(true));
			List<Document> all = new ArrayList<>();
			for (int n = 1; n <= 40; n++) {
				all.add(new Document("_id", "a-" + n).append("type", n % 2 == 0 ? "laptop" : "phone")
					.append("serialNumber", "S" + (n / 2)));
			}
			assets.insertMany(all);
			synchronized (seen) {
				seen.list.clear();
			}

			List<Document> found = assets
				.find(Filters.and(Filters.eq("type", "laptop"), Filters.in("serialNumber", "S1", "S3", "S3", "S99")))
				.into(new ArrayList<>());

			assertThat(found).extracting(d -> d.getString("_id")).containsExactlyInAnyOrder("a-2", "a-6");
			// other stores in this JVM (a cached context's workers) log their own scans,
			// of
			// the real collections
			assertThat(scansOfAssets(seen)).as("no query read the whole collection").isEmpty();

			// the shape the library answers by reading everything is still logged so
			assertThat(assets.find(Filters.or(Filters.eq("serialNumber", "S1"), Filters.eq("serialNumber", "S3")))
				.into(new ArrayList<>())).hasSize(4);
			assertThat(scansOfAssets(seen)).singleElement()
				.satisfies(message -> assertThat(message).contains("Read all 40 documents of assetsOfTheIdFirstTest"));
		}
		finally {
			scans.detachAppender(seen);
			scans.setLevel(level);
		}
	}

	private static List<String> scansOfAssets(
			ch.qos.logback.core.read.ListAppender<ch.qos.logback.classic.spi.ILoggingEvent> seen) {
		List<ch.qos.logback.classic.spi.ILoggingEvent> events;
		synchronized (seen) { // appended to under this lock, from any thread
			events = List.copyOf(seen.list);
		}
		return events.stream()
			.map(ch.qos.logback.classic.spi.ILoggingEvent::getFormattedMessage)
			.filter(message -> message.contains(" documents of assetsOfTheIdFirstTest "))
			.toList();
	}

	@Test
	void aFileWrittenByTheStoresOwnH2BackendOpensWithItsData() {
		Path file = this.folder.resolve("older.mv");
		H2Backend plain = new H2Backend(file.toString());
		MongoServer server = new MongoServer(plain);
		InetSocketAddress address = server.bind();
		try (MongoClient client = MongoClients.create("mongodb://127.0.0.1:" + address.getPort())) {
			client.getDatabase("handover")
				.getCollection("employees")
				.insertOne(new Document("_id", "emp-1").append("name", "Jan Bakker").append("leavingOn", "2026-12-31"));
		}
		server.shutdownNow();
		plain.close();

		try (EmbeddedMongo store = EmbeddedMongo.onFile(file);
				MongoClient client = MongoClients.create(store.connectionString())) {
			MongoCollection<Document> employees = client.getDatabase("handover").getCollection("employees");
			Document jan = employees
				.find(Filters.and(Filters.eq("_id", "emp-1"), Filters.eq("leavingOn", "2026-12-31")))
				.first();
			assertThat(jan).isNotNull();
			assertThat(jan.getString("name")).isEqualTo("Jan Bakker");
			employees.insertOne(new Document("_id", "emp-2").append("name", "Anna de Vries"));
			assertThat(employees.countDocuments()).isEqualTo(2);
		}
	}

	private static void compareAndSetAndQueries(EmbeddedMongo store) {
		try (MongoClient client = MongoClients.create(store.connectionString())) {
			MongoCollection<Document> employees = client.getDatabase("handover").getCollection("employees");
			List<Document> people = new ArrayList<>();
			for (int n = 1; n <= 50; n++) {
				people.add(new Document("_id", "emp-" + n).append("n", n)
					.append("leavingOn", n % 2 == 0 ? "2026-12-31" : null));
			}
			employees.insertMany(people);

			// still the day read before: changed
			assertThat(employees
				.updateOne(Filters.and(Filters.eq("_id", "emp-4"), Filters.eq("leavingOn", "2026-12-31")),
						Updates.set("leavingOn", "2027-01-15"))
				.getModifiedCount()).isEqualTo(1);
			// changed underneath: nothing happens
			assertThat(employees
				.updateOne(Filters.and(Filters.eq("_id", "emp-4"), Filters.eq("leavingOn", "2026-12-31")),
						Updates.set("leavingOn", "2027-02-01"))
				.getModifiedCount()).isZero();
			// no last working day yet (null matches a missing or null field)
			assertThat(employees
				.updateOne(Filters.and(Filters.eq("_id", "emp-5"), Filters.eq("leavingOn", null)),
						Updates.set("leavingOn", "2027-03-01"))
				.getModifiedCount()).isEqualTo(1);
			assertThat(employees.find(Filters.eq("_id", "emp-4")).first().getString("leavingOn"))
				.isEqualTo("2027-01-15");

			// several ids with another field, sorted, limited and projected as asked
			List<Document> found = employees
				.find(Filters.and(Filters.in("_id", "emp-2", "emp-3", "emp-6", "emp-8", "emp-99"),
						Filters.eq("leavingOn", "2026-12-31")))
				.sort(Sorts.descending("n"))
				.limit(2)
				.projection(Projections.include("n"))
				.into(new ArrayList<>());
			assertThat(found).extracting(d -> d.getInteger("n")).containsExactly(8, 6);
			assertThat(found.get(0).keySet()).containsExactlyInAnyOrder("_id", "n");

			// an operator on _id other than $in still works (the whole collection is
			// read)
			assertThat(employees.countDocuments(Filters.and(Filters.gt("_id", "emp-48"), Filters.gt("n", 0))))
				.isEqualTo(7);
			// a removal with a condition removes only the matching document
			assertThat(
					employees.deleteOne(Filters.and(Filters.eq("_id", "emp-6"), Filters.eq("n", 7))).getDeletedCount())
				.isZero();
			assertThat(
					employees.deleteOne(Filters.and(Filters.eq("_id", "emp-6"), Filters.eq("n", 6))).getDeletedCount())
				.isEqualTo(1);
		}
	}

}

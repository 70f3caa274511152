package io.handover.system;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A sparse index on one field of the embedded file store answers an equality on a string
 * ({@link HoldingIndex#equalTo}) with the documents a scan finds, in the order asked for,
 * after inserts, updates and deletes and across a restart, without reading the collection
 * (issue 21: the HR sync's look-up of a joiner by name read all 10,000 employees for each
 * hire). Every answer is compared with the same query on a copy of the documents without
 * the index.
 */
class EmbeddedStoreEqualityIndexTests {

	private static final String ONLY_HERE = "employeesOfTheEqualityIndexTest";

	@TempDir
	Path folder;

	@Test
	void aSparseIndexFindsTheDocumentsWithAStringAsAScanDoesAcrossChangesAndARestart() {
		Path file = this.folder.resolve("equality.mv");
		try (EmbeddedMongo store = EmbeddedMongo.onFile(file);
				MongoClient client = MongoClients.create(store.connectionString())) {
			MongoCollection<Document> indexed = client.getDatabase("handover").getCollection("employees");
			MongoCollection<Document> plain = client.getDatabase("handover").getCollection("scanned");
			List<Document> people = new ArrayList<>();
			for (int n = 0; n < 600; n++) {
				Document person = new Document("_id", "emp-" + n).append("registeredAt", (n * 37) % 600);
				if (n % 3 != 0) {
					// a third lack the field; a few names repeat
					person.append("nameKey", "name " + (n % 50));
				}
				people.add(person);
			}
			people.add(new Document("_id", "array").append("nameKey", List.of("name 7", "alias")));
			people.add(new Document("_id", "null").append("nameKey", null));
			people.add(new Document("_id", "number").append("nameKey", 7));
			people.add(new Document("_id", "nested").append("nameKey", new Document("first", "name 7")));
			both(indexed, plain, c -> c.insertMany(people.stream().map(Document::new).toList()));
			// built over the documents already there
			indexed.createIndex(Indexes.ascending("nameKey"), new IndexOptions().sparse(true));
			assertSameAnswers(indexed, plain);

			both(indexed, plain, c -> c
				.insertOne(new Document("_id", "late").append("nameKey", "name 7").append("registeredAt", -1)));
			both(indexed, plain, c -> c.updateOne(Filters.eq("_id", "emp-7"), Updates.set("nameKey", "renamed")));
			both(indexed, plain, c -> c.updateOne(Filters.eq("_id", "emp-57"), Updates.unset("nameKey")));
			both(indexed, plain, c -> c.updateOne(Filters.eq("_id", "emp-3"), Updates.set("nameKey", "name 7")));
			both(indexed, plain,
					c -> c.updateOne(Filters.eq("_id", "emp-107"), Updates.set("nameKey", List.of("name 7", "x"))));
			both(indexed, plain, c -> c.deleteOne(Filters.eq("_id", "emp-157")));
			both(indexed, plain, c -> c.replaceOne(Filters.eq("_id", "emp-207"),
					new Document("_id", "emp-207").append("nameKey", "alias").append("registeredAt", 3)));
			assertSameAnswers(indexed, plain);
			assertThat(ids(indexed, Filters.eq("nameKey", "name 7"), null))
				.contains("late", "array", "emp-3", "emp-107")
				.doesNotContain("emp-7", "emp-57", "emp-157", "emp-207", "nested", "number");
		}
		try (EmbeddedMongo store = EmbeddedMongo.onFile(file);
				MongoClient client = MongoClients.create(store.connectionString())) {
			MongoCollection<Document> indexed = client.getDatabase("handover").getCollection("employees");
			MongoCollection<Document> plain = client.getDatabase("handover").getCollection("scanned");
			assertSameAnswers(indexed, plain);
			both(indexed, plain, c -> c.updateOne(Filters.eq("_id", "emp-257"), Updates.set("nameKey", "alias")));
			assertSameAnswers(indexed, plain);
		}
	}

	@Test
	void anEqualityOnAStringIsAnsweredFromTheIndexNotByReadingTheCollection() {
		ch.qos.logback.classic.Logger scans = (ch.qos.logback.classic.Logger) LoggerFactory
			.getLogger("io.handover.system.StoreScans");
		Level before = scans.getLevel();
		ListAppender<ILoggingEvent> logged = new ListAppender<>();
		logged.start();
		scans.addAppender(logged);
		scans.setLevel(Level.DEBUG);
		try (EmbeddedMongo store = EmbeddedMongo.onFile(this.folder.resolve("scans.mv"));
				MongoClient client = MongoClients.create(store.connectionString())) {
			// a name no other store in this JVM uses: a cached context's workers log
			// their
			// own scans of "employees" to the same logger
			MongoCollection<Document> employees = client.getDatabase("handover").getCollection(ONLY_HERE);
			employees.createIndex(Indexes.ascending("managerUpn"), new IndexOptions().sparse(true));
			employees.insertMany(List.of(new Document("_id", "a").append("managerUpn", "m@example.org"),
					new Document("_id", "b").append("managerUpn", "n@example.org"), new Document("_id", "c")));
			synchronized (logged) {
				logged.list.clear();
			}

			assertThat(employees.find(Filters.eq("managerUpn", "m@example.org")).map(d -> d.get("_id")).first())
				.isEqualTo("a");
			assertThat(employees.find(Filters.eq("managerUpn", "nobody@example.org")).first()).isNull();
			assertThat(scansOf(logged, ONLY_HERE)).as("answered from the index").isEmpty();

			assertThat(employees.find(Filters.eq("name", "x")).first()).isNull();
			assertThat(scansOf(logged, ONLY_HERE)).as("a field without an index is read as before").hasSize(1);
		}
		finally {
			scans.detachAppender(logged);
			scans.setLevel(before);
		}
	}

	private static List<String> scansOf(ListAppender<ILoggingEvent> logged, String collection) {
		List<ILoggingEvent> events;
		synchronized (logged) { // appended to under this lock, from any thread
			events = List.copyOf(logged.list);
		}
		return events.stream()
			.map(ILoggingEvent::getFormattedMessage)
			.filter(m -> m.contains(" of " + collection + " "))
			.toList();
	}

	private static void both(MongoCollection<Document> indexed, MongoCollection<Document> plain,
			Consumer<MongoCollection<Document>> change) {
		change.accept(indexed);
		change.accept(plain);
	}

	private static void assertSameAnswers(MongoCollection<Document> indexed, MongoCollection<Document> plain) {
		List<Bson> filters = List.of(Filters.eq("nameKey", "name 7"), Filters.eq("nameKey", "alias"),
				Filters.eq("nameKey", "renamed"), Filters.eq("nameKey", "nobody"), Filters.eq("nameKey", 7),
				Filters.eq("nameKey", null), new Document("nameKey", new Document("$eq", "name 8")),
				Filters.and(Filters.eq("nameKey", "name 7"), Filters.lt("registeredAt", 300)),
				Filters.exists("nameKey"), Filters.eq("nameKey.first", "name 7"));
		for (Bson filter : filters) {
			assertThat(ids(indexed, filter, Sorts.ascending("registeredAt", "_id"))).as("%s", filter.toBsonDocument())
				.isEqualTo(ids(plain, filter, Sorts.ascending("registeredAt", "_id")));
			assertThat(ids(indexed, filter, null)).as("%s unsorted", filter.toBsonDocument())
				.containsExactlyInAnyOrderElementsOf(ids(plain, filter, null));
		}
	}

	private static List<Object> ids(MongoCollection<Document> collection, Bson filter, Bson sort) {
		var found = collection.find(filter);
		if (sort != null) {
			found = found.sort(sort);
		}
		return found.map(d -> d.get("_id")).into(new ArrayList<>());
	}

}

package io.handover.system;

import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Sorts;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.backend.Missing;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import org.bson.Document;
import org.h2.mvstore.MVStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The embedded store's unique indexes compare keys by value, not by serialising them
 * (issue 24: a third of an import's CPU), with the same uniqueness as before; a file
 * written with the library's own index maps is reopened with its indexes rebuilt. And a
 * sorted query with a limit keeps only its first documents while it reads, in the same
 * order as a full sort.
 */
class EmbeddedStoreOrderedIndexTests {

	@TempDir
	Path folder;

	@Test
	void keysAreEqualExactlyWhenTheirValuesAreEqualAndOrderedByValue() {
		OrderedUniqueIndex.KeyType type = new OrderedUniqueIndex.KeyType();
		assertThat(type.compare(new KeyValue("anna@example.org"), new KeyValue("anna@example.org"))).isZero();
		assertThat(type.compare(new KeyValue("anna@example.org"), new KeyValue("bert@example.org"))).isNegative();
		assertThat(type.compare(new KeyValue("bert@example.org"), new KeyValue("anna@example.org"))).isPositive();
		assertThat(type.compare(new KeyValue(2.0), new KeyValue(10.0))).isNegative();
		assertThat(type.compare(new KeyValue(7L), new KeyValue(7L))).isZero();
		// distinct as they were when the keys were compared serialised
		assertThat(type.compare(new KeyValue((Object) null), new KeyValue(Missing.getInstance()))).isNotZero();
		assertThat(type.compare(new KeyValue(1L), new KeyValue(1.0))).isNotZero();
		assertThat(type.compare(new KeyValue("a", 1.0), new KeyValue("a", 2.0))).isNegative();
		assertThat(type.compare(new KeyValue("a"), new KeyValue("a", 2.0))).isNegative();
		Document nested = new Document("x", 1);
		assertThat(type.compare(new KeyValue(nested), new KeyValue(new Document("x", 1)))).isZero();
	}

	@Test
	void aUniqueIndexFindsAndRefusesByValueAcrossARestart() {
		Path file = this.folder.resolve("handover.mv");
		try (EmbeddedMongo store = EmbeddedMongo.onFile(file);
				MongoClient client = MongoClients.create(store.connectionString())) {
			MongoCollection<Document> employees = client.getDatabase("handover").getCollection("employees");
			employees.createIndex(Indexes.ascending("upn"), new IndexOptions().unique(true).sparse(true));
			List<Document> people = new ArrayList<>();
			for (int n = 0; n < 2000; n++) {
				people.add(new Document("_id", "emp-" + n).append("upn", "p" + n + "@example.org"));
			}
			employees.insertMany(people);
			employees.insertOne(new Document("_id", "no-upn"));
			employees.insertOne(new Document("_id", "no-upn-either"));
			assertThatThrownBy(() -> employees.insertOne(new Document("_id", "again").append("upn", "p7@example.org")))
				.isInstanceOf(MongoWriteException.class)
				.hasMessageContaining("duplicate key");
		}
		try (EmbeddedMongo store = EmbeddedMongo.onFile(file);
				MongoClient client = MongoClients.create(store.connectionString())) {
			MongoCollection<Document> employees = client.getDatabase("handover").getCollection("employees");
			assertThat(employees.find(Filters.eq("upn", "p1999@example.org")).first()).extracting(d -> d.get("_id"))
				.isEqualTo("emp-1999");
			assertThat(employees.find(Filters.in("upn", "p3@example.org", "p1500@example.org", "nobody@example.org"))
				.map(d -> d.get("_id"))
				.into(new ArrayList<>())).containsExactlyInAnyOrder("emp-3", "emp-1500");
			assertThatThrownBy(
					() -> employees.insertOne(new Document("_id", "again").append("upn", "p1234@example.org")))
				.isInstanceOf(MongoWriteException.class)
				.hasMessageContaining("duplicate key");
			employees.deleteOne(Filters.eq("_id", "emp-1234"));
			employees.insertOne(new Document("_id", "again").append("upn", "p1234@example.org"));
			assertThat(employees.countDocuments()).isEqualTo(2002);
		}
	}

	@Test
	void aFileWithTheLibrarysOwnIndexMapsIsReopenedWithItsIndexesRebuiltByValue() {
		Path file = this.folder.resolve("older.mv");
		H2Backend plain = new H2Backend(file.toString());
		MongoServer server = new MongoServer(plain);
		InetSocketAddress address = server.bind();
		try (MongoClient client = MongoClients.create("mongodb://127.0.0.1:" + address.getPort())) {
			MongoCollection<Document> employees = client.getDatabase("handover").getCollection("employees");
			employees.createIndex(Indexes.ascending("upn"), new IndexOptions().unique(true).sparse(true));
			java.util.List<Document> all = new java.util.ArrayList<>();
			for (int n = 0; n < 1200; n++) {
				all.add(new Document("_id", "emp-" + n).append("upn", "p" + n + "@example.org"));
			}
			employees.insertMany(all);
		}
		server.shutdownNow();
		plain.close();

		ch.qos.logback.classic.Logger logger = (ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory
			.getLogger(EmbeddedMongo.class);
		ch.qos.logback.core.read.ListAppender<ch.qos.logback.classic.spi.ILoggingEvent> seen = new ch.qos.logback.core.read.ListAppender<>();
		seen.start();
		logger.addAppender(seen);
		try (EmbeddedMongo store = EmbeddedMongo.onFile(file);
				MongoClient client = MongoClients.create(store.connectionString())) {
			MongoCollection<Document> employees = client.getDatabase("handover").getCollection("employees");
			assertThat(employees.find(Filters.eq("upn", "p299@example.org")).first()).extracting(d -> d.get("_id"))
				.isEqualTo("emp-299");
			// the one-off pause is announced (issue 24), once per index
			assertThat(logged(seen)).extracting(ch.qos.logback.classic.spi.ILoggingEvent::getFormattedMessage)
				.anySatisfy(message -> assertThat(message)
					.startsWith("Rebuilding index upn_1 of employees from its 1200 documents")
					.contains("this takes about 1 s on a busy machine, once"));
		}
		finally {
			logger.detachAppender(seen);
		}
		seen.list.clear();
		logger.addAppender(seen);
		try (EmbeddedMongo store = EmbeddedMongo.onFile(file);
				MongoClient client = MongoClients.create(store.connectionString())) {
			client.getDatabase("handover").getCollection("employees").countDocuments();
			assertThat(logged(seen)).as("rebuilt once: the next start says nothing")
				.noneMatch(event -> event.getFormattedMessage().startsWith("Rebuilding"));
		}
		finally {
			logger.detachAppender(seen);
		}
		try (EmbeddedMongo store = EmbeddedMongo.onFile(file);
				MongoClient client = MongoClients.create(store.connectionString())) {
			MongoCollection<Document> employees = client.getDatabase("handover").getCollection("employees");
			assertThatThrownBy(() -> employees.insertOne(new Document("_id", "again").append("upn", "p42@example.org")))
				.isInstanceOf(MongoWriteException.class)
				.hasMessageContaining("duplicate key");
		}
		MVStore reopened = new MVStore.Builder().fileName(file.toString()).readOnly().open();
		try {
			assertThat(reopened.getMapNames()).contains("handover.employees._index_upn_1.ordered",
					"handover.employees._index__id_.ordered");
			assertThat(reopened.getMapNames()).doesNotContain("handover.employees._index_upn_1",
					"handover.employees._index__id_");
		}
		finally {
			reopened.close();
		}
	}

	@Test
	void aSparseIndexOnOneFieldFindsTheDocumentsHoldingItAcrossARestart() {
		Path file = this.folder.resolve("holding.mv");
		try (EmbeddedMongo store = EmbeddedMongo.onFile(file);
				MongoClient client = MongoClients.create(store.connectionString())) {
			MongoCollection<Document> employees = client.getDatabase("handover").getCollection("employees");
			List<Document> people = new ArrayList<>();
			for (int n = 0; n < 1000; n++) {
				Document person = new Document("_id", "emp-" + n).append("name", "P" + n);
				if (n % 100 == 0) {
					person.append("auditOwed", List.of(new Document("key", "k" + n).append("at", n),
							new Document("key", "k" + n + "b").append("at", n)));
				}
				people.add(person);
			}
			employees.insertMany(people);
			// built over the documents there
			employees.createIndex(Indexes.ascending("auditOwed.key"), new IndexOptions().sparse(true));
			employees.insertOne(new Document("_id", "late").append("auditOwed",
					List.of(new Document("key", "k0").append("at", 5000))));
			employees.updateOne(Filters.eq("_id", "emp-100"), com.mongodb.client.model.Updates.pullByFilter(
					new Document("auditOwed", new Document("key", new Document("$in", List.of("k100", "k100b"))))));
			employees.deleteOne(Filters.eq("_id", "emp-200"));
			employees.insertOne(new Document("_id", "null-key").append("auditOwed",
					List.of(new Document("key", null).append("at", 7000))));

			assertThat(owing(employees, Filters.exists("auditOwed.key"))).containsExactlyInAnyOrder("emp-0", "emp-300",
					"emp-400", "emp-500", "emp-600", "emp-700", "emp-800", "emp-900", "late", "null-key");
			assertThat(owing(employees, Filters.and(Filters.exists("auditOwed.key"), Filters.lt("auditOwed.at", 600))))
				.containsExactlyInAnyOrder("emp-0", "emp-300", "emp-400", "emp-500");
		}
		try (EmbeddedMongo store = EmbeddedMongo.onFile(file);
				MongoClient client = MongoClients.create(store.connectionString())) {
			MongoCollection<Document> employees = client.getDatabase("handover").getCollection("employees");
			employees.updateOne(Filters.eq("_id", "emp-1"),
					com.mongodb.client.model.Updates.push("auditOwed", new Document("key", "k1")));
			assertThat(owing(employees, Filters.exists("auditOwed.key"))).containsExactlyInAnyOrder("emp-0", "emp-1",
					"emp-300", "emp-400", "emp-500", "emp-600", "emp-700", "emp-800", "emp-900", "late", "null-key");
		}
		MVStore reopened = new MVStore.Builder().fileName(file.toString()).readOnly().open();
		try {
			assertThat(reopened.openMap("handover.employees._index_auditOwed.key_1.holding").size())
				.as("one entry per key held: not the collection")
				.isEqualTo(8 * 2 + 1 + 1 + 1);
		}
		finally {
			reopened.close();
		}
	}

	private static List<Object> owing(MongoCollection<Document> collection, org.bson.conversions.Bson filter) {
		return collection.find(filter).map(d -> d.get("_id")).into(new ArrayList<>());
	}

	@Test
	void aSortedQueryWithALimitAnswersAsAFullSortWouldOnFileAndInMemory() {
		try (EmbeddedMongo store = EmbeddedMongo.onFile(this.folder.resolve("sorted.mv"))) {
			sortedWithLimit(store);
		}
		try (EmbeddedMongo store = EmbeddedMongo.inMemory()) {
			sortedWithLimit(store);
		}
	}

	@Test
	void theFirstFewKeepTheirOrderAndTiesTheirArrival() {
		List<org.bson.Document> none = List.of();
		assertThat(IdFirst.TopFew.of(Stream.empty(), d -> true, (a, b) -> 0, 3).toList()).isEqualTo(none);
		List<de.bwaldvogel.mongo.bson.Document> all = new ArrayList<>();
		for (int n = 0; n < 100; n++) {
			all.add(new de.bwaldvogel.mongo.bson.Document("n", n).append("group", n % 7));
		}
		java.util.Comparator<de.bwaldvogel.mongo.bson.Document> byGroup = java.util.Comparator
			.comparingInt(d -> (Integer) d.get("group"));
		List<de.bwaldvogel.mongo.bson.Document> expected = all.stream()
			.filter(d -> (Integer) d.get("n") % 2 == 0)
			.sorted(byGroup)
			.limit(9)
			.toList();
		assertThat(IdFirst.TopFew.of(all.stream(), d -> (Integer) d.get("n") % 2 == 0, byGroup, 9).toList())
			.isEqualTo(expected);
	}

	private static void sortedWithLimit(EmbeddedMongo store) {
		try (MongoClient client = MongoClients.create(store.connectionString())) {
			MongoCollection<Document> audit = client.getDatabase("handover").getCollection("audit");
			List<Document> entries = new ArrayList<>();
			for (int n = 1; n <= 500; n++) {
				entries
					.add(new Document("sequence", (long) ((n * 7919) % 500 + 1)).append("kind", n % 3).append("n", n));
			}
			audit.insertMany(entries);
			assertThat(audit.find().sort(Sorts.descending("sequence")).limit(1).first().getLong("sequence"))
				.isEqualTo(500L);
			List<Integer> full = audit.find(Filters.eq("kind", 1))
				.sort(Sorts.ascending("sequence"))
				.map(d -> d.getInteger("n"))
				.into(new ArrayList<>());
			List<Integer> page = audit.find(Filters.eq("kind", 1))
				.sort(Sorts.ascending("sequence"))
				.skip(10)
				.limit(5)
				.map(d -> d.getInteger("n"))
				.into(new ArrayList<>());
			assertThat(page).isEqualTo(full.subList(10, 15));
			List<Integer> fullByKind = audit.find()
				.sort(Sorts.ascending("kind"))
				.map(d -> d.getInteger("n"))
				.into(new ArrayList<>());
			List<Integer> firstByKind = audit.find()
				.sort(Sorts.ascending("kind"))
				.limit(20)
				.map(d -> d.getInteger("n"))
				.into(new ArrayList<>());
			assertThat(firstByKind).as("ties in the collection's order").isEqualTo(fullByKind.subList(0, 20));
		}
	}

	/** What was logged so far: other stores in this JVM log from their own threads. */
	private static List<ch.qos.logback.classic.spi.ILoggingEvent> logged(
			ch.qos.logback.core.read.ListAppender<ch.qos.logback.classic.spi.ILoggingEvent> seen) {
		synchronized (seen) { // appended to under this lock
			return List.copyOf(seen.list);
		}
	}

}

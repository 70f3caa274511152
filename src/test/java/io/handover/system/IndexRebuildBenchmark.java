package io.handover.system;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import org.bson.Document;
import org.bson.types.ObjectId;
import org.h2.mvstore.MVStore;

/**
 * The one-off pause when a store file from before session 14 is opened (issue 24): its
 * unique indexes lived in mongo-java-server's own maps, the service now keeps them in
 * maps ordered by value ({@link OrderedUniqueIndex}) and its sparse one-field indexes in
 * {@link HoldingIndex} maps, so such a file has its indexes rebuilt from the documents
 * when first opened. Not a test (surefire never runs it): {@code bench/index-rebuild.sh}.
 * <p>
 * Writes {@code --employees} (default 100,000) employee documents with the indexes of
 * {@code Employee} into a fresh store file, closes it, and then, each time on a fresh
 * open of the file: opens it with its indexes in place (the normal start), then makes it
 * a file of before session 14 (the new maps removed, the library's own unique index maps
 * put back, empty: what an old file holds once its indexes are gone) and opens it again
 * (the rebuild), and once more (after the rebuild). Timed: opening the store, and the
 * first query that needs the employees collection (the database and its collections are
 * opened on first use).
 */
public final class IndexRebuildBenchmark {

	private IndexRebuildBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		int employees = Integer.parseInt(option(args, "--employees", "100000"));
		Path folder = Files.createTempDirectory("index-rebuild-");
		Path file = folder.resolve("handover.mv");
		System.out.printf(Locale.ROOT, "heap max %d MiB, %d processors, load average %s%n",
				Runtime.getRuntime().maxMemory() >> 20, Runtime.getRuntime().availableProcessors(), load());
		long start = System.nanoTime();
		try (EmbeddedMongo store = EmbeddedMongo.onFile(file);
				MongoClient client = MongoClients.create(store.connectionString())) {
			MongoCollection<Document> collection = client.getDatabase("handover").getCollection("employees");
			for (String unique : List.of("upn", "entraObjectId", "hrEmployeeId", "announcedWith")) {
				collection.createIndex(new Document(unique, 1), new IndexOptions().unique(true).sparse(true));
			}
			for (String sparse : List.of("managerUpn", "leavingOn")) {
				collection.createIndex(new Document(sparse, 1), new IndexOptions().sparse(true));
			}
			List<Document> batch = new ArrayList<>();
			for (int i = 0; i < employees; i++) {
				int manager = i - i % 20;
				Document employee = new Document("_id", new ObjectId()).append("name", "Persoon " + i)
					.append("nameKey", "persoon " + i)
					.append("upn", "persoon." + i + "@bench.example")
					.append("entraObjectId", UUID.randomUUID().toString())
					.append("hrEmployeeId", "HR-" + i)
					.append("registeredAt", new Date())
					.append("_class", "io.handover.employee.Employee");
				if (manager != i) {
					employee.append("managerUpn", "persoon." + manager + "@bench.example");
				}
				if (i % 50 == 0) {
					employee.append("leavingOn", new Date());
				}
				batch.add(employee);
				if (batch.size() == 1000) {
					collection.insertMany(batch);
					batch.clear();
				}
			}
			if (!batch.isEmpty()) {
				collection.insertMany(batch);
			}
		}
		System.out.printf(Locale.ROOT, "%,d employees written in %.1f s, file %.1f MB%n", employees,
				(System.nanoTime() - start) / 1e9, Files.size(file) / 1e6);
		System.out.println("| open | store opened | first query on employees | together | load average |");
		System.out.println("|---|---:|---:|---:|---:|");
		open("with its indexes (a normal start)", file, employees);
		String made = makeOld(file);
		open("before session 14: indexes rebuilt", file, employees);
		open("again, after the rebuild", file, employees);
		System.out.println("made old: " + made);
	}

	/** Removes the maps of session 14 and puts the library's own (empty) ones back. */
	private static String makeOld(Path file) {
		MVStore store = new MVStore.Builder().fileName(file.toString()).open();
		List<String> removed = new ArrayList<>();
		List<String> added = new ArrayList<>();
		try {
			for (String name : new ArrayList<>(store.getMapNames())) {
				if (name.endsWith(OrderedUniqueIndex.MAP_SUFFIX)) {
					store.removeMap(name);
					removed.add(name);
					String library = name.substring(0, name.length() - OrderedUniqueIndex.MAP_SUFFIX.length());
					store.openMap(library);
					added.add(library);
				}
				else if (name.endsWith(HoldingIndex.MAP_SUFFIX)) {
					store.removeMap(name);
					removed.add(name);
				}
			}
			store.commit();
		}
		finally {
			store.close();
		}
		return "removed " + removed + ", put back (empty) " + added;
	}

	private static void open(String what, Path file, int employees) {
		String load = load();
		long start = System.nanoTime();
		try (EmbeddedMongo store = EmbeddedMongo.onFile(file)) {
			long opened = System.nanoTime();
			try (MongoClient client = MongoClients.create(store.connectionString())) {
				Document found = client.getDatabase("handover")
					.getCollection("employees")
					.find(Filters.eq("upn", "persoon." + (employees - 1) + "@bench.example"))
					.first();
				long queried = System.nanoTime();
				if (found == null) {
					throw new IllegalStateException("the last employee is not found by UPN after: " + what);
				}
				System.out.printf(Locale.ROOT, "| %s | %.2f s | %.2f s | %.2f s | %s |%n", what, (opened - start) / 1e9,
						(queried - opened) / 1e9, (queried - start) / 1e9, load);
			}
		}
	}

	private static String load() {
		try {
			return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
		}
		catch (java.io.IOException ex) {
			return "?";
		}
	}

	private static String option(String[] args, String name, String otherwise) {
		for (int i = 0; i + 1 < args.length; i++) {
			if (args[i].equals(name)) {
				return args[i + 1];
			}
		}
		return otherwise;
	}

}

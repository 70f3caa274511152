package io.handover.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import org.HdrHistogram.Histogram;
import org.bson.Document;

/**
 * The asset register at scale: employees and the assets on their names written straight
 * into the service's store (as the CSV import would leave them), then the register's
 * queries timed through the REST API one at a time, with the store's query plans.
 */
final class AssetRegisterAtScale {

	private static final String[] TYPES = { "laptop", "phone", "access-pass" };

	private final String storeUri;

	private final String apiBase;

	private final int employees;

	private final int assetsPerEmployee;

	private final int leavers;

	AssetRegisterAtScale(String storeUri, String apiBase, int employees, int assetsPerEmployee, int leavers) {
		this.storeUri = storeUri;
		this.apiBase = apiBase;
		this.employees = employees;
		this.assetsPerEmployee = assetsPerEmployee;
		this.leavers = leavers;
	}

	String run() throws Exception {
		StringBuilder report = new StringBuilder();
		try (MongoClient client = MongoClients.create(this.storeUri)) {
			MongoDatabase db = client.getDatabase("handover");
			long start = System.nanoTime();
			generate(db);
			report.append(String.format(Locale.ROOT,
					"Generated %,d employees (%,d leaving, half of them past their last day) and %,d assets in %.0f s%n%n",
					this.employees, this.leavers, this.employees * this.assetsPerEmployee,
					(System.nanoTime() - start) / 1e9));
			HttpClient http = HttpClient.newHttpClient();
			Histogram holdings = time(http, 200, () -> "/api/assets/held-by/" + employeeId(random(this.employees)),
					this.assetsPerEmployee);
			Histogram outstanding = time(http, 10, () -> "/api/assets/outstanding", -1);
			report.append("| query | calls | p50 ms | p99 ms |\n|---|---:|---:|---:|\n");
			report.append(line("what does X have (GET /api/assets/held-by/{id})", holdings));
			report.append(line("outstanding past last day (GET /api/assets/outstanding)", outstanding));
			report.append("\nThe queries behind them (\"what does X have\" reads the holder index and each asset by"
					+ " _id; \"outstanding\" finds the leavers by last day, then the same) and their plans:\n\n");
			report.append(explain(db, "asset_holders", new Document("_id", employeeId(1))));
			report.append(explain(db, "assets", new Document("_id", "asset-1")));
			report
				.append(explain(db, "employees", new Document("leavingOn", new Document("$lt", day(LocalDate.now())))));
		}
		return report.toString();
	}

	private void generate(MongoDatabase db) {
		Instant now = Instant.now();
		LocalDate today = LocalDate.now();
		List<Document> people = new ArrayList<>();
		List<Document> assets = new ArrayList<>();
		List<Document> holders = new ArrayList<>();
		int every = Math.max(1, this.employees / Math.max(1, this.leavers));
		for (int n = 1; n <= this.employees; n++) {
			String name = "Employee " + n + " Jansen";
			Document employee = new Document("_id", employeeId(n)).append("name", name)
				.append("nameKey", name.toLowerCase(Locale.ROOT))
				.append("upn", "employee" + n + "@contoso.example")
				.append("registeredAt", Date.from(now));
			if (n % every == 0 && n / every <= this.leavers) {
				// half of the leavers are past their last working day
				LocalDate lastDay = (n / every) % 2 == 0 ? today.minusDays(1 + n % 30) : today.plusDays(1 + n % 30);
				employee.append("leavingOn", day(lastDay));
			}
			people.add(employee);
			List<String> held = new ArrayList<>();
			for (int a = 0; a < this.assetsPerEmployee; a++) {
				int asset = (n - 1) * this.assetsPerEmployee + a + 1;
				String type = TYPES[a % TYPES.length];
				assets.add(new Document("_id", "asset-" + asset).append("tag", String.format("HO-%07d", asset))
					.append("type", type)
					.append("model", type + "-standard")
					.append("serialNumber", "SN" + asset)
					.append("status", "ASSIGNED")
					.append("current",
							new Document("assignmentId", "assignment-" + asset).append("employeeId", employeeId(n))
								.append("employeeName", name)
								.append("since", Date.from(now)))
					.append("registeredAt", Date.from(now)));
				held.add("asset-" + asset);
			}
			// the service's holder index, as issuing through the register leaves it
			holders.add(new Document("_id", employeeId(n)).append("assetIds", held));
			if (people.size() == 1000) {
				db.getCollection("employees").insertMany(people);
				db.getCollection("assets").insertMany(assets);
				db.getCollection("asset_holders").insertMany(holders);
				people.clear();
				assets.clear();
				holders.clear();
			}
		}
		if (!people.isEmpty()) {
			db.getCollection("employees").insertMany(people);
			db.getCollection("assets").insertMany(assets);
			db.getCollection("asset_holders").insertMany(holders);
		}
	}

	private Histogram time(HttpClient http, int calls, java.util.function.Supplier<String> path, int expectedItems)
			throws Exception {
		Histogram histogram = new Histogram(3_600_000_000L, 3);
		for (int i = 0; i < calls + 5; i++) {
			HttpRequest request = HttpRequest.newBuilder(URI.create(this.apiBase + path.get())).GET().build();
			long start = System.nanoTime();
			HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
			long micros = (System.nanoTime() - start) / 1000;
			if (response.statusCode() != 200) {
				throw new IllegalStateException(request.uri() + " answered " + response.statusCode() + ": "
						+ response.body().substring(0, Math.min(300, response.body().length())));
			}
			if (expectedItems >= 0 && countItems(response.body()) != expectedItems) {
				throw new IllegalStateException(request.uri() + " listed the wrong assets: " + response.body());
			}
			if (i >= 5) {
				histogram.recordValue(micros);
			}
		}
		return histogram;
	}

	private static int countItems(String jsonArray) throws java.io.IOException {
		return new com.fasterxml.jackson.databind.ObjectMapper().readTree(jsonArray).size();
	}

	private static String explain(MongoDatabase db, String collection, Document filter) {
		try {
			Document plan = db
				.runCommand(new Document("explain", new Document("find", collection).append("filter", filter))
					.append("verbosity", "queryPlanner"));
			return "- " + collection + " " + filter.toJson() + ": " + plan.toJson() + "\n";
		}
		catch (RuntimeException ex) {
			return "- " + collection + " " + filter.toJson() + ": the embedded store cannot explain (" + ex.getMessage()
					+ ")\n";
		}
	}

	private static String line(String query, Histogram histogram) {
		return String.format(Locale.ROOT, "| %s | %d | %.1f | %.1f |%n", query, histogram.getTotalCount(),
				histogram.getValueAtPercentile(50) / 1000.0, histogram.getValueAtPercentile(99) / 1000.0);
	}

	private static Date day(LocalDate date) {
		return Date.from(date.atStartOfDay(ZoneOffset.UTC).toInstant());
	}

	private static String employeeId(int n) {
		return String.format("emp-%06d", n);
	}

	private static int random(int bound) {
		return 1 + ThreadLocalRandom.current().nextInt(bound);
	}

}

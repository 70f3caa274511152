package io.handover.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import org.HdrHistogram.Histogram;
import org.bson.Document;

/**
 * The asset register at scale: employees and the assets on their names written straight
 * into the service's store (as the CSV import would leave them), then 2,000 leavers
 * announced through the REST API (each one a ticket opened with its tasks generated from
 * the role profile and from what the register says they hold: the leaver task generation,
 * timed), then the register's queries timed through the REST API one at a time, and the
 * access path of every query behind them.
 */
final class AssetRegisterAtScale {

	private static final String[] TYPES = { "laptop", "phone", "access-pass" };

	private static final ObjectMapper JSON = new ObjectMapper();

	private final String storeUri;

	private final String database;

	private final boolean realMongo;

	private final String apiBase;

	private final int employees;

	private final int assetsPerEmployee;

	private final int leavers;

	private final HttpClient http = HttpClient.newHttpClient();

	/**
	 * @param realMongo the service runs on a real MongoDB (its queries can be explained)
	 */
	AssetRegisterAtScale(String storeUri, String database, boolean realMongo, String apiBase, int employees,
			int assetsPerEmployee, int leavers) {
		this.storeUri = storeUri;
		this.database = database;
		this.realMongo = realMongo;
		this.apiBase = apiBase;
		this.employees = employees;
		this.assetsPerEmployee = assetsPerEmployee;
		this.leavers = leavers;
	}

	String run() throws Exception {
		StringBuilder report = new StringBuilder();
		try (MongoClient client = MongoClients.create(this.storeUri)) {
			MongoDatabase db = client.getDatabase(this.database);
			long start = System.nanoTime();
			generate(db);
			report.append(String.format(Locale.ROOT, "Generated %,d employees and %,d assets in %.0f s%n%n",
					this.employees, this.employees * this.assetsPerEmployee, (System.nanoTime() - start) / 1e9));
			List<Integer> leaverNumbers = leaverNumbers();
			Histogram leaverTickets = openLeaverTickets(leaverNumbers);
			report.append(String.format(Locale.ROOT,
					"%,d leavers announced through `POST /api/tickets` (2,000 open tickets; the first %d as warm-up),"
							+ " half of them past their last working day; no department channel is linked, so no"
							+ " department cards are posted in this part (the starter scenario measures those)%n%n",
					leaverNumbers.size(), warmUp(leaverNumbers.size())));
			Histogram holdings = time(50, 500, () -> "/api/assets/held-by/" + employeeId(random(this.employees)),
					(body) -> body.size() == this.assetsPerEmployee);
			int pastLastDay = (int) leaverNumbers.stream().filter(this::pastLastDay).count();
			Histogram page = new Histogram(3_600_000_000L, 3);
			Histogram wholeList = new Histogram(3_600_000_000L, 3);
			for (int walk = 0; walk < 2 + 10; walk++) {
				walkOutstanding(pastLastDay * this.assetsPerEmployee, walk < 2 ? null : page,
						walk < 2 ? null : wholeList);
			}
			report.append("| query | calls | p50 ms | p99 ms | max ms |\n|---|---:|---:|---:|---:|\n");
			report.append(line("leaver task generation (POST /api/tickets, kind LEAVER, " + this.assetsPerEmployee
					+ " assets held)", leaverTickets));
			report.append(line("what does X have (GET /api/assets/held-by/{id})", holdings));
			report.append(line("outstanding past last day, a page (GET /api/assets/outstanding?limit=" + PAGE
					+ ", then its Link rel=next)", page));
			report.append(line("outstanding past last day, the whole list (" + pastLastDay + " leavers, "
					+ pastLastDay * this.assetsPerEmployee + " assets, every page in turn)", wholeList));
			report.append(String.format(Locale.ROOT, "%nLeaver index after the run: %,d entries (of %,d employees)%n",
					db.getCollection("asset_leavers").countDocuments() - 1, this.employees));
			List<Integer> past = leaverNumbers.stream().filter(this::pastLastDay).toList();
			report.append(new QueryPlans(db, this.realMongo).print(leaverNumbers.get(0), past, this.assetsPerEmployee));
		}
		return report.toString();
	}

	private void generate(MongoDatabase db) {
		Instant now = Instant.now();
		List<Document> people = new ArrayList<>();
		List<Document> assets = new ArrayList<>();
		List<Document> holders = new ArrayList<>();
		for (int n = 1; n <= this.employees; n++) {
			String name = "Employee " + n + " Jansen";
			people.add(new Document("_id", employeeId(n)).append("name", name)
				.append("nameKey", name.toLowerCase(Locale.ROOT))
				.append("upn", "employee" + n + "@contoso.example")
				.append("registeredAt", Date.from(now)));
			List<String> held = new ArrayList<>();
			for (int a = 0; a < this.assetsPerEmployee; a++) {
				int asset = (n - 1) * this.assetsPerEmployee + a + 1;
				String type = TYPES[a % TYPES.length];
				assets.add(new Document("_id", "asset-" + asset).append("tag", String.format("HO-%07d", asset))
					.append("type", type)
					.append("model", type + "-standard")
					.append("serialNumber", serial(asset))
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
			if (people.size() == 1000 || n == this.employees) {
				db.getCollection("employees").insertMany(people);
				db.getCollection("assets").insertMany(assets);
				db.getCollection("asset_holders").insertMany(holders);
				people.clear();
				assets.clear();
				holders.clear();
			}
		}
	}

	/** Every (employees / leavers)-th employee leaves. */
	private List<Integer> leaverNumbers() {
		int every = Math.max(1, this.employees / Math.max(1, this.leavers));
		List<Integer> numbers = new ArrayList<>();
		for (int n = every; n <= this.employees && numbers.size() < this.leavers; n += every) {
			numbers.add(n);
		}
		return numbers;
	}

	/** Half of the leavers (every other one) are past their last working day. */
	private boolean pastLastDay(int n) {
		return (n / Math.max(1, this.employees / Math.max(1, this.leavers))) % 2 == 0;
	}

	private LocalDate lastWorkingDay(int n) {
		LocalDate today = LocalDate.now();
		return pastLastDay(n) ? today.minusDays(1 + n % 30) : today.plusDays(1 + n % 30);
	}

	private static int warmUp(int tickets) {
		return Math.min(200, tickets / 10);
	}

	/**
	 * Announces each leaver as the API does for an HR system or a form: the ticket opens
	 * with its tasks generated from the default role profile and from the assets the
	 * register says they hold (one return task per asset); answers are checked for those.
	 */
	private Histogram openLeaverTickets(List<Integer> numbers) throws Exception {
		Histogram histogram = new Histogram(3_600_000_000L, 3);
		int warmUp = warmUp(numbers.size());
		for (int i = 0; i < numbers.size(); i++) {
			int n = numbers.get(i);
			ObjectNode ticket = JSON.createObjectNode();
			ticket.put("kind", "LEAVER");
			ticket.putObject("employee").put("id", employeeId(n));
			ticket.put("date", lastWorkingDay(n).toString());
			ticket.put("deviceRetrieval", "IN_PERSON");
			HttpRequest request = HttpRequest.newBuilder(URI.create(this.apiBase + "/api/tickets"))
				.header("Content-Type", "application/json")
				.header("Idempotency-Key", UUID.randomUUID().toString())
				.POST(HttpRequest.BodyPublishers.ofString(ticket.toString()))
				.build();
			long begin = System.nanoTime();
			HttpResponse<String> response = this.http.send(request, HttpResponse.BodyHandlers.ofString());
			long micros = (System.nanoTime() - begin) / 1000;
			if (response.statusCode() != 201) {
				throw new IllegalStateException("Opening the leaver ticket of " + employeeId(n) + " answered "
						+ response.statusCode() + ": " + abbreviate(response.body()));
			}
			for (int a = 0; a < this.assetsPerEmployee; a++) {
				String serial = serial((n - 1) * this.assetsPerEmployee + a + 1);
				if (!response.body().contains(serial)) {
					throw new IllegalStateException("The leaver ticket of " + employeeId(n) + " has no task for "
							+ serial + ": " + abbreviate(response.body()));
				}
			}
			if (i >= warmUp) {
				histogram.recordValue(micros);
			}
		}
		return histogram;
	}

	private Histogram time(int warmUp, int calls, Supplier<String> path, java.util.function.Predicate<JsonNode> right)
			throws Exception {
		Histogram histogram = new Histogram(3_600_000_000L, 3);
		for (int i = 0; i < warmUp + calls; i++) {
			Timed answer = get(path.get());
			if (!right.test(JSON.readTree(answer.response().body()))) {
				throw new IllegalStateException(
						answer.response().uri() + " listed the wrong assets: " + abbreviate(answer.response().body()));
			}
			if (i >= warmUp) {
				histogram.recordValue(answer.micros());
			}
		}
		return histogram;
	}

	/**
	 * Follows the outstanding list's next links from the first page to the last, timing
	 * each page and the whole, and checks what it got: every asset once, in order of last
	 * working day, as many as the leavers past their day hold.
	 */
	private void walkOutstanding(int expected, Histogram pages, Histogram whole) throws Exception {
		String next = "/api/assets/outstanding?limit=" + PAGE;
		java.util.Set<String> seen = new java.util.HashSet<>();
		String lastDay = "";
		long walkBegin = System.nanoTime();
		while (next != null) {
			Timed answer = get(next);
			HttpResponse<String> response = answer.response();
			JsonNode items = JSON.readTree(response.body());
			for (JsonNode item : items) {
				String day = item.path("lastWorkingDay").asText();
				if (!seen.add(item.path("holding").path("assetId").asText()) || day.compareTo(lastDay) < 0) {
					throw new IllegalStateException(
							response.uri() + " listed an asset twice or out of order: " + abbreviate(item.toString()));
				}
				lastDay = day;
			}
			next = response.headers()
				.firstValue("Link")
				.map((link) -> link.substring(link.indexOf('<') + 1, link.indexOf('>')))
				.orElse(null);
			if (next != null && items.size() != PAGE) {
				throw new IllegalStateException(response.uri() + " has a next page after " + items.size() + " items");
			}
			if (pages != null) {
				pages.recordValue(answer.micros());
			}
		}
		if (seen.size() != expected) {
			throw new IllegalStateException("The outstanding list held " + seen.size() + " assets, not " + expected);
		}
		if (whole != null) {
			whole.recordValue((System.nanoTime() - walkBegin) / 1000);
		}
	}

	/** A GET of the API, answered 200, and how long it took. */
	private Timed get(String path) throws Exception {
		HttpRequest request = HttpRequest.newBuilder(URI.create(this.apiBase + path)).GET().build();
		long begin = System.nanoTime();
		HttpResponse<String> response = this.http.send(request, HttpResponse.BodyHandlers.ofString());
		long micros = (System.nanoTime() - begin) / 1000;
		if (response.statusCode() != 200) {
			throw new IllegalStateException(
					request.uri() + " answered " + response.statusCode() + ": " + abbreviate(response.body()));
		}
		return new Timed(response, micros);
	}

	private record Timed(HttpResponse<String> response, long micros) {
	}

	private static String abbreviate(String body) {
		return body.substring(0, Math.min(500, body.length()));
	}

	private static String line(String query, Histogram histogram) {
		return String.format(Locale.ROOT, "| %s | %d | %.1f | %.1f | %.1f |%n", query, histogram.getTotalCount(),
				histogram.getValueAtPercentile(50) / 1000.0, histogram.getValueAtPercentile(99) / 1000.0,
				histogram.getMaxValue() / 1000.0);
	}

	/** The page size of the outstanding list the portal will use (the API's default). */
	private static final int PAGE = 100;

	static String employeeId(int n) {
		return String.format("emp-%06d", n);
	}

	private static String serial(int asset) {
		return "SN" + asset;
	}

	private static int random(int bound) {
		return 1 + ThreadLocalRandom.current().nextInt(bound);
	}

	static List<String> assetIdsOf(List<Integer> employees, int perEmployee) {
		Set<String> ids = new LinkedHashSet<>();
		for (int n : employees) {
			for (int a = 0; a < perEmployee; a++) {
				ids.add("asset-" + ((n - 1) * perEmployee + a + 1));
			}
		}
		return List.copyOf(ids);
	}

}

package io.handover.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

import com.mongodb.MongoCommandException;
import com.mongodb.client.MongoDatabase;
import org.bson.Document;

/**
 * The access path of every query behind the three register figures, as the service sends
 * them (io.handover.asset.AssetRegister, HolderIndex, LeaverIndex,
 * io.handover.employee.EmployeeDirectory, io.handover.ticket.TicketManagement).
 * <p>
 * On a real MongoDB ({@code --mongodb-uri}) each is the server's own {@code explain}. The
 * embedded store (mongo-java-server, H2 backend) has no {@code explain}; there the path
 * follows the backend's rule (AbstractMongoCollection.queryDocuments and
 * AbstractUniqueIndex.canHandle in mongo-java-server 1.47): a unique index is used when
 * the filter's fields are exactly that index's fields, each an equality or {@code $in}; a
 * filter on {@code _id} plus more fields is looked up by {@code _id} first (Handover's
 * io.handover.system.IdFirst); anything else reads every document of the collection.
 * Non-unique indexes are never used.
 */
final class QueryPlans {

	private final MongoDatabase db;

	private final boolean realMongo;

	QueryPlans(MongoDatabase db, boolean realMongo) {
		this.db = db;
		this.realMongo = realMongo;
	}

	String print(int leaver, List<Integer> pastLastDay, int assetsPerEmployee) {
		String employee = AssetRegisterAtScale.employeeId(leaver);
		List<String> held = AssetRegisterAtScale.assetIdsOf(List.of(leaver), assetsPerEmployee);
		List<Query> queries = new ArrayList<>();
		queries.add(new Query("what does X have", "asset_holders", new Document("_id", employee)));
		queries.add(new Query("what does X have", "assets", in(held)));
		// a page of 100 items: the index in full, then about 34 leavers' records
		List<Integer> onAPage = pastLastDay.subList(0, Math.min(pastLastDay.size(), 100 / assetsPerEmployee + 1));
		List<String> pageLeavers = onAPage.stream().map(AssetRegisterAtScale::employeeId).toList();
		queries.add(new Query("outstanding page: leaver index (day noted per entry)", "asset_leavers", new Document()));
		queries.add(new Query("outstanding page: its leavers", "employees", in(pageLeavers)));
		queries.add(new Query("outstanding page: their holdings", "asset_holders", in(pageLeavers)));
		queries.add(new Query("outstanding page: their assets", "assets",
				in(AssetRegisterAtScale.assetIdsOf(onAPage, assetsPerEmployee))));
		queries.add(new Query("leaver ticket: idempotency key", "tickets", new Document("openedWith", "a-key")));
		queries.add(new Query("leaver ticket: the employee", "employees", new Document("_id", employee)));
		queries.add(new Query("leaver ticket: no open ticket yet", "tickets",
				new Document("openSlot", "LEAVER:" + employee)));
		queries.add(new Query("leaver ticket: holdings", "asset_holders", new Document("_id", employee)));
		queries.add(new Query("leaver ticket: holdings", "assets", in(held)));
		queries.add(new Query("leaver ticket: next key (findAndModify)", "counters", new Document("_id", "ticket")));
		queries.add(new Query("leaver ticket: last working day (update if unchanged)", "employees",
				new Document("_id", employee).append("leavingOn", null)));
		queries.add(new Query("leaver ticket: leaver index (upsert, read)", "asset_leavers",
				new Document("_id", employee)));
		queries.add(new Query("leaver ticket: leaver index (remove, only when nothing is held)", "asset_leavers",
				new Document("_id", employee).append("stamp", 1L).append("writing", new Document("$lte", 0))));
		StringBuilder out = new StringBuilder();
		out.append(this.realMongo ? "\nQuery plans (the MongoDB server's `explain`, queryPlanner):\n\n"
				: "\nAccess paths on the embedded store (it has no `explain`; derived from its rule — see"
						+ " bench/README.md):\n\n");
		out.append("| request | collection | filter | access path |\n|---|---|---|---|\n");
		for (Query query : queries) {
			out.append(String.format(Locale.ROOT, "| %s | %s | `%s` | %s |%n", query.request(), query.collection(),
					abbreviate(query.filter().toJson()), this.realMongo ? explain(query) : embedded(query)));
		}
		return out.toString();
	}

	/** The winning plan's stages, innermost last, with the index each one uses. */
	private String explain(Query query) {
		try {
			Document plan = this.db.runCommand(
					new Document("explain", new Document("find", query.collection()).append("filter", query.filter()))
						.append("verbosity", "queryPlanner"));
			Document winning = plan.get("queryPlanner", Document.class).get("winningPlan", Document.class);
			List<String> stages = new ArrayList<>();
			for (Document stage = winning; stage != null; stage = stage.get("inputStage", Document.class)) {
				stages.add(stage.getString("stage")
						+ (stage.containsKey("indexName") ? " (" + stage.getString("indexName") + ")" : ""));
			}
			return String.join(" ← ", stages) + " · `" + abbreviate(winning.toJson()) + "`";
		}
		catch (MongoCommandException ex) {
			return "explain failed: " + ex.getErrorMessage();
		}
	}

	private String embedded(Query query) {
		Set<String> fields = query.filter().keySet();
		long documents = this.db.getCollection(query.collection()).estimatedDocumentCount();
		for (Document index : this.db.getCollection(query.collection()).listIndexes()) {
			Set<String> keys = new TreeSet<>(index.get("key", Document.class).keySet());
			boolean unique = "_id_".equals(index.getString("name")) || Boolean.TRUE.equals(index.get("unique"));
			if (unique && !fields.isEmpty() && keys.equals(new TreeSet<>(fields)) && equalityOrIn(query.filter())) {
				return String.format(Locale.ROOT, "unique index `%s`: a key lookup per value (%,d documents)",
						index.getString("name"), documents);
			}
		}
		if (fields.contains("_id") && fields.size() > 1
				&& equalityOrIn(new Document("_id", query.filter().get("_id")))) {
			return String.format(Locale.ROOT,
					"unique index `_id_` (IdFirst), the rest of the filter on what it finds (%,d documents)",
					documents);
		}
		return String.format(Locale.ROOT, "**scan**: reads all %,d documents", documents);
	}

	private static boolean equalityOrIn(Document filter) {
		return filter.values()
			.stream()
			.allMatch((value) -> !(value instanceof Document operator) || operator.keySet().equals(Set.of("$in")));
	}

	private static Document in(List<String> ids) {
		return new Document("_id", new Document("$in", ids));
	}

	private static String abbreviate(String json) {
		return json.length() <= 120 ? json : json.substring(0, 117) + "...";
	}

	private record Query(String request, String collection, Document filter) {
	}

}

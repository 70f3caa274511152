package io.handover.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Date;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.function.LongConsumer;

import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import org.bson.Document;
import org.bson.RawBsonDocument;
import org.bson.types.ObjectId;

/**
 * Store writes shaped and ordered as the service makes them, for the embedded store's
 * file-size test and soak benchmark (the bench compiles this very file, see
 * bench/pom.xml). The documents are copies of ones a real run left
 * (src/test/resources/store/: a joiner ticket with its six tasks, an audit entry, an
 * employee), with fresh ids, hashes and times. The mixes:
 * <ul>
 * <li><b>ticket opened with its tasks</b>: the ticket with its audit drafts and owed
 * cards, each draft appended to the audit trail, the drafts removed; then the three
 * department cards delivered (a claimed posted card, its message id, the owed card
 * removed from the ticket);</li>
 * <li><b>task transition</b> (claim, then done): the whole ticket replaced under its
 * version, as TicketStore does, with the audit draft and the owed card; the entry
 * appended, the draft removed; the card updated and the owed card removed;</li>
 * <li><b>employee import</b>: five employees, each with its draft, appended,
 * removed.</li>
 * </ul>
 */
public final class ServiceShapedWrites {

	private static final String[] DEPARTMENTS = { "IT", "FM", "HR" };

	private final MongoDatabase db;

	private final Document ticketShape;

	private final Document auditShape;

	private final Document employeeShape;

	private final Random random;

	private final LongConsumer latencyNanos;

	private final String keyPrefix;

	private final List<Document> open = new ArrayList<>();

	private long writes;

	private int tickets;

	private long sequence;

	/**
	 * @param latencyNanos told how long each write took
	 */
	public ServiceShapedWrites(MongoDatabase db, long seed, LongConsumer latencyNanos) {
		this(db, seed, "JML", latencyNanos);
	}

	/**
	 * As {@link #ServiceShapedWrites(MongoDatabase, long, LongConsumer)}, with ticket
	 * keys starting with {@code keyPrefix}: several writers on one store each need their
	 * own.
	 */
	public ServiceShapedWrites(MongoDatabase db, long seed, String keyPrefix, LongConsumer latencyNanos) {
		this.keyPrefix = keyPrefix;
		this.db = db;
		this.ticketShape = Document.parse(resource("ticket.json"));
		this.auditShape = Document.parse(resource("audit-entry.json"));
		this.employeeShape = Document.parse(resource("employee.json"));
		this.random = new Random(seed);
		this.latencyNanos = latencyNanos;
	}

	/** Store writes so far. */
	public long writes() {
		return this.writes;
	}

	/**
	 * One step of the mix: mostly task transitions on the open tickets, a new ticket
	 * while fewer than 30 are open, now and then an import of five employees.
	 */
	public void next() {
		int dice = this.random.nextInt(100);
		if (dice < 12 || this.open.isEmpty()) {
			if (this.open.size() < 30) {
				openTicket();
			}
			else {
				transition(this.open.get(this.random.nextInt(this.open.size())));
			}
		}
		else if (dice < 20) {
			importEmployees(5);
		}
		else {
			transition(this.open.get(this.random.nextInt(this.open.size())));
		}
	}

	/** One employee imported, with its audit entry (for the disk per employee). */
	public void importEmployee() {
		importEmployees(1);
	}

	/**
	 * A joiner ticket opened with its tasks and department cards, then every task claimed
	 * and done (for the disk per finished ticket).
	 */
	public void finishTicket() {
		openTicket();
		Document ticket = this.open.get(this.open.size() - 1);
		while (this.open.contains(ticket)) {
			transition(ticket);
		}
	}

	/**
	 * The size of every document in the store, as BSON: what an export of the live data
	 * holds.
	 */
	public static long liveBsonBytes(MongoDatabase db) {
		long bytes = 0;
		for (String name : db.listCollectionNames()) {
			for (RawBsonDocument document : db.getCollection(name, RawBsonDocument.class).find()) {
				bytes += document.getByteBuffer().remaining();
			}
		}
		return bytes;
	}

	private void openTicket() {
		String key = String.format("%s-%06d", this.keyPrefix, ++this.tickets);
		Document ticket = copy(this.ticketShape);
		ticket.put("_id", key);
		ticket.put("state", "OPEN");
		ticket.put("openedAt", new Date());
		ticket.put("openSlot", "JOINER:" + new ObjectId().toHexString());
		ticket.put("openedWith", hex(16));
		Document employee = ticket.get("employee", Document.class);
		employee.put("_id", new ObjectId());
		employee.put("name", name());
		List<Document> drafts = new ArrayList<>();
		drafts.add(draft("ticket", key, "opened"));
		int n = 0;
		for (Document task : ticket.getList("tasks", Document.class)) {
			String id = key + "-" + (++n);
			task.put("_id", id);
			task.put("status", "OPEN");
			task.remove("assignee");
			task.remove("claimedAt");
			task.remove("completedBy");
			task.remove("completedAt");
			drafts.add(draft("task", id, "created"));
		}
		ticket.put("auditOwed", drafts);
		ticket.put("outbox", owed(DEPARTMENTS));
		ticket.put("version", 0L);
		write(() -> this.db.getCollection("tickets").insertOne(ticket));
		appendAndClear("tickets", key, drafts);
		ticket.put("auditOwed", List.of());
		for (String department : DEPARTMENTS) {
			String card = key + "|dept:" + department + ":19:" + hex(16) + "@thread.tacv2";
			write(() -> this.db.getCollection("posted_cards")
				.insertOne(new Document("_id", card).append("ticketKey", key)
					.append("target", "dept:" + department)
					.append("conversationId", "19:" + hex(16) + "@thread.tacv2")
					.append("claimedAt", new Date())
					.append("firstClaimedAt", new Date())));
			write(() -> this.db.getCollection("posted_cards")
				.updateOne(Filters.eq("_id", card), Updates.combine(Updates.set("messageId", "1" + digits(12)),
						Updates.set("postedAt", new Date()), Updates.unset("claimedAt"))));
		}
		write(() -> this.db.getCollection("tickets")
			.updateOne(Filters.eq("_id", key), Updates.set("outbox", List.of())));
		ticket.put("outbox", List.of());
		this.open.add(ticket);
	}

	/** Claims the first open task, or completes the first claimed one. */
	private void transition(Document ticket) {
		String key = ticket.getString("_id");
		Document task = null;
		for (Document candidate : ticket.getList("tasks", Document.class)) {
			if (!"DONE".equals(candidate.getString("status"))) {
				task = candidate;
				break;
			}
		}
		if (task == null) {
			this.open.remove(ticket);
			return;
		}
		Document actor = new Document("_id", "aad-" + hex(8)).append("name", name()).append("channel", "TEAMS");
		String action;
		if ("CLAIMED".equals(task.getString("status"))) {
			task.put("status", "DONE");
			task.put("completedBy", actor);
			task.put("completedAt", new Date());
			action = "completed";
		}
		else {
			task.put("status", "CLAIMED");
			task.put("assignee", actor);
			task.put("claimedAt", new Date());
			action = "claimed";
		}
		long version = ticket.getLong("version");
		List<Document> drafts = List.of(draft("task", task.getString("_id"), action));
		ticket.put("auditOwed", drafts);
		ticket.put("outbox", owed(task.getString("department")));
		ticket.put("version", version + 1);
		boolean done = ticket.getList("tasks", Document.class)
			.stream()
			.allMatch((t) -> "DONE".equals(t.getString("status")));
		if (done) {
			ticket.put("state", "DONE");
		}
		else {
			ticket.put("state", "IN_PROGRESS");
		}
		write(() -> this.db.getCollection("tickets")
			.replaceOne(Filters.and(Filters.eq("_id", key), Filters.eq("version", version)), ticket));
		appendAndClear("tickets", key, drafts);
		ticket.put("auditOwed", List.of());
		write(() -> this.db.getCollection("posted_cards")
			.updateOne(Filters.eq("ticketKey", key), Updates.set("updatedAt", new Date())));
		write(() -> this.db.getCollection("tickets")
			.updateOne(Filters.eq("_id", key), Updates.set("outbox", List.of())));
		ticket.put("outbox", List.of());
		if (done) {
			this.open.remove(ticket);
		}
	}

	private void importEmployees(int count) {
		for (int i = 0; i < count; i++) {
			Document employee = copy(this.employeeShape);
			ObjectId id = new ObjectId();
			String name = name();
			employee.put("_id", id);
			employee.put("name", name);
			employee.put("nameKey", name.toLowerCase());
			employee.put("upn", name.toLowerCase().replace(' ', '.') + "@contoso.example");
			employee.put("hrEmployeeId", "HR-" + digits(6));
			employee.put("entraObjectId", java.util.UUID.randomUUID().toString());
			employee.put("registeredAt", new Date());
			List<Document> drafts = List.of(draft("employee", id.toHexString(), "created"));
			employee.put("auditOwed", drafts);
			write(() -> this.db.getCollection("employees").insertOne(employee));
			appendAndClear("employees", id, drafts);
		}
	}

	/** As AuditOutbox: each draft appended to the chain, then the drafts removed. */
	private void appendAndClear(String collection, Object id, List<Document> drafts) {
		for (Document draft : drafts) {
			Document entry = copy(this.auditShape);
			entry.put("_id", new ObjectId());
			entry.put("key", draft.getString("key"));
			entry.put("at", new Date());
			entry.put("subjectType", draft.getString("subjectType"));
			entry.put("subjectId", draft.getString("subjectId"));
			entry.put("action", draft.getString("action"));
			entry.put("previousHash", hex(32));
			entry.put("hash", hex(32));
			append(entry);
		}
		write(() -> this.db.getCollection(collection)
			.updateOne(Filters.eq("_id", id), Updates.set("auditOwed", List.of())));
	}

	/**
	 * As AuditTrail: the next sequence number, unique in the store; when the service
	 * appended one meanwhile, the last is read again and the append retried.
	 */
	private void append(Document entry) {
		while (true) {
			entry.put("sequence", ++this.sequence);
			try {
				write(() -> this.db.getCollection("audit").insertOne(entry));
				return;
			}
			catch (com.mongodb.MongoWriteException ex) {
				if (ex.getError().getCode() != 11000) {
					throw ex;
				}
				Document last = this.db.getCollection("audit")
					.find()
					.sort(new Document("sequence", -1))
					.limit(1)
					.first();
				this.sequence = last != null ? last.get("sequence", Number.class).longValue() : 0;
			}
		}
	}

	private Document draft(String subjectType, String subjectId, String action) {
		Map<String, Object> changes = new TreeMap<>();
		changes.put("status", new Document("before", "\"OPEN\"").append("after", "\"" + action.toUpperCase() + "\""));
		return new Document("key", new ObjectId().toHexString()).append("at", new Date())
			.append("subjectType", subjectType)
			.append("subjectId", subjectId)
			.append("action", action)
			.append("actorId", "aad-" + hex(8))
			.append("actorName", name())
			.append("channel", "TEAMS")
			.append("why", "")
			.append("changes", new Document(changes));
	}

	private List<Document> owed(String... departments) {
		List<Document> owed = new ArrayList<>();
		for (String department : departments) {
			owed.add(new Document("department", department).append("at", new Date()).append("id", hex(8)));
		}
		return owed;
	}

	private void write(Runnable write) {
		long began = System.nanoTime();
		write.run();
		this.latencyNanos.accept(System.nanoTime() - began);
		this.writes++;
	}

	private String name() {
		String[] first = { "Anna", "Piet", "Maria", "Jan", "Sanne", "Daan", "Fleur", "Bram", "Noor", "Lucas" };
		String[] last = { "de Vries", "Jansen", "Bakker", "Visser", "Smit", "Meijer", "de Boer", "Mulder" };
		return first[this.random.nextInt(first.length)] + " " + last[this.random.nextInt(last.length)] + " "
				+ (char) ('A' + this.random.nextInt(26)) + digits(3);
	}

	private String hex(int bytes) {
		byte[] value = new byte[bytes];
		this.random.nextBytes(value);
		return HexFormat.of().formatHex(value);
	}

	private String digits(int count) {
		StringBuilder digits = new StringBuilder();
		for (int i = 0; i < count; i++) {
			digits.append(this.random.nextInt(10));
		}
		return digits.toString();
	}

	private static Document copy(Document shape) {
		return Document.parse(shape.toJson());
	}

	private static String resource(String name) {
		try (InputStream in = ServiceShapedWrites.class.getResourceAsStream("/store/" + name)) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}

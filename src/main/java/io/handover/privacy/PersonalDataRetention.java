package io.handover.privacy;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import io.handover.audit.AuditTrail;
import io.handover.common.Actor;
import io.handover.employee.Employee;
import io.handover.employee.EmployeeDirectory;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Service;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.result.UpdateResult;

/**
 * Personal data retention: a leaver's personal fields are kept for a period after their
 * last working day ({@link RetentionProperties}), then replaced by pseudonyms everywhere
 * Handover holds them — the same documents the export for an access request finds, in any
 * collection (tickets, tasks, assignments, handover records, stored cards,
 * conversations), and the audit entries about them or made by the person, which are
 * redacted without breaking the chain ({@link AuditTrail#redact}). The Handover id stays,
 * and a person's pseudonym is the same in every document and every run, so counts and
 * histories still read. Which fields of whom are pseudonymised is kept in
 * {@code retention}, so a run does a person's fields once; running again changes nothing.
 */
@Service
public class PersonalDataRetention {

	static final Actor RETENTION = Actor.system("retention");

	/** Bookkeeping: the audit trail (redacted through the trail), locks, this record. */
	private static final Set<String> SKIPPED = Set.of("audit", "shedlock", "retention");

	private static final Logger log = LoggerFactory.getLogger(PersonalDataRetention.class);

	private final MongoTemplate mongo;

	private final EmployeeDirectory employees;

	private final AuditTrail audit;

	private final RetentionProperties properties;

	private final Clock clock;

	PersonalDataRetention(MongoTemplate mongo, EmployeeDirectory employees, AuditTrail audit,
			RetentionProperties properties, Clock clock) {
		this.mongo = mongo;
		this.employees = employees;
		this.audit = audit;
		this.properties = properties;
		this.clock = clock;
	}

	/** Pseudonymises every leaver whose fields are due today; answers what was done. */
	public List<Pseudonymised> runDue() {
		return run().done();
	}

	/**
	 * Pseudonymises every leaver whose fields are due today; answers what was done and
	 * whose data could not be pseudonymised (and why), for the Administrators.
	 */
	public Run run() {
		LocalDate today = LocalDate.now(this.clock);
		List<Pseudonymised> done = new ArrayList<>();
		Map<String, String> failed = new LinkedHashMap<>();
		for (String employeeId : due(today)) {
			try {
				pseudonymise(employeeId, today).ifPresent(done::add);
			}
			catch (RuntimeException ex) {
				// one person's trouble must not keep the others' data; the next run tries
				// again, and the log and the Administrators' card name whom
				log.error("Personal data retention of employee {} failed; the next run tries again", employeeId, ex);
				failed.put(employeeId, String.valueOf(ex.getMessage()));
			}
		}
		return new Run(done, failed);
	}

	/**
	 * A run's outcome.
	 *
	 * @param done the people pseudonymised
	 * @param failed why, by Handover id, for the people whose data is still kept
	 */
	public record Run(List<Pseudonymised> done, Map<String, String> failed) {
	}

	/** The leavers with at least one personal field due on {@code today}. */
	List<String> due(LocalDate today) {
		Period shortest = RetentionProperties.FIELDS.stream()
			.map(this.properties::periodOf)
			.min((a, b) -> Long.compare(a.toTotalMonths() * 31 + a.getDays(), b.toTotalMonths() * 31 + b.getDays()))
			.orElseThrow();
		// a few days' margin for month ends; dueFields decides exactly
		List<String> due = new ArrayList<>();
		for (Employee leaver : this.employees.leavingBefore(today.minus(shortest).plusDays(4))) {
			if (!dueFields(leaver, today).isEmpty()) {
				due.add(leaver.id());
			}
		}
		return due;
	}

	/**
	 * Pseudonymises the personal fields of one person that are due on {@code today} and
	 * not done before. A person who is not leaving, or whose period has not ended, is
	 * left as they are.
	 * @return what was done, or empty when nothing was due
	 */
	java.util.Optional<Pseudonymised> pseudonymise(String employeeId, LocalDate today) {
		Employee person = this.employees.find(employeeId).orElse(null);
		if (person == null) {
			return java.util.Optional.empty();
		}
		Set<String> fields = dueFields(person, today);
		if (fields.isEmpty()) {
			return java.util.Optional.empty();
		}
		Pseudonyms pseudonyms = Pseudonyms.of(person, fields);
		Set<String> identifiers = PersonalDataExport.identifiers(person);
		Set<String> subjects = new HashSet<>(identifiers);
		int documents = 0;
		for (String name : this.mongo.getCollectionNames().stream().sorted().toList()) {
			if (SKIPPED.contains(name) || PersonalDataExport.SKIPPED.contains(name) || name.startsWith("system.")) {
				continue;
			}
			MongoCollection<Document> collection = this.mongo.getCollection(name);
			List<Document> naming = new ArrayList<>();
			for (Document document : collection.find()) {
				if (PersonalDataExport.names(document, identifiers)) {
					naming.add(document);
				}
			}
			for (Document document : naming) {
				subjects.add(String.valueOf(document.get("_id")));
				if (document.get("key") instanceof String key) {
					subjects.add(key);
				}
				if (rewrite(collection, name, document, person, fields, pseudonyms)) {
					documents++;
				}
			}
			if (name.equals("tickets") && !naming.isEmpty()) {
				// the overview's copies of the active tickets hold names (issue 22)
				io.handover.ticket.ActiveTicketsStamp.changed(this.mongo);
			}
		}
		AuditTrail.Redacted redacted = this.audit.redact(
				(entry) -> subjects.contains(entry.subjectId())
						|| (entry.actorId() != null && identifiers.contains(entry.actorId().toLowerCase(Locale.ROOT))),
				pseudonyms);
		Map<String, Object> changes = new LinkedHashMap<>();
		changes.put("fields", List.copyOf(fields));
		changes.put("documents", documents);
		changes.put("auditEntries", redacted.entries());
		changes.put("auditEntriesLeft", redacted.left());
		// the entry names fields and counts, never a value; its key makes it once per
		// person and set of fields, should a crash come before the record below
		this.audit.recordOnce("retention:" + employeeId + ":" + String.join(",", fields), "employee", employeeId,
				"pseudonymised", RETENTION, "personal data retention: the last working day was " + person.leavingOn(),
				changes);
		Document record = new Document();
		fields.forEach((field) -> record.append("fields." + field, today.toString()));
		this.mongo.getCollection("retention")
			.updateOne(new Document("_id", employeeId), new Document("$set", record),
					new com.mongodb.client.model.UpdateOptions().upsert(true));
		return java.util.Optional
			.of(new Pseudonymised(employeeId, List.copyOf(fields), documents, redacted.entries(), redacted.left()));
	}

	/** The person's personal fields whose period ended by {@code today} and not done. */
	private Set<String> dueFields(Employee person, LocalDate today) {
		Set<String> fields = new TreeSet<>();
		if (person.leavingOn() == null) {
			return fields;
		}
		Document record = this.mongo.getCollection("retention").find(new Document("_id", person.id())).first();
		Document done = (record != null && record.get("fields") instanceof Document map) ? map : new Document();
		for (String field : RetentionProperties.FIELDS) {
			String value = Pseudonyms.valueOf(person, field);
			if (value != null && !value.isBlank() && !done.containsKey(field)
					&& !person.leavingOn().plus(this.properties.periodOf(field)).isAfter(today)) {
				fields.add(field);
			}
		}
		return fields;
	}

	/**
	 * Writes the document back with the person's values replaced, guarded by its version
	 * when it has one (a change made meanwhile wins, and the next run tries again).
	 * @return whether it changed
	 */
	private boolean rewrite(MongoCollection<Document> collection, String name, Document document, Employee person,
			Collection<String> fields, Pseudonyms pseudonyms) {
		Object id = document.get("_id");
		Document rewritten = (Document) rewrite(document, pseudonyms);
		if (name.equals("employees") && person.id().equals(id) && fields.contains("name")) {
			rewritten.put("nameKey", pseudonyms.forField("name").toLowerCase(Locale.ROOT));
		}
		if (rewritten.equals(document)) {
			return false;
		}
		Document filter = new Document("_id", id);
		if (document.get("version") instanceof Number version) {
			filter.append("version", version);
			rewritten.put("version", version.longValue() + 1);
		}
		if (!id.equals(rewritten.get("_id"))) {
			// a document whose id is the person's value: stored again under the pseudonym
			collection.insertOne(rewritten);
			collection.deleteOne(filter);
			return true;
		}
		UpdateResult replaced = collection.replaceOne(filter, rewritten);
		if (replaced.getMatchedCount() == 0) {
			throw new IllegalStateException("A document of " + name + " changed while it was pseudonymised");
		}
		return true;
	}

	/** A copy of the value with every string (and map key) rewritten. */
	private static Object rewrite(Object value, Pseudonyms pseudonyms) {
		if (value instanceof String text) {
			return pseudonyms.apply(text);
		}
		if (value instanceof Map<?, ?> map) {
			Document copy = new Document();
			map.forEach((key, item) -> copy.put(pseudonyms.apply(String.valueOf(key)), rewrite(item, pseudonyms)));
			return copy;
		}
		if (value instanceof Collection<?> items) {
			List<Object> copy = new ArrayList<>(items.size());
			items.forEach((item) -> copy.add(rewrite(item, pseudonyms)));
			return copy;
		}
		return value;
	}

	/**
	 * What retention did for one person.
	 *
	 * @param fields the personal fields pseudonymised
	 * @param documents documents rewritten, outside the audit trail
	 * @param auditEntries audit entries redacted
	 * @param auditEntriesLeft audit entries naming the person that were left as they are
	 * (written before field digests)
	 */
	public record Pseudonymised(String employeeId, List<String> fields, int documents, int auditEntries,
			int auditEntriesLeft) {

	}

}

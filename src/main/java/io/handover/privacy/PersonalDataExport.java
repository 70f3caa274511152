package io.handover.privacy;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import io.handover.audit.AuditTrail;
import io.handover.common.Actor;
import io.handover.common.NotFound;
import io.handover.employee.Employee;
import io.handover.employee.EmployeeDirectory;
import org.bson.Document;
import org.bson.json.JsonMode;
import org.bson.json.JsonWriterSettings;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Service;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Everything Handover holds about one person, for an access request (GDPR article 15):
 * every stored document in any collection that names one of the person's identifiers
 * (Handover id, UPN, Entra object id, HR number), and every audit entry about such a
 * document or made by the person. The store is read in full, so nothing a newer module
 * stores is left out by a list of fields to look in; that is linear in the store's size
 * and fine for an occasional request. The export itself is audited.
 */
@Service
public class PersonalDataExport {

	/** Bookkeeping of the store, never about a person. */
	static final Set<String> SKIPPED = Set.of("audit", "shedlock");

	private static final JsonWriterSettings RELAXED = JsonWriterSettings.builder().outputMode(JsonMode.RELAXED).build();

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final MongoTemplate mongo;

	private final EmployeeDirectory employees;

	private final AuditTrail audit;

	private final Clock clock;

	PersonalDataExport(MongoTemplate mongo, EmployeeDirectory employees, AuditTrail audit, Clock clock) {
		this.mongo = mongo;
		this.employees = employees;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * @param employeeId the person's Handover id
	 * @param by who asks (HR or an Administrator, checked by the API's roles)
	 * @return the person, the documents per collection (as relaxed extended JSON) and the
	 * audit entries
	 */
	public Map<String, Object> export(String employeeId, Actor by) {
		Employee person = this.employees.find(employeeId).orElseThrow(() -> new NotFound("Employee", employeeId));
		Set<String> identifiers = identifiers(person);
		Map<String, List<JsonNode>> documents = new LinkedHashMap<>();
		Set<String> subjects = new HashSet<>(identifiers);
		for (String collection : this.mongo.getCollectionNames().stream().sorted().toList()) {
			if (SKIPPED.contains(collection) || collection.startsWith("system.")) {
				continue;
			}
			List<JsonNode> found = new ArrayList<>();
			for (Document document : this.mongo.getCollection(collection).find()) {
				if (names(document, identifiers)) {
					found.add(JSON.readTree(document.toJson(RELAXED)));
					subjects.add(String.valueOf(document.get("_id")));
					if (document.get("key") instanceof String key) {
						subjects.add(key);
					}
				}
			}
			if (!found.isEmpty()) {
				documents.put(collection, found);
			}
		}
		List<JsonNode> entries = new ArrayList<>();
		for (Document entry : this.mongo.getCollection("audit").find().sort(new Document("sequence", 1))) {
			if (subjects.contains(String.valueOf(entry.get("subjectId")))
					|| identifiers.contains(lower(entry.get("actorId")))) {
				entries.add(JSON.readTree(entry.toJson(RELAXED)));
			}
		}
		this.audit.record("employee", employeeId, "exported", by, "access request: everything Handover holds", Map
			.of("documents", documents.values().stream().mapToInt(List::size).sum(), "auditEntries", entries.size()));
		Map<String, Object> export = new LinkedHashMap<>();
		export.put("employeeId", employeeId);
		export.put("exportedAt", this.clock.instant().toString());
		export.put("exportedBy", by.name());
		export.put("identifiers", identifiers.stream().sorted().toList());
		export.put("documents", documents);
		export.put("audit", entries);
		return export;
	}

	static Set<String> identifiers(Employee person) {
		Set<String> identifiers = new HashSet<>();
		for (String value : new String[] { person.id(), person.upn(), person.entraObjectId(), person.hrEmployeeId() }) {
			if (value != null && !value.isBlank()) {
				identifiers.add(value.toLowerCase(Locale.ROOT));
			}
		}
		return identifiers;
	}

	/** Whether any string anywhere in the document is one of the identifiers. */
	static boolean names(Object value, Set<String> identifiers) {
		if (value instanceof String text) {
			return identifiers.contains(text.toLowerCase(Locale.ROOT));
		}
		if (value instanceof Map<?, ?> map) {
			return map.values().stream().anyMatch((item) -> names(item, identifiers));
		}
		if (value instanceof Collection<?> items) {
			return items.stream().anyMatch((item) -> names(item, identifiers));
		}
		return value != null && !(value instanceof Number) && !(value instanceof Boolean)
				&& !(value instanceof java.util.Date)
				&& identifiers.contains(value.toString().toLowerCase(Locale.ROOT));
	}

	private static String lower(Object value) {
		return value == null ? null : value.toString().toLowerCase(Locale.ROOT);
	}

}

package io.handover.employee;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.HashSet;
import java.util.function.Function;

import io.handover.audit.AuditDraft;
import io.handover.audit.AuditOutbox;
import io.handover.audit.AuditTrail;
import io.handover.common.Actor;
import io.handover.common.NotFound;
import io.handover.common.Refusal;
import org.bson.types.ObjectId;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.BulkOperationException;
import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;
import org.springframework.util.StringUtils;

/**
 * Finds and registers the people Handover works for. Registration is idempotent and safe
 * without transactions: the unique indexes on the three identities decide which of two
 * concurrent registrations inserts, and the loser returns the winner's record.
 */
@Service
public class EmployeeDirectory {

	/** How many people {@link #someoneStaying} looks through for a name only one has. */
	private static final int EXAMPLE_CANDIDATES = 50;

	static final String SUBJECT = "employee";

	private static final double MATCH_THRESHOLD = 0.6;

	private static final int ATTEMPTS = 10;

	private final MongoTemplate mongo;

	private static final String COLLECTION = "employees";

	/** Each change writes its audit entry into the record with it (see AuditOutbox). */
	private final AuditOutbox audit;

	private final Clock clock;

	private final List<LeavingDates> leavingDates;

	private final ReportsIndex reports;

	EmployeeDirectory(MongoTemplate mongo, AuditOutbox audit, Clock clock, List<LeavingDates> leavingDates,
			ReportsIndex reports) {
		this.mongo = mongo;
		this.reports = reports;
		this.audit = audit;
		this.clock = clock;
		this.leavingDates = List.copyOf(leavingDates);
		audit.owedIn(COLLECTION, null);
		NameIndex.ensure(mongo, COLLECTION);
	}

	/**
	 * Registers a person, or returns the one already known by the same UPN, Entra object
	 * id or HR employee id, filling in identities and the manager it did not have yet.
	 * @throws Refusal {@code invalid} for a missing name or identity,
	 * {@code employee-conflict} when the identities belong to different people
	 */
	public Employee register(NewEmployee e, Actor by) {
		return registration(e, by).employee();
	}

	/**
	 * Like {@link #register} but says whether it created, updated or found the record.
	 */
	Registration registration(NewEmployee e, Actor by) {
		Candidate candidate = Candidate.of(e);
		for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
			List<Employee> known = sameIdentity(candidate);
			if (known.size() > 1) {
				throw conflict(candidate, known);
			}
			if (known.size() == 1) {
				Registration filled = fill(known.get(0), candidate, by);
				if (filled != null) {
					return filled;
				}
				continue;
			}
			Planned plan = planCreate(candidate, by, 0);
			Employee created = plan.employee();
			AuditDraft registered = plan.draft();
			this.reports.mayManage(List.of(created));
			try {
				this.audit.insertOwing(created, registered);
			}
			catch (DuplicateKeyException raced) {
				// registered by someone else a moment ago: take theirs on the next pass
				continue;
			}
			delivered(created.id(), registered);
			return new Registration(created, Registration.Outcome.CREATED);
		}
		throw new IllegalStateException("Could not register " + candidate.name + " after " + ATTEMPTS + " attempts");
	}

	/**
	 * Registers a joiner announced by name only, before they have an account or an HR
	 * number. Such a person cannot be recognised by an identity, so the announcement's
	 * key stands in: a repeat of the same announcement (a double click, a re-delivered
	 * message, two instances at once) returns the record the first one made.
	 * @param announcementKey the idempotency key of the announcement, or null for a
	 * one-off registration
	 * @throws Refusal {@code invalid} for a missing name
	 */
	public Employee registerAnnounced(String name, String managerUpn, String announcementKey, Actor by) {
		if (!StringUtils.hasText(name)) {
			throw new Refusal("invalid", "name", "A name is needed");
		}
		String manager = Candidate.upn(managerUpn);
		if (manager != null && !Candidate.looksLikeUpn(manager)) {
			manager = null;
		}
		String clean = name.trim().replaceAll("\\s+", " ");
		// With the name in the key, a corrected name after a failed attempt is a new
		// person.
		String key = StringUtils.hasText(announcementKey) ? announcementKey + "|" + Names.fold(clean) : null;
		if (key != null) {
			Employee earlier = this.mongo.findOne(Query.query(Criteria.where("announcedWith").is(key)), Employee.class);
			if (earlier != null) {
				return earlier;
			}
		}
		Employee created = new Employee(new ObjectId().toHexString(), clean, Names.fold(clean), null, null, null,
				manager, null, this.clock.instant(), key);
		Map<String, Object> changes = new LinkedHashMap<>(AuditTrail.change("name", null, created.name()));
		if (manager != null) {
			changes.putAll(AuditTrail.change("managerUpn", null, manager));
		}
		AuditDraft registered = audited(created.id(), "registered", by, "announced without an identity yet", changes);
		this.reports.mayManage(List.of(created));
		try {
			this.audit.insertOwing(created, registered);
		}
		catch (DuplicateKeyException raced) {
			return this.mongo.findOne(Query.query(Criteria.where("announcedWith").is(key)), Employee.class);
		}
		delivered(created.id(), registered);
		return created;
	}

	/**
	 * Links a person to their account in the central directory, once it is found or
	 * created (a joiner announced by name only has none until then): from now on their
	 * Entra object id and sign-in name find them, in Teams too. Linking again to the same
	 * account changes nothing.
	 * @param upn the account's sign-in name, or null to keep the one on record
	 * @throws Refusal {@code invalid} for a missing object id, {@code employee-conflict}
	 * when the person is linked to another account or the account to another person
	 * @throws NotFound when there is no such employee
	 */
	public Employee linkAccount(String employeeId, String entraObjectId, String upn, Actor by) {
		if (!StringUtils.hasText(entraObjectId)) {
			throw new Refusal("invalid", "entraObjectId", "The account's Entra object id is needed to link it");
		}
		Map<String, String> account = new LinkedHashMap<>();
		account.put("entraObjectId", entraObjectId.trim());
		if (StringUtils.hasText(upn)) {
			account.put("upn", Candidate.upn(upn));
		}
		return link(employeeId, account, "account-linked", by);
	}

	/**
	 * Gives a person registered without an identity (announced by name) the identities
	 * another source knows them by, e.g. the HR system's hire of the same joiner.
	 * Idempotent; refuses identities that differ from those on record or belong to
	 * someone else.
	 * @throws Refusal {@code invalid} when {@code who} names no identity,
	 * {@code employee-conflict} as for {@link #linkAccount}
	 */
	public Employee linkIdentities(String employeeId, NewEmployee who, Actor by) {
		return link(employeeId, Candidate.of(who).identities(), "identities-linked", by);
	}

	/**
	 * Everyone registered with this name (ignoring case, accents and spacing), oldest
	 * first. Found through the index of names ({@link NameIndex}), on the embedded store
	 * too: the HR sync asks for each hire.
	 */
	public List<Employee> named(String name) {
		String key = Names.fold(name == null ? "" : name);
		if (key.isEmpty()) {
			return List.of();
		}
		return this.mongo.find(Query.query(Criteria.where("nameKey").is(key)).with(Sort.by("registeredAt", "_id")),
				Employee.class);
	}

	private Employee link(String employeeId, Map<String, String> identities, String action, Actor by) {
		for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
			Employee known = find(employeeId).orElseThrow(() -> new NotFound("Employee", employeeId));
			Criteria unchanged = Criteria.where("_id").is(known.id());
			Update update = new Update();
			Map<String, Object> changes = new LinkedHashMap<>();
			for (Map.Entry<String, String> identity : identities.entrySet()) {
				String field = identity.getKey();
				String current = value(known, field);
				if (current == null) {
					unchanged = unchanged.and(field).is(null);
					update.set(field, identity.getValue());
					changes.putAll(AuditTrail.change(field, null, identity.getValue()));
				}
				else if (!current.equals(identity.getValue())) {
					throw new Refusal("employee-conflict", field, known.name() + " is linked to " + field + " "
							+ current + " already, not " + identity.getValue());
				}
			}
			if (changes.isEmpty()) {
				return known;
			}
			AuditDraft linked = audited(known.id(), action, by, null, changes);
			Employee updated;
			try {
				updated = this.mongo.findAndModify(Query.query(unchanged), this.audit.owing(update, linked),
						FindAndModifyOptions.options().returnNew(true), Employee.class);
			}
			catch (DuplicateKeyException taken) {
				Employee other = this.mongo.findOne(Query.query(new Criteria().orOperator(identities.entrySet()
					.stream()
					.map(i -> Criteria.where(i.getKey()).is(i.getValue()))
					.toArray(Criteria[]::new))), Employee.class);
				if (other == null || other.id().equals(known.id())) {
					continue;
				}
				throw new Refusal("employee-conflict", null,
						"That account belongs to " + other + " already, not to " + known.name());
			}
			if (updated != null) {
				delivered(known.id(), linked);
				return updated;
			}
			// changed underneath: look again
		}
		throw new IllegalStateException("Could not link " + employeeId + " after " + ATTEMPTS + " attempts");
	}

	public Optional<Employee> find(String employeeId) {
		if (!StringUtils.hasText(employeeId)) {
			return Optional.empty();
		}
		return Optional.ofNullable(this.mongo.findById(employeeId, Employee.class));
	}

	/**
	 * The employees with these ids that exist, in one query on the unique {@code _id}
	 * key.
	 */
	public List<Employee> findAll(Collection<String> employeeIds) {
		if (employeeIds.isEmpty()) {
			return List.of();
		}
		return this.mongo.find(Query.query(Criteria.where("_id").in(employeeIds)), Employee.class);
	}

	public Optional<Employee> findByUpn(String upn) {
		if (!StringUtils.hasText(upn)) {
			return Optional.empty();
		}
		return Optional
			.ofNullable(this.mongo.findOne(Query.query(Criteria.where("upn").is(Candidate.upn(upn))), Employee.class));
	}

	/**
	 * Whether anyone in the register has this person as their manager (they manage
	 * people). One find of the first such person: the sparse {@code managerUpn} index
	 * answers it, on the embedded store too (a count or {@code exists} goes through an
	 * aggregation there, which reads every employee).
	 */
	public boolean managesAnyone(String managerUpn) {
		if (!StringUtils.hasText(managerUpn)) {
			return false;
		}
		Query managed = Query.query(Criteria.where("managerUpn").is(Candidate.upn(managerUpn)));
		managed.fields().include("_id");
		return this.mongo.findOne(managed, org.bson.Document.class, COLLECTION) != null;
	}

	/**
	 * The ids of the people the register names this manager for (the overview of a
	 * manager): the manager's entry in the reports index, each person on it read by id
	 * and kept only if the register still names this manager. Its cost follows the
	 * manager's team, not the register (on MongoDB as on the embedded store, which
	 * answers a filter on {@code managerUpn} by reading every employee).
	 */
	public List<String> reportsOf(String managerUpn) {
		String manager = Candidate.upn(managerUpn);
		if (manager == null) {
			return List.of();
		}
		Set<String> candidates = this.reports.candidates(manager);
		if (candidates.isEmpty()) {
			return List.of();
		}
		return findAll(candidates).stream()
			.filter(employee -> manager.equalsIgnoreCase(employee.managerUpn()))
			.map(Employee::id)
			.sorted()
			.toList();
	}

	/** The manager a planned fill names (it only ever names one where none was). */
	private static String managerSetBy(Planned planned) {
		if (planned.update() == null) {
			return planned.employee().managerUpn();
		}
		Object set = planned.update().getUpdateObject().get("$set");
		return set instanceof org.bson.Document fields ? fields.getString("managerUpn") : null;
	}

	/**
	 * Finds a person by whatever the caller has: Handover's id, a UPN, an Entra object id
	 * or an HR employee id.
	 */
	public Optional<Employee> identify(String key) {
		if (!StringUtils.hasText(key)) {
			return Optional.empty();
		}
		String trimmed = key.trim();
		return find(trimmed).or(() -> findByUpn(trimmed))
			.or(() -> byIdentity("entraObjectId", trimmed))
			.or(() -> byIdentity("hrEmployeeId", trimmed));
	}

	/**
	 * {@link #identify} for many keys at once (an import's batch): one {@code $in} query
	 * per identity, each on its unique index, the same precedence per key (Handover id,
	 * UPN, Entra object id, HR employee id). A key nobody is known by is not in the
	 * answer; the keys are trimmed.
	 */
	public Map<String, Employee> identifyAll(Collection<String> keys) {
		Set<String> wanted = new java.util.LinkedHashSet<>();
		keys.stream().filter(StringUtils::hasText).map(String::trim).forEach(wanted::add);
		Map<String, Employee> found = new java.util.HashMap<>();
		if (wanted.isEmpty()) {
			return found;
		}
		Map<String, Employee> byId = new java.util.HashMap<>();
		findAll(wanted).forEach(e -> byId.put(e.id(), e));
		Map<String, Employee> byUpn = new java.util.HashMap<>();
		this.mongo
			.find(Query.query(Criteria.where("upn").in(wanted.stream().map(Candidate::upn).distinct().toList())),
					Employee.class)
			.forEach(e -> byUpn.put(e.upn(), e));
		Map<String, Employee> byEntra = new java.util.HashMap<>();
		this.mongo.find(Query.query(Criteria.where("entraObjectId").in(wanted)), Employee.class)
			.forEach(e -> byEntra.put(e.entraObjectId(), e));
		Map<String, Employee> byHr = new java.util.HashMap<>();
		this.mongo.find(Query.query(Criteria.where("hrEmployeeId").in(wanted)), Employee.class)
			.forEach(e -> byHr.put(e.hrEmployeeId(), e));
		for (String key : wanted) {
			Employee employee = byId.get(key);
			employee = (employee != null) ? employee : byUpn.get(Candidate.upn(key));
			employee = (employee != null) ? employee : byEntra.get(key);
			employee = (employee != null) ? employee : byHr.get(key);
			if (employee != null) {
				found.put(key, employee);
			}
		}
		return found;
	}

	/**
	 * The people holding any of the candidate's identities. One query per identity, not
	 * one {@code $or}: each names exactly the field of its unique index, so the embedded
	 * store answers it from the index, where an {@code $or} reads every employee (a first
	 * HR load of 10,000 people read the register twice per person).
	 */
	private List<Employee> sameIdentity(Candidate candidate) {
		Map<String, Employee> known = new LinkedHashMap<>();
		candidate.identities()
			.forEach((field, value) -> byIdentity(field, value).ifPresent(e -> known.putIfAbsent(e.id(), e)));
		return List.copyOf(known.values());
	}

	private Optional<Employee> byIdentity(String field, String value) {
		return Optional.ofNullable(this.mongo.findOne(Query.query(Criteria.where(field).is(value)), Employee.class));
	}

	/**
	 * The people whose name is closest to {@code name}, best first, ignoring case,
	 * accents and small typos. Empty when nobody is reasonably close.
	 */
	public List<Employee> closestMatches(String name, int max) {
		String query = Names.fold(name);
		if (query.isEmpty() || max <= 0) {
			return List.of();
		}
		Query all = new Query();
		all.fields().include("_id", "nameKey");
		record Scored(String id, double score, String key) {
		}
		List<Scored> scored = new ArrayList<>();
		for (Employee candidate : this.mongo.find(all, Employee.class)) {
			double score = Names.similarity(query, candidate.nameKey() != null ? candidate.nameKey() : "");
			if (score >= MATCH_THRESHOLD) {
				scored.add(new Scored(candidate.id(), score, candidate.nameKey()));
			}
		}
		scored.sort(Comparator.comparingDouble(Scored::score).reversed().thenComparing(Scored::key));
		List<String> ids = scored.stream().limit(max).map(Scored::id).toList();
		Map<String, Employee> byId = new LinkedHashMap<>();
		this.mongo.find(Query.query(Criteria.where("_id").in(ids)), Employee.class).forEach((e) -> byId.put(e.id(), e));
		return ids.stream().map(byId::get).filter(Objects::nonNull).toList();
	}

	/**
	 * Someone in the register who is not leaving, first by name: a name the help card's
	 * examples can use that a newcomer's register really holds. Only a name of letters
	 * that no one else has, so the example, typed as it stands, finds that one person.
	 */
	public Optional<Employee> someoneStaying() {
		Query query = Query.query(Criteria.where("leavingOn").is(null).and("nameKey").regex("^[a-z][a-z' .-]*$"))
			.with(Sort.by("nameKey"))
			.limit(EXAMPLE_CANDIDATES);
		return this.mongo.find(query, Employee.class)
			.stream()
			.filter((employee) -> this.mongo.count(Query.query(Criteria.where("nameKey").is(employee.nameKey())),
					Employee.class) == 1)
			.findFirst();
	}

	/** Everyone whose last working day lies before {@code day}, earliest first. */
	public List<Employee> leavingBefore(LocalDate day) {
		return this.mongo.find(Query.query(Criteria.where("leavingOn").lt(day)).with(Sort.by("leavingOn", "name")),
				Employee.class);
	}

	/** Records the last working day of a leaver (or moves it). */
	public void markLeaving(String employeeId, LocalDate lastWorkingDay, Actor by) {
		if (lastWorkingDay == null) {
			throw new Refusal("invalid", "lastWorkingDay", "A last working day is needed");
		}
		setLeaving(employeeId, lastWorkingDay, by, "marked-leaving");
	}

	/** Forgets the last working day, e.g. when a leaver's ticket is cancelled. */
	public void clearLeaving(String employeeId, Actor by) {
		setLeaving(employeeId, null, by, "leaving-cleared");
	}

	/**
	 * Names another manager of record for a person (their HR system changed it), or none;
	 * audited with who changed it and why. Nothing happens when the register names that
	 * manager already.
	 * @return whether the register changed
	 */
	public boolean changeManager(String employeeId, String managerUpn, Actor by, String why) {
		String manager = Candidate.upn(managerUpn);
		for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
			Employee before = find(employeeId).orElseThrow(() -> new NotFound("Employee", employeeId));
			if (Objects.equals(before.managerUpn(), manager)) {
				return false;
			}
			AuditDraft changed = audited(employeeId, "manager-changed", by, why,
					AuditTrail.change("managerUpn", before.managerUpn(), manager));
			Update update = manager != null ? new Update().set("managerUpn", manager)
					: new Update().unset("managerUpn");
			Query unchanged = Query
				.query(Criteria.where("_id").is(employeeId).and("managerUpn").is(before.managerUpn()));
			this.reports.mayManage(manager, employeeId);
			if (this.mongo.updateFirst(unchanged, this.audit.owing(update, changed), Employee.class)
				.getModifiedCount() > 0) {
				delivered(employeeId, changed);
				return true;
			}
			// changed underneath: look again
		}
		throw new IllegalStateException("Could not change the manager of " + employeeId);
	}

	private void setLeaving(String employeeId, LocalDate day, Actor by, String action) {
		for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
			Employee before = find(employeeId).orElseThrow(() -> new NotFound("Employee", employeeId));
			if (Objects.equals(before.leavingOn(), day)) {
				return;
			}
			AuditDraft changed = audited(employeeId, action, by, null,
					AuditTrail.change("leavingOn", before.leavingOn(), day));
			Update update = day != null ? new Update().set("leavingOn", day) : new Update().unset("leavingOn");
			Query unchanged = Query.query(Criteria.where("_id").is(employeeId).and("leavingOn").is(before.leavingOn()));
			long modified = 0;
			List<LeavingDates.Written> told = this.leavingDates.stream()
				.map((dates) -> dates.beforeChange(employeeId))
				.toList();
			try {
				modified = this.mongo.updateFirst(unchanged, this.audit.owing(update, changed), Employee.class)
					.getModifiedCount();
			}
			finally {
				boolean written = modified > 0;
				told.forEach((after) -> after.afterChange(day, written));
			}
			if (modified > 0) {
				delivered(employeeId, changed);
				return;
			}
			// changed underneath: look again
		}
		throw new IllegalStateException("Could not change the last working day of " + employeeId);
	}

	/**
	 * Adds what the known record lacks. Returns null when the record changed underneath
	 * (the caller looks again).
	 */
	private Registration fill(Employee known, Candidate candidate, Actor by) {
		Planned planned = planFill(known, candidate, by, -1);
		if (planned == null) {
			return new Registration(known, Registration.Outcome.UNCHANGED);
		}
		Employee updated;
		this.reports.mayManage(managerSetBy(planned), known.id());
		try {
			updated = this.mongo.findAndModify(planned.unchanged(), this.audit.owing(planned.update(), planned.draft()),
					FindAndModifyOptions.options().returnNew(true), Employee.class);
		}
		catch (DuplicateKeyException taken) {
			return null;
		}
		if (updated == null) {
			return null;
		}
		delivered(known.id(), planned.draft());
		return new Registration(updated, Registration.Outcome.UPDATED);
	}

	/**
	 * What the known record lacks, as a conditional update and its audit entry; null when
	 * it lacks nothing.
	 * @throws Refusal {@code employee-conflict} when an identity differs from the one on
	 * record
	 */
	private Planned planFill(Employee known, Candidate candidate, Actor by, int index) {
		Map<String, Function<Employee, String>> fields = new LinkedHashMap<>();
		fields.put("upn", Employee::upn);
		fields.put("entraObjectId", Employee::entraObjectId);
		fields.put("hrEmployeeId", Employee::hrEmployeeId);
		Map<String, String> wanted = new LinkedHashMap<>(candidate.identities());
		if (candidate.managerUpn != null) {
			fields.put("managerUpn", Employee::managerUpn);
			wanted.put("managerUpn", candidate.managerUpn);
		}
		Criteria unchanged = Criteria.where("_id").is(known.id());
		Update update = new Update();
		Map<String, Object> changes = new LinkedHashMap<>();
		for (Map.Entry<String, String> field : wanted.entrySet()) {
			String current = fields.get(field.getKey()).apply(known);
			if (current == null) {
				unchanged = unchanged.and(field.getKey()).is(null);
				update.set(field.getKey(), field.getValue());
				changes.putAll(AuditTrail.change(field.getKey(), null, field.getValue()));
			}
			else if (!current.equals(field.getValue()) && !field.getKey().equals("managerUpn")) {
				throw new Refusal("employee-conflict", field.getKey(), known.name() + " is registered with "
						+ field.getKey() + " " + current + ", not " + field.getValue());
			}
		}
		if (changes.isEmpty()) {
			return null;
		}
		return new Planned(index, known, Query.query(unchanged), update,
				audited(known.id(), "updated", by, null, changes));
	}

	/** A new record for the candidate and its audit entry, not stored yet. */
	private Planned planCreate(Candidate candidate, Actor by, int index) {
		Employee created = new Employee(new ObjectId().toHexString(), candidate.name, Names.fold(candidate.name),
				candidate.upn, candidate.entraObjectId, candidate.hrEmployeeId, candidate.managerUpn, null,
				this.clock.instant());
		Map<String, Object> changes = new LinkedHashMap<>();
		changes.putAll(AuditTrail.change("name", null, created.name()));
		candidate.identities().forEach((field, value) -> changes.putAll(AuditTrail.change(field, null, value)));
		if (created.managerUpn() != null) {
			changes.putAll(AuditTrail.change("managerUpn", null, created.managerUpn()));
		}
		return new Planned(index, created, null, null, audited(created.id(), "registered", by, null, changes));
	}

	/**
	 * Registers many people as {@link #registration} registers one, with the same
	 * outcomes, but in a few store round trips for the whole list instead of several per
	 * person: the people already known are looked up with one {@code $in} query per
	 * identity (each answered from its unique index), the new ones inserted in one write,
	 * the changed ones updated in one bulk write, and the audit entries of all of them
	 * appended to the trail at once. A person whom an earlier one of the same list has
	 * just registered or changed (the same UPN twice in a file) starts a new round, so
	 * the second sees the first. Whoever another registration changed or took meanwhile
	 * is registered one at a time, as {@link #registration} does.
	 * @return per person, in the list's order, the registration or the refusal
	 */
	List<Registered> registrations(List<NewEmployee> people, Actor by) {
		Registered[] results = new Registered[people.size()];
		int next = 0;
		while (next < people.size()) {
			next = registerRound(people, next, results, by);
		}
		return java.util.Arrays.asList(results);
	}

	private int registerRound(List<NewEmployee> people, int from, Registered[] results, Actor by) {
		Candidate[] candidates = new Candidate[people.size()];
		for (int i = from; i < people.size(); i++) {
			if (results[i] != null) {
				continue;
			}
			try {
				candidates[i] = Candidate.of(people.get(i));
			}
			catch (Refusal refused) {
				results[i] = new Registered(null, refused);
			}
		}
		Map<String, Map<String, Employee>> known = knownByIdentity(candidates, from);
		Set<String> claimed = new HashSet<>();
		List<Planned> inserts = new ArrayList<>();
		List<Planned> updates = new ArrayList<>();
		int end = people.size();
		for (int i = from; i < people.size(); i++) {
			Candidate candidate = candidates[i];
			if (candidate == null) {
				continue;
			}
			if (candidate.identities().entrySet().stream().anyMatch(id -> claimed.contains(claim(id)))) {
				end = i;
				break;
			}
			Map<String, Employee> same = new LinkedHashMap<>();
			candidate.identities().forEach((field, value) -> {
				Employee employee = known.get(field).get(value);
				if (employee != null) {
					same.putIfAbsent(employee.id(), employee);
				}
			});
			if (same.size() > 1) {
				results[i] = new Registered(null, conflict(candidate, List.copyOf(same.values())));
				continue;
			}
			if (same.size() == 1) {
				Employee employee = same.values().iterator().next();
				try {
					Planned fill = planFill(employee, candidate, by, i);
					if (fill == null) {
						results[i] = new Registered(new Registration(employee, Registration.Outcome.UNCHANGED), null);
					}
					else {
						updates.add(fill);
						Candidate.of(employee).identities().forEach((f, v) -> claimed.add(claim(Map.entry(f, v))));
						candidate.identities().forEach((f, v) -> claimed.add(claim(Map.entry(f, v))));
					}
				}
				catch (Refusal refused) {
					results[i] = new Registered(null, refused);
				}
				continue;
			}
			inserts.add(planCreate(candidate, by, i));
			candidate.identities().forEach((f, v) -> claimed.add(claim(Map.entry(f, v))));
		}
		write(inserts, updates, results, people, by);
		return end;
	}

	/** The known people by identity field and value, one {@code $in} query per field. */
	private Map<String, Map<String, Employee>> knownByIdentity(Candidate[] candidates, int from) {
		Map<String, Set<String>> values = new LinkedHashMap<>();
		for (String field : List.of("upn", "entraObjectId", "hrEmployeeId")) {
			values.put(field, new java.util.LinkedHashSet<>());
		}
		for (int i = from; i < candidates.length; i++) {
			if (candidates[i] != null) {
				candidates[i].identities().forEach((field, value) -> values.get(field).add(value));
			}
		}
		Map<String, Map<String, Employee>> known = new LinkedHashMap<>();
		values.forEach((field, wanted) -> {
			Map<String, Employee> byValue = new java.util.HashMap<>();
			if (!wanted.isEmpty()) {
				for (Employee employee : this.mongo.find(Query.query(Criteria.where(field).in(wanted)),
						Employee.class)) {
					byValue.put(value(employee, field), employee);
				}
			}
			known.put(field, byValue);
		});
		return known;
	}

	/**
	 * Stores a round's new and changed people, appends all their audit entries at once,
	 * and registers one at a time whoever another registration got to first.
	 */
	private void write(List<Planned> inserts, List<Planned> updates, Registered[] results, List<NewEmployee> people,
			Actor by) {
		Map<Object, List<AuditDraft>> written = new LinkedHashMap<>();
		List<Planned> again = new ArrayList<>();
		if (!inserts.isEmpty()) {
			Set<String> stored;
			this.reports.mayManage(inserts.stream().map(Planned::employee).toList());
			try {
				this.audit.insertAllOwing(Employee.class,
						inserts.stream().map(p -> new AuditOutbox.Owing(p.employee(), List.of(p.draft()))).toList());
				stored = null;
			}
			catch (DuplicateKeyException | BulkOperationException raced) {
				stored = owing(inserts);
			}
			for (Planned insert : inserts) {
				if (stored == null || stored.contains(insert.employee().id())) {
					written.put(insert.employee().id(), List.of(insert.draft()));
					results[insert.index()] = new Registered(
							new Registration(insert.employee(), Registration.Outcome.CREATED), null);
				}
				else {
					again.add(insert);
				}
			}
		}
		if (!updates.isEmpty()) {
			updates.forEach(p -> this.reports.mayManage(managerSetBy(p), p.employee().id()));
			BulkOperations bulk = this.mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, Employee.class);
			updates.forEach(p -> bulk.updateOne(p.unchanged(), this.audit.owing(p.update(), p.draft())));
			Set<String> stored;
			try {
				stored = bulk.execute().getModifiedCount() == updates.size() ? null : owing(updates);
			}
			catch (DuplicateKeyException | BulkOperationException raced) {
				stored = owing(updates);
			}
			Map<String, Employee> updated = new java.util.HashMap<>();
			findAll(updates.stream().map(p -> p.employee().id()).toList()).forEach(e -> updated.put(e.id(), e));
			for (Planned update : updates) {
				String id = update.employee().id();
				if ((stored == null || stored.contains(id)) && updated.containsKey(id)) {
					written.put(id, List.of(update.draft()));
					results[update.index()] = new Registered(
							new Registration(updated.get(id), Registration.Outcome.UPDATED), null);
				}
				else {
					again.add(update);
				}
			}
		}
		this.audit.deliverAll(COLLECTION, written);
		for (Planned one : again) {
			try {
				results[one.index()] = new Registered(registration(people.get(one.index()), by), null);
			}
			catch (Refusal refused) {
				results[one.index()] = new Registered(null, refused);
			}
		}
	}

	/** Which of the planned records hold their audit draft now (were written). */
	private Set<String> owing(List<Planned> planned) {
		Query query = Query.query(Criteria.where("_id")
			.in(planned.stream().map(p -> p.employee().id()).toList())
			.and(AuditOutbox.FIELD + ".key")
			.in(planned.stream().map(p -> p.draft().key()).toList()));
		query.fields().include("_id");
		Set<String> ids = new HashSet<>();
		this.mongo.find(query, Employee.class).forEach(e -> ids.add(e.id()));
		return ids;
	}

	private static String claim(Map.Entry<String, String> identity) {
		return identity.getKey() + ":" + identity.getValue();
	}

	/** The audit entry of a change, written with it into the employee's record. */
	private AuditDraft audited(String employeeId, String action, Actor by, String why, Map<String, ?> changes) {
		return AuditDraft.fresh(this.clock.instant(), SUBJECT, employeeId, action, by, why, changes);
	}

	private void delivered(String employeeId, AuditDraft draft) {
		this.audit.deliver(COLLECTION, employeeId, List.of(draft));
	}

	private static Refusal conflict(Candidate candidate, List<Employee> known) {
		Employee first = known.get(0);
		Employee second = known.get(1);
		String field = candidate.identities()
			.keySet()
			.stream()
			.filter((f) -> !Objects.equals(value(second, f), null)
					&& Objects.equals(value(second, f), candidate.identities().get(f)))
			.findFirst()
			.orElse(null);
		return new Refusal("employee-conflict", field,
				"These identities belong to two different people: " + first + " and " + second);
	}

	private static String value(Employee employee, String field) {
		return switch (field) {
			case "upn" -> employee.upn();
			case "entraObjectId" -> employee.entraObjectId();
			case "hrEmployeeId" -> employee.hrEmployeeId();
			default -> null;
		};
	}

	/** One person of {@link #registrations}: registered, or refused. */
	record Registered(Registration registration, Refusal refusal) {
	}

	/**
	 * A write a round of {@link #registrations} plans: a new record ({@code update} null)
	 * or a conditional update of a known one.
	 */
	private record Planned(int index, Employee employee, Query unchanged, Update update, AuditDraft draft) {
	}

	/** What register did. */
	record Registration(Employee employee, Outcome outcome) {

		enum Outcome {

			CREATED, UPDATED, UNCHANGED

		}

	}

	/** A registration request cleaned up: trimmed, blanks as null, UPNs in lower case. */
	private record Candidate(String name, String upn, String entraObjectId, String hrEmployeeId, String managerUpn) {

		/** A known record's identities, as a candidate. */
		static Candidate of(Employee known) {
			return new Candidate(known.name(), known.upn(), known.entraObjectId(), known.hrEmployeeId(),
					known.managerUpn());
		}

		static Candidate of(NewEmployee e) {
			if (e == null || !StringUtils.hasText(e.name())) {
				throw new Refusal("invalid", "name", "A name is needed");
			}
			Candidate c = new Candidate(e.name().trim().replaceAll("\\s+", " "), upn(e.upn()),
					blankToNull(e.entraObjectId()), blankToNull(e.hrEmployeeId()), upn(e.managerUpn()));
			if (c.upn == null && c.entraObjectId == null && c.hrEmployeeId == null) {
				throw new Refusal("invalid", "upn",
						"A UPN, Entra object id or HR employee id is needed to register " + c.name);
			}
			if (c.upn != null && !looksLikeUpn(c.upn)) {
				throw new Refusal("invalid", "upn", c.upn + " is not a user principal name (name@domain)");
			}
			if (c.managerUpn != null && !looksLikeUpn(c.managerUpn)) {
				throw new Refusal("invalid", "managerUpn",
						c.managerUpn + " is not a user principal name (name@domain)");
			}
			return c;
		}

		static String upn(String upn) {
			String value = blankToNull(upn);
			return value != null ? value.toLowerCase(Locale.ROOT) : null;
		}

		static boolean looksLikeUpn(String upn) {
			return upn.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
		}

		private static String blankToNull(String value) {
			return StringUtils.hasText(value) ? value.trim() : null;
		}

		Map<String, String> identities() {
			Map<String, String> identities = new LinkedHashMap<>();
			if (this.upn != null) {
				identities.put("upn", this.upn);
			}
			if (this.entraObjectId != null) {
				identities.put("entraObjectId", this.entraObjectId);
			}
			if (this.hrEmployeeId != null) {
				identities.put("hrEmployeeId", this.hrEmployeeId);
			}
			return identities;
		}

	}

}

package io.handover.employee;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * Whom a manager may manage: one small document per manager's UPN, found by its id. "The
 * people the register names this manager for" (a manager's overview, issue 22) then reads
 * a handful of employees by id instead of searching every employee for the manager (the
 * embedded store answers a filter on the non-unique {@code managerUpn} index by reading
 * all 100,000 employees of the benchmark's register; bench/RESULTS.md).
 * <p>
 * A superset, kept without transactions, as {@code HolderIndex} is for holders: a person
 * is added before the write that names their manager, so a crash in between leaves an
 * extra entry, never a missing one; readers check each person's manager of record.
 */
@Component
@Order(5)
class ReportsIndex implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(ReportsIndex.class);

	/** Marks an index built from the register (a store from before the index). */
	static final String BUILT = "#built";

	private final MongoTemplate mongo;

	ReportsIndex(MongoTemplate mongo) {
		this.mongo = mongo;
	}

	/**
	 * Before the writes that name these people's managers.
	 * @param employees the people about to be stored with a manager (others are skipped)
	 */
	void mayManage(Collection<Employee> employees) {
		Map<String, Set<String>> byManager = new LinkedHashMap<>();
		for (Employee employee : employees) {
			if (employee != null && employee.managerUpn() != null) {
				byManager.computeIfAbsent(key(employee.managerUpn()), manager -> new LinkedHashSet<>())
					.add(employee.id());
			}
		}
		add(byManager);
	}

	/** Before the write that names the person's manager. */
	void mayManage(String managerUpn, String employeeId) {
		if (managerUpn != null && employeeId != null) {
			add(Map.of(key(managerUpn), Set.of(employeeId)));
		}
	}

	private void add(Map<String, Set<String>> byManager) {
		if (byManager.isEmpty()) {
			return;
		}
		if (byManager.size() == 1) {
			Map.Entry<String, Set<String>> only = byManager.entrySet().iterator().next();
			this.mongo.upsert(Query.query(Criteria.where("_id").is(only.getKey())),
					new Update().addToSet("employeeIds").each(only.getValue().toArray()), Entry.class);
			return;
		}
		BulkOperations bulk = this.mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, Entry.class);
		byManager.forEach((manager, ids) -> bulk.upsert(Query.query(Criteria.where("_id").is(manager)),
				new Update().addToSet("employeeIds").each(ids.toArray())));
		bulk.execute();
	}

	/** The people who may have this manager (check each one's manager of record). */
	Set<String> candidates(String managerUpn) {
		Entry entry = this.mongo.findById(key(managerUpn), Entry.class);
		return entry == null || entry.employeeIds() == null ? Set.of() : new LinkedHashSet<>(entry.employeeIds());
	}

	private static String key(String managerUpn) {
		return managerUpn.trim().toLowerCase(Locale.ROOT);
	}

	/** A store written before the index existed gets it built once, at start. */
	@Override
	public void run(ApplicationArguments args) {
		if (this.mongo.exists(Query.query(Criteria.where("_id").is(BUILT)), Entry.class)) {
			return;
		}
		int people = rebuild();
		this.mongo.findAndModify(Query.query(Criteria.where("_id").is(BUILT)),
				new Update().set("employeeIds", List.of()), FindAndModifyOptions.options().upsert(true), Entry.class);
		if (people > 0) {
			log.info("Reports index built from the register: {} people with a manager", people);
		}
	}

	/** Adds every person the register names a manager for; how many. */
	int rebuild() {
		Query managed = Query.query(Criteria.where("managerUpn").ne(null));
		managed.fields().include("managerUpn");
		Map<String, Set<String>> byManager = new LinkedHashMap<>();
		int people = 0;
		for (org.bson.Document employee : new ArrayList<>(
				this.mongo.find(managed, org.bson.Document.class, "employees"))) {
			String manager = employee.getString("managerUpn");
			if (manager != null && !manager.isBlank()) {
				byManager.computeIfAbsent(key(manager), key -> new LinkedHashSet<>())
					.add(employee.get("_id").toString());
				people++;
			}
			if (byManager.size() >= 1_000) {
				add(byManager);
				byManager.clear();
			}
		}
		add(byManager);
		return people;
	}

	@Document("manager_reports")
	record Entry(@Id String managerUpn, List<String> employeeIds) {
	}

}

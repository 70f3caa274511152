package io.handover.asset;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.handover.employee.Employee;
import io.handover.employee.LeavingDates;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * The people who may be leaving (or have left) with assets still on their name: the small
 * set "everything outstanding past last day" reads, instead of searching all employees by
 * last working day (a range query the embedded store answers by reading every employee: 5
 * s at 100,000; bench/RESULTS.md).
 * <p>
 * A superset, kept without transactions; the query checks every entry against the
 * employee and the assets. An entry is added <b>before</b> each write that can make
 * someone a leaver who holds something — before a last working day is written
 * ({@link LeavingDates}), and before an asset goes on the name of someone who is leaving
 * (after the {@link HolderIndex} entry, which is the intent the removal looks for) — so a
 * crash after such a write never leaves a leaver out. It is removed only when the holder
 * index lists nothing for the person, no last working day is being written (the
 * {@code writing} count), and nobody added the person again since it was read (the
 * {@code stamp}): a removal racing an issue or a new last working day loses. A crash in
 * the middle of a write leaves an extra entry, never a missing one.
 * <p>
 * Each entry also notes the person's last working day once its write is through, so a
 * page of the list is ordered from the index alone and reads only its own leavers. Where
 * the index cannot tell (a write under way or cut short by a crash, an entry an issue
 * added) the list reads the employee.
 */
@Component
@Order(6)
class LeaverIndex implements LeavingDates, ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(LeaverIndex.class);

	/** Marks an index built from the register (a store from before the index). */
	private static final String BUILT = "#built";

	static final String COLLECTION = "asset_leavers";

	private final MongoTemplate mongo;

	private final HolderIndex holders;

	LeaverIndex(MongoTemplate mongo, HolderIndex holders) {
		this.mongo = mongo;
		this.holders = holders;
	}

	/**
	 * Before an asset goes on the name of someone who is leaving.
	 * @param leavingOn their last working day as read after the holder index entry: a new
	 * entry notes it, since a write of the day from then on notes its own (an entry there
	 * already is left as it is)
	 */
	void mayOwe(String employeeId, LocalDate leavingOn) {
		// $inc by 0 writes the field on an upsert, so the removal's condition can match
		Update update = new Update().inc("stamp", 1).inc("writing", 0).inc("dates", 0);
		if (leavingOn != null) {
			update.setOnInsert("dated", true).setOnInsert("leavingOn", leavingOn);
		}
		this.mongo.upsert(byId(employeeId), update, Entry.class);
	}

	@Override
	public Written beforeChange(String employeeId) {
		Entry entry = this.mongo.findAndModify(byId(employeeId),
				new Update().inc("stamp", 1).inc("writing", 1).inc("dates", 1),
				FindAndModifyOptions.options().upsert(true).returnNew(true), Entry.class);
		long mine = entry.datesBegun();
		return (day, written) -> {
			// the day is noted only by the last write begun: an earlier one finishing
			// later must not put its day over a newer one
			if (!written || this.mongo
				.updateFirst(Query.query(Criteria.where("_id").is(employeeId).and("dates").is(mine)),
						withDay(new Update().inc("writing", -1), day), Entry.class)
				.getModifiedCount() == 0) {
				this.mongo.updateFirst(byId(employeeId), new Update().inc("writing", -1), Entry.class);
			}
			settled(employeeId);
		};
	}

	private static Update withDay(Update update, LocalDate day) {
		update.set("dated", true);
		return day != null ? update.set("leavingOn", day) : update.unset("leavingOn");
	}

	/**
	 * After an asset went off the employee's name (and out of the holder index): drops
	 * the employee when the holder index lists nothing more for them.
	 */
	void settled(String employeeId) {
		Entry entry = this.mongo.findById(employeeId, Entry.class);
		if (entry == null || entry.writingNow() || !this.holders.candidates(employeeId).isEmpty()) {
			return;
		}
		this.mongo.remove(
				Query.query(Criteria.where("_id").is(employeeId).and("stamp").is(entry.stamp()).and("writing").lte(0)),
				Entry.class);
	}

	/**
	 * Everyone who may have left with assets on their name before {@code today}, each
	 * with the last working day the index noted, or with null where it cannot tell (a
	 * write of the day under way or cut short by a crash, an entry added by an issue):
	 * check each one against the employee and the assets.
	 */
	List<Candidate> pastLastDay(LocalDate today) {
		Query all = new Query();
		all.fields().include("_id").include("leavingOn").include("dated").include("writing");
		List<Candidate> found = new ArrayList<>();
		for (Entry entry : this.mongo.find(all, Entry.class)) {
			if (BUILT.equals(entry.employeeId())) {
				continue;
			}
			if (!entry.hasDay() || entry.writingNow()) {
				found.add(new Candidate(entry.employeeId(), null));
			}
			else if (entry.leavingOn() != null && entry.leavingOn().isBefore(today)) {
				found.add(new Candidate(entry.employeeId(), entry.leavingOn()));
			}
		}
		return found;
	}

	/**
	 * @param lastWorkingDay as the index noted it; null when it cannot tell
	 */
	record Candidate(String employeeId, LocalDate lastWorkingDay) {
	}

	/**
	 * A store written before the index existed gets it built once, at start, from the
	 * employees with a last working day (one search of all employees); a store from
	 * before the index noted days gets them noted once. The {@code #built} entry records
	 * both, so a later start reads that one entry.
	 */
	@Override
	public void run(ApplicationArguments args) {
		Entry built = this.mongo.findById(BUILT, Entry.class);
		if (built != null && built.hasDay()) {
			return;
		}
		if (built == null) {
			Query leaving = Query.query(Criteria.where("leavingOn").ne(null));
			leaving.fields().include("_id").include("leavingOn");
			List<Employee> found = new ArrayList<>(this.mongo.find(leaving, Employee.class));
			for (Employee employee : found) {
				mayOwe(employee.id(), employee.leavingOn());
				settled(employee.id());
			}
			if (!found.isEmpty()) {
				log.info("Leaver index built from the register: {} people with a last working day", found.size());
			}
		}
		noteMissingDays();
		this.mongo.upsert(byId(BUILT), new Update().set("stamp", 0).set("writing", 1).set("dated", true), Entry.class);
	}

	/**
	 * Notes the employee's last working day on each entry without one, unless a write of
	 * the day began meanwhile (it notes its own).
	 */
	private void noteMissingDays() {
		Query undated = Query.query(Criteria.where("dated").ne(true).and("writing").lte(0));
		List<Entry> entries = this.mongo.find(undated, Entry.class);
		Map<String, Entry> byEmployee = new HashMap<>();
		entries.forEach((entry) -> byEmployee.put(entry.employeeId(), entry));
		if (byEmployee.isEmpty()) {
			return;
		}
		for (Employee employee : this.mongo.find(Query.query(Criteria.where("_id").in(byEmployee.keySet())),
				Employee.class)) {
			Entry entry = byEmployee.get(employee.id());
			this.mongo.updateFirst(Query.query(Criteria.where("_id")
				.is(entry.employeeId())
				.and("dates")
				// an entry from before the count has none
				.in(entry.datesBegun() == 0 ? Arrays.asList(0L, null) : List.of(entry.dates()))),
					withDay(new Update(), employee.leavingOn()), Entry.class);
		}
	}

	private static Query byId(String employeeId) {
		return Query.query(Criteria.where("_id").is(employeeId));
	}

	/**
	 * @param stamp raised by every addition, so a removal can tell it lost a race
	 * @param writing last working day writes under way (left above 0 by a crash: kept)
	 * @param dates raised by every write of the day begun, so that only the last one
	 * notes its day
	 * @param dated whether {@code leavingOn} holds the day written last (absent on an
	 * entry an issue added)
	 * @param leavingOn the last working day, when {@code dated}
	 */
	@Document(COLLECTION)
	record Entry(@Id String employeeId, Long stamp, Integer writing, Long dates, Boolean dated, LocalDate leavingOn) {

		// fields an entry of an earlier version, or a projection, lacks read as 0 or
		// false

		boolean writingNow() {
			return this.writing != null && this.writing > 0;
		}

		boolean hasDay() {
			return Boolean.TRUE.equals(this.dated);
		}

		long datesBegun() {
			return this.dates == null ? 0 : this.dates;
		}

	}

}

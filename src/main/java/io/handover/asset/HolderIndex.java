package io.handover.asset;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

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
 * Which assets may be on an employee's name: one small document per employee, found by
 * its id. "What does X have" then reads a handful of assets by id instead of searching
 * every asset for the holder (the embedded store has no secondary indexes, so that search
 * read all 300,000 assets of the benchmark's register; bench/RESULTS.md).
 * <p>
 * It is a superset, kept without transactions: an asset is added before the write that
 * puts it on someone's name and removed after the write that takes it off, so a crash in
 * between leaves an extra entry, never a missing one; readers check each asset's holder.
 */
@Component
@Order(5)
class HolderIndex implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(HolderIndex.class);

	/** Marks an index built from the register (a store from before the index). */
	private static final String BUILT = "#built";

	private final MongoTemplate mongo;

	HolderIndex(MongoTemplate mongo) {
		this.mongo = mongo;
	}

	/** Before the asset goes on the employee's name. */
	void mayHold(String employeeId, String assetId) {
		this.mongo.upsert(Query.query(Criteria.where("_id").is(employeeId)), new Update().addToSet("assetIds", assetId),
				Entry.class);
	}

	/** After the asset went off the employee's name. */
	void released(String employeeId, String assetId) {
		this.mongo.updateFirst(Query.query(Criteria.where("_id").is(employeeId)),
				new Update().pull("assetIds", assetId), Entry.class);
	}

	/** The assets that may be on the employee's name (check each one's holder). */
	Set<String> candidates(String employeeId) {
		Entry entry = this.mongo.findById(employeeId, Entry.class);
		return entry == null || entry.assetIds() == null ? Set.of() : new LinkedHashSet<>(entry.assetIds());
	}

	/** The assets that may be on any of these names, in one query by {@code _id}. */
	Set<String> candidates(Collection<String> employeeIds) {
		if (employeeIds.size() == 1) {
			return candidates(employeeIds.iterator().next());
		}
		Set<String> assetIds = new LinkedHashSet<>();
		if (employeeIds.isEmpty()) {
			return assetIds;
		}
		for (Entry entry : this.mongo.find(Query.query(Criteria.where("_id").in(employeeIds)), Entry.class)) {
			if (entry.assetIds() != null) {
				assetIds.addAll(entry.assetIds());
			}
		}
		return assetIds;
	}

	/** A store written before the index existed gets it built once, at start. */
	@Override
	public void run(ApplicationArguments args) {
		if (this.mongo.exists(Query.query(Criteria.where("_id").is(BUILT)), Entry.class)) {
			return;
		}
		int assets = 0;
		Query onLoan = Query.query(Criteria.where("current").ne(null));
		onLoan.fields().include("current.employeeId");
		List<org.bson.Document> found = new ArrayList<>(this.mongo.find(onLoan, org.bson.Document.class, "assets"));
		for (org.bson.Document asset : found) {
			org.bson.Document current = asset.get("current", org.bson.Document.class);
			if (current != null && current.getString("employeeId") != null) {
				mayHold(current.getString("employeeId"), asset.get("_id").toString());
				assets++;
			}
		}
		this.mongo.findAndModify(Query.query(Criteria.where("_id").is(BUILT)), new Update().set("assetIds", List.of()),
				FindAndModifyOptions.options().upsert(true), Entry.class);
		if (assets > 0) {
			log.info("Holder index built from the register: {} assets on loan", assets);
		}
	}

	@Document("asset_holders")
	record Entry(@Id String employeeId, List<String> assetIds) {
	}

}

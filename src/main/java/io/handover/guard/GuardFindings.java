package io.handover.guard;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * The guard's last findings per leaver, read from its records in one query by ticket key
 * (the records' id): what the overview lists as "leavers with residues". A leaver the
 * guard has not looked at yet has no entry.
 */
@Component
public class GuardFindings {

	private final MongoTemplate mongo;

	GuardFindings(MongoTemplate mongo) {
		this.mongo = mongo;
	}

	/** The findings of the leavers with these ticket keys that the guard has checked. */
	public Map<String, LeaverFindings> of(Collection<String> ticketKeys) {
		if (ticketKeys.isEmpty()) {
			return Map.of();
		}
		Query query = Query.query(Criteria.where("_id").in(ticketKeys));
		query.fields().include("checkedAt", "afterLastDay", "residues", "unobservable");
		Map<String, LeaverFindings> findings = new LinkedHashMap<>();
		for (GuardRecord record : this.mongo.find(query, GuardRecord.class)) {
			if (record.checkedAt == null) {
				continue;
			}
			findings.put(record.ticketKey, new LeaverFindings(record.ticketKey, record.checkedAt, record.afterLastDay,
					orEmpty(record.residues), orEmpty(record.unobservable)));
		}
		return findings;
	}

	private static List<GuardReview.Finding> orEmpty(List<GuardReview.Finding> findings) {
		return findings != null ? findings : List.of();
	}

}

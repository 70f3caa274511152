package io.handover.teams;

import java.time.Instant;
import java.time.LocalDate;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * What the daily jobs already did, in the store: which job finished on which day, and
 * which single message (a reminder for a task, an escalation for a department) went out
 * on which day. A message is claimed before it is sent, so two rounds never send it
 * twice, and released when sending failed, so a later round tries again.
 */
@Component
class DailyRuns {

	private final MongoTemplate mongo;

	DailyRuns(MongoTemplate mongo) {
		this.mongo = mongo;
	}

	boolean finished(String job, LocalDate day) {
		return this.mongo.exists(Query.query(Criteria.where("_id").is(id("run", job, day))), Run.class);
	}

	void finish(String job, LocalDate day, Instant at) {
		this.mongo.save(new Run(id("run", job, day), job, day, at));
	}

	/** Claims a message for the day; false when it was claimed (sent) already. */
	boolean claim(String what, String subject, LocalDate day, Instant at) {
		try {
			this.mongo.insert(new Sent(id(what, subject, day), what, subject, day, at));
			return true;
		}
		catch (DuplicateKeyException already) {
			return false;
		}
	}

	void release(String what, String subject, LocalDate day) {
		this.mongo.remove(Query.query(Criteria.where("_id").is(id(what, subject, day))), Sent.class);
	}

	boolean claimed(String what, String subject, LocalDate day) {
		return this.mongo.exists(Query.query(Criteria.where("_id").is(id(what, subject, day))), Sent.class);
	}

	private static String id(String what, String subject, LocalDate day) {
		return what + "|" + subject + "|" + day;
	}

	@Document("daily_runs")
	record Run(@Id String id, String job, LocalDate day, Instant finishedAt) {
	}

	@Document("daily_messages")
	record Sent(@Id String id, String what, String subject, LocalDate day, Instant sentAt) {
	}

}

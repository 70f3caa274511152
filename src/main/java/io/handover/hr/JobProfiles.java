package io.handover.hr;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import io.handover.audit.AuditDraft;
import io.handover.audit.AuditOutbox;
import io.handover.audit.AuditTrail;
import io.handover.common.Actor;
import io.handover.common.Limits;
import io.handover.common.NotFound;
import io.handover.common.Refusal;
import io.handover.profile.ProfileManagement;
import io.handover.profile.RoleProfile;
import org.bson.Document;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;
import org.springframework.util.StringUtils;

/**
 * Which role profile an HR job gets: a table of job codes or titles (as HR writes them,
 * compared without case or extra spaces) to profile keys, kept in the store and edited by
 * HR and Administrators. A code is looked up before a title. Every change is audited
 * (subject {@code hr-job}).
 */
@Service
public class JobProfiles {

	static final String COLLECTION = "hrJobProfiles";

	static final String SUBJECT = "hr-job";

	private final MongoTemplate mongo;

	private final ProfileManagement profiles;

	private final AuditOutbox audit;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	JobProfiles(MongoTemplate mongo, ProfileManagement profiles, AuditOutbox audit, Clock clock,
			ApplicationEventPublisher events) {
		this.mongo = mongo;
		this.profiles = profiles;
		this.audit = audit;
		this.clock = clock;
		this.events = events;
		audit.owedIn(COLLECTION, null);
	}

	/** One row of the table. */
	public record Mapping(String job, String profile, Instant updatedAt, String updatedBy) {
	}

	/**
	 * A job was mapped to a profile, or to another one: open starter tickets of that job
	 * follow ({@link HrEventManagement#follow}).
	 *
	 * @param job the job's key (lower case, single spaces)
	 * @param profile the profile it maps to now
	 * @param at when, which keeps a later mapping's changes apart from this one's
	 */
	public record JobMapped(String job, String profile, Actor by, Instant at) {
	}

	/**
	 * The profile key for a job code, else for its title; empty when neither is mapped.
	 */
	public Optional<String> profileFor(String jobCode, String jobTitle) {
		return lookup(jobCode).or(() -> lookup(jobTitle));
	}

	public List<Mapping> all() {
		return this.mongo.find(new Query().with(Sort.by("_id")), Document.class, COLLECTION)
			.stream()
			.map(JobProfiles::mapping)
			.toList();
	}

	/**
	 * Maps a job to a profile; mapping it again to the same profile changes nothing.
	 * @throws Refusal {@code invalid} for an empty or over-long job,
	 * {@code unknown-profile} for a profile that does not exist
	 */
	public Mapping map(String job, String profileKey, Actor by) {
		String key = key(job);
		if (key == null || key.length() > Limits.NAME) {
			throw new Refusal("invalid", "job",
					"Give the job code or title as HR writes it (at most " + Limits.NAME + " characters)");
		}
		RoleProfile profile = StringUtils.hasText(profileKey) ? this.profiles.find(profileKey.trim()).orElse(null)
				: null;
		if (profile == null) {
			throw new Refusal("unknown-profile", "profile", "There is no role profile \"" + profileKey + "\"; known: "
					+ this.profiles.all().stream().map(RoleProfile::key).toList());
		}
		Optional<String> before = lookup(job);
		if (before.isPresent() && before.get().equals(profile.key())) {
			return mapping(this.mongo.findById(key, Document.class, COLLECTION));
		}
		Map<String, Object> changes = new LinkedHashMap<>(
				AuditTrail.change("profile", before.orElse(null), profile.key()));
		AuditDraft entry = AuditDraft.fresh(this.clock.instant(), SUBJECT, key,
				before.isPresent() ? "remapped" : "mapped", by, null, changes);
		Update update = new Update().set("job", job.trim())
			.set("profile", profile.key())
			.set("updatedAt", this.clock.instant())
			.set("updatedBy", by.name());
		this.mongo.upsert(Query.query(Criteria.where("_id").is(key)), this.audit.owing(update, entry), COLLECTION);
		this.audit.deliver(COLLECTION, key, List.of(entry));
		this.events.publishEvent(new JobMapped(key, profile.key(), by, this.clock.instant()));
		return mapping(this.mongo.findById(key, Document.class, COLLECTION));
	}

	/**
	 * Removes a job's mapping: its next hire asks HR to choose a profile.
	 * @throws NotFound when the job is not mapped
	 */
	public void unmap(String job, Actor by) {
		String key = key(job);
		Document known = key == null ? null : this.mongo.findById(key, Document.class, COLLECTION);
		if (known == null) {
			throw new NotFound("Job mapping", String.valueOf(job));
		}
		this.mongo.remove(Query.query(Criteria.where("_id").is(key)), COLLECTION);
		// the row is gone, so its entry cannot wait in it: appended directly
		this.audit.deliver(COLLECTION, key, List.of(AuditDraft.fresh(this.clock.instant(), SUBJECT, key, "unmapped", by,
				null, AuditTrail.change("profile", known.getString("profile"), null))));
	}

	private Optional<String> lookup(String job) {
		String key = key(job);
		if (key == null) {
			return Optional.empty();
		}
		Document found = this.mongo.findById(key, Document.class, COLLECTION);
		return found == null ? Optional.empty() : Optional.ofNullable(found.getString("profile"));
	}

	static String key(String job) {
		if (!StringUtils.hasText(job)) {
			return null;
		}
		return job.trim().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
	}

	private static Mapping mapping(Document row) {
		Object at = row.get("updatedAt");
		return new Mapping(row.getString("job"), row.getString("profile"),
				at instanceof java.util.Date date ? date.toInstant() : null, row.getString("updatedBy"));
	}

}

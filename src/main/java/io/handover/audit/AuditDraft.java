package io.handover.audit;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.cfg.DateTimeFeature;
import tools.jackson.databind.json.JsonMapper;

import io.handover.common.Actor;
import org.bson.types.ObjectId;

/**
 * An audit entry before it is in the chain: what changed, who did it and when, without
 * its place (sequence, hashes). A change that must not lose its entry in a crash writes
 * its draft into the changed document, in the same write as the change, and the
 * {@link AuditOutbox} appends it from there; {@code key} makes that append idempotent.
 *
 * @param key unique per entry (the trail stores an entry with a key once), or null
 * @param changes changed fields, each as JSON text before and after
 */
public record AuditDraft(String key, Instant at, String subjectType, String subjectId, String action, String actorId,
		String actorName, String channel, String why, Map<String, Change> changes) {

	// Jackson 2's property order (as declared): the hashes of entries already in the
	// trail
	// must come out the same on Jackson 3, which sorts properties alphabetically by
	// default.
	static final ObjectMapper CANONICAL = JsonMapper.builder()
		.disable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
		.disable(DateTimeFeature.WRITE_DATES_AS_TIMESTAMPS)
		.enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
		.build();

	/**
	 * A draft of one entry.
	 * @param key unique per entry, so that appending it again stores nothing; null for an
	 * entry that is appended once only
	 * @param changes changed fields: a {@code {before, after}} pair (see
	 * {@link AuditTrail#change}), a {@link Change}, or any JSON-able value as the value
	 * after
	 */
	public static AuditDraft of(String key, Instant at, String subjectType, String subjectId, String action, Actor by,
			String why, Map<String, ?> changes) {
		Map<String, Change> changed = new TreeMap<>();
		changes.forEach((field, value) -> changed.put(field, toChange(value)));
		return new AuditDraft(key, at.truncatedTo(ChronoUnit.MILLIS), subjectType, subjectId, action, by.id(),
				by.name(), by.channel().name(), why, changed);
	}

	/** As {@link #of}, under a new key: the draft of a change being made now. */
	public static AuditDraft fresh(Instant at, String subjectType, String subjectId, String action, Actor by,
			String why, Map<String, ?> changes) {
		return of(new ObjectId().toHexString(), at, subjectType, subjectId, action, by, why, changes);
	}

	/**
	 * The drafts a document replaced as a whole must hold: those it still owes (a crash
	 * before they reached the trail) and the new one.
	 */
	public static List<AuditDraft> owedWith(List<AuditDraft> stillOwed, AuditDraft entry) {
		List<AuditDraft> owed = new ArrayList<>(stillOwed == null ? List.of() : stillOwed);
		owed.add(entry);
		return owed;
	}

	private static Change toChange(Object value) {
		if (value instanceof Change change) {
			return change;
		}
		if (value instanceof Object[] pair && pair.length == 2) {
			return new Change(json(pair[0]), json(pair[1]));
		}
		return new Change(null, json(value));
	}

	private static String json(Object value) {
		if (value == null) {
			return null;
		}
		try {
			return CANONICAL.writeValueAsString(value);
		}
		catch (JacksonException ex) {
			throw new IllegalArgumentException("Cannot record " + value.getClass() + " in the audit trail", ex);
		}
	}

}

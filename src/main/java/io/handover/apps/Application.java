package io.handover.apps;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

import com.fasterxml.jackson.annotation.JsonIgnore;
import io.handover.audit.AuditDraft;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One application of the register. {@code origin} says whether it is as shipped or was
 * edited through the API (then a newer shipped file no longer overwrites it).
 */
@Document("applications")
public final class Application {

	@Id
	private final String key;

	private final String name;

	private final Owner owner;

	private final boolean federated;

	private final String accessGroup;

	private final Deactivation deactivation;

	private final String notes;

	private final Origin origin;

	@Version
	private final Long version;

	private final Instant changedAt;

	private final String changedBy;

	/** The audit entries of changes stored with them, until they are in the trail. */
	@JsonIgnore
	private final List<AuditDraft> auditOwed;

	@PersistenceCreator
	Application(String key, String name, Owner owner, boolean federated, String accessGroup, Deactivation deactivation,
			String notes, Origin origin, Long version, Instant changedAt, String changedBy,
			List<AuditDraft> auditOwed) {
		this.key = key;
		this.name = name;
		this.owner = owner;
		this.federated = federated;
		this.accessGroup = accessGroup;
		this.deactivation = deactivation;
		this.notes = notes;
		this.origin = origin;
		this.version = version;
		this.changedAt = changedAt;
		this.changedBy = changedBy;
		this.auditOwed = auditOwed != null ? List.copyOf(auditOwed) : List.of();
	}

	static Application of(String key, ApplicationDraft draft, Origin origin, Long version, Instant at, String by,
			List<AuditDraft> auditOwed) {
		return new Application(key, draft.name(), draft.owner(), draft.federated(), draft.accessGroup(),
				draft.deactivation(), draft.notes(), origin, version, at, by, auditOwed);
	}

	List<AuditDraft> auditOwed() {
		return this.auditOwed;
	}

	ApplicationDraft content() {
		return new ApplicationDraft(this.name, this.owner, this.federated, this.accessGroup, this.deactivation,
				this.notes);
	}

	boolean sameContentAs(ApplicationDraft draft) {
		return Objects.equals(content(), draft);
	}

	public String key() {
		return this.key;
	}

	public String name() {
		return this.name;
	}

	public Owner owner() {
		return this.owner;
	}

	/** Signs in through the central directory: removing access is removing the group. */
	public boolean federated() {
		return this.federated;
	}

	/** The directory group that gives access, for a federated application. */
	public String accessGroup() {
		return this.accessGroup;
	}

	public Deactivation deactivation() {
		return this.deactivation;
	}

	public String notes() {
		return this.notes;
	}

	public Origin origin() {
		return this.origin;
	}

	public Long version() {
		return this.version;
	}

	public Instant changedAt() {
		return this.changedAt;
	}

	public String changedBy() {
		return this.changedBy;
	}

	/** Where the stored version came from. */
	public enum Origin {

		SHIPPED, API

	}

}

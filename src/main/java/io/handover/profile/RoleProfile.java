package io.handover.profile;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import com.fasterxml.jackson.annotation.JsonIgnore;
import io.handover.audit.AuditDraft;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * What a role gets: assets, access groups, applications (keys of the application
 * register) and extra tasks per department. {@code version} counts every stored change;
 * {@code origin} says whether the profile is still as shipped or was edited through the
 * API, in which case a newer shipped file no longer overwrites it.
 */
@Document("profiles")
@JsonAutoDetect(fieldVisibility = Visibility.ANY, getterVisibility = Visibility.NONE,
		isGetterVisibility = Visibility.NONE)
public final class RoleProfile {

	/** The profile used for a role that has none of its own. */
	public static final String DEFAULT = "default";

	@Id
	private final String key;

	private final String title;

	private final List<String> aliases;

	private final List<ProfileAsset> assets;

	private final List<String> accessGroups;

	private final List<String> applications;

	private final List<TaskTemplate> extraTasks;

	private final Origin origin;

	@Version
	private final Long version;

	private final Instant changedAt;

	private final String changedBy;

	/** The audit entries of changes stored with them, until they are in the trail. */
	@JsonIgnore
	private final List<AuditDraft> auditOwed;

	@PersistenceCreator
	RoleProfile(String key, String title, List<String> aliases, List<ProfileAsset> assets, List<String> accessGroups,
			List<String> applications, List<TaskTemplate> extraTasks, Origin origin, Long version, Instant changedAt,
			String changedBy, List<AuditDraft> auditOwed) {
		this.key = key;
		this.title = title;
		this.aliases = aliases != null ? List.copyOf(aliases) : List.of();
		this.assets = assets != null ? List.copyOf(assets) : List.of();
		this.accessGroups = accessGroups != null ? List.copyOf(accessGroups) : List.of();
		this.applications = applications != null ? List.copyOf(applications) : List.of();
		this.extraTasks = extraTasks != null ? List.copyOf(extraTasks) : List.of();
		this.origin = origin;
		this.version = version;
		this.changedAt = changedAt;
		this.changedBy = changedBy;
		this.auditOwed = auditOwed != null ? List.copyOf(auditOwed) : List.of();
	}

	static RoleProfile of(String key, ProfileDraft draft, Origin origin, Long version, Instant at, String by,
			List<AuditDraft> auditOwed) {
		return new RoleProfile(key, draft.title(), draft.aliases(), draft.assets(), draft.accessGroups(),
				draft.applications(), draft.extraTasks(), origin, version, at, by, auditOwed);
	}

	List<AuditDraft> auditOwed() {
		return this.auditOwed;
	}

	public String key() {
		return this.key;
	}

	public String title() {
		return this.title;
	}

	public List<String> aliases() {
		return this.aliases;
	}

	public List<ProfileAsset> assets() {
		return this.assets;
	}

	public List<String> accessGroups() {
		return this.accessGroups;
	}

	/** Keys of applications in the application register. */
	public List<String> applications() {
		return this.applications;
	}

	public List<TaskTemplate> extraTasks() {
		return this.extraTasks;
	}

	/** The extra tasks of this profile for one direction. */
	public List<TaskTemplate> extraTasks(Direction direction) {
		return this.extraTasks.stream().filter(task -> task.direction() == direction).toList();
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

	ProfileDraft content() {
		return new ProfileDraft(this.title, this.aliases, this.assets, this.accessGroups, this.applications,
				this.extraTasks);
	}

	boolean sameContentAs(ProfileDraft draft) {
		return Objects.equals(content(), draft);
	}

	/** Where the stored version of a profile came from. */
	public enum Origin {

		/** Loaded from a YAML file shipped with the application or configured. */
		SHIPPED,
		/** Created or changed through the API. */
		API

	}

}

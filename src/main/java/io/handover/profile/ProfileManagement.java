package io.handover.profile;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import io.handover.audit.AuditDraft;
import io.handover.audit.AuditOutbox;
import io.handover.common.Actor;
import io.handover.common.NotFound;
import io.handover.common.Refusal;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;

/**
 * Reads and edits role profiles. Every stored change gets a new version and an audit
 * entry with the fields before and after.
 */
@Service
public class ProfileManagement {

	static final String SUBJECT = "profile";

	private final RoleProfiles profiles;

	private final Departments departments;

	private static final String COLLECTION = "profiles";

	/** Each change is stored with its audit entry (see AuditOutbox). */
	private final AuditOutbox audit;

	private final Clock clock;

	ProfileManagement(RoleProfiles profiles, Departments departments, AuditOutbox audit, Clock clock) {
		this.profiles = profiles;
		this.departments = departments;
		this.audit = audit;
		this.clock = clock;
		audit.owedIn(COLLECTION, null);
	}

	/** Every profile, by key. */
	public List<RoleProfile> all() {
		return this.profiles.findAll().stream().sorted(Comparator.comparing(RoleProfile::key)).toList();
	}

	public Optional<RoleProfile> find(String key) {
		return key == null ? Optional.empty() : this.profiles.findById(key);
	}

	public RoleProfile get(String key) {
		return find(key).orElseThrow(() -> new NotFound("Role profile", key));
	}

	/**
	 * The profile a person's words name: its key, title or one of its aliases, ignoring
	 * case, accents, punctuation and spaces ("Accountmanager" names
	 * {@code account-manager}).
	 */
	public Optional<RoleProfile> match(String words) {
		return all().stream()
			.filter(profile -> Aliases.same(profile.key(), words) || Aliases.same(profile.title(), words)
					|| profile.aliases().stream().anyMatch(alias -> Aliases.same(alias, words)))
			.findFirst();
	}

	/**
	 * Creates or replaces a profile.
	 * @param expectedVersion the version the editor saw, or null to skip the check
	 * @return the stored profile; unchanged (same version) when the content is the same
	 */
	public RoleProfile save(String key, ProfileDraft draft, Long expectedVersion, Actor by, String why) {
		if (key == null || !key.matches("[a-z0-9][a-z0-9-]{0,62}")) {
			throw new Refusal("invalid-key", "key",
					"A profile key is lower case letters, digits and hyphens, e.g. account-manager");
		}
		checkContent(key, draft);
		Optional<RoleProfile> existing = find(key);
		if (expectedVersion != null
				&& !Objects.equals(expectedVersion, existing.map(RoleProfile::version).orElse(null))) {
			throw new Refusal("stale-version", "version",
					"Profile " + key + " has changed since version " + expectedVersion + " (it is now at version "
							+ existing.map(RoleProfile::version).orElse(null)
							+ "); reload it and apply your change again");
		}
		if (existing.isPresent() && existing.get().sameContentAs(draft)) {
			return existing.get();
		}
		AuditDraft entry = audited(key, existing.isPresent() ? "edited" : "created", by, why,
				changes(existing.map(RoleProfile::content).orElse(null), draft));
		RoleProfile next = RoleProfile.of(key, draft, RoleProfile.Origin.API,
				existing.map(RoleProfile::version).orElse(null), this.clock.instant(), by.name(),
				AuditDraft.owedWith(existing.map(RoleProfile::auditOwed).orElse(null), entry));
		RoleProfile stored;
		try {
			stored = this.profiles.save(next);
		}
		catch (OptimisticLockingFailureException | DuplicateKeyException raced) {
			throw new Refusal("stale-version", "version",
					"Profile " + key + " was changed by someone else at the same time; reload it and try again");
		}
		this.audit.deliver(COLLECTION, key, List.of(entry));
		return stored;
	}

	/** Stores a shipped profile unless a version edited through the API exists. */
	boolean loadShipped(String key, ProfileDraft draft, Actor loader) {
		checkContent(key, draft);
		Optional<RoleProfile> existing = find(key);
		if (existing.isPresent()
				&& (existing.get().origin() == RoleProfile.Origin.API || existing.get().sameContentAs(draft))) {
			return false;
		}
		AuditDraft entry = audited(key, existing.isPresent() ? "updated-from-file" : "loaded", loader, null,
				changes(existing.map(RoleProfile::content).orElse(null), draft));
		RoleProfile next = RoleProfile.of(key, draft, RoleProfile.Origin.SHIPPED,
				existing.map(RoleProfile::version).orElse(null), this.clock.instant(), loader.name(),
				AuditDraft.owedWith(existing.map(RoleProfile::auditOwed).orElse(null), entry));
		try {
			this.profiles.save(next);
		}
		catch (OptimisticLockingFailureException | DuplicateKeyException anotherInstanceLoadedIt) {
			return false;
		}
		this.audit.deliver(COLLECTION, key, List.of(entry));
		return true;
	}

	private AuditDraft audited(String key, String action, Actor by, String why, Map<String, ?> changes) {
		return AuditDraft.fresh(this.clock.instant(), SUBJECT, key, action, by, why, changes);
	}

	private void checkContent(String key, ProfileDraft draft) {
		for (TaskTemplate task : draft.extraTasks()) {
			if (!this.departments.exists(task.department())) {
				throw new Refusal("unknown-department", "extraTasks",
						"Extra task " + task.key() + " names department " + task.department()
								+ ", which does not exist; known: "
								+ this.departments.all().stream().map(Department::key).toList());
			}
			if (task.direction() == null) {
				throw new Refusal("missing-direction", "extraTasks",
						"Extra task " + task.key() + " needs a direction: JOINER, MOVER or LEAVER");
			}
		}
		for (String alias : draft.aliases()) {
			for (RoleProfile other : all()) {
				if (!other.key().equals(key) && (Aliases.same(other.key(), alias) || Aliases.same(other.title(), alias)
						|| other.aliases().stream().anyMatch(a -> Aliases.same(a, alias)))) {
					throw new Refusal("alias-taken", "aliases",
							"The alias \"" + alias + "\" already names profile " + other.key());
				}
			}
		}
	}

	private static Map<String, Object[]> changes(ProfileDraft before, ProfileDraft after) {
		Map<String, Object[]> changes = new LinkedHashMap<>();
		put(changes, "title", before == null ? null : before.title(), after.title());
		put(changes, "aliases", before == null ? null : before.aliases(), after.aliases());
		put(changes, "assets", before == null ? null : before.assets(), after.assets());
		put(changes, "accessGroups", before == null ? null : before.accessGroups(), after.accessGroups());
		put(changes, "applications", before == null ? null : before.applications(), after.applications());
		put(changes, "extraTasks", before == null ? null : before.extraTasks(), after.extraTasks());
		return changes;
	}

	private static void put(Map<String, Object[]> changes, String field, Object before, Object after) {
		if (!Objects.equals(before, after)) {
			changes.put(field, new Object[] { before, after });
		}
	}

}

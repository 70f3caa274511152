package io.handover.apps;

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
import io.handover.audit.AuditTrail;
import io.handover.common.Actor;
import io.handover.common.NotFound;
import io.handover.common.Refusal;
import io.handover.profile.Departments;
import io.handover.profile.ProfileManagement;
import io.handover.profile.RoleProfile;
import io.handover.task.ApplicationCatalogue;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.util.StringUtils;

/**
 * Reads and edits the application register; every stored change is versioned and audited.
 * It is also the catalogue task generation asks: a federated application needs no leaver
 * task of its own (removing the directory group closes it), a standalone one does, in its
 * owning department when that is a department of Handover.
 */
@Service
public class ApplicationRegister implements ApplicationCatalogue {

	static final String SUBJECT = "application";

	private final Applications applications;

	private final ProfileManagement profiles;

	private final Departments departments;

	private static final String COLLECTION = "applications";

	/** A removal's entry: the removed document cannot carry it (see {@link #remove}). */
	private final AuditTrail audit;

	/** Every other change is stored with its audit entry (see AuditOutbox). */
	private final AuditOutbox owedAudit;

	private final Clock clock;

	ApplicationRegister(Applications applications, ProfileManagement profiles, Departments departments,
			AuditTrail audit, AuditOutbox owedAudit, Clock clock) {
		this.applications = applications;
		this.profiles = profiles;
		this.departments = departments;
		this.audit = audit;
		this.owedAudit = owedAudit;
		this.clock = clock;
		owedAudit.owedIn(COLLECTION, null);
	}

	public List<Application> all() {
		return this.applications.findAll().stream().sorted(Comparator.comparing(Application::key)).toList();
	}

	public Optional<Application> find(String key) {
		return key == null ? Optional.empty() : this.applications.findById(key);
	}

	public Application get(String key) {
		return find(key).orElseThrow(() -> new NotFound("Application", key));
	}

	/** The keys of the role profiles that list the application. */
	public List<String> usedBy(String key) {
		return this.profiles.all()
			.stream()
			.filter(profile -> profile.applications().contains(key))
			.map(RoleProfile::key)
			.toList();
	}

	public ApplicationView view(Application app) {
		return ApplicationView.of(app, usedBy(app.key()));
	}

	/** The profile's applications that are standalone (or unknown, to be safe). */
	public List<String> standaloneOf(List<String> applicationKeys) {
		return applicationKeys.stream().filter(this::needsOwnLeaverTask).toList();
	}

	/** The directory groups of the profile's federated applications. */
	public List<String> accessGroupsOf(List<String> applicationKeys) {
		return applicationKeys.stream()
			.map(this::find)
			.flatMap(Optional::stream)
			.filter(app -> app.federated() && StringUtils.hasText(app.accessGroup()))
			.map(Application::accessGroup)
			.distinct()
			.toList();
	}

	/**
	 * Creates or replaces an application.
	 * @param expectedVersion the version the editor saw, or null to skip the check
	 */
	public Application save(String key, ApplicationDraft draft, Long expectedVersion, Actor by, String why) {
		if (key == null || !key.matches("[a-z0-9][a-z0-9-]{0,62}")) {
			throw new Refusal("invalid-key", "key",
					"An application key is lower case letters, digits and hyphens, e.g. salesforce");
		}
		check(draft);
		Optional<Application> existing = find(key);
		if (expectedVersion != null
				&& !Objects.equals(expectedVersion, existing.map(Application::version).orElse(null))) {
			throw new Refusal("stale-version", "version", "Application " + key + " has changed since version "
					+ expectedVersion + "; reload it and apply your change again");
		}
		if (existing.isPresent() && existing.get().sameContentAs(draft)) {
			return existing.get();
		}
		AuditDraft entry = audited(key, existing.isPresent() ? "edited" : "registered", by, why,
				changes(existing.map(Application::content).orElse(null), draft));
		Application next = Application.of(key, draft, Application.Origin.API,
				existing.map(Application::version).orElse(null), this.clock.instant(), by.name(),
				AuditDraft.owedWith(existing.map(Application::auditOwed).orElse(null), entry));
		Application stored;
		try {
			stored = this.applications.save(next);
		}
		catch (OptimisticLockingFailureException | DuplicateKeyException raced) {
			throw new Refusal("stale-version", "version",
					"Application " + key + " was changed by someone else at the same time; reload it and try again");
		}
		this.owedAudit.deliver(COLLECTION, key, List.of(entry));
		return stored;
	}

	/**
	 * Removes an application no role profile uses any more. The removed document cannot
	 * carry its audit entry, so the entry is appended right after the delete: a kill in
	 * between loses the entry (not the removal), as before AuditOutbox.
	 */
	public void remove(String key, Actor by, String why) {
		Application app = get(key);
		List<String> users = usedBy(key);
		if (!users.isEmpty()) {
			throw new Refusal("application-in-use", "key",
					app.name() + " is still used by role profile(s) " + users + "; take it out of them first");
		}
		this.applications.deleteById(key);
		this.audit.record(SUBJECT, key, "removed", by, why, changes(app.content(), null));
	}

	/** Stores a shipped application unless a version edited through the API exists. */
	boolean loadShipped(String key, ApplicationDraft draft, Actor loader) {
		check(draft);
		Optional<Application> existing = find(key);
		if (existing.isPresent()
				&& (existing.get().origin() == Application.Origin.API || existing.get().sameContentAs(draft))) {
			return false;
		}
		AuditDraft entry = audited(key, existing.isPresent() ? "updated-from-file" : "loaded", loader, null,
				changes(existing.map(Application::content).orElse(null), draft));
		Application next = Application.of(key, draft, Application.Origin.SHIPPED,
				existing.map(Application::version).orElse(null), this.clock.instant(), loader.name(),
				AuditDraft.owedWith(existing.map(Application::auditOwed).orElse(null), entry));
		try {
			this.applications.save(next);
		}
		catch (OptimisticLockingFailureException | DuplicateKeyException anotherInstanceLoadedIt) {
			return false;
		}
		this.owedAudit.deliver(COLLECTION, key, List.of(entry));
		return true;
	}

	private AuditDraft audited(String key, String action, Actor by, String why, Map<String, ?> changes) {
		return AuditDraft.fresh(this.clock.instant(), SUBJECT, key, action, by, why, changes);
	}

	@Override
	public boolean needsOwnLeaverTask(String applicationKey) {
		return find(applicationKey).map(app -> !app.federated()).orElse(true);
	}

	@Override
	public String displayName(String applicationKey) {
		return find(applicationKey).map(Application::name).orElse(applicationKey);
	}

	@Override
	public String department(String applicationKey, String fallback) {
		return find(applicationKey).map(Application::owner)
			.filter(owner -> owner.kind() == Owner.Kind.DEPARTMENT && this.departments.exists(owner.id()))
			.map(owner -> owner.id().toUpperCase(java.util.Locale.ROOT))
			.orElse(fallback);
	}

	@Override
	public String leaverNotes(String applicationKey) {
		return find(applicationKey)
			.map(app -> "Owner: " + app.owner().name() + (app.owner().isPerson() ? " (" + app.owner().id() + ")" : "")
					+ ". " + app.deactivation().instructions())
			.orElse("Not in the application register: find out who administers it, close the account and "
					+ "register the application.");
	}

	private void check(ApplicationDraft draft) {
		if (draft.federated() && !StringUtils.hasText(draft.accessGroup())) {
			throw new Refusal("access-group-required", "accessGroup",
					"A federated application needs the directory group that gives access");
		}
		if (!draft.federated() && draft.deactivation().method() == Deactivation.Method.DIRECTORY) {
			throw new Refusal("not-federated", "deactivation.method",
					"A standalone application is not closed by the directory: say how to deactivate it (API or MANUAL)");
		}
		if (draft.owner().kind() == Owner.Kind.PERSON && !draft.owner().id().contains("@")) {
			throw new Refusal("owner-upn", "owner.id", "A person owning an application is given by UPN (e-mail)");
		}
	}

	private static Map<String, Object[]> changes(ApplicationDraft before, ApplicationDraft after) {
		Map<String, Object[]> changes = new LinkedHashMap<>();
		put(changes, "name", before == null ? null : before.name(), after == null ? null : after.name());
		put(changes, "owner", before == null ? null : before.owner(), after == null ? null : after.owner());
		put(changes, "federated", before == null ? null : before.federated(), after == null ? null : after.federated());
		put(changes, "accessGroup", before == null ? null : before.accessGroup(),
				after == null ? null : after.accessGroup());
		put(changes, "deactivation", before == null ? null : before.deactivation(),
				after == null ? null : after.deactivation());
		put(changes, "notes", before == null ? null : before.notes(), after == null ? null : after.notes());
		return changes;
	}

	private static void put(Map<String, Object[]> changes, String field, Object before, Object after) {
		if (!Objects.equals(before, after)) {
			changes.put(field, new Object[] { before, after });
		}
	}

}

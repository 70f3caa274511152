package io.handover.task;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import io.handover.profile.Departments;
import io.handover.profile.Direction;
import io.handover.profile.ProfileAsset;
import io.handover.profile.RoleProfile;
import io.handover.profile.TaskCondition;
import io.handover.profile.TaskMultiplicity;
import io.handover.profile.TaskTemplate;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;

/**
 * Generates a ticket's tasks. A joiner gets the catalogue's tasks for the profile's
 * assets; a leaver gets them for what the asset register says they hold now — every
 * asset, whether the profile lists it or not — and one per application; a mover gets only
 * the difference between the old and the new profile. Then the profile's extra tasks, due
 * dates in working days, and dependencies (a task waits, BLOCKED, for the kinds it comes
 * after; per-asset tasks wait only for the same asset's task).
 */
@Service
public class TaskPlanner {

	private final Departments departments;

	private final WorkingDays calendar;

	private final ObjectProvider<ApplicationCatalogue> applications;

	TaskPlanner(Departments departments, WorkingDays calendar, ObjectProvider<ApplicationCatalogue> applications) {
		this.departments = departments;
		this.calendar = calendar;
		this.applications = applications;
	}

	public List<Task> plan(PlanRequest request) {
		Plan plan = new Plan(request);
		switch (request.direction()) {
			case JOINER -> joiner(plan);
			case LEAVER -> leaver(plan);
			case MOVER -> mover(plan);
		}
		return plan.linked();
	}

	/**
	 * When a task with this offset is due for a ticket on {@code date}: never before
	 * {@code today}, never on a day off.
	 */
	public LocalDate dueOn(LocalDate date, int offset, LocalDate today) {
		LocalDate due = this.calendar.shift(date, offset);
		LocalDate first = this.calendar.onOrAfter(today);
		return due.isBefore(first) ? first : due;
	}

	private void joiner(Plan plan) {
		RoleProfile profile = plan.request.profile();
		List<AssetRef> assets = profile.assets().stream().map(a -> AssetRef.ofModel(a.type(), a.model())).toList();
		List<TaskTemplate> catalogue = templates(Direction.JOINER, profile);
		for (TaskTemplate template : catalogue) {
			if (!plan.applies(template, profile)) {
				continue;
			}
			switch (template.per()) {
				case ONCE -> plan.add(template, null, null);
				case ASSET -> plan.forAssets(template, catalogue, assets);
				case APPLICATION -> profile.applications().forEach(app -> plan.add(template, null, app));
				default -> {
				}
			}
		}
	}

	private void leaver(Plan plan) {
		RoleProfile profile = plan.request.profile();
		List<TaskTemplate> catalogue = templates(Direction.LEAVER, profile);
		ApplicationCatalogue register = this.applications.getIfAvailable(() -> ApplicationCatalogue.ALL_STANDALONE);
		for (TaskTemplate template : catalogue) {
			if (!plan.applies(template, profile)) {
				continue;
			}
			switch (template.per()) {
				case ONCE -> plan.add(template, null, null);
				case ASSET -> plan.forAssets(template, catalogue, plan.request.holdings());
				case APPLICATION -> profile.applications()
					.stream()
					.filter(register::needsOwnLeaverTask)
					.forEach(app -> plan.addClosing(template, app, register));
				default -> {
				}
			}
		}
	}

	private void mover(Plan plan) {
		RoleProfile now = plan.request.profile();
		RoleProfile before = plan.request.previousProfile();
		ApplicationCatalogue register = this.applications.getIfAvailable(() -> ApplicationCatalogue.ALL_STANDALONE);
		for (TaskTemplate template : templates(Direction.MOVER, now)) {
			if (!plan.applies(template, now)) {
				continue;
			}
			switch (template.per()) {
				case ONCE -> plan.add(template, null, null);
				case ADDED_GROUP ->
					minus(now.accessGroups(), before.accessGroups()).forEach(group -> plan.add(template, null, group));
				case REMOVED_GROUP ->
					minus(before.accessGroups(), now.accessGroups()).forEach(group -> plan.add(template, null, group));
				case APPLICATION ->
					minus(now.applications(), before.applications()).forEach(app -> plan.add(template, null, app));
				case REMOVED_APPLICATION -> minus(before.applications(), now.applications()).stream()
					.filter(register::needsOwnLeaverTask)
					.forEach(app -> plan.addClosing(template, app, register));
				default -> {
				}
			}
		}
		List<AssetRef> added = minusAssets(now.assets(), before.assets()).stream()
			.map(a -> AssetRef.ofModel(a.type(), a.model()))
			.toList();
		List<TaskTemplate> issuing = this.departments.catalogue(Direction.JOINER);
		issuing.stream()
			.filter(t -> t.per() == TaskMultiplicity.ASSET)
			.forEach(template -> plan.forAssets(template, issuing, added));
		List<AssetRef> returned = held(minusAssets(before.assets(), now.assets()), plan.request.holdings());
		List<TaskTemplate> collecting = this.departments.catalogue(Direction.LEAVER);
		collecting.stream()
			.filter(t -> t.per() == TaskMultiplicity.ASSET)
			.forEach(template -> plan.forAssets(template, collecting, returned));
	}

	private List<TaskTemplate> templates(Direction direction, RoleProfile profile) {
		List<TaskTemplate> all = new ArrayList<>(this.departments.catalogue(direction));
		all.addAll(profile.extraTasks(direction));
		return all;
	}

	private static List<String> minus(List<String> a, List<String> b) {
		return a.stream().filter(x -> !b.contains(x)).distinct().toList();
	}

	/**
	 * Multiset difference: two laptops in the old profile and one in the new leaves one.
	 */
	private static List<ProfileAsset> minusAssets(List<ProfileAsset> a, List<ProfileAsset> b) {
		List<ProfileAsset> left = new ArrayList<>(a);
		b.forEach(left::remove);
		return left;
	}

	/** The register's record of each asset to take back, when the employee holds one. */
	private static List<AssetRef> held(List<ProfileAsset> assets, List<AssetRef> holdings) {
		List<AssetRef> unused = new ArrayList<>(holdings);
		List<AssetRef> refs = new ArrayList<>();
		for (ProfileAsset asset : assets) {
			AssetRef match = unused.stream()
				.filter(h -> h.type().equalsIgnoreCase(asset.type()) && Objects.equals(h.model(), asset.model()))
				.findFirst()
				.or(() -> unused.stream().filter(h -> h.type().equalsIgnoreCase(asset.type())).findFirst())
				.orElse(AssetRef.ofModel(asset.type(), asset.model()));
			unused.remove(match);
			refs.add(match);
		}
		return refs;
	}

	/** The tasks being generated for one ticket, with what they wait for. */
	private final class Plan {

		private final PlanRequest request;

		private final List<Task> tasks = new ArrayList<>();

		private final Map<Task, TaskTemplate> templates = new HashMap<>();

		private final Map<Task, AssetRef> assetOf = new HashMap<>();

		private Plan(PlanRequest request) {
			this.request = request;
		}

		boolean applies(TaskTemplate template, RoleProfile profile) {
			for (TaskCondition condition : template.when()) {
				boolean holds = switch (condition) {
					case ON_SITE -> !this.request.remote();
					case REMOTE -> this.request.remote();
					case HAS_ACCESS_GROUPS -> !profile.accessGroups().isEmpty();
					case HAS_APPLICATIONS -> !profile.applications().isEmpty();
				};
				if (!holds) {
					return false;
				}
			}
			return true;
		}

		void forAssets(TaskTemplate template, List<TaskTemplate> catalogue, List<AssetRef> assets) {
			for (int i = 0; i < assets.size(); i++) {
				AssetRef asset = assets.get(i);
				boolean exact = template.handlesAssetType(asset.type());
				boolean fallback = template.handlesAnyAssetType()
						&& catalogue.stream().noneMatch(other -> other.handlesAssetType(asset.type()));
				if (exact || fallback) {
					add(template, asset, null);
				}
			}
		}

		void add(TaskTemplate template, AssetRef asset, String subject) {
			add(template, asset, subject, template.department(), asset != null ? this.request.assetNote() : null);
		}

		/** A task to close an account in an application: for its owner, with how. */
		void addClosing(TaskTemplate template, String application, ApplicationCatalogue register) {
			add(template, null, application, register.department(application, template.department()),
					register.leaverNotes(application));
		}

		void add(TaskTemplate template, AssetRef asset, String subject, String department, String notes) {
			String id = this.request.ticketKey() + "-" + (this.tasks.size() + 1);
			String shown = subject == null ? null
					: TaskPlanner.this.applications.getIfAvailable(() -> ApplicationCatalogue.ALL_STANDALONE)
						.displayName(subject);
			Task task = new Task(id, template.key(), department, title(template.title(), asset, shown), notes, asset,
					subject, template.due(), dueOn(this.request.date(), template.due(), this.request.today()),
					this.request.urgent(), template.inputs(), template.effect());
			this.tasks.add(task);
			this.templates.put(task, template);
			if (asset != null) {
				this.assetOf.put(task, asset);
			}
		}

		List<Task> linked() {
			for (Task task : this.tasks) {
				List<String> waitsFor = new ArrayList<>();
				for (String kind : this.templates.get(task).after()) {
					for (Task other : this.tasks) {
						// identity, not equality: two identical laptops are two assets
						boolean sameAsset = !this.assetOf.containsKey(task) || !this.assetOf.containsKey(other)
								|| this.assetOf.get(task) == this.assetOf.get(other);
						if (other != task && other.kind().equals(kind) && sameAsset) {
							waitsFor.add(other.id());
						}
					}
				}
				task.waitFor(waitsFor);
			}
			return this.tasks;
		}

	}

	private static String title(String template, AssetRef asset, String subject) {
		Map<String, String> values = new LinkedHashMap<>();
		values.put("type", asset != null ? asset.type() : null);
		values.put("model", asset != null ? asset.model() : null);
		values.put("serialNumber", asset != null ? asset.serialNumber() : null);
		values.put("tag", asset != null ? asset.tag() : null);
		values.put("group", subject);
		values.put("application", subject);
		String title = template;
		for (Map.Entry<String, String> value : values.entrySet()) {
			title = title.replace("{" + value.getKey() + "}", value.getValue() != null ? value.getValue() : "");
		}
		return title.replace("()", "").replaceAll("\\s+", " ").trim();
	}

}

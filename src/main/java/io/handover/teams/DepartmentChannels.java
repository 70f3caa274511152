package io.handover.teams;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.handover.audit.AuditDraft;
import io.handover.audit.AuditOutbox;
import io.handover.audit.AuditTrail;
import io.handover.common.Actor;
import io.handover.common.Refusal;
import io.handover.profile.Departments;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Which channels serve which departments: {@code @Handover link IT} in a channel links it
 * when an Administrator says it, and otherwise records a request that an Administrator
 * approves or declines; {@code unlink} removes a link. Every change and every refusal is
 * audited.
 */
@Component
class DepartmentChannels {

	private final MongoTemplate mongo;

	private final Departments departments;

	private static final String COLLECTION = "channel_links";

	private final ConversationStore conversations;

	/** A link's audit entry is written with it (see AuditOutbox). */
	private final AuditOutbox audit;

	private final Clock clock;

	private final AuditTrail trail;

	private final ApplicationEventPublisher events;

	DepartmentChannels(MongoTemplate mongo, Departments departments, ConversationStore conversations, AuditOutbox audit,
			AuditTrail trail, Clock clock, ApplicationEventPublisher events) {
		this.trail = trail;
		this.events = events;
		this.mongo = mongo;
		this.departments = departments;
		this.conversations = conversations;
		this.audit = audit;
		this.clock = clock;
		audit.owedIn(COLLECTION, null);
		io.handover.system.SparseIndexes.ensure(mongo, COLLECTION, "departments", "departments");
	}

	/**
	 * Links a channel to a department at once: only for an Administrator (the caller
	 * checks). A pending request for it is settled by this link.
	 * @throws Refusal when the department is unknown or the bot is not installed in the
	 * team
	 */
	ChannelLink link(String channelId, String teamId, String departmentWords, Actor admin) {
		String department = departmentKey(departmentWords);
		requireInstalled(teamId);
		ChannelLink before = find(channelId);
		Update update = new Update().addToSet("departments", department)
			.set("teamId", teamId)
			.set("channelName", channelName(channelId))
			.set("linkedBy", admin.name())
			.set("linkedAt", this.clock.instant())
			.set("approvedBy." + department, admin.name())
			.pull("requests", new org.bson.Document("department", department));
		AuditDraft linked = null;
		if (before == null || !before.departments().contains(department)) {
			List<String> departmentsBefore = before == null ? List.of() : before.departments();
			List<String> departmentsAfter = new ArrayList<>(departmentsBefore);
			departmentsAfter.add(department);
			Map<String, Object[]> changes = new LinkedHashMap<>();
			changes.put("departments", new Object[] { departmentsBefore, departmentsAfter });
			ChannelLink.Request asked = before != null ? before.request(department).orElse(null) : null;
			if (asked != null) {
				changes.put("requestedBy", new Object[] { null, asked.byName() + " (" + asked.byId() + ")" });
			}
			changes.put("approvedBy", new Object[] { null, admin.name() + " (" + admin.id() + ")" });
			linked = audited(channelId, asked != null ? "link-approved" : "linked", admin, changes);
			this.audit.owing(update, linked);
		}
		ChannelLink after = this.mongo.findAndModify(Query.query(Criteria.where("_id").is(channelId)), update,
				FindAndModifyOptions.options().upsert(true).returnNew(true), ChannelLink.class);
		if (linked != null) {
			this.audit.deliver(COLLECTION, channelId, List.of(linked));
			this.events.publishEvent(new DepartmentLinked(department, channelId));
		}
		return after;
	}

	/**
	 * Someone who is not an Administrator asks to link the channel: recorded as a pending
	 * request (audited), which gives the channel no cards and its members nothing.
	 * @return the link after the request, and whether it is new (a repeat changes
	 * nothing)
	 */
	Requested request(String channelId, String teamId, String departmentWords, Actor by) {
		String department = departmentKey(departmentWords);
		requireInstalled(teamId);
		ChannelLink before = find(channelId);
		if (before != null && before.departments().contains(department)) {
			return new Requested(before, department, false);
		}
		if (before != null && before.request(department).isPresent()) {
			return new Requested(before, department, false);
		}
		ChannelLink.Request request = new ChannelLink.Request(department, by.id(), by.name(), this.clock.instant());
		Update update = new Update().push("requests", request)
			.set("teamId", teamId)
			.set("channelName", channelName(channelId));
		AuditDraft requested = audited(channelId, "link-requested", by,
				Map.of("requested", new Object[] { null, department }));
		this.audit.owing(update, requested);
		// only when no request for the department is there yet: two asking at once make
		// one request
		Query query = Query.query(Criteria.where("_id").is(channelId).and("requests.department").ne(department));
		ChannelLink after = this.mongo.findAndModify(query, update,
				FindAndModifyOptions.options().upsert(before == null).returnNew(true), ChannelLink.class);
		if (after == null) {
			return new Requested(find(channelId), department, false);
		}
		this.audit.deliver(COLLECTION, channelId, List.of(requested));
		return new Requested(after, department, true);
	}

	/**
	 * An Administrator declines a pending request (audited with who asked and who
	 * declined).
	 */
	ChannelLink decline(String channelId, String department, Actor admin) {
		ChannelLink before = find(channelId);
		ChannelLink.Request asked = before == null ? null : before.request(department).orElse(null);
		if (asked == null) {
			return before;
		}
		Update update = new Update().pull("requests", new org.bson.Document("department", department));
		AuditDraft declined = audited(channelId, "link-declined", admin,
				Map.of("requested", new Object[] { department, null }, "requestedBy",
						new Object[] { null, asked.byName() + " (" + asked.byId() + ")" }));
		ChannelLink after = this.mongo.findAndModify(Query.query(Criteria.where("_id").is(channelId)),
				this.audit.owing(update, declined), FindAndModifyOptions.options().returnNew(true), ChannelLink.class);
		this.audit.deliver(COLLECTION, channelId, List.of(declined));
		return after;
	}

	/** Records a refused link, unlink or decision in the channel's audit trail. */
	void refused(String channelId, String action, Actor by, String reason, String refusalKey) {
		this.trail.recordOnce(refusalKey, "channel", channelId, "refused", by, reason,
				Map.of("action", new Object[] { null, action }));
	}

	private void requireInstalled(String teamId) {
		boolean installed = teamId != null && this.conversations.team(teamId).map(TeamRecord::installed).orElse(false);
		if (!installed) {
			throw new Refusal("bot-not-installed",
					"Install Handover in this team first (Apps → Manage apps), then link the channel again.");
		}
	}

	private String channelName(String channelId) {
		return this.conversations.find(channelId).map(ConversationRecord::name).orElse(null);
	}

	/**
	 * A department's cards go to a channel from now on (an Administrator linked or
	 * approved it).
	 */
	record DepartmentLinked(String department, String channelId) {
	}

	/**
	 * A link request as it stands.
	 *
	 * @param link the channel's links and requests
	 * @param department the department asked for
	 * @param isNew whether this request was recorded now (not asked or linked before)
	 */
	record Requested(ChannelLink link, String department, boolean isNew) {
	}

	/**
	 * Links made before links needed an Administrator (no {@code approvedBy}) were
	 * claimed, not approved: at start they become requests, so those channels get no
	 * cards and their teams nothing until an Administrator links them again
	 * ({@code @Handover link
	 * IT}) or approves. Each is audited; instances starting together change each once.
	 * Called at start ({@link LinkRequests}, which sends the requests to the
	 * Administrators).
	 * @return the requests this call made, one per department of each link it changed
	 */
	List<Requested> suspendLinksNoAdministratorApproved() {
		List<Requested> suspendedNow = new ArrayList<>();
		Query legacy = Query.query(Criteria.where("approvedBy").exists(false));
		for (ChannelLink link : this.mongo.find(legacy, ChannelLink.class)) {
			if (link.departments().isEmpty()) {
				continue;
			}
			List<ChannelLink.Request> requests = new ArrayList<>(link.requests());
			for (String department : link.departments()) {
				requests.add(new ChannelLink.Request(department, "unknown",
						link.linkedBy() != null ? link.linkedBy() : "unknown", link.linkedAt()));
			}
			AuditDraft suspended = audited(link.id(), "link-suspended", Actor.system("access"),
					Map.of("departments", new Object[] { link.departments(), List.of() }));
			Update update = new Update().set("departments", List.of())
				.set("requests", requests)
				.set("approvedBy", Map.of());
			ChannelLink changed = this.mongo.findAndModify(
					Query.query(Criteria.where("_id").is(link.id()).and("approvedBy").exists(false)),
					this.audit.owing(update, suspended), FindAndModifyOptions.options().returnNew(true),
					ChannelLink.class);
			if (changed != null) {
				this.audit.deliver(COLLECTION, link.id(), List.of(suspended));
				for (String department : link.departments()) {
					suspendedNow.add(new Requested(changed, department, true));
				}
			}
		}
		return suspendedNow;
	}

	/** Removes one department from the channel, or all of them when none is named. */
	ChannelLink unlink(String channelId, String departmentWords, Actor by) {
		ChannelLink before = find(channelId);
		if (before == null || before.departments().isEmpty()) {
			throw new Refusal("not-linked", "This channel is not linked to any department.");
		}
		boolean all = departmentWords == null || departmentWords.isBlank();
		String department = all ? null : departmentKey(departmentWords);
		Update update = all ? new Update().set("departments", List.of()) : new Update().pull("departments", department);
		List<String> departmentsAfter = all ? List.of()
				: before.departments().stream().filter(d -> !d.equals(department)).toList();
		AuditDraft unlinked = audited(channelId, "unlinked", by,
				Map.of("departments", new Object[] { before.departments(), departmentsAfter }));
		ChannelLink after = this.mongo.findAndModify(Query.query(Criteria.where("_id").is(channelId)),
				this.audit.owing(update, unlinked), FindAndModifyOptions.options().returnNew(true), ChannelLink.class);
		this.audit.deliver(COLLECTION, channelId, List.of(unlinked));
		return after;
	}

	private AuditDraft audited(String channelId, String action, Actor by, Map<String, ?> changes) {
		return AuditDraft.fresh(this.clock.instant(), "channel", channelId, action, by, null, changes);
	}

	/** The links of every channel of a team. */
	List<ChannelLink> linksOf(String teamId) {
		return this.mongo.find(Query.query(Criteria.where("teamId").is(teamId)), ChannelLink.class)
			.stream()
			.filter(link -> !link.departments().isEmpty())
			.toList();
	}

	/** The channels where a department's cards go. */
	List<ChannelLink> channelsOf(String department) {
		return this.mongo.find(Query.query(Criteria.where("departments").is(department)), ChannelLink.class);
	}

	ChannelLink find(String channelId) {
		return this.mongo.findById(channelId, ChannelLink.class);
	}

	List<String> departmentKeys() {
		return this.departments.all().stream().map(d -> d.key()).toList();
	}

	/**
	 * One or several departments by key or name: "IT", "IT HR", "IT and HR", "FM, HR",
	 * "facility management en HR". The whole words first, so a name with spaces is one
	 * department; then the longest names from the left.
	 * @throws Refusal naming the words that are no department
	 */
	List<String> departmentKeysIn(String words) {
		String wanted = words == null ? "" : words.trim();
		try {
			return List.of(departmentKey(wanted));
		}
		catch (Refusal notOne) {
			if (wanted.isEmpty()) {
				throw notOne;
			}
		}
		List<String> tokens = java.util.Arrays
			.stream(wanted.split("(?i)\\s*(?:,|;|&|\\+|/|\\band\\b|\\ben\\b)\\s*|\\s+"))
			.filter(token -> !token.isBlank())
			.toList();
		List<String> keys = new ArrayList<>();
		int i = 0;
		while (i < tokens.size()) {
			String found = null;
			int end = tokens.size();
			for (; end > i; end--) {
				try {
					found = departmentKey(String.join(" ", tokens.subList(i, end)));
					break;
				}
				catch (Refusal notThis) {
					// a shorter run of words, or none
				}
			}
			if (found == null) {
				throw new Refusal("unknown-department", "department", "There is no department '" + tokens.get(i)
						+ "'. Known departments: " + String.join(", ", departmentKeys()) + ".");
			}
			if (!keys.contains(found)) {
				keys.add(found);
			}
			i = end;
		}
		return keys;
	}

	/** A department by key or name, any case: "it", "FM", "facility management". */
	String departmentKey(String words) {
		String wanted = words == null ? "" : words.trim();
		return this.departments.all()
			.stream()
			.filter(d -> d.key().equalsIgnoreCase(wanted) || d.name().equalsIgnoreCase(wanted))
			.map(d -> d.key())
			.findFirst()
			.orElseThrow(() -> wanted.isEmpty()
					? new Refusal("department-missing", "department",
							"Name the department: " + String.join(", ", departmentKeys()) + ".")
					: new Refusal("unknown-department", "department", "There is no department '" + wanted
							+ "'. Known departments: " + String.join(", ", departmentKeys()) + "."));
	}

}

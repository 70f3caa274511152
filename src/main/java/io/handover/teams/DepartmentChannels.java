package io.handover.teams;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.handover.audit.AuditDraft;
import io.handover.audit.AuditOutbox;
import io.handover.common.Actor;
import io.handover.common.Refusal;
import io.handover.profile.Departments;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * Which channels serve which departments: {@code @Handover link IT} in a channel links
 * it, {@code unlink} removes the link. Every change is audited.
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

	DepartmentChannels(MongoTemplate mongo, Departments departments, ConversationStore conversations, AuditOutbox audit,
			Clock clock) {
		this.mongo = mongo;
		this.departments = departments;
		this.conversations = conversations;
		this.audit = audit;
		this.clock = clock;
		audit.owedIn(COLLECTION, null);
	}

	/**
	 * Links a channel to a department.
	 * @throws Refusal when the department is unknown or the bot is not installed in the
	 * team
	 */
	ChannelLink link(String channelId, String teamId, String departmentWords, Actor by) {
		String department = departmentKey(departmentWords);
		boolean installed = teamId != null && this.conversations.team(teamId).map(TeamRecord::installed).orElse(false);
		if (!installed) {
			throw new Refusal("bot-not-installed",
					"Install Handover in this team first (Apps → Manage apps), then link the channel again.");
		}
		String channelName = this.conversations.find(channelId).map(ConversationRecord::name).orElse(null);
		ChannelLink before = find(channelId);
		Update update = new Update().addToSet("departments", department)
			.set("teamId", teamId)
			.set("channelName", channelName)
			.set("linkedBy", by.name())
			.set("linkedAt", this.clock.instant());
		AuditDraft linked = null;
		if (before == null || !before.departments().contains(department)) {
			List<String> departmentsBefore = before == null ? List.of() : before.departments();
			List<String> departmentsAfter = new ArrayList<>(departmentsBefore);
			departmentsAfter.add(department);
			linked = audited(channelId, "linked", by,
					Map.of("departments", new Object[] { departmentsBefore, departmentsAfter }));
			this.audit.owing(update, linked);
		}
		ChannelLink after = this.mongo.findAndModify(Query.query(Criteria.where("_id").is(channelId)), update,
				FindAndModifyOptions.options().upsert(true).returnNew(true), ChannelLink.class);
		if (linked != null) {
			this.audit.deliver(COLLECTION, channelId, List.of(linked));
		}
		return after;
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

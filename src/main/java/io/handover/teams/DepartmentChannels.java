package io.handover.teams;

import java.time.Clock;
import java.util.List;
import java.util.Map;

import io.handover.audit.AuditTrail;
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

	private final ConversationStore conversations;

	private final AuditTrail audit;

	private final Clock clock;

	DepartmentChannels(MongoTemplate mongo, Departments departments, ConversationStore conversations, AuditTrail audit,
			Clock clock) {
		this.mongo = mongo;
		this.departments = departments;
		this.conversations = conversations;
		this.audit = audit;
		this.clock = clock;
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
		ChannelLink after = this.mongo.findAndModify(Query.query(Criteria.where("_id").is(channelId)),
				new Update().addToSet("departments", department)
					.set("teamId", teamId)
					.set("channelName", channelName)
					.set("linkedBy", by.name())
					.set("linkedAt", this.clock.instant()),
				FindAndModifyOptions.options().upsert(true).returnNew(true), ChannelLink.class);
		if (before == null || !before.departments().contains(department)) {
			this.audit.record("channel", channelId, "linked", by, null, Map.of("departments",
					new Object[] { before == null ? List.of() : before.departments(), after.departments() }));
		}
		return after;
	}

	/** Removes one department from the channel, or all of them when none is named. */
	ChannelLink unlink(String channelId, String departmentWords, Actor by) {
		ChannelLink before = find(channelId);
		if (before == null || before.departments().isEmpty()) {
			throw new Refusal("not-linked", "This channel is not linked to any department.");
		}
		Update update = departmentWords == null || departmentWords.isBlank()
				? new Update().set("departments", List.of())
				: new Update().pull("departments", departmentKey(departmentWords));
		ChannelLink after = this.mongo.findAndModify(Query.query(Criteria.where("_id").is(channelId)), update,
				FindAndModifyOptions.options().returnNew(true), ChannelLink.class);
		this.audit.record("channel", channelId, "unlinked", by, null,
				Map.of("departments", new Object[] { before.departments(), after.departments() }));
		return after;
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

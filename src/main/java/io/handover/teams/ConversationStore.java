package io.handover.teams;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import com.microsoft.bot.schema.Activity;
import com.microsoft.bot.schema.ChannelAccount;
import com.microsoft.bot.schema.ConversationAccount;
import com.microsoft.bot.schema.teams.TeamsChannelData;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * Remembers every conversation and team the bot is part of, in the store (not in memory),
 * so any instance can post, reply and update cards there later.
 */
@Component
class ConversationStore {

	private static final int SEEN_CACHE_LIMIT = 10_000;

	private final MongoTemplate mongo;

	private final Clock clock;

	/** What was last written per conversation: most turns then need no write at all. */
	private final Map<String, Integer> seen = new ConcurrentHashMap<>();

	ConversationStore(MongoTemplate mongo, Clock clock) {
		this.mongo = mongo;
		this.clock = clock;
	}

	/** Stores (or refreshes) the reference of the conversation an activity came from. */
	void remember(Activity activity) {
		ConversationAccount conversation = activity.getConversation();
		if (conversation == null || conversation.getId() == null) {
			return;
		}
		TeamsChannelData teams = TeamsData.of(activity);
		ConversationRecord.Kind kind = ConversationRecord.Kind.of(conversation.getConversationType());
		String id = kind == ConversationRecord.Kind.CHANNEL ? TeamsData.channelConversationId(activity)
				: conversation.getId();
		ChannelAccount user = kind == ConversationRecord.Kind.PERSONAL ? activity.getFrom() : null;
		String teamId = teams != null && teams.getTeam() != null ? teams.getTeam().getId() : null;
		String teamsChannelId = teams != null && teams.getChannel() != null ? teams.getChannel().getId() : null;
		ChannelAccount bot = activity.getRecipient();
		int fingerprint = Objects.hash(kind, activity.getChannelId(), activity.getServiceUrl(),
				conversation.getTenantId(), teamId, teamsChannelId, bot != null ? bot.getId() : null,
				user != null ? user.getId() : null, user != null ? user.getAadObjectId() : null, activity.getLocale());
		if (Integer.valueOf(fingerprint).equals(this.seen.get(id))) {
			return;
		}
		Instant now = this.clock.instant();
		Update update = new Update().set("kind", kind)
			.set("channelId", activity.getChannelId())
			.set("serviceUrl", activity.getServiceUrl())
			.set("removed", false)
			.set("lastSeen", now)
			.setOnInsert("firstSeen", now);
		setIfPresent(update, "tenantId", conversation.getTenantId());
		setIfPresent(update, "teamId", teamId);
		setIfPresent(update, "teamsChannelId", teamsChannelId);
		setIfPresent(update, "name", conversation.getName());
		setIfPresent(update, "locale", activity.getLocale());
		if (bot != null) {
			setIfPresent(update, "botId", bot.getId());
			setIfPresent(update, "botName", bot.getName());
		}
		if (user != null) {
			setIfPresent(update, "userId", user.getId());
			setIfPresent(update, "userAadObjectId", user.getAadObjectId());
			setIfPresent(update, "userName", user.getName());
		}
		this.mongo.upsert(Query.query(Criteria.where("_id").is(id)), update, ConversationRecord.class);
		if (this.seen.size() > SEEN_CACHE_LIMIT) {
			this.seen.clear();
		}
		this.seen.put(id, fingerprint);
	}

	/** The bot was installed in a team: remember the team and each of its channels. */
	void teamInstalled(Activity activity, String teamId, String aadGroupId, String teamName,
			List<TeamRecord.Channel> channels) {
		Instant now = this.clock.instant();
		String tenantId = activity.getConversation().getTenantId();
		Update update = new Update().set("installed", true)
			.set("installedAt", now)
			.unset("removedAt")
			.set("tenantId", tenantId)
			.set("serviceUrl", activity.getServiceUrl())
			.set("channels", channels);
		setIfPresent(update, "aadGroupId", aadGroupId);
		setIfPresent(update, "name", teamName);
		this.mongo.upsert(Query.query(Criteria.where("_id").is(teamId)), update, TeamRecord.class);
		for (TeamRecord.Channel channel : channels) {
			Update conversation = new Update().set("kind", ConversationRecord.Kind.CHANNEL)
				.set("channelId", activity.getChannelId())
				.set("serviceUrl", activity.getServiceUrl())
				.set("tenantId", tenantId)
				.set("teamId", teamId)
				.set("teamsChannelId", channel.id())
				.set("name", channel.name())
				.set("removed", false)
				.set("lastSeen", now)
				.setOnInsert("firstSeen", now);
			if (activity.getRecipient() != null) {
				setIfPresent(conversation, "botId", activity.getRecipient().getId());
				setIfPresent(conversation, "botName", activity.getRecipient().getName());
			}
			this.mongo.upsert(Query.query(Criteria.where("_id").is(channel.id())), conversation,
					ConversationRecord.class);
			this.seen.remove(channel.id());
		}
	}

	/**
	 * The bot was removed from a team (or the team deleted): keep the record, mark it
	 * removed.
	 */
	void teamRemoved(String teamId) {
		Instant now = this.clock.instant();
		this.mongo.updateFirst(Query.query(Criteria.where("_id").is(teamId)),
				new Update().set("installed", false).set("removedAt", now), TeamRecord.class);
		this.mongo.updateMulti(Query.query(Criteria.where("teamId").is(teamId)),
				new Update().set("removed", true).set("lastSeen", now), ConversationRecord.class);
		this.seen.clear();
	}

	void teamRenamed(String teamId, String name) {
		this.mongo.updateFirst(Query.query(Criteria.where("_id").is(teamId)), new Update().set("name", name),
				TeamRecord.class);
	}

	/** A channel was created, renamed or restored in a team the bot is in. */
	void channelChanged(Activity activity, String teamId, String channelId, String name) {
		Optional<TeamRecord> team = team(teamId);
		List<TeamRecord.Channel> channels = new ArrayList<>(team.map(TeamRecord::channels)
			.orElse(List.of())
			.stream()
			.filter(c -> !c.id().equals(channelId))
			.toList());
		channels.add(new TeamRecord.Channel(channelId, name, false));
		this.mongo.updateFirst(Query.query(Criteria.where("_id").is(teamId)), new Update().set("channels", channels),
				TeamRecord.class);
		Update conversation = new Update().set("kind", ConversationRecord.Kind.CHANNEL)
			.set("channelId", activity.getChannelId())
			.set("serviceUrl", activity.getServiceUrl())
			.set("tenantId", activity.getConversation().getTenantId())
			.set("teamId", teamId)
			.set("teamsChannelId", channelId)
			.set("name", name)
			.set("removed", false)
			.set("lastSeen", this.clock.instant())
			.setOnInsert("firstSeen", this.clock.instant());
		this.mongo.upsert(Query.query(Criteria.where("_id").is(channelId)), conversation, ConversationRecord.class);
		this.seen.remove(channelId);
	}

	void channelDeleted(String teamId, String channelId) {
		Optional<TeamRecord> team = team(teamId);
		List<TeamRecord.Channel> channels = team.map(TeamRecord::channels)
			.orElse(List.of())
			.stream()
			.map(c -> c.id().equals(channelId) ? new TeamRecord.Channel(c.id(), c.name(), true) : c)
			.toList();
		this.mongo.updateFirst(Query.query(Criteria.where("_id").is(teamId)), new Update().set("channels", channels),
				TeamRecord.class);
		markRemoved(channelId);
	}

	/** A personal chat or group chat the bot was removed from. */
	void markRemoved(String conversationId) {
		this.mongo.updateFirst(Query.query(Criteria.where("_id").is(conversationId)),
				new Update().set("removed", true).set("lastSeen", this.clock.instant()), ConversationRecord.class);
		this.seen.remove(conversationId);
	}

	/** Stores a personal chat the bot opened itself (proactive 1:1). */
	ConversationRecord savePersonalChat(String conversationId, String serviceUrl, String channelId, String tenantId,
			ChannelAccount bot, ChannelAccount user) {
		Instant now = this.clock.instant();
		Update update = new Update().set("kind", ConversationRecord.Kind.PERSONAL)
			.set("serviceUrl", serviceUrl)
			.set("channelId", channelId)
			.set("removed", false)
			.set("lastSeen", now)
			.setOnInsert("firstSeen", now);
		setIfPresent(update, "tenantId", tenantId);
		setIfPresent(update, "botId", bot.getId());
		setIfPresent(update, "botName", bot.getName());
		setIfPresent(update, "userId", user.getId());
		setIfPresent(update, "userAadObjectId", user.getAadObjectId());
		setIfPresent(update, "userName", user.getName());
		return this.mongo.findAndModify(Query.query(Criteria.where("_id").is(conversationId)), update,
				FindAndModifyOptions.options().upsert(true).returnNew(true), ConversationRecord.class);
	}

	Optional<ConversationRecord> find(String conversationId) {
		return Optional.ofNullable(this.mongo.findById(conversationId, ConversationRecord.class));
	}

	Optional<ConversationRecord> personalChatOf(String aadObjectId) {
		return Optional.ofNullable(this.mongo.findOne(Query.query(Criteria.where("userAadObjectId")
			.is(aadObjectId)
			.and("kind")
			.is(ConversationRecord.Kind.PERSONAL)
			.and("removed")
			.is(false)), ConversationRecord.class));
	}

	Optional<TeamRecord> team(String teamId) {
		return Optional.ofNullable(this.mongo.findById(teamId, TeamRecord.class));
	}

	/**
	 * Any conversation the bot still knows in a tenant: gives the service URL to open a
	 * 1:1.
	 */
	Optional<ConversationRecord> anyIn(String tenantId) {
		return Optional.ofNullable(
				this.mongo.findOne(Query.query(Criteria.where("tenantId").is(tenantId).and("removed").is(false)),
						ConversationRecord.class));
	}

	private static void setIfPresent(Update update, String field, Object value) {
		if (value != null) {
			update.set(field, value);
		}
	}

}

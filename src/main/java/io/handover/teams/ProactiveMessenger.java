package io.handover.teams;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;
import com.microsoft.bot.connector.ConnectorClient;
import com.microsoft.bot.schema.Activity;
import com.microsoft.bot.schema.ChannelAccount;
import com.microsoft.bot.schema.ConversationAccount;
import com.microsoft.bot.schema.ConversationParameters;
import com.microsoft.bot.schema.ConversationReference;
import com.microsoft.bot.schema.ConversationResourceResponse;
import com.microsoft.bot.schema.PagedMembersResult;
import com.microsoft.bot.schema.ResourceResponse;
import io.handover.common.NotFound;
import org.springframework.stereotype.Component;

/**
 * Posts, replies and updates messages in any conversation the bot knows, outside of a
 * turn: department cards, reminders, employee signature cards. Every call is one
 * synchronous round trip to the Bot Connector; callers run it off the request thread.
 */
@Component
class ProactiveMessenger {

	private static final String TEAMS = "msteams";

	private final HandoverAdapter adapter;

	private final ConversationStore conversations;

	private final SendRate sendRate = new SendRate();

	private final ServiceUrls serviceUrls;

	private final TrialMessages trial;

	ProactiveMessenger(HandoverAdapter adapter, ConversationStore conversations, ServiceUrls serviceUrls,
			TrialMessages trial) {
		this.adapter = adapter;
		this.conversations = conversations;
		this.serviceUrls = serviceUrls;
		this.trial = trial;
	}

	/**
	 * Posts a new message; returns the id the channel gave it (needed to update it
	 * later).
	 */
	String post(String conversationId, Activity activity) {
		ConversationRecord target = known(conversationId);
		Activity outgoing = addressed(activity, target, target.id());
		ResourceResponse sent = connector(target).getConversations().sendToConversation(target.id(), outgoing).join();
		String id = sent != null ? sent.getId() : null;
		this.trial.sent(target, id, outgoing);
		return id;
	}

	/**
	 * Replies in the thread of a message, e.g. a reminder under a task card in a channel.
	 */
	String reply(String conversationId, String parentActivityId, Activity activity) {
		ConversationRecord target = known(conversationId);
		Activity outgoing = addressed(activity, target, target.id());
		outgoing.setReplyToId(parentActivityId);
		ResourceResponse sent = connector(target).getConversations()
			.replyToActivity(target.id(), parentActivityId, outgoing)
			.join();
		String id = sent != null ? sent.getId() : null;
		this.trial.sent(target, id, outgoing);
		return id;
	}

	/** Replaces a message the bot posted earlier, for everyone who sees it. */
	void update(String conversationId, String activityId, Activity activity) {
		ConversationRecord target = known(conversationId);
		Activity outgoing = addressed(activity, target, target.id());
		outgoing.setId(activityId);
		connector(target).getConversations().updateActivity(target.id(), activityId, outgoing).join();
		this.trial.sent(target, activityId, outgoing);
	}

	/**
	 * Opens (or reopens) a 1:1 chat with a user of a tenant, e.g. the employee who must
	 * sign for assets, and remembers it.
	 * @throws ServiceUrls.ServiceUrlRefused when the connector names a service URL the
	 * bot must not call
	 * @param userId the user's Teams id ({@code 29:...}) or Entra object id
	 */
	synchronized String openPersonalChat(String tenantId, String userId, String aadObjectId, String userName) {
		ConversationRecord known = aadObjectId != null ? this.conversations.personalChatOf(aadObjectId).orElse(null)
				: null;
		if (known != null) {
			return known.id();
		}
		ConversationRecord anyInTenant = this.conversations.anyIn(tenantId)
			.orElseThrow(() -> new NotFound("Teams tenant", tenantId + " (the bot is not installed there)"));
		ChannelAccount bot = new ChannelAccount(anyInTenant.botId(), anyInTenant.botName());
		ChannelAccount user = new ChannelAccount(userId, userName);
		user.setAadObjectId(aadObjectId);
		ConversationParameters parameters = new ConversationParameters();
		parameters.setIsGroup(false);
		parameters.setBot(bot);
		parameters.setMembers(List.of(user));
		parameters.setTenantId(tenantId);
		ObjectNode channelData = JsonNodeFactory.instance.objectNode();
		channelData.putObject("tenant").put("id", tenantId);
		parameters.setChannelData(SdkJson.toSdk(channelData));
		ConversationResourceResponse created = connector(anyInTenant).getConversations()
			.createConversation(parameters)
			.join();
		String serviceUrl = created.getServiceUrl() != null ? created.getServiceUrl() : anyInTenant.serviceUrl();
		// the connector's answer names where the new chat lives: never remembered, nor
		// called, unless the bot may call it
		this.serviceUrls.check(serviceUrl);
		return this.conversations
			.savePersonalChat(created.getId(), serviceUrl, anyInTenant.channelId(), tenantId, bot, user)
			.id();
	}

	/** Everyone in a conversation (for a channel: the team), read page by page. */
	List<ChannelAccount> members(String conversationId) {
		ConversationRecord target = known(conversationId);
		List<ChannelAccount> members = new ArrayList<>();
		String continuation = null;
		String rosterId = target.teamId() != null ? target.teamId() : target.id();
		do {
			PagedMembersResult page = (continuation == null
					? connector(target).getConversations().getConversationPagedMembers(rosterId)
					: connector(target).getConversations().getConversationPagedMembers(rosterId, continuation))
				.join();
			if (page == null) {
				break;
			}
			if (page.getMembers() != null) {
				members.addAll(page.getMembers());
			}
			continuation = page.getContinuationToken();
		}
		while (continuation != null && !continuation.isBlank());
		return members;
	}

	/**
	 * One member of a team's roster by UPN, e-mail or Entra object id (the Bot
	 * Framework's {@code GET /v3/conversations/{teamId}/members/{id}}, which needs no
	 * Graph permission); empty when the person is not a member (404).
	 */
	Optional<ChannelAccount> member(String teamId, String upnOrEmail) {
		ConversationRecord team = known(teamId);
		try {
			return Optional
				.ofNullable(connector(team).getConversations().getConversationMember(upnOrEmail, team.id()).join());
		}
		catch (RuntimeException failed) {
			if (ConnectorFailure.of(failed).status() == 404) {
				return Optional.empty();
			}
			throw failed;
		}
	}

	private ConversationRecord known(String conversationId) {
		return this.conversations.find(conversationId).orElseThrow(() -> new NotFound("Conversation", conversationId));
	}

	private ConnectorClient connector(ConversationRecord target) {
		this.sendRate.acquire(target.id());
		return this.adapter.connectorFor(target.serviceUrl());
	}

	private static Activity addressed(Activity activity, ConversationRecord target, String conversationId) {
		ConversationReference reference = new ConversationReference();
		reference.setChannelId(target.channelId() != null ? target.channelId() : TEAMS);
		reference.setServiceUrl(target.serviceUrl());
		ConversationAccount conversation = new ConversationAccount(conversationId);
		conversation.setTenantId(target.tenantId());
		reference.setConversation(conversation);
		reference.setBot(new ChannelAccount(target.botId(), target.botName()));
		if (target.userId() != null) {
			reference.setUser(new ChannelAccount(target.userId(), target.userName()));
		}
		Activity copy = Activity.clone(activity);
		copy.applyConversationReference(reference, false);
		return copy;
	}

}

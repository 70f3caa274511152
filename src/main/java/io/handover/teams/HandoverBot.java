package io.handover.teams;

import io.handover.common.LogSafe;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;
import com.microsoft.bot.builder.InvokeResponse;
import com.microsoft.bot.builder.TurnContext;
import com.microsoft.bot.builder.teams.TeamsActivityHandler;
import com.microsoft.bot.builder.teams.TeamsInfo;
import com.microsoft.bot.schema.Activity;
import com.microsoft.bot.schema.Attachment;
import com.microsoft.bot.schema.ChannelAccount;
import com.microsoft.bot.schema.teams.ChannelInfo;
import com.microsoft.bot.schema.teams.TeamInfo;
import com.microsoft.bot.schema.teams.TeamsChannelAccount;
import com.microsoft.bot.schema.teams.TeamsChannelData;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The Teams activity handler. It only reads what arrived, hands it to the matching
 * command, card action or conversation store, and sends back what they render: no
 * business rule lives here.
 */
@Component
class HandoverBot extends TeamsActivityHandler {

	private static final Logger log = LoggerFactory.getLogger(HandoverBot.class);

	private final ConversationStore conversations;

	private final ChatCommands commands;

	private final CardActions cardActions;

	private final EmailChannel email;

	private final InboundMessages inbound;

	private final Welcomes welcomes;

	/** The longest message text read; see {@link #tooLong}. */
	private final int maxText;

	private final ReachRetries reachRetries;

	private final FileImports files;

	HandoverBot(ConversationStore conversations, ChatCommands commands, CardActions cardActions, EmailChannel email,
			InboundMessages inbound, Welcomes welcomes, ReachRetries reachRetries, FileImports files,
			@Value("${handover.limits.message-text:20000}") int maxText) {
		this.files = files;
		this.welcomes = welcomes;
		this.reachRetries = reachRetries;
		this.conversations = conversations;
		this.commands = commands;
		this.cardActions = cardActions;
		this.email = email;
		this.inbound = inbound;
		this.maxText = maxText;
	}

	@Override
	public CompletableFuture<Void> onTurn(TurnContext turn) {
		String receipt = InboundMessages.keyOf(turn.getActivity());
		if (receipt != null && !this.inbound.take(receipt)) {
			log.info("Message {} was delivered again; answered the first time", LogSafe.of(turn.getActivity().getId()));
			return CompletableFuture.completedFuture(null);
		}
		CompletableFuture<Void> answered;
		try {
			this.conversations.remember(turn.getActivity());
			answered = super.onTurn(turn);
		}
		catch (RuntimeException ex) {
			answered = CompletableFuture.failedFuture(ex);
		}
		if (receipt == null) {
			return answered;
		}
		return answered.whenComplete((done, failure) -> {
			if (failure == null) {
				this.inbound.answered(receipt);
			}
			else {
				this.inbound.giveBack(receipt);
			}
		});
	}

	@Override
	protected CompletableFuture<Void> onMessageActivity(TurnContext turn) {
		String text = turn.getActivity().getText();
		if (text != null && text.length() > this.maxText) {
			return turn.sendActivity(tooLong(text.length(), Messages.localeOf(turn.getActivity())))
				.thenApply(sent -> null);
		}
		if (EmailChannel.handles(turn.getActivity())) {
			return turn.sendActivity(this.email.answer(turn.getActivity())).thenApply(sent -> null);
		}
		ChatMessage message = Messages.read(turn.getActivity());
		if (message.text().isEmpty() && turn.getActivity().getValue() != null) {
			// A legacy Action.Submit (no text): our cards use Action.Execute only.
			return turn.sendActivity(
					Replies.text(Messages.dutch(message.locale()) ? "Deze kaart is verouderd. Typ help voor een nieuwe."
							: "This card is out of date. Type help for a new one."))
				.thenApply(sent -> null);
		}
		Optional<Attachment> file = FileImports.fileOf(turn.getActivity());
		if (file.isPresent()) {
			return turn.sendActivity(this.files.answer(message, file.get())).thenApply(sent -> null);
		}
		Activity reply = this.commands.answer(message);
		return turn.sendActivity(reply)
			.whenComplete((sent, failed) -> this.commands.sent(reply, sent != null ? sent.getId() : null))
			.thenApply(sent -> null);
	}

	/**
	 * An announcement or a command is a sentence or two (Teams itself allows about 28
	 * KB); reading a text of hundreds of kilobytes for names and dates would hold the
	 * turn for seconds, so a longer one is answered without being read.
	 */
	private Activity tooLong(int length, Locale locale) {
		return Replies.text(Messages.dutch(locale)
				? "Dit bericht is te lang voor mij (" + length + " tekens, hoogstens " + this.maxText
						+ "). Stuur de aankondiging in een korter bericht."
				: "This message is too long for me (" + length + " characters, at most " + this.maxText
						+ "). Please send the announcement in a shorter message.");
	}

	@Override
	protected CompletableFuture<InvokeResponse> onInvokeActivity(TurnContext turn) {
		String name = turn.getActivity().getName();
		if (!"adaptiveCard/action".equals(name)) {
			return CompletableFuture.completedFuture(unknownInvoke(name));
		}
		return CompletableFuture.completedFuture(this.cardActions.answer(turn.getActivity()));
	}

	/**
	 * Handover's cards use Action.Execute only and the app has no message extensions or
	 * task modules, so any other invoke is a request for something it does not offer. The
	 * SDK would answer 501 Not Implemented; a 400 naming the invoke says it is the
	 * request, not the server, that is wrong.
	 */
	private static InvokeResponse unknownInvoke(String name) {
		ObjectNode error = JsonNodeFactory.instance.objectNode();
		error.put("code", "NotSupported");
		error.put("message",
				name == null || name.isBlank() ? "The invoke has no name; Handover answers adaptiveCard/action only."
						: "Handover does not handle the invoke '" + abbreviated(name)
								+ "'; it answers adaptiveCard/action only.");
		return new InvokeResponse(java.net.HttpURLConnection.HTTP_BAD_REQUEST,
				invokeBody(java.net.HttpURLConnection.HTTP_BAD_REQUEST, CardActions.ERROR_TYPE, error));
	}

	private static String abbreviated(String text) {
		return text.length() <= 100 ? text : text.substring(0, 100) + "…";
	}

	@Override
	protected CompletableFuture<Void> onConversationUpdateActivity(TurnContext turn) {
		Activity activity = turn.getActivity();
		TeamsChannelData data = TeamsData.of(activity);
		boolean membersChanged = activity.getMembersAdded() != null || activity.getMembersRemoved() != null;
		if (!membersChanged && (data == null || data.getEventType() == null)) {
			// Nothing we track (the SDK would fail on a Teams event without an event
			// type).
			return CompletableFuture.completedFuture(null);
		}
		return super.onConversationUpdateActivity(turn);
	}

	@Override
	protected CompletableFuture<Void> onTeamsMembersAdded(List<TeamsChannelAccount> added, TeamInfo team,
			TurnContext turn) {
		if (team != null && includesBot(added, turn)) {
			return installInTeam(turn, team);
		}
		if (team != null && team.getId() != null) {
			// someone Handover could not reach may be among them
			this.reachRetries.membersJoined(team.getId(), signInNames(added));
		}
		if (team == null && includesBot(added, turn) && isPersonal(turn)) {
			return welcomePersonal(turn);
		}
		return CompletableFuture.completedFuture(null);
	}

	@Override
	protected CompletableFuture<Void> onTeamsMembersRemoved(List<TeamsChannelAccount> removed, TeamInfo team,
			TurnContext turn) {
		if (includesBot(removed, turn)) {
			uninstall(turn, team);
		}
		return CompletableFuture.completedFuture(null);
	}

	@Override
	protected CompletableFuture<Void> onInstallationUpdateAdd(TurnContext turn) {
		TeamsChannelData data = TeamsData.of(turn.getActivity());
		if (data != null && data.getTeam() != null) {
			return installInTeam(turn, data.getTeam());
		}
		if (isPersonal(turn)) {
			return welcomePersonal(turn);
		}
		return CompletableFuture.completedFuture(null);
	}

	private static boolean isPersonal(TurnContext turn) {
		return turn.getActivity().getConversation() != null && ConversationRecord.Kind
			.of(turn.getActivity().getConversation().getConversationType()) == ConversationRecord.Kind.PERSONAL;
	}

	/** The first card of a personal chat: what a manager can do, in their language. */
	private CompletableFuture<Void> welcomePersonal(TurnContext turn) {
		Activity welcome = this.welcomes.personal(turn.getActivity().getConversation().getId(),
				Messages.localeOf(turn.getActivity()));
		if (welcome == null) {
			return CompletableFuture.completedFuture(null);
		}
		log.info("Welcome card posted in the personal chat {}", turn.getActivity().getConversation().getId());
		return turn.sendActivity(welcome).thenApply(sent -> null);
	}

	@Override
	protected CompletableFuture<Void> onInstallationUpdateRemove(TurnContext turn) {
		TeamsChannelData data = TeamsData.of(turn.getActivity());
		uninstall(turn, data != null ? data.getTeam() : null);
		return CompletableFuture.completedFuture(null);
	}

	@Override
	protected CompletableFuture<Void> onTeamsChannelCreated(ChannelInfo channel, TeamInfo team, TurnContext turn) {
		return channelChanged(channel, team, turn);
	}

	@Override
	protected CompletableFuture<Void> onTeamsChannelRenamed(ChannelInfo channel, TeamInfo team, TurnContext turn) {
		return channelChanged(channel, team, turn);
	}

	@Override
	protected CompletableFuture<Void> onTeamsChannelRestored(ChannelInfo channel, TeamInfo team, TurnContext turn) {
		return channelChanged(channel, team, turn);
	}

	@Override
	protected CompletableFuture<Void> onTeamsChannelDeleted(ChannelInfo channel, TeamInfo team, TurnContext turn) {
		if (team != null && channel != null) {
			this.conversations.channelDeleted(team.getId(), channel.getId());
		}
		return CompletableFuture.completedFuture(null);
	}

	@Override
	protected CompletableFuture<Void> onTeamsTeamRenamed(ChannelInfo channel, TeamInfo team, TurnContext turn) {
		if (team != null) {
			this.conversations.teamRenamed(team.getId(), team.getName());
		}
		return CompletableFuture.completedFuture(null);
	}

	@Override
	protected CompletableFuture<Void> onTeamsTeamDeleted(ChannelInfo channel, TeamInfo team, TurnContext turn) {
		if (team != null) {
			this.conversations.teamRemoved(team.getId());
		}
		return CompletableFuture.completedFuture(null);
	}

	@Override
	protected CompletableFuture<Void> onTeamsTeamHardDeleted(ChannelInfo channel, TeamInfo team, TurnContext turn) {
		return onTeamsTeamDeleted(channel, team, turn);
	}

	private CompletableFuture<Void> channelChanged(ChannelInfo channel, TeamInfo team, TurnContext turn) {
		if (team != null && channel != null) {
			this.conversations.channelChanged(turn.getActivity(), team.getId(), channel.getId(), channel.getName());
		}
		return CompletableFuture.completedFuture(null);
	}

	private CompletableFuture<Void> installInTeam(TurnContext turn, TeamInfo team) {
		List<TeamRecord.Channel> channels = new ArrayList<>();
		try {
			for (ChannelInfo channel : TeamsInfo.getTeamChannels(turn, team.getId()).join()) {
				// Teams leaves the General channel's name empty.
				channels.add(new TeamRecord.Channel(channel.getId(),
						channel.getName() != null ? channel.getName() : "General", false));
			}
		}
		catch (RuntimeException ex) {
			log.warn("Could not read the channels of team {}; remembering General only", LogSafe.of(team.getId()), ex);
		}
		if (channels.stream().noneMatch(c -> c.id().equals(team.getId()))) {
			channels.add(0, new TeamRecord.Channel(team.getId(), "General", false));
		}
		this.conversations.teamInstalled(turn.getActivity(), team.getId(), team.getAadGroupId(), team.getName(),
				channels);
		log.info("Installed in team {} ({}) with {} channels", LogSafe.of(team.getName()), LogSafe.of(team.getId()),
				channels.size());
		// how to link the department channels, in the General channel, once
		Activity welcome = this.welcomes.team(team.getId(), Messages.localeOf(turn.getActivity()));
		if (welcome == null) {
			return CompletableFuture.completedFuture(null);
		}
		log.info("Welcome card posted in the General channel of team {}", LogSafe.of(team.getId()));
		return turn.sendActivity(welcome).thenApply(sent -> null);
	}

	private void uninstall(TurnContext turn, TeamInfo team) {
		if (team != null) {
			this.conversations.teamRemoved(team.getId());
			log.info("Removed from team {}", LogSafe.of(team.getId()));
		}
		else {
			this.conversations.markRemoved(turn.getActivity().getConversation().getId());
		}
	}

	/**
	 * The sign-in names of members who joined: the SDK asked Teams for each member's
	 * details before this handler (the activity itself carries ids only).
	 */
	private static List<String> signInNames(List<TeamsChannelAccount> added) {
		List<String> names = new ArrayList<>();
		for (TeamsChannelAccount member : added) {
			// a record may hold either (a sign-in name, or a work e-mail used as one)
			for (String name : new String[] { member.getUserPrincipalName(), member.getEmail() }) {
				if (name != null && name.contains("@")) {
					names.add(name);
				}
			}
		}
		return names;
	}

	private static boolean includesBot(List<? extends ChannelAccount> members, TurnContext turn) {
		ChannelAccount bot = turn.getActivity().getRecipient();
		return bot != null && members.stream().anyMatch(m -> bot.getId().equals(m.getId()));
	}

	/** An invoke's answer as the SDK's {@code InvokeResponse} carries it (Jackson 2). */
	static com.fasterxml.jackson.databind.JsonNode invokeBody(int status, String type, JsonNode value) {
		ObjectNode body = JsonNodeFactory.instance.objectNode();
		body.put("statusCode", status);
		body.put("type", type);
		body.set("value", value);
		return SdkJson.toSdk(body);
	}

	static Locale localeOf(Activity activity) {
		return Messages.localeOf(activity);
	}

}

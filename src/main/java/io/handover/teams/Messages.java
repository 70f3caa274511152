package io.handover.teams;

import java.util.IllformedLocaleException;
import java.util.Locale;
import java.util.regex.Pattern;

import com.microsoft.bot.schema.Activity;
import com.microsoft.bot.schema.ChannelAccount;
import com.microsoft.bot.schema.Mention;
import com.microsoft.bot.schema.teams.TeamsChannelData;

/** Turns an incoming message activity into a {@link ChatMessage}. */
final class Messages {

	private static final Pattern AT_TAG = Pattern.compile("<at>[^<]*</at>");

	private static final Pattern HTML_TAG = Pattern.compile("<[^>]+>");

	private Messages() {
	}

	static ChatMessage read(Activity activity) {
		ConversationRecord.Kind scope = ConversationRecord.Kind.of(activity.getConversation().getConversationType());
		TeamsChannelData teams = TeamsData.of(activity);
		String teamId = teams != null && teams.getTeam() != null ? teams.getTeam().getId() : null;
		String conversationId = scope == ConversationRecord.Kind.CHANNEL ? TeamsData.channelConversationId(activity)
				: activity.getConversation().getId();
		return new ChatMessage(textWithoutBotMention(activity), scope, userOf(activity), conversationId, teamId,
				localeOf(activity), activity.getId());
	}

	static ChatUser userOf(Activity activity) {
		ChannelAccount from = activity.getFrom();
		String tenant = activity.getConversation() != null ? activity.getConversation().getTenantId() : null;
		if (from == null) {
			return new ChatUser(null, null, null, tenant);
		}
		return new ChatUser(from.getId(), from.getAadObjectId(), from.getName(), tenant);
	}

	/**
	 * The text with the mention of the bot removed ({@code <at>Handover</at> help} →
	 * {@code help}), other markup dropped and spaces collapsed.
	 */
	static String textWithoutBotMention(Activity activity) {
		String text = activity.getText() == null ? "" : activity.getText();
		ChannelAccount bot = activity.getRecipient();
		for (Mention mention : activity.getMentions()) {
			boolean ofBot = bot != null && mention.getMentioned() != null
					&& bot.getId().equals(mention.getMentioned().getId());
			if (ofBot && mention.getText() != null) {
				text = text.replace(mention.getText(), " ");
			}
		}
		// A channel message only reaches the bot when it is mentioned: any leftover tag
		// is ours.
		if (ConversationRecord.Kind
			.of(activity.getConversation().getConversationType()) != ConversationRecord.Kind.PERSONAL) {
			text = AT_TAG.matcher(text).replaceAll(" ");
		}
		text = HTML_TAG.matcher(text).replaceAll(" ").replace("&nbsp;", " ");
		return text.replaceAll("\\s+", " ").trim();
	}

	static Locale localeOf(Activity activity) {
		String tag = activity.getLocale();
		if (tag == null || tag.isBlank()) {
			return Locale.ENGLISH;
		}
		try {
			return new Locale.Builder().setLanguageTag(tag.replace('_', '-')).build();
		}
		catch (IllformedLocaleException ex) {
			return Locale.ENGLISH;
		}
	}

	static boolean dutch(Locale locale) {
		return "nl".equals(locale.getLanguage());
	}

}

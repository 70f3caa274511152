package io.handover.teams;

import java.util.IllformedLocaleException;
import java.util.Locale;
import java.util.regex.Pattern;

import com.microsoft.bot.schema.Activity;
import com.microsoft.bot.schema.Attachment;
import com.microsoft.bot.schema.ChannelAccount;
import com.microsoft.bot.schema.Mention;
import com.microsoft.bot.schema.teams.TeamsChannelData;

/** Turns an incoming message activity into a {@link ChatMessage}. */
final class Messages {

	private static final Pattern AT_TAG = Pattern.compile("<at>[^<]*</at>");

	private static final Pattern HTML_TAG = Pattern.compile("<[^>]+>");

	/** Where a line ends in a message's markup: a break, a paragraph, a block. */
	private static final Pattern LINE_END = Pattern.compile("(?i)<br\\s*/?>|</(?:p|div|li|tr|h[1-6])>");

	private static final Pattern SPACES = Pattern.compile("[ \\t\\x0B\\f\\u00A0]+");

	private static final Pattern BLANK_LINES = Pattern.compile("\\n{3,}");

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
	 * {@code help}), other markup dropped, spaces collapsed and lines kept.
	 */
	static String textWithoutBotMention(Activity activity) {
		String text = activity.getText() == null ? "" : activity.getText();
		if (ConversationRecord.Kind
			.of(activity.getConversation().getConversationType()) == ConversationRecord.Kind.PERSONAL) {
			// no mention to remove in a personal chat: its lines from the markup, if need
			// be
			text = lines(activity, text);
		}
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
		return lines(text);
	}

	/**
	 * The text with its markup dropped and its line breaks kept: a pasted mail's header
	 * lines, a labelled form ("Naam: … / Functie: …") and a list say who is who by their
	 * lines. Teams sends a message's lines as markup in a text/html attachment when its
	 * text has them as spaces.
	 */
	static String lines(Activity activity, String text) {
		if (text.indexOf('\n') < 0 && activity.getAttachments() != null) {
			for (Attachment attachment : activity.getAttachments()) {
				if ("text/html".equals(attachment.getContentType()) && attachment.getContent() instanceof String html
						&& LINE_END.matcher(html).find()) {
					return html;
				}
			}
		}
		return text;
	}

	private static String lines(String markup) {
		String text = LINE_END.matcher(markup.replace("\r\n", "\n").replace('\r', '\n')).replaceAll("\n");
		text = HTML_TAG.matcher(text)
			.replaceAll(" ")
			.replace("&nbsp;", " ")
			.replace("&lt;", "<")
			.replace("&gt;", ">")
			.replace("&quot;", "\"")
			.replace("&#39;", "'")
			.replace("&amp;", "&");
		StringBuilder out = new StringBuilder();
		for (String line : text.split("\n", -1)) {
			out.append(SPACES.matcher(line).replaceAll(" ").trim()).append('\n');
		}
		return BLANK_LINES.matcher(out.toString()).replaceAll("\n\n").trim();
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

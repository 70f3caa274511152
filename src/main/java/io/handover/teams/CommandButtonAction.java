package io.handover.teams;

import java.util.Locale;

import com.microsoft.bot.schema.Activity;
import com.microsoft.bot.schema.Attachment;
import org.springframework.stereotype.Component;

/**
 * A button that runs a command as if the person had typed it, e.g. "did you mean Jan
 * Bakker?" on a "not found" card: the answer replaces the card. The command checks who
 * may see what exactly as it does for typed text.
 */
@Component
class CommandButtonAction implements CardActionHandler {

	static final String VERB = "command.run";

	private final ChatCommands commands;

	private final ConversationStore conversations;

	CommandButtonAction(ChatCommands commands, ConversationStore conversations) {
		this.commands = commands;
		this.conversations = conversations;
	}

	@Override
	public String verb() {
		return VERB;
	}

	@Override
	public CardActionResult handle(CardAction click) {
		String text = click.data().path("text").asString("").trim();
		if (text.isEmpty() || text.length() > 500) {
			return new CardActionResult.Error(400, "BadRequest", "The button names no command.");
		}
		ConversationRecord conversation = this.conversations.find(click.conversationId()).orElse(null);
		ConversationRecord.Kind scope = conversation != null ? conversation.kind() : ConversationRecord.Kind.PERSONAL;
		String teamId = conversation != null ? conversation.teamId() : null;
		Locale locale = click.locale();
		Activity answer = this.commands.answer(new ChatMessage(text, scope, click.actor(), click.conversationId(),
				teamId, locale, click.activityId()));
		for (Attachment attachment : answer.getAttachments() != null ? answer.getAttachments()
				: java.util.List.<Attachment>of()) {
			if (Replies.ADAPTIVE_CARD.equals(attachment.getContentType())) {
				return new CardActionResult.Card(SdkJson.fromSdk(attachment.getContent()));
			}
		}
		return new CardActionResult.Error(400, "BadRequest", "The command answered no card.");
	}

}

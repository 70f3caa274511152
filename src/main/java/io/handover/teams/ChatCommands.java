package io.handover.teams;

import java.util.List;

import com.microsoft.bot.schema.Activity;
import org.springframework.stereotype.Component;

/**
 * Finds the command a message asks for; what matches nothing gets the help card with a
 * hint.
 */
@Component
class ChatCommands {

	private final List<ChatCommand> commands;

	private final HelpCommand help;

	private final SentReplies sent;

	ChatCommands(List<ChatCommand> commands, HelpCommand help, SentReplies sent) {
		this.commands = commands;
		this.help = help;
		this.sent = sent;
	}

	Activity answer(ChatMessage message) {
		for (ChatCommand command : this.commands) {
			if (command.matches(message)) {
				return command.answer(message);
			}
		}
		return this.help.notUnderstood(message);
	}

	/** The turn sent a command's answer: its id, or null when it has none or failed. */
	void sent(Activity reply, String id) {
		this.sent.sent(reply, id);
	}

}

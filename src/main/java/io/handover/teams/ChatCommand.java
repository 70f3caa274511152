package io.handover.teams;

import com.microsoft.bot.schema.Activity;

/**
 * One thing a person can ask the bot in words; the first command that matches answers.
 */
interface ChatCommand {

	boolean matches(ChatMessage message);

	/** The one reply to send (a card or a text), never null. */
	Activity answer(ChatMessage message);

}

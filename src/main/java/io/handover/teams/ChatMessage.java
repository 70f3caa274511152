package io.handover.teams;

import java.util.Locale;

/**
 * What a person wrote to the bot, with the bot's mention removed, and where.
 *
 * @param text the words, trimmed, without {@code <at>Handover</at>}
 * @param scope personal chat, channel or group chat
 * @param from who wrote it
 * @param conversationId where to answer
 * @param teamId the team of a channel message, else null
 * @param locale the sender's locale (English when unknown)
 * @param activityId the message's activity id: the same when Teams delivers it again
 */
record ChatMessage(String text, ConversationRecord.Kind scope, ChatUser from, String conversationId, String teamId,
		Locale locale, String activityId) {

	boolean isPersonal() {
		return this.scope == ConversationRecord.Kind.PERSONAL;
	}

	boolean isChannel() {
		return this.scope == ConversationRecord.Kind.CHANNEL;
	}

}

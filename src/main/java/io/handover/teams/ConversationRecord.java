package io.handover.teams;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A conversation the bot is part of, with everything needed to post into it later: a
 * personal chat, a team channel or a group chat.
 */
@Document("conversations")
@CompoundIndex(name = "team_channel", def = "{'teamId': 1, 'teamsChannelId': 1}")
record ConversationRecord(@Id String id, Kind kind, String channelId, String serviceUrl, String tenantId, String teamId,
		String teamsChannelId, String name, String botId, String botName, String userId,
		@Indexed String userAadObjectId, String userName, String locale, boolean removed, Instant firstSeen,
		Instant lastSeen) {

	enum Kind {

		PERSONAL, CHANNEL, GROUP_CHAT;

		static Kind of(String conversationType) {
			if (conversationType == null) {
				return PERSONAL;
			}
			return switch (conversationType) {
				case "channel" -> CHANNEL;
				case "groupChat" -> GROUP_CHAT;
				default -> PERSONAL;
			};
		}

	}

}

package io.handover.identity;

import java.time.Instant;
import java.util.List;

/**
 * What a Teams channel shows, read back through Microsoft Graph. A card post that a crash
 * interrupted after Teams took it, but before its message id was stored, is found here
 * instead of being posted a second time.
 */
public interface ChannelHistory {

	/**
	 * The channel's messages (not their replies) created or changed after {@code since},
	 * with the Adaptive Cards they carry.
	 * @param teamId the team's Entra group id
	 * @param channelId the channel's id, e.g. {@code 19:…@thread.tacv2}
	 * @throws DirectoryFailure when Graph cannot tell: not configured, not permitted, or
	 * not reachable
	 */
	List<ChannelPost> postedSince(String teamId, String channelId, Instant since);

	/**
	 * One message of a channel.
	 *
	 * @param messageId the id Teams gave it (the same id the Bot Connector answered)
	 * @param cards the JSON of each Adaptive Card attached
	 */
	record ChannelPost(String messageId, List<String> cards) {
	}

}

package io.handover.teams;

import com.microsoft.bot.schema.Activity;
import com.microsoft.bot.schema.Serialization;
import com.microsoft.bot.schema.teams.TeamsChannelData;

/** Reads Teams' channel data without letting a malformed one fail the turn. */
final class TeamsData {

	private TeamsData() {
	}

	static TeamsChannelData of(Activity activity) {
		if (activity.getChannelData() == null) {
			return null;
		}
		try {
			return Serialization.getAs(activity.getChannelData(), TeamsChannelData.class);
		}
		catch (RuntimeException ex) {
			return null;
		}
	}

	/**
	 * The channel a channel message belongs to: Teams names a thread
	 * {@code 19:...@thread.tacv2;messageid=123}; cards are posted to the channel itself.
	 */
	static String channelConversationId(Activity activity) {
		TeamsChannelData data = of(activity);
		if (data != null && data.getChannel() != null && data.getChannel().getId() != null) {
			return data.getChannel().getId();
		}
		String id = activity.getConversation().getId();
		int thread = id.indexOf(";messageid=");
		return thread < 0 ? id : id.substring(0, thread);
	}

}

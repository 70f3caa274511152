package io.handover.teams;

import java.time.Instant;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A team channel linked to one or more departments: their task cards are posted there. A
 * small organisation may run several departments from one channel.
 *
 * @param id the channel's conversation id
 * @param teamId the team the channel belongs to
 * @param channelName the channel's name when linked
 * @param departments the department keys, e.g. {@code IT}, {@code FM}
 */
@Document("channel_links")
record ChannelLink(@Id String id, @Indexed String teamId, String channelName, @Indexed List<String> departments,
		String linkedBy, Instant linkedAt) {
}

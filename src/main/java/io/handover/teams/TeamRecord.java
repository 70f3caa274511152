package io.handover.teams;

import java.time.Instant;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A team the bot is (or was) installed in, with its channels. Department channels can
 * only be linked in a team where the bot is installed.
 */
@Document("teams")
record TeamRecord(@Id String id, String aadGroupId, String name, String tenantId, String serviceUrl, boolean installed,
		Instant installedAt, Instant removedAt, List<Channel> channels) {

	record Channel(String id, String name, boolean removed) {
	}

}

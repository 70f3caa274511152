package io.handover.teams;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A team channel linked to one or more departments: their task cards are posted there,
 * and the members of its team count as the department's staff. A small organisation may
 * run several departments from one channel. Only an Administrator's link counts: anyone
 * else's {@code link} is a pending request, which gives the channel no cards and its
 * members nothing until an Administrator approves it.
 *
 * @param id the channel's conversation id
 * @param teamId the team the channel belongs to
 * @param channelName the channel's name when linked
 * @param departments the department keys an Administrator approved, e.g. {@code IT} (a
 * sparse index, made by {@link DepartmentChannels}: the embedded store reads a
 * department's channels from it)
 * @param requests links asked for by someone who is not an Administrator, waiting
 * @param approvedBy per approved department, the Administrator who approved it
 */
@Document("channel_links")
record ChannelLink(@Id String id, @Indexed String teamId, String channelName, List<String> departments, String linkedBy,
		Instant linkedAt, List<Request> requests, Map<String, String> approvedBy) {

	ChannelLink {
		departments = departments != null ? departments : List.of();
		requests = requests != null ? requests : List.of();
		approvedBy = approvedBy != null ? approvedBy : Map.of();
	}

	Optional<Request> request(String department) {
		return this.requests.stream().filter(r -> r.department().equals(department)).findFirst();
	}

	/**
	 * A link someone asked for.
	 *
	 * @param department the department key
	 * @param byId the canonical id of who asked
	 * @param byName their name
	 * @param at when
	 */
	record Request(String department, String byId, String byName, Instant at) {
	}

}

package io.handover.teams;

import java.time.Duration;
import java.time.Instant;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import com.microsoft.bot.schema.Activity;
import com.microsoft.bot.schema.Attachment;
import io.handover.common.LogSafe;
import io.handover.identity.ChannelHistory;
import io.handover.identity.ChannelHistory.ChannelPost;
import io.handover.identity.DirectoryFailure;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Finds a department card that an interrupted delivery posted but never recorded: a crash
 * between the connector's answer and storing the message id leaves a claim without a
 * message, and Teams does not refuse a second post. The channel is read back through
 * Graph and a message is the same card when its refresh action names the same card,
 * ticket and department. Where Graph cannot tell (a personal chat, no Graph settings or
 * permission, Graph down) the card is posted again: shown twice beats never shown.
 */
@Component
class ChannelReadBack {

	private static final Logger log = LoggerFactory.getLogger(ChannelReadBack.class);

	/**
	 * Clocks of this instance, the one before the crash and Teams may differ a little.
	 */
	private static final Duration SKEW = Duration.ofMinutes(1);

	private static final ObjectMapper JSON = new ObjectMapper();

	private final ChannelHistory history;

	private final DepartmentChannels channels;

	private final ConversationStore conversations;

	ChannelReadBack(ChannelHistory history, DepartmentChannels channels, ConversationStore conversations) {
		this.history = history;
		this.channels = channels;
		this.conversations = conversations;
	}

	/**
	 * The id of the message an earlier delivery of this card posted, if the channel shows
	 * one.
	 * @param conversationId where the card goes
	 * @param claimedAt when the first of the interrupted deliveries claimed the card
	 */
	Optional<String> earlierPost(String conversationId, Instant claimedAt, Activity card) {
		JsonNode identity = identityOf(card);
		ChannelLink link = this.channels.find(conversationId);
		String group = link == null ? null
				: this.conversations.team(link.teamId()).map(TeamRecord::aadGroupId).orElse(null);
		if (identity == null || group == null) {
			log.info("Card for {} posted again after an interrupted delivery: {}", LogSafe.of(conversationId),
					identity == null ? "the card names no refresh data to find it by"
							: "not a channel of a team with a known group id");
			return Optional.empty();
		}
		Instant since = (claimedAt != null ? claimedAt : Instant.EPOCH).minus(SKEW);
		try {
			for (ChannelPost post : this.history.postedSince(group, conversationId, since)) {
				if (post.cards().stream().anyMatch(json -> sameCard(identity, json))) {
					log.info("Card for {} found in the channel as message {} after an interrupted delivery",
							LogSafe.of(conversationId), LogSafe.of(post.messageId()));
					return Optional.of(post.messageId());
				}
			}
			log.info("Card for {} is not in the channel after an interrupted delivery: posting it", conversationId);
			return Optional.empty();
		}
		catch (DirectoryFailure cannotTell) {
			log.warn("Card for {} posted again after an interrupted delivery; the channel could not be read back: {}",
					LogSafe.of(conversationId), LogSafe.of(cannotTell.describe()));
			return Optional.empty();
		}
	}

	/** What names the card: its refresh action's data without the page shown. */
	static JsonNode identityOf(Activity card) {
		if (card.getAttachments() == null || card.getAttachments().isEmpty()) {
			return null;
		}
		Attachment attachment = card.getAttachments().get(0);
		JsonNode data = SdkJson.fromSdk(attachment.getContent()).path("refresh").path("action").path("data");
		return data.isObject() && data.has("ticketKey") ? data : null;
	}

	static boolean sameCard(JsonNode identity, String cardJson) {
		JsonNode data;
		try {
			data = JSON.readTree(cardJson).path("refresh").path("action").path("data");
		}
		catch (JacksonException notJson) {
			return false;
		}
		for (Iterator<Map.Entry<String, JsonNode>> fields = identity.properties().iterator(); fields.hasNext();) {
			Map.Entry<String, JsonNode> field = fields.next();
			if (!"page".equals(field.getKey())
					&& !field.getValue().asString("").equals(data.path(field.getKey()).asString(null))) {
				return false;
			}
		}
		return true;
	}

}

package io.handover.teams;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.microsoft.bot.schema.Activity;
import com.microsoft.bot.schema.Attachment;
import io.handover.system.ProductionMode;
import io.handover.system.TrialMode;
import tools.jackson.databind.JsonNode;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * With the trial profile (local mode only), the last messages the bot posted or updated
 * outside a turn (department cards, employees' signature cards, notices), newest version
 * of each. Microsoft 365 Agents Playground shows only its current user's chats, so
 * without this nobody could see the card an employee got in their own chat, or click it
 * as them ({@code /trial}, {@code trial/act-as.mjs}). Otherwise nothing is kept: in
 * production Teams shows each person their own chats, and a local benchmark should not
 * carry the cards it posts.
 */
@Component
class TrialMessages {

	/** Enough for a trial's tickets; the oldest are forgotten first. */
	static final int KEPT = 300;

	private final boolean on;

	private final Clock clock;

	private final Map<String, Sent> messages = new LinkedHashMap<>();

	TrialMessages(Environment environment, Clock clock) {
		this.on = !ProductionMode.isOn(environment) && TrialMode.isOn(environment);
		this.clock = clock;
	}

	/** A message posted (or updated: same id) into a conversation. */
	void sent(ConversationRecord conversation, String messageId, Activity activity) {
		if (!this.on || messageId == null || conversation == null) {
			return;
		}
		synchronized (this.messages) {
			Sent earlier = this.messages.remove(conversation.id() + "|" + messageId);
			Instant now = this.clock.instant();
			this.messages.put(conversation.id() + "|" + messageId,
					new Sent(conversation, messageId, activity, earlier != null ? earlier.postedAt() : now, now));
			while (this.messages.size() > KEPT) {
				this.messages.remove(this.messages.keySet().iterator().next());
			}
		}
	}

	/** Whether messages are kept (the trial profile in local mode). */
	boolean recording() {
		return this.on;
	}

	/** Every kept message, oldest post first, each in its latest version. */
	List<Sent> all() {
		synchronized (this.messages) {
			List<Sent> all = new ArrayList<>(this.messages.values());
			all.sort(java.util.Comparator.comparing(Sent::postedAt));
			return all;
		}
	}

	/**
	 * One message as the bot last sent it.
	 *
	 * @param activity the activity as sent (the bot never changes it afterwards)
	 */
	record Sent(ConversationRecord conversation, String messageId, Activity activity, Instant postedAt,
			Instant updatedAt) {

		/** The first Adaptive Card of the message, or null. */
		JsonNode card() {
			if (this.activity.getAttachments() == null) {
				return null;
			}
			for (Attachment attachment : this.activity.getAttachments()) {
				if ("application/vnd.microsoft.card.adaptive".equals(attachment.getContentType())) {
					return SdkJson.fromSdk(attachment.getContent());
				}
			}
			return null;
		}

	}

}

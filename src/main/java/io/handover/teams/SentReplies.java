package io.handover.teams;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import com.microsoft.bot.schema.Activity;
import org.springframework.stereotype.Component;

/**
 * The id Teams gave a reply a command answered with, for a command that updates its
 * answer later (a "checking…" card replaced by the result once the work is done).
 */
@Component
class SentReplies {

	private final Map<Activity, CompletableFuture<String>> awaited = Collections
		.synchronizedMap(new IdentityHashMap<>());

	/**
	 * Completes with the id of this reply once it was sent; with null when the channel
	 * gave none or the send failed (the follow-up is then posted as a message of its
	 * own).
	 */
	CompletableFuture<String> idOnceSent(Activity reply) {
		return this.awaited.computeIfAbsent(reply, sent -> new CompletableFuture<>());
	}

	/** The turn sent the reply (or failed to): whoever waits for its id gets it. */
	void sent(Activity reply, String id) {
		CompletableFuture<String> waiting = this.awaited.remove(reply);
		if (waiting != null) {
			waiting.complete(id);
		}
	}

}

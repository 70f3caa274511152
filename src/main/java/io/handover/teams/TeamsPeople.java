package io.handover.teams;

import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import com.microsoft.bot.schema.ChannelAccount;
import io.handover.common.LogSafe;
import io.handover.common.Actor;
import io.handover.employee.Employee;
import io.handover.employee.EmployeeDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The user principal name of a person who writes to the bot. Teams activities carry only
 * the Entra object id; the UPN comes from the employee register or, failing that, from
 * the Bot Connector's member record, and is remembered for an hour so a busy manager
 * costs one lookup, not one per click.
 */
@Component
class TeamsPeople {

	private static final Logger log = LoggerFactory.getLogger(TeamsPeople.class);

	private static final Duration KNOWN = Duration.ofHours(1);

	private static final Duration UNKNOWN = Duration.ofMinutes(5);

	private static final int LIMIT = 10_000;

	private final EmployeeDirectory employees;

	private final ConversationStore conversations;

	private final HandoverAdapter adapter;

	private final Map<String, Known> upns = new ConcurrentHashMap<>();

	TeamsPeople(EmployeeDirectory employees, ConversationStore conversations, HandoverAdapter adapter) {
		this.employees = employees;
		this.conversations = conversations;
		this.adapter = adapter;
	}

	/**
	 * The person as one identity: their Entra object id (from the verified activity) with
	 * their UPN when known; unverified without an object id.
	 */
	Actor actorOf(ChatUser user, String conversationId) {
		return user.actor(upnOf(user, conversationId));
	}

	/** The person's UPN, or null when neither the register nor Teams knows it. */
	String upnOf(ChatUser user, String conversationId) {
		String key = user.aadObjectId() != null ? user.aadObjectId() : user.id();
		if (key == null) {
			return null;
		}
		long now = System.nanoTime();
		Known known = this.upns.get(key);
		if (known != null && now < known.until()) {
			return known.upn();
		}
		String upn = lookUp(user, conversationId);
		if (this.upns.size() > LIMIT) {
			this.upns.clear();
		}
		this.upns.put(key, new Known(upn, now + (upn != null ? KNOWN : UNKNOWN).toNanos()));
		return upn;
	}

	private String lookUp(ChatUser user, String conversationId) {
		if (user.aadObjectId() != null) {
			Optional<String> registered = this.employees.identify(user.aadObjectId()).map(Employee::upn);
			if (registered.isPresent()) {
				return registered.get();
			}
		}
		if (user.id() == null || conversationId == null) {
			return null;
		}
		try {
			ConversationRecord conversation = this.conversations.find(conversationId).orElse(null);
			if (conversation == null || conversation.serviceUrl() == null) {
				return null;
			}
			ChannelAccount member = this.adapter.connectorFor(conversation.serviceUrl())
				.getConversations()
				.getConversationMember(user.id(), conversationId)
				.join();
			return member == null ? null : upnIn(member);
		}
		catch (RuntimeException ex) {
			log.info("Could not read the member record of {} in {}: {}", LogSafe.of(user.id()),
					LogSafe.of(conversationId), LogSafe.of(ex.toString()));
			return null;
		}
	}

	private static String upnIn(ChannelAccount member) {
		for (String property : new String[] { "userPrincipalName", "email" }) {
			Object value = member.getProperties().get(property);
			String text = SdkJson.text(value);
			if (text != null && text.contains("@")) {
				return text.toLowerCase(Locale.ROOT);
			}
		}
		return null;
	}

	private record Known(String upn, long until) {
	}

}

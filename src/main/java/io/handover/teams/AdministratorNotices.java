package io.handover.teams;

import java.util.Locale;
import java.util.Optional;

import io.handover.access.Access;
import io.handover.common.LogSafe;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * What only an Administrator can fix (a card that reaches nobody, a channel to link, a
 * failed retention run) goes to each Administrator configured in
 * {@code handover.access.admins}, in their personal chat and their language. One who
 * cannot be reached is logged, and the caller learns how many were, so it can say when
 * nobody was.
 */
@Component
class AdministratorNotices {

	private static final Logger log = LoggerFactory.getLogger(AdministratorNotices.class);

	private final Access access;

	private final EmployeeChats chats;

	AdministratorNotices(Access access, EmployeeChats chats) {
		this.access = access;
		this.chats = chats;
	}

	/** Posts or shows the notice in one Administrator's chat. */
	@FunctionalInterface
	interface Delivery {

		void deliver(String admin, AdminChat chat);

	}

	/** An Administrator's personal chat with Handover and the language they use there. */
	record AdminChat(String id, Locale locale) {
	}

	/**
	 * @param about what the notice is about, for the log ("the guard review of T-1")
	 * @return how many Administrators it reached
	 */
	int tellEach(String about, Delivery delivery) {
		int told = 0;
		for (String admin : this.access.configuredAdmins()) {
			try {
				Optional<AdminChat> chat = chatOf(admin);
				if (chat.isEmpty()) {
					log.warn("Administrator {} cannot be reached in Teams to hear of {}", LogSafe.of(admin),
							LogSafe.of(about));
					continue;
				}
				delivery.deliver(admin, chat.get());
				told++;
			}
			catch (RuntimeException failed) {
				log.warn("Administrator {} did not hear of {}: {}", LogSafe.of(admin), LogSafe.of(about),
						LogSafe.of(failed.getMessage()));
			}
		}
		return told;
	}

	/**
	 * The Administrator's chat, opened if Teams allows; empty when they never installed
	 * Handover. Throws what Teams answered when it refused, for a caller that tries
	 * again.
	 */
	Optional<AdminChat> chatOf(String admin) {
		return this.chats.chatWithConfigured(admin).map((chat) -> new AdminChat(chat, this.chats.localeOf(chat)));
	}

}

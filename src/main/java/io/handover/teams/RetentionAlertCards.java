package io.handover.teams;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import io.handover.access.Access;
import io.handover.cards.CardName;
import io.handover.cards.Cards;
import io.handover.common.LogSafe;
import io.handover.privacy.RetentionAlerts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import tools.jackson.databind.node.ObjectNode;

/**
 * Personal data retention failed: a card in the personal chat of each Administrator
 * configured in {@code handover.access.admins}, in their language. An Administrator who
 * cannot be reached is logged; the caller learns how many were told.
 */
@Component
class RetentionAlertCards implements RetentionAlerts {

	private static final Logger log = LoggerFactory.getLogger(RetentionAlertCards.class);

	private final Access access;

	private final Cards cards;

	private final EmployeeChats chats;

	private final ProactiveMessenger messenger;

	RetentionAlertCards(Access access, Cards cards, EmployeeChats chats, ProactiveMessenger messenger) {
		this.access = access;
		this.cards = cards;
		this.chats = chats;
		this.messenger = messenger;
	}

	@Override
	public int failed(Failure failure) {
		int told = 0;
		for (String admin : this.access.configuredAdmins()) {
			try {
				Optional<String> chat = this.chats.chatWithConfigured(admin);
				if (chat.isEmpty()) {
					log.warn("Administrator {} cannot be reached in Teams to hear that personal data retention failed",
							LogSafe.of(admin));
					continue;
				}
				this.messenger.post(chat.get(), Replies.card(render(failure, this.chats.localeOf(chat.get()))));
				told++;
			}
			catch (RuntimeException ex) {
				log.warn("The retention failure did not reach Administrator {}: {}", LogSafe.of(admin),
						LogSafe.of(ex.getMessage()));
			}
		}
		return told;
	}

	ObjectNode render(Failure failure, Locale locale) {
		Map<String, Object> data = new LinkedHashMap<>();
		data.put("at", failure.at().toString());
		data.put("reason", failure.reason());
		data.put("wholeRun", failure.wholeRun());
		data.put("failedPeople", String.valueOf(failure.failedPeople()));
		data.put("pseudonymised", String.valueOf(failure.pseudonymised()));
		data.put("employeeIds", failure.employeeIds());
		return this.cards.render(CardName.RETENTION_ALERT, data, locale);
	}

}

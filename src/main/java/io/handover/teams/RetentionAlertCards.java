package io.handover.teams;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import io.handover.cards.CardName;
import io.handover.cards.Cards;
import io.handover.privacy.RetentionAlerts;
import org.springframework.stereotype.Component;
import tools.jackson.databind.node.ObjectNode;

/**
 * Personal data retention failed: a card in the personal chat of each Administrator
 * configured in {@code handover.access.admins}, in their language. An Administrator who
 * cannot be reached is logged; the caller learns how many were told.
 */
@Component
class RetentionAlertCards implements RetentionAlerts {

	private final AdministratorNotices administrators;

	private final Cards cards;

	private final ProactiveMessenger messenger;

	RetentionAlertCards(AdministratorNotices administrators, Cards cards, ProactiveMessenger messenger) {
		this.administrators = administrators;
		this.cards = cards;
		this.messenger = messenger;
	}

	@Override
	public int failed(Failure failure) {
		return this.administrators.tellEach("the failed personal data retention",
				(admin, chat) -> this.messenger.post(chat.id(), Replies.card(render(failure, chat.locale()))));
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

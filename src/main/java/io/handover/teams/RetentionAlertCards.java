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
 * configured in {@code handover.access.admins}, in their language, sent again while Teams
 * refuses it for now ({@link AdministratorOutbox}). An Administrator who cannot be
 * reached is logged; the caller learns how many were told.
 */
@Component
class RetentionAlertCards implements RetentionAlerts {

	private final AdministratorOutbox administrators;

	private final Cards cards;

	RetentionAlertCards(AdministratorOutbox administrators, Cards cards) {
		this.administrators = administrators;
		this.cards = cards;
	}

	@Override
	public int failed(Failure failure) {
		return this.administrators.tell("the failed personal data retention",
				AdministratorOutbox.Notice.card(CardName.RETENTION_ALERT, data(failure)));
	}

	ObjectNode render(Failure failure, Locale locale) {
		return this.cards.render(CardName.RETENTION_ALERT, data(failure), locale);
	}

	private static Map<String, Object> data(Failure failure) {
		Map<String, Object> data = new LinkedHashMap<>();
		data.put("at", failure.at().toString());
		data.put("reason", failure.reason());
		data.put("wholeRun", failure.wholeRun());
		data.put("failedPeople", String.valueOf(failure.failedPeople()));
		data.put("pseudonymised", String.valueOf(failure.pseudonymised()));
		data.put("employeeIds", failure.employeeIds());
		return data;
	}

}

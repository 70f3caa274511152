package io.handover.teams;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import tools.jackson.databind.node.ObjectNode;
import io.handover.cards.CardName;
import io.handover.cards.Cards;
import io.handover.hr.HrAlerts;
import io.handover.hr.HrSourceStatus;
import org.springframework.stereotype.Component;

/**
 * An HR source that has failed for a day, on a card in every channel linked to HR; the
 * same card says so when the source is read again (see {@link PostedCards}).
 */
@Component
class HrSourceAlertCards implements HrAlerts {

	static final String DEPARTMENT = "HR";

	private final Cards cards;

	private final DepartmentChannels channels;

	private final PostedCards posted;

	HrSourceAlertCards(Cards cards, DepartmentChannels channels, PostedCards posted) {
		this.cards = cards;
		this.channels = channels;
		this.posted = posted;
	}

	@Override
	public boolean show(HrSourceStatus status) {
		List<ChannelLink> linked = this.channels.channelsOf(DEPARTMENT);
		for (ChannelLink channel : linked) {
			this.posted.show("hr-source:" + status.system(), "hr-source:" + channel.id(), channel.id(),
					Replies.card(render(status, Locale.ENGLISH)));
		}
		return !linked.isEmpty();
	}

	ObjectNode render(HrSourceStatus status, Locale locale) {
		Map<String, Object> data = new LinkedHashMap<>();
		data.put("system", status.system());
		data.put("failing", status.failing());
		data.put("failures", status.failures());
		put(data, "failingSince", status.failingSince());
		put(data, "lastFailure", status.lastFailure());
		put(data, "lastFailureKind", status.lastFailureKind());
		put(data, "lastSuccessAt", status.lastSuccessAt());
		put(data, "nextAttemptAt", status.nextAttemptAt());
		return this.cards.render(CardName.HR_SOURCE_ALERT, data, locale);
	}

	private static void put(Map<String, Object> data, String key, Object value) {
		if (value != null) {
			data.put(key, value);
		}
	}

}

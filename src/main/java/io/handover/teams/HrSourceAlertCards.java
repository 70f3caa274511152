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
import io.handover.hr.HrSources;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * An HR source that has failed for a day, on a card in every channel linked to HR; the
 * same card says so when the source is read again (see {@link PostedCards}). While it
 * fails, a source Handover reads itself has the HR sources card's "Try now"
 * ({@link HrSourceTryNowAction}: HR staff and Administrators only).
 */
@Component
class HrSourceAlertCards implements HrAlerts {

	static final String DEPARTMENT = "HR";

	private final Cards cards;

	private final DepartmentChannels channels;

	private final PostedCards posted;

	/** Lazily: the sources' sync tells this card about failures. */
	private final ObjectProvider<HrSources> sources;

	HrSourceAlertCards(Cards cards, DepartmentChannels channels, PostedCards posted,
			ObjectProvider<HrSources> sources) {
		this.cards = cards;
		this.channels = channels;
		this.posted = posted;
		this.sources = sources;
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
		return render(status, false, locale);
	}

	/**
	 * @param reading a "Try now" is reading the source: the card says so instead of
	 * offering the button
	 */
	ObjectNode render(HrSourceStatus status, boolean reading, Locale locale) {
		HrSources known = this.sources.getIfAvailable();
		Map<String, Object> data = new LinkedHashMap<>();
		data.put("configured", known != null && known.isConfigured(status.system()));
		data.put("reading", reading);
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

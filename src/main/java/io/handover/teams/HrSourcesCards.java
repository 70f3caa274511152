package io.handover.teams;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import tools.jackson.databind.node.ObjectNode;
import io.handover.cards.CardName;
import io.handover.cards.Cards;
import io.handover.hr.HrSourceStatus;
import io.handover.hr.HrSources;
import io.handover.hr.JobProfiles;
import org.springframework.stereotype.Component;

/**
 * The HR sources card ({@code hr-sources.json}): each source's state, last sync, failure
 * and "Try now", the managers a manager change could not be told of in Teams, and the job
 * to profile table.
 */
@Component
class HrSourcesCards {

	private final Cards cards;

	private final HrSources sources;

	private final Clock clock;

	private final UnreachableManagers unreachableManagers;

	HrSourcesCards(Cards cards, HrSources sources, Clock clock, UnreachableManagers unreachableManagers) {
		this.cards = cards;
		this.sources = sources;
		this.clock = clock;
		this.unreachableManagers = unreachableManagers;
	}

	ObjectNode render(HrSources.Overview overview, Locale locale) {
		return render(overview, null, locale);
	}

	/**
	 * The card while a source is being read ("Try now" took longer than Teams waits).
	 * @param reading the source being read, or null
	 */
	ObjectNode render(HrSources.Overview overview, String reading, Locale locale) {
		List<Map<String, Object>> shown = new ArrayList<>();
		for (HrSourceStatus status : overview.sources()) {
			shown.add(source(status));
		}
		List<Map<String, Object>> jobs = new ArrayList<>();
		for (JobProfiles.Mapping mapping : overview.jobs()) {
			jobs.add(Map.of("job", mapping.job(), "profile", mapping.profile()));
		}
		Map<String, Object> data = new LinkedHashMap<>();
		data.put("asOf", this.clock.instant());
		data.put("sources", shown);
		data.put("jobs", jobs);
		// manager changes Handover could not tell the manager of (session 18)
		List<Map<String, Object>> unreachable = this.unreachableManagers.notices();
		data.put("unreachableManagers", unreachable);
		// the card shows the latest only; how many it leaves out is said, not dropped
		data.put("unreachableManagersMore", Math.max(0, this.unreachableManagers.count() - unreachable.size()));
		if (reading != null) {
			data.put("reading", reading);
		}
		return this.cards.render(CardName.HR_SOURCES, data, locale);
	}

	private Map<String, Object> source(HrSourceStatus status) {
		Map<String, Object> source = new LinkedHashMap<>();
		source.put("system", status.system());
		source.put("state", status.failing() ? "FAILING" : status.lastSuccessAt() != null ? "OK" : "NEVER");
		source.put("configured", this.sources.isConfigured(status.system()));
		put(source, "lastRunAt", status.lastRunAt());
		put(source, "lastSuccessAt", status.lastSuccessAt());
		put(source, "nextAttemptAt", status.nextAttemptAt());
		source.put("read", status.counts().read());
		source.put("opened", status.counts().opened());
		source.put("loaded", status.counts().loaded());
		source.put("refused", status.counts().refused());
		source.put("managerChanged", status.counts().managerChanged());
		source.put("failures", status.failures());
		if (status.failing()) {
			source.put("failure", status.lastFailure());
			source.put("failureKind", status.lastFailureKind());
		}
		if (!status.errors().isEmpty()) {
			source.put("errors", status.errors().subList(0, Math.min(5, status.errors().size())));
		}
		return source;
	}

	private static void put(Map<String, Object> data, String key, Instant value) {
		if (value != null) {
			data.put(key, value);
		}
	}

}

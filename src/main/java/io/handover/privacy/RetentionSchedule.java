package io.handover.privacy;

import java.time.Clock;
import java.util.List;
import java.util.Map;

import io.handover.common.LogSafe;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Runs personal data retention once a day, on one instance at a time (a lock in the
 * store): two instances rewriting the same documents would only race for nothing. Nothing
 * fails silently: a run that stops, or that could not pseudonymise someone, is logged as
 * an error and shown to the Administrators ({@link RetentionAlerts}); when no
 * Administrator could be told, that is logged as an error too.
 */
@Component
class RetentionSchedule {

	private static final Logger log = LoggerFactory.getLogger(RetentionSchedule.class);

	/** How much of a failure's own words a card shows. */
	private static final int REASON_LENGTH = 300;

	private final PersonalDataRetention retention;

	private final ObjectProvider<RetentionAlerts> alerts;

	private final Clock clock;

	RetentionSchedule(PersonalDataRetention retention, ObjectProvider<RetentionAlerts> alerts, Clock clock) {
		this.retention = retention;
		this.alerts = alerts;
		this.clock = clock;
	}

	@Scheduled(cron = "${handover.privacy.retention.cron:0 30 3 * * *}")
	@SchedulerLock(name = "personal-data-retention", lockAtMostFor = "PT2H")
	void daily() {
		PersonalDataRetention.Run run;
		try {
			run = this.retention.run();
		}
		catch (RuntimeException ex) {
			log.error("Personal data retention failed; it runs again tomorrow", ex);
			alert(new RetentionAlerts.Failure(this.clock.instant(), reason(ex.getMessage()), List.of(), 0, 0));
			return;
		}
		if (!run.done().isEmpty()) {
			log.info("Personal data retention pseudonymised {} leaver(s): {}", run.done().size(), run.done());
		}
		if (!run.failed().isEmpty()) {
			Map.Entry<String, String> first = run.failed().entrySet().iterator().next();
			alert(new RetentionAlerts.Failure(this.clock.instant(), reason(first.getValue()),
					run.failed().keySet().stream().limit(RetentionAlerts.Failure.MAX_IDS).toList(), run.failed().size(),
					run.done().size()));
		}
	}

	private void alert(RetentionAlerts.Failure failure) {
		RetentionAlerts to = this.alerts.getIfAvailable();
		try {
			int told = to == null ? 0 : to.failed(failure);
			if (told == 0) {
				log.error(
						"Personal data retention failed and no Administrator could be told (configure "
								+ "handover.access.admins, and have them chat with Handover once): {}",
						LogSafe.of(failure.reason()));
			}
		}
		catch (RuntimeException ex) {
			log.error("Personal data retention failed and the Administrators' card could not be sent: {}",
					LogSafe.of(failure.reason()), ex);
		}
	}

	private static String reason(String message) {
		String text = message == null ? "(no message)" : message;
		return text.length() > REASON_LENGTH ? text.substring(0, REASON_LENGTH) + "…" : text;
	}

}

package io.handover.privacy;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Runs personal data retention once a day, on one instance at a time (a lock in the
 * store): two instances rewriting the same documents would only race for nothing.
 */
@Component
class RetentionSchedule {

	private static final Logger log = LoggerFactory.getLogger(RetentionSchedule.class);

	private final PersonalDataRetention retention;

	RetentionSchedule(PersonalDataRetention retention) {
		this.retention = retention;
	}

	@Scheduled(cron = "${handover.privacy.retention.cron:0 30 3 * * *}")
	@SchedulerLock(name = "personal-data-retention", lockAtMostFor = "PT2H")
	void daily() {
		try {
			var done = this.retention.runDue();
			if (!done.isEmpty()) {
				log.info("Personal data retention pseudonymised {} leaver(s): {}", done.size(), done);
			}
		}
		catch (RuntimeException ex) {
			log.error("Personal data retention failed; it runs again tomorrow", ex);
		}
	}

}

package io.handover.hr;

import java.time.Clock;
import java.util.List;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Polls every configured HR source when it is due: one instance at a time (a lock in the
 * store), each source after its interval, or after its back-off and the system's
 * Retry-After when it failed.
 */
@Component
class HrPolling {

	private static final Logger log = LoggerFactory.getLogger(HrPolling.class);

	private final List<HrSource> sources;

	private final HrSync sync;

	private final Clock clock;

	HrPolling(List<HrSource> sources, HrSync sync, Clock clock) {
		this.sources = List.copyOf(sources);
		this.sync = sync;
		this.clock = clock;
	}

	@Scheduled(cron = "${handover.schedules.tick:0 * * * * *}")
	@SchedulerLock(name = HrSources.LOCK, lockAtMostFor = "30m")
	public void tick() {
		for (HrSource source : this.sources) {
			try {
				pollIfDue(source);
			}
			catch (RuntimeException ex) {
				log.error("Syncing HR source {} failed; it is tried again on the next tick", source.system(), ex);
			}
		}
	}

	/** Syncs the source unless its next attempt lies ahead; answers whether it ran. */
	boolean pollIfDue(HrSource source) {
		boolean due = this.sync.status(source.system())
			.map(HrSourceStatus::nextAttemptAt)
			.map(next -> !this.clock.instant().isBefore(next))
			.orElse(true);
		if (due) {
			this.sync.sync(source);
		}
		return due;
	}

}

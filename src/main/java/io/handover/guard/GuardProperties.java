package io.handover.guard;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The offboarding guard's settings.
 *
 * @param cron how often the guard looks for leavers to review ({@code -} turns it off);
 * each leaver is reviewed at the notice, once after the runbook and then daily
 * @param passSystem the physical access (badge) system; without a URL it is not
 * observable
 * @param watchCompleted how long after the last working day a completed leaver is still
 * checked daily: a ticket completes when its last task is resolved, yet something can
 * come back on the name (a group membership added again, a badge reactivated)
 * @param throttledRetry how soon the schedule looks again at a leaver when Microsoft
 * Graph throttled one of the check's reads (429, 503) after the SDK's own retries
 * @param checkOnChange whether the guard also looks at a leaver right after their runbook
 * ran and after a person closed one of their tasks (after the last day), besides its
 * round
 * @param summary whether the review card gets a short summary written by the language
 * model, when one is configured ({@code handover.language.endpoint})
 * @param recheck how often a leaver whose last day has passed is looked at again while
 * their ticket is open, besides the daily check (default 30 minutes, under the one-hour
 * goal of finding a residue: one added back right after a look waits the period plus the
 * next look's queue; zero turns it off): a membership added back by hand is found within
 * it. A look that finds what the last check found writes nothing (no task, no card, no
 * audit entry, no record); a completed leaver still watched ({@code watch-completed}) is
 * looked at as often
 * @param lease how long a check holds its leaver at most, in real time whatever the
 * application's clock (default five minutes): a second check of the leaver waits while it
 * runs, and a killed instance holds the leaver back this long
 * @param runbookGrace how long after the leaver runbook's hour of the last day the guard
 * waits for the runbook before it opens tasks for what the runbook removes (the account,
 * sessions, static groups, directly assigned licences, automatic replies, devices);
 * meanwhile its review says "runbook due, not run yet" and it looks again right after the
 * runbook ran; past it, the runbook is late: the guard opens those tasks and its card
 * says so. Default 30 minutes (under the one-hour goal of finding a residue, so a runbook
 * that never runs costs no residue its hour); zero waits not at all; negative is refused
 * at start-up
 */
@ConfigurationProperties("handover.guard")
public record GuardProperties(String cron, PassSystemSettings passSystem, Duration watchCompleted,
		Duration throttledRetry, Boolean checkOnChange, Boolean summary, Duration recheck, Duration lease,
		Duration runbookGrace) {

	public GuardProperties {
		if (lease != null && (lease.isNegative() || lease.isZero())) {
			throw new IllegalArgumentException("handover.guard.lease must be a positive duration (e.g. PT5M), not "
					+ lease + ": it is how long a check may hold its leaver");
		}
		lease = lease != null ? lease : Duration.ofMinutes(5);
		if (runbookGrace != null && runbookGrace.isNegative()) {
			throw new IllegalArgumentException("handover.guard.runbook-grace must be zero or a positive duration "
					+ "(e.g. PT30M), not " + runbookGrace + ": it is how long the guard waits for a due runbook");
		}
		runbookGrace = runbookGrace != null ? runbookGrace : Duration.ofMinutes(30);
		recheck = recheck == null ? Duration.ofMinutes(30) : recheck.isNegative() ? Duration.ZERO : recheck;
		summary = summary == null || summary;
		checkOnChange = checkOnChange == null || checkOnChange;
		cron = cron != null ? cron : "0 * * * * *";
		throttledRetry = throttledRetry != null && !throttledRetry.isNegative() && !throttledRetry.isZero()
				? throttledRetry : Duration.ofMinutes(5);
		watchCompleted = watchCompleted != null ? watchCompleted : Duration.ofDays(30);
		passSystem = passSystem != null ? passSystem : new PassSystemSettings(null, null, null);
	}

	/**
	 * A generic REST pass system: {@code GET {url}/people/{upn}/badges} answers
	 * {@code [{"id": "...", "status": "active|deactivated|..."}]}.
	 *
	 * @param url its base URL; empty: no pass system (not observable)
	 * @param token a bearer token it expects, or empty
	 * @param timeout how long one request may take
	 */
	public record PassSystemSettings(String url, String token, Duration timeout) {

		public PassSystemSettings {
			timeout = timeout != null ? timeout : Duration.ofSeconds(10);
		}

	}

}

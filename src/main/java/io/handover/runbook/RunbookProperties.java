package io.handover.runbook;

import java.time.Duration;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * When the runbooks run and what they need to know about the organisation. Times are in
 * the organisation's time zone ({@code handover.time-zone}).
 *
 * @param cron how often the schedule looks for due runbooks ({@code -} turns it off)
 * @param leaverAt the hour of the last working day when the leaver runbook runs
 * @param moverAt the hour of the move date when a mover's access changes
 * @param passAt the hour of the start date from which a joiner's Temporary Access Pass
 * works (it is created then)
 * @param passLifetime how long the pass works
 * @param upnPattern a joiner's sign-in name when the ticket gives none: {@code {first}},
 * {@code {last}}, {@code {domain}}
 * @param domain the organisation's e-mail domain
 * @param usageLocation the country code new accounts get (needed for licences)
 * @param licences licence part numbers per role profile key ({@code default} for the
 * rest)
 * @param groupTags the Windows Autopilot group tag per role profile key (default: the
 * key)
 * @param automaticReply the leaver's automatic reply: {@code {name}}, {@code {delegate}}
 * @param retryFirst how long after a run that left a step failed (a refused permission,
 * an outage) the schedule runs it again; doubled after each run that fails again
 * @param retryMax the longest wait between two such runs
 */
@ConfigurationProperties("handover.runbook")
public record RunbookProperties(String cron, LocalTime leaverAt, LocalTime moverAt, LocalTime passAt,
		Duration passLifetime, String upnPattern, String domain, String usageLocation,
		Map<String, List<String>> licences, Map<String, String> groupTags, String automaticReply, Duration retryFirst,
		Duration retryMax) {

	public RunbookProperties {
		cron = cron != null ? cron : "0 * * * * *";
		leaverAt = leaverAt != null ? leaverAt : LocalTime.of(17, 0);
		moverAt = moverAt != null ? moverAt : LocalTime.of(7, 0);
		passAt = passAt != null ? passAt : LocalTime.of(8, 0);
		passLifetime = passLifetime != null ? passLifetime : Duration.ofHours(8);
		upnPattern = upnPattern != null ? upnPattern : "{first}.{last}@{domain}";
		domain = domain != null ? domain : "contoso.example";
		usageLocation = usageLocation != null ? usageLocation : "NL";
		licences = licences != null ? Map.copyOf(licences) : Map.of();
		groupTags = groupTags != null ? Map.copyOf(groupTags) : Map.of();
		automaticReply = automaticReply != null ? automaticReply
				: "{name} no longer works here. For anything that was theirs, please contact {delegate}.";
		retryFirst = retryFirst != null ? retryFirst : Duration.ofMinutes(5);
		retryMax = retryMax != null ? retryMax : Duration.ofHours(6);
	}

	/** How long to wait after the {@code failedRuns}-th run in a row that failed. */
	public Duration retryAfter(int failedRuns) {
		Duration wait = this.retryFirst;
		for (int i = 1; i < failedRuns && wait.compareTo(this.retryMax) < 0; i++) {
			wait = wait.multipliedBy(2);
		}
		return wait.compareTo(this.retryMax) > 0 ? this.retryMax : wait;
	}

	/** The licences a role profile gets. */
	public List<String> licencesOf(String profileKey) {
		return this.licences.getOrDefault(profileKey, this.licences.getOrDefault("default", List.of()));
	}

	public String groupTagOf(String profileKey) {
		return this.groupTags.getOrDefault(profileKey, profileKey);
	}

}

package io.handover.access;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiFunction;

import io.handover.identity.Directory;
import io.handover.identity.DirectoryAccount;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The directory's part of "who manages whom": a person's manager and whether someone has
 * direct reports, asked of the directory at most once per roster TTL per person
 * ({@code handover.teams.roster-ttl}, as for department groups). When the directory
 * cannot answer, the answer is "not known": the register still counts, nothing is granted
 * on an error, and the directory is not asked again for that person for a short while (an
 * outage costs one wait, not one per announcement). A dry run knows no managers.
 */
@Component
class DirectoryManagers {

	private static final Logger log = LoggerFactory.getLogger(DirectoryManagers.class);

	/** How long a person whose manager could not be read is not asked about again. */
	static final Duration RETRY_AFTER_FAILURE = Duration.ofSeconds(15);

	private static final int KEPT = 10_000;

	private final ObjectProvider<Directory> directory;

	private final Clock clock;

	private final Duration ttl;

	private final Map<String, Answer<Optional<DirectoryAccount>>> managers = new ConcurrentHashMap<>();

	private final Map<String, Answer<Boolean>> reports = new ConcurrentHashMap<>();

	/** When asking about a person last failed (System.nanoTime), per question. */
	private final Map<String, Long> failedAt = new ConcurrentHashMap<>();

	DirectoryManagers(ObjectProvider<Directory> directory, Clock clock,
			@Value("${handover.teams.roster-ttl:10m}") Duration ttl) {
		this.directory = directory;
		this.clock = clock;
		this.ttl = ttl;
	}

	/** The person's manager in the directory; empty when none or not known just now. */
	Optional<DirectoryAccount> managerOf(String personUpnOrObjectId) {
		return ask(this.managers, "manager", personUpnOrObjectId, Directory::managerOf, Optional.empty());
	}

	/** Whether the person has direct reports in the directory; false when not known. */
	boolean hasDirectReports(String personUpnOrObjectId) {
		return ask(this.reports, "reports", personUpnOrObjectId, (source, who) -> source.hasDirectReports(who), false);
	}

	private <T> T ask(Map<String, Answer<T>> answers, String question, String person,
			BiFunction<Directory, String, T> read, T unknown) {
		Directory source = this.directory.getIfAvailable();
		if (person == null || person.isBlank() || source == null || source.isDryRun()) {
			return unknown;
		}
		String key = person.trim().toLowerCase(Locale.ROOT);
		Answer<T> known = answers.get(key);
		Instant now = this.clock.instant();
		if (known != null && known.until().isAfter(now)) {
			return known.value();
		}
		Long failed = this.failedAt.get(question + "|" + key);
		if (failed != null && System.nanoTime() - failed < RETRY_AFTER_FAILURE.toNanos()) {
			return unknown;
		}
		T value;
		try {
			value = read.apply(source, person.trim());
		}
		catch (RuntimeException ex) {
			// never a "no" nor a "yes" for not knowing: the register decides alone
			log.warn("Could not ask the directory for the {} of {}: {}", question, person, ex.getMessage());
			this.failedAt.put(question + "|" + key, System.nanoTime());
			return unknown;
		}
		this.failedAt.remove(question + "|" + key);
		if (answers.size() > KEPT) {
			answers.clear();
		}
		answers.put(key, new Answer<>(value, now.plus(this.ttl)));
		return value;
	}

	private record Answer<T>(T value, Instant until) {
	}

}

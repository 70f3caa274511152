package io.handover.access;

import java.time.Duration;
import java.util.List;
import java.util.Locale;

import io.handover.identity.Directory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Service;

/**
 * The e-mail domains that belong to the organisation: configured
 * ({@code handover.access.organisation-domains}), else the tenant's verified domains from
 * the directory (Graph {@code GET /organization}), else the domain Handover creates
 * accounts in ({@code handover.runbook.domain}). Never "any domain": an address outside
 * these is outside the organisation (an e-mail sender, a mailbox delegate).
 */
@Service
public class OrganisationDomains {

	private static final Logger log = LoggerFactory.getLogger(OrganisationDomains.class);

	/** Verified domains change rarely; a failed read is tried again sooner. */
	private static final Duration KEPT = Duration.ofHours(1);

	private static final Duration RETRY = Duration.ofMinutes(5);

	private final List<String> configured;

	private final String accountDomain;

	private final ObjectProvider<Directory> directory;

	private volatile Read read;

	OrganisationDomains(Environment environment, @Value("${handover.runbook.domain:}") String accountDomain,
			ObjectProvider<Directory> directory) {
		// a YAML list or a comma-separated value alike
		this.configured = normalised(Binder.get(environment)
			.bind("handover.access.organisation-domains", Bindable.listOf(String.class))
			.orElse(List.of()));
		this.accountDomain = accountDomain == null || accountDomain.isBlank() ? null
				: accountDomain.trim().toLowerCase(Locale.ROOT);
		this.directory = directory;
	}

	/** The organisation's domains, lower case; never empty when anything is known. */
	public List<String> domains() {
		if (!this.configured.isEmpty()) {
			return this.configured;
		}
		List<String> verified = verified();
		if (!verified.isEmpty()) {
			return verified;
		}
		return this.accountDomain != null ? List.of(this.accountDomain) : List.of();
	}

	/** Whether the address is in one of the organisation's domains. */
	public boolean isInside(String address) {
		int at = address == null ? -1 : address.lastIndexOf('@');
		return at > 0 && domains().contains(address.substring(at + 1).trim().toLowerCase(Locale.ROOT));
	}

	private List<String> verified() {
		long now = System.nanoTime();
		Read known = this.read;
		if (known != null && now < known.until()) {
			return known.domains();
		}
		Directory source = this.directory.getIfAvailable();
		List<String> domains = List.of();
		if (source != null && !source.isDryRun()) {
			try {
				domains = normalised(source.verifiedDomains());
			}
			catch (RuntimeException ex) {
				log.warn("Could not read the organisation's verified domains: {}", ex.getMessage());
			}
		}
		this.read = new Read(domains, now + (domains.isEmpty() ? RETRY : KEPT).toNanos());
		return domains;
	}

	private static List<String> normalised(List<String> domains) {
		return domains == null ? List.of()
				: domains.stream()
					.filter(d -> d != null && !d.isBlank())
					.map(d -> d.trim().toLowerCase(Locale.ROOT))
					.distinct()
					.toList();
	}

	private record Read(List<String> domains, long until) {
	}

}

package io.handover.mail;

import java.util.List;
import java.util.Locale;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code handover.mail}: whose e-mails may announce people. Anyone can write to a
 * mailbox, so only the organisation's own domains are heard: those named here, else the
 * organisation's domains ({@code io.handover.access.OrganisationDomains}: the tenant's
 * verified domains). Never everyone.
 *
 * @param allowedDomains e-mail domains whose senders are heard (empty: the
 * organisation's)
 */
@ConfigurationProperties("handover.mail")
record MailProperties(List<String> allowedDomains) {

	MailProperties {
		allowedDomains = allowedDomains != null
				? allowedDomains.stream().map(d -> d.trim().toLowerCase(Locale.ROOT)).filter(d -> !d.isEmpty()).toList()
				: List.of();
	}

	/**
	 * Whether the address is in an allowed domain: the configured ones, else the
	 * organisation's; none known allows nobody.
	 */
	boolean allows(String address, List<String> organisationDomains) {
		List<String> allowed = this.allowedDomains.isEmpty() ? organisationDomains : this.allowedDomains;
		int at = address == null ? -1 : address.lastIndexOf('@');
		return at > 0 && allowed.contains(address.substring(at + 1).trim().toLowerCase(Locale.ROOT));
	}

}

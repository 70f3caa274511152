package io.handover.mail;

import java.util.List;
import java.util.Locale;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code handover.mail}: whose e-mails may announce people. Anyone can write to a
 * mailbox, so in production name the organisation's domains.
 *
 * @param allowedDomains e-mail domains whose senders are heard (empty: everyone)
 */
@ConfigurationProperties("handover.mail")
record MailProperties(List<String> allowedDomains) {

	MailProperties {
		allowedDomains = allowedDomains != null
				? allowedDomains.stream().map(d -> d.trim().toLowerCase(Locale.ROOT)).filter(d -> !d.isEmpty()).toList()
				: List.of();
	}

	boolean allows(String address) {
		if (this.allowedDomains.isEmpty()) {
			return true;
		}
		int at = address == null ? -1 : address.lastIndexOf('@');
		return at > 0 && this.allowedDomains.contains(address.substring(at + 1).trim().toLowerCase(Locale.ROOT));
	}

}

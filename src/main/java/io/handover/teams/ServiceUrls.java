package io.handover.teams;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import io.handover.common.LogSafe;
import io.handover.system.PeerAddress;

/**
 * Where the bot may send: every service URL, however learned (an activity's
 * {@code serviceUrl}, a stored conversation, the answer to {@code createConversation}),
 * is checked before it is stored or called.
 * <ul>
 * <li>Local mode: this machine only (localhost, 127.0.0.0/8, ::1): the Agents
 * Playground's connector.</li>
 * <li>Production: https to a host of the Bot Framework's connector service: Teams'
 * {@code smba.trafficmanager.net} (public cloud),
 * {@code smba.infra.gcc.teams.microsoft.com} (GCC),
 * {@code smba.infra.gov.teams.microsoft.us} (GCC High),
 * {@code smba.infra.dod.teams.microsoft.us} (DoD), as listed in Microsoft's "Send
 * proactive messages" guide, and {@code *.botframework.com} for the Bot Framework's own
 * channels; plus the hosts of {@code handover.teams.service-hosts} (e.g. a sovereign
 * cloud, or a test connector), where any scheme is allowed.</li>
 * </ul>
 */
final class ServiceUrls {

	static final String EXTRA_HOSTS = "handover.teams.service-hosts";

	/** Exact hosts, or ".suffix" for any host under it. */
	static final List<String> BOT_FRAMEWORK_HOSTS = List.of("smba.trafficmanager.net",
			"smba.infra.gcc.teams.microsoft.com", "smba.infra.gov.teams.microsoft.us",
			"smba.infra.dod.teams.microsoft.us", ".botframework.com");

	private final boolean production;

	private final List<String> extraHosts;

	ServiceUrls(boolean production, List<String> extraHosts) {
		this.production = production;
		this.extraHosts = extraHosts.stream()
			.map(String::trim)
			.filter(host -> !host.isEmpty())
			.map(host -> host.toLowerCase(Locale.ROOT))
			.toList();
	}

	/** Why the bot must not send to {@code url}; empty when it may. */
	Optional<String> refusal(String url) {
		URI uri;
		try {
			uri = url == null ? null : new URI(url);
		}
		catch (URISyntaxException ex) {
			uri = null;
		}
		if (uri == null || uri.getHost() == null || uri.getRawUserInfo() != null
				|| !("https".equals(uri.getScheme()) || "http".equals(uri.getScheme()))) {
			return Optional.of("the serviceUrl " + LogSafe.of(url) + " is not an http(s) URL of a host");
		}
		String host = uri.getHost().toLowerCase(Locale.ROOT);
		if (!this.production) {
			return isLoopbackHost(host) ? Optional.empty()
					: Optional.of("in local mode the serviceUrl must point to this machine, not " + LogSafe.of(url));
		}
		if (matches(host, this.extraHosts)) {
			return Optional.empty();
		}
		if (!matches(host, BOT_FRAMEWORK_HOSTS)) {
			return Optional.of("the serviceUrl " + LogSafe.of(url) + " is not a host of the Bot Framework");
		}
		if (!"https".equals(uri.getScheme())) {
			return Optional.of("the serviceUrl " + LogSafe.of(url) + " is not https");
		}
		return Optional.empty();
	}

	/**
	 * @throws ServiceUrlRefused when the bot must not send to {@code url}
	 */
	void check(String url) {
		Optional<String> refused = refusal(url);
		if (refused.isPresent()) {
			throw new ServiceUrlRefused(refused.get());
		}
	}

	private static boolean matches(String host, List<String> hosts) {
		for (String allowed : hosts) {
			if (allowed.startsWith(".") ? host.endsWith(allowed) && host.length() > allowed.length()
					: host.equals(allowed)) {
				return true;
			}
		}
		return false;
	}

	static boolean isLoopbackHost(String host) {
		if (host.equalsIgnoreCase("localhost")) {
			return true;
		}
		String literal = host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
		return literal.matches("[0-9.]+|[0-9a-fA-F:]+") && PeerAddress.isLoopbackLiteral(literal);
	}

	/** A service URL the bot refused to store or call. */
	static final class ServiceUrlRefused extends RuntimeException {

		ServiceUrlRefused(String reason) {
			super("Refused to call the Bot Connector: " + reason + ".");
		}

	}

}

package io.handover.system;

import io.handover.common.Actor;
import io.handover.common.Channel;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.util.StringUtils;

/**
 * The {@link Actor} behind the current API request: the Entra ID user or app of the
 * bearer token in production ({@code oid}, else {@code sub}; {@code name}, else
 * {@code preferred_username}), or the local operator on loopback in local mode.
 */
public final class ApiCaller {

	static final Actor LOCAL = new Actor("local-operator", "Local operator", Channel.API);

	private ApiCaller() {
	}

	public static Actor current() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication instanceof JwtAuthenticationToken token) {
			String id = first(token.getToken().getClaimAsString("oid"), token.getToken().getSubject());
			String name = first(token.getToken().getClaimAsString("name"),
					token.getToken().getClaimAsString("preferred_username"));
			return new Actor(id, name, Channel.API);
		}
		return LOCAL;
	}

	private static String first(String a, String b) {
		return StringUtils.hasText(a) ? a : b;
	}

}

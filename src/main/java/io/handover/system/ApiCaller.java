package io.handover.system;

import java.util.Set;
import java.util.stream.Collectors;

import io.handover.common.Actor;
import io.handover.common.Channel;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.util.StringUtils;

/**
 * The {@link Actor} behind the current API request: the Entra ID user or app of the
 * bearer token in production (verified by {@code oid}, with the token's roles; a token
 * without {@code oid} is unverified), or the local operator on loopback in local mode.
 */
public final class ApiCaller {

	/**
	 * Local mode answers loopback callers only: the operator of the machine, who holds
	 * every role (there is no directory to ask).
	 */
	static final Actor LOCAL = Actor.person("local-operator", null, "Local operator", Channel.API,
			Set.of(ApiRoles.ALL));

	private ApiCaller() {
	}

	public static Actor current() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication instanceof JwtAuthenticationToken token) {
			String oid = token.getToken().getClaimAsString("oid");
			String upn = token.getToken().getClaimAsString("preferred_username");
			String name = first(token.getToken().getClaimAsString("name"), upn);
			if (!StringUtils.hasText(oid)) {
				// without an Entra object id the caller cannot be told apart from another
				return Actor.unverified(token.getToken().getSubject(), name, Channel.API);
			}
			Set<String> roles = token.getAuthorities()
				.stream()
				.map(GrantedAuthority::getAuthority)
				.collect(Collectors.toSet());
			return Actor.person(oid, upn, name, Channel.API, roles);
		}
		return LOCAL;
	}

	private static String first(String a, String b) {
		return StringUtils.hasText(a) ? a : b;
	}

}

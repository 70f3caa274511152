package io.handover.identity;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

import com.azure.core.credential.AccessToken;
import com.azure.core.credential.TokenCredential;
import com.azure.core.credential.TokenRequestContext;
import reactor.core.publisher.Mono;

/**
 * Keeps Handover's app token for Microsoft Graph until shortly before it ends. The Azure
 * Identity credentials behind it asked Entra for a new token on every Graph call: for a
 * token response without {@code refresh_in} (as Entra's one-hour app tokens come) MSAL
 * says "renew at 1970" and Azure Identity obeys. A sign-in per call doubles every call's
 * round trips and is what Entra throttles. Times are the real clock's, not Handover's
 * {@code Clock}: a token ends in real time even when a simulation speeds the day up.
 */
final class GraphSignIn implements TokenCredential {

	/** As Azure Identity itself: a token with less left than this is renewed. */
	static final Duration RENEW_BEFORE_END = Duration.ofMinutes(5);

	private final TokenCredential signIn;

	private final Map<String, GraphTokenHeld> held = new ConcurrentHashMap<>();

	GraphSignIn(TokenCredential signIn) {
		this.signIn = signIn;
	}

	@Override
	public Mono<AccessToken> getToken(TokenRequestContext request) {
		return Mono.fromCallable(() -> getTokenSync(request));
	}

	@Override
	public AccessToken getTokenSync(TokenRequestContext request) {
		GraphTokenHeld slot = this.held.computeIfAbsent(key(request), ignored -> new GraphTokenHeld());
		synchronized (slot) {
			// a claims challenge means Graph refused the token it was given: never answer
			// it from the cache
			if (request.getClaims() == null && slot.token != null && OffsetDateTime.now().isBefore(slot.renewAt)) {
				return slot.token;
			}
			OffsetDateTime asked = OffsetDateTime.now();
			slot.token = this.signIn.getTokenSync(request);
			slot.renewAt = renewAt(slot.token, asked);
			return slot.token;
		}
	}

	/**
	 * Five minutes before the end, or sooner when Entra said so ({@code refresh_in}); a
	 * renewal moment before the token was even asked for is the "not said" above.
	 */
	private static OffsetDateTime renewAt(AccessToken token, OffsetDateTime asked) {
		OffsetDateTime renewAt = token.getExpiresAt().minus(RENEW_BEFORE_END);
		OffsetDateTime said = token.getRefreshAt();
		return said != null && said.isAfter(asked) && said.isBefore(renewAt) ? said : renewAt;
	}

	private static String key(TokenRequestContext request) {
		return new TreeSet<>(request.getScopes()) + "|" + request.getTenantId() + "|" + request.isCaeEnabled();
	}

	private static final class GraphTokenHeld {

		private AccessToken token;

		private OffsetDateTime renewAt;

	}

}

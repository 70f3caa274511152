package io.handover.teams;

import java.util.Optional;

import com.auth0.jwt.JWT;
import com.auth0.jwt.exceptions.JWTDecodeException;
import com.auth0.jwt.interfaces.DecodedJWT;
import com.microsoft.bot.connector.authentication.CachingOpenIdMetadataResolver;
import com.microsoft.bot.connector.authentication.ChannelValidation;
import com.microsoft.bot.connector.authentication.OpenIdMetadataKey;
import io.handover.common.LogSafe;
import org.springframework.stereotype.Component;

/**
 * What the SDK's Bot Framework token validation skips, checked before the SDK sees the
 * token (it then checks signature, issuer, audience, lifetime and service URL as usual):
 * <ul>
 * <li>{@code exp} must be there: the SDK checks it only when present, so a token without
 * it would be good for ever;</li>
 * <li>the signing key must be one the Bot Framework publishes and its metadata entry must
 * endorse the activity's channel: the SDK skips the endorsement check when the entry has
 * no {@code endorsements};</li>
 * <li>the key id must be printable: the SDK logs an unknown key id as it is, so a line
 * break in it would forge a log line.</li>
 * </ul>
 * Keys come from the SDK's own cache of the OpenID metadata (one fetch serves both).
 */
@Component
class BotTokenCheck {

	private final CachingOpenIdMetadataResolver metadata = new CachingOpenIdMetadataResolver();

	/** Why the token is refused, or empty when the SDK may go on to validate it. */
	Optional<String> refusal(String authorization, String channelId) {
		if (authorization == null || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
			return Optional.of("there is no bearer token");
		}
		DecodedJWT token;
		try {
			token = JWT.decode(authorization.substring(7).trim());
		}
		catch (JWTDecodeException | IllegalArgumentException ex) {
			// the decoder reports some garbage (bad base64, empty parts) as either
			return Optional.of("the bearer token is not a JWT");
		}
		String keyId = token.getKeyId();
		if (keyId == null || keyId.isBlank()) {
			return Optional.of("the token names no signing key (kid)");
		}
		if (!keyId.codePoints().allMatch(BotTokenCheck::printable)) {
			return Optional.of("the token's key id " + LogSafe.of(keyId) + " contains control characters");
		}
		if (token.getExpiresAt() == null) {
			return Optional.of("the token has no expiry (exp)");
		}
		OpenIdMetadataKey key = this.metadata.get(ChannelValidation.getOpenIdMetaDataUrl()).getKey(keyId);
		if (key == null) {
			return Optional
				.of("the token is signed by a key the Bot Framework does not publish (" + LogSafe.of(keyId) + ")");
		}
		if (key.endorsements == null || channelId == null || !key.endorsements.contains(channelId)) {
			return Optional.of("the token's signing key is not endorsed for the channel " + channelId);
		}
		return Optional.empty();
	}

	private static boolean printable(int codePoint) {
		return !Character.isISOControl(codePoint) && Character.getType(codePoint) != Character.LINE_SEPARATOR
				&& Character.getType(codePoint) != Character.PARAGRAPH_SEPARATOR
				&& Character.getType(codePoint) != Character.FORMAT;
	}

}

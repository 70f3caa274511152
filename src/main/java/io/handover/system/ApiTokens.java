package io.handover.system;

import java.util.Arrays;
import java.util.List;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2ErrorCodes;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.util.StringUtils;

/**
 * In production the API accepts Entra ID access tokens for Handover's API: signed by a
 * key of the tenant's JWK set, from the configured issuer, for the configured audience. A
 * missing setting stops the start, naming the setting, rather than running open.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(ProductionMode.class)
class ApiTokens {

	static final String ISSUER = "handover.api.issuer-uri";

	static final String JWK_SET = "handover.api.jwk-set-uri";

	static final String AUDIENCE = "handover.api.audience";

	/**
	 * The default validators check {@code exp} only when it is there: a token without it
	 * would be good for ever.
	 */
	static final OAuth2TokenValidator<Jwt> EXPIRES = (jwt) -> jwt.getExpiresAt() != null
			? OAuth2TokenValidatorResult.success()
			: OAuth2TokenValidatorResult.failure(new OAuth2Error(OAuth2ErrorCodes.INVALID_TOKEN,
					"The token has no expiry (exp); Handover accepts only tokens that expire.", null));

	@Bean
	JwtDecoder apiJwtDecoder(@Value("${" + ISSUER + ":}") String issuer, @Value("${" + JWK_SET + ":}") String jwkSet,
			@Value("${" + AUDIENCE + ":}") String audience) {
		if (!StringUtils.hasText(issuer)) {
			throw new IllegalStateException(missing(ISSUER,
					"the Entra ID issuer of the API's tokens, e.g. https://login.microsoftonline.com/<tenant-id>/v2.0"));
		}
		if (!StringUtils.hasText(audience)) {
			throw new IllegalStateException(
					missing(AUDIENCE, "the application id URI or client id of Handover's API registration"));
		}
		NimbusJwtDecoder decoder = StringUtils.hasText(jwkSet) ? NimbusJwtDecoder.withJwkSetUri(jwkSet).build()
				: NimbusJwtDecoder.withIssuerLocation(issuer).build();
		List<String> audiences = Arrays.stream(audience.split(","))
			.map(String::trim)
			.filter(StringUtils::hasText)
			.toList();
		OAuth2TokenValidator<Jwt> forHandover = new JwtClaimValidator<List<String>>("aud",
				(aud) -> aud != null && aud.stream().anyMatch(audiences::contains));
		decoder.setJwtValidator(new DelegatingOAuth2TokenValidator<>(JwtValidators.createDefaultWithIssuer(issuer),
				forHandover, EXPIRES));
		return decoder;
	}

	private static String missing(String setting, String what) {
		return "Production mode (" + ProductionMode.APP_ID + " is set) needs " + setting + ": " + what
				+ ". Set it, or remove " + ProductionMode.APP_ID + " to run locally.";
	}

}

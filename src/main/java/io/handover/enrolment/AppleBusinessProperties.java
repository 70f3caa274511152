package io.handover.enrolment;

import java.time.Duration;
import java.util.regex.Pattern;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.StringUtils;

/**
 * How Handover reaches Apple Business (the Apple School and Business Manager API).
 * Without a client id, key id, private key and MDM server id the enrolment runs dry: it
 * records the requests it would send on the task and sends nothing.
 *
 * @param clientId the API account's client id (e.g. {@code BUSINESSAPI.9703f56c-…})
 * @param keyId the API account's key id
 * @param privateKey the private key Apple Business let you save when you generated it
 * (PEM, {@code BEGIN PRIVATE KEY} or {@code BEGIN EC PRIVATE KEY}); from Key Vault in
 * production, never logged
 * @param mdmServerId the device management service to assign devices to (Intune's entry
 * in Apple Business; {@code GET /v1/mdmServers} lists them)
 * @param tokenUrl Apple's token endpoint
 * @param apiUrl the API's base URL ({@code https://api-school.apple.com} for Apple School
 * Manager)
 * @param scope {@code business.api} (or {@code school.api})
 * @param maxRetries how often one request is retried after a 429 or 5xx
 * @param maxRetryWait the longest wait before a retry Handover accepts (a longer
 * Retry-After fails the attempt; the runbook tries again later)
 * @param activityChecks how many times an activity is looked at before IT is asked to
 * look (a bounded schedule, checked on each run of the runbook schedule)
 * @param appleModels the asset models that enrol through Apple Business (a regular
 * expression, case-insensitive, found anywhere in the model)
 */
@ConfigurationProperties("handover.apple-business")
public record AppleBusinessProperties(String clientId, String keyId, String privateKey, String mdmServerId,
		String tokenUrl, String apiUrl, String scope, Integer maxRetries, Duration maxRetryWait, Integer activityChecks,
		String appleModels) {

	public static final String APPLE_TOKEN_URL = "https://account.apple.com/auth/oauth2/token";

	public static final String APPLE_BUSINESS_API = "https://api-business.apple.com";

	/** The audience Apple requires in a client assertion. */
	public static final String AUDIENCE = "https://account.apple.com/auth/oauth2/v2/token";

	public AppleBusinessProperties {
		tokenUrl = StringUtils.hasText(tokenUrl) ? tokenUrl.strip() : APPLE_TOKEN_URL;
		apiUrl = StringUtils.hasText(apiUrl) ? apiUrl.strip().replaceAll("/+$", "") : APPLE_BUSINESS_API;
		scope = StringUtils.hasText(scope) ? scope.strip() : "business.api";
		maxRetries = maxRetries != null ? maxRetries : 3;
		maxRetryWait = maxRetryWait != null ? maxRetryWait : Duration.ofSeconds(30);
		activityChecks = activityChecks != null && activityChecks > 0 ? activityChecks : 10;
		appleModels = StringUtils.hasText(appleModels) ? appleModels
				: "\\b(mac ?book|imac|mac ?mini|mac ?studio|mac ?pro|mac|iphone|ipad)(?![a-z])";
	}

	/** Whether everything needed for a live connection is set. */
	public boolean configured() {
		return StringUtils.hasText(this.clientId) && StringUtils.hasText(this.keyId)
				&& StringUtils.hasText(this.privateKey) && StringUtils.hasText(this.mdmServerId);
	}

	boolean isAppleModel(String model) {
		return model != null
				&& Pattern.compile(this.appleModels, Pattern.CASE_INSENSITIVE).matcher(model.strip()).find();
	}

	/** Never the private key. */
	@Override
	public String toString() {
		return "AppleBusinessProperties[clientId=" + this.clientId + ", keyId=" + this.keyId + ", privateKey="
				+ (StringUtils.hasText(this.privateKey) ? "(set)" : "(not set)") + ", mdmServerId=" + this.mdmServerId
				+ ", tokenUrl=" + this.tokenUrl + ", apiUrl=" + this.apiUrl + "]";
	}

}

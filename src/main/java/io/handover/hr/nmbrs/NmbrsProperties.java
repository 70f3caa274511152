package io.handover.hr.nmbrs;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.StringUtils;

/**
 * How Handover reads Nmbrs through its REST API: an app registered in the Nmbrs Developer
 * Portal (client id and secret), a subscription key of a product there, and the refresh
 * token a person with Nmbrs rights gave by approving Handover once. Without all of them
 * and the company, Nmbrs is not read.
 *
 * @param clientId the app's client id
 * @param clientSecret its client secret (Key Vault in production)
 * @param subscriptionKey the Developer Portal subscription key, sent as
 * {@code X-Subscription-Key} (Key Vault in production)
 * @param refreshToken the refresh token of the one-time approval (Key Vault); Nmbrs
 * renews it on every use, and Handover keeps the newest in its store
 * @param companyId the Nmbrs company (a UUID) whose employees are read
 * @param tokenUrl Nmbrs' identity service token endpoint
 * @param baseUrl the REST API host
 * @param pageSize employees per request ({@code pageSize})
 * @param timeout how long one request may take
 */
@ConfigurationProperties("handover.hr.nmbrs")
public record NmbrsProperties(String clientId, String clientSecret, String subscriptionKey, String refreshToken,
		String companyId, String tokenUrl, String baseUrl, Integer pageSize, Duration timeout) {

	public static final String IDENTITY_SERVICE = "https://identityservice.nmbrs.com/connect/token";

	public static final String REST_API = "https://api.nmbrsapp.com";

	public NmbrsProperties {
		tokenUrl = StringUtils.hasText(tokenUrl) ? tokenUrl.strip() : IDENTITY_SERVICE;
		baseUrl = StringUtils.hasText(baseUrl) ? stripSlash(baseUrl.strip()) : REST_API;
		pageSize = pageSize != null && pageSize > 0 ? pageSize : 100;
		timeout = timeout != null ? timeout : Duration.ofMinutes(2);
	}

	/** Keeps the secrets out of logs and error pages. */
	@Override
	public String toString() {
		return "NmbrsProperties[clientId=" + this.clientId + ", clientSecret=" + hidden(this.clientSecret)
				+ ", subscriptionKey=" + hidden(this.subscriptionKey) + ", refreshToken=" + hidden(this.refreshToken)
				+ ", companyId=" + this.companyId + ", tokenUrl=" + this.tokenUrl + ", baseUrl=" + this.baseUrl
				+ ", pageSize=" + this.pageSize + ", timeout=" + this.timeout + "]";
	}

	private static String hidden(String secret) {
		return StringUtils.hasText(secret) ? "***" : "";
	}

	private static String stripSlash(String url) {
		return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
	}

}

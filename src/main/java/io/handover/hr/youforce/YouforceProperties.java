package io.handover.hr.youforce;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.StringUtils;

/**
 * How Handover reads Visma | Raet YouForce through its IAM API: an application registered
 * in the Visma Developer Portal that the customer authorised for its tenant. Without a
 * client id, secret and tenant id, YouForce is not read.
 *
 * @param clientId the application's client id
 * @param clientSecret its client secret (from Key Vault in production)
 * @param tenantId the customer's YouForce tenant id, sent as {@code x-raet-tenant-id}
 * @param tokenUrl Visma Connect's token endpoint
 * @param baseUrl the YouForce API host
 * @param pageSize records per request ({@code take})
 * @param timeout how long one request may take
 * @param webhookSignatureKey the signature key of the customer's webhook subscription,
 * when YouForce posts changes; empty: no webhooks are accepted
 * @param webhookSignatureHeader the header the webhook's signature arrives in
 * @param managerRole the short name of the role whose assignment on an organisation unit
 * makes someone the manager of the people employed in it ({@code MGR} by default)
 */
@ConfigurationProperties("handover.hr.youforce")
public record YouforceProperties(String clientId, String clientSecret, String tenantId, String tokenUrl, String baseUrl,
		Integer pageSize, Duration timeout, String webhookSignatureKey, String webhookSignatureHeader,
		String managerRole) {

	public static final String VISMA_CONNECT = "https://connect.visma.com/connect/token";

	public static final String YOUFORCE_API = "https://api.youforce.com";

	public YouforceProperties {
		tokenUrl = StringUtils.hasText(tokenUrl) ? tokenUrl.strip() : VISMA_CONNECT;
		baseUrl = StringUtils.hasText(baseUrl) ? stripSlash(baseUrl.strip()) : YOUFORCE_API;
		pageSize = pageSize != null && pageSize > 0 ? pageSize : 1000;
		timeout = timeout != null ? timeout : Duration.ofMinutes(2);
		webhookSignatureHeader = StringUtils.hasText(webhookSignatureHeader) ? webhookSignatureHeader.strip()
				: "X-VWD-Signature-V1";
		managerRole = StringUtils.hasText(managerRole) ? managerRole.strip() : "MGR";
	}

	/** Keeps the secret and the webhook key out of logs and error pages. */
	@Override
	public String toString() {
		return "YouforceProperties[clientId=" + this.clientId + ", clientSecret="
				+ (StringUtils.hasText(this.clientSecret) ? "***" : "") + ", tenantId=" + this.tenantId + ", tokenUrl="
				+ this.tokenUrl + ", baseUrl=" + this.baseUrl + ", pageSize=" + this.pageSize + ", timeout="
				+ this.timeout + ", webhookSignatureKey=" + (StringUtils.hasText(this.webhookSignatureKey) ? "***" : "")
				+ ", webhookSignatureHeader=" + this.webhookSignatureHeader + ", managerRole=" + this.managerRole + "]";
	}

	private static String stripSlash(String url) {
		return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
	}

}

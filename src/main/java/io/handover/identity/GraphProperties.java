package io.handover.identity;

import java.time.Duration;
import java.util.Locale;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.StringUtils;

/**
 * How Handover reaches Microsoft Graph. Without a tenant, client id and a secret or
 * certificate, the directory runs dry: it records requests on tasks and sends nothing.
 *
 * @param tenantId the Entra tenant (id or domain)
 * @param clientId the app registration's client id
 * @param clientSecret a client secret (from Key Vault in production), or empty
 * @param certificatePath a PEM (certificate + private key) or PFX file, instead of a
 * secret
 * @param certificatePassword the PFX password, if any
 * @param baseUrl the Graph endpoint; national clouds use other hosts (e.g.
 * {@code https://graph.microsoft.us/v1.0})
 * @param authorityHost the Entra sign-in host (e.g.
 * {@code https://login.microsoftonline.us}); must be https
 * @param trustStore an extra PKCS12 trust store for Graph and sign-in (e.g. a TLS
 * inspecting proxy), or empty
 * @param trustStorePassword its password
 * @param maxRetries how often one request is retried after 429, 503 or 504
 * @param retryDelay the wait before a retry when the answer gives no Retry-After
 * @param authentication {@code client-secret} (the default: the client id with its secret
 * or certificate) or {@code managed-identity} (the web app's system-assigned managed
 * identity holds the Graph permissions; no secret, the client id is not used)
 */
@ConfigurationProperties("handover.graph")
public record GraphProperties(String tenantId, String clientId, String clientSecret, String certificatePath,
		String certificatePassword, String baseUrl, String authorityHost, String trustStore, String trustStorePassword,
		Integer maxRetries, Duration retryDelay, String authentication) {

	public static final String GLOBAL_GRAPH = "https://graph.microsoft.com/v1.0";

	public static final String GLOBAL_AUTHORITY = "https://login.microsoftonline.com";

	public static final String CLIENT_SECRET = "client-secret";

	public static final String MANAGED_IDENTITY = "managed-identity";

	public GraphProperties {
		baseUrl = StringUtils.hasText(baseUrl) ? stripSlash(baseUrl) : GLOBAL_GRAPH;
		authorityHost = StringUtils.hasText(authorityHost) ? stripSlash(authorityHost) : GLOBAL_AUTHORITY;
		maxRetries = maxRetries != null ? maxRetries : 3;
		retryDelay = retryDelay != null ? retryDelay : Duration.ofSeconds(3);
		authentication = StringUtils.hasText(authentication) ? authentication.strip().toLowerCase(Locale.ROOT)
				: CLIENT_SECRET;
		if (!authentication.equals(CLIENT_SECRET) && !authentication.equals(MANAGED_IDENTITY)) {
			throw new IllegalArgumentException("handover.graph.authentication is '" + authentication + "'; use "
					+ CLIENT_SECRET + " or " + MANAGED_IDENTITY);
		}
	}

	/** Whether Graph is signed in to with the web app's managed identity. */
	public boolean managedIdentity() {
		return MANAGED_IDENTITY.equals(this.authentication);
	}

	/** Whether everything needed for a live connection is set. */
	public boolean configured() {
		if (managedIdentity()) {
			return StringUtils.hasText(this.tenantId);
		}
		return StringUtils.hasText(this.tenantId) && StringUtils.hasText(this.clientId)
				&& (StringUtils.hasText(this.clientSecret) || StringUtils.hasText(this.certificatePath));
	}

	/** Which of the required settings are missing, for a readable start-up message. */
	public String missing() {
		StringBuilder missing = new StringBuilder();
		if (!StringUtils.hasText(this.tenantId)) {
			missing.append(" handover.graph.tenant-id");
		}
		if (managedIdentity()) {
			return missing.toString().strip();
		}
		if (!StringUtils.hasText(this.clientId)) {
			missing.append(" handover.graph.client-id");
		}
		if (!StringUtils.hasText(this.clientSecret) && !StringUtils.hasText(this.certificatePath)) {
			missing.append(" handover.graph.client-secret|certificate-path");
		}
		return missing.toString().strip();
	}

	/** Keeps the secret out of logs and error pages. */
	@Override
	public String toString() {
		return "GraphProperties[tenantId=" + this.tenantId + ", clientId=" + this.clientId + ", clientSecret="
				+ (StringUtils.hasText(this.clientSecret) ? "***" : "") + ", certificatePath=" + this.certificatePath
				+ ", baseUrl=" + this.baseUrl + ", authorityHost=" + this.authorityHost + ", authentication="
				+ this.authentication + "]";
	}

	private static String stripSlash(String url) {
		return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
	}

}

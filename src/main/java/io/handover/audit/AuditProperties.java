package io.handover.audit;

import java.time.Duration;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The key that authenticates audit entries, and where the chain's head is anchored
 * outside the store (docs/audit.md).
 *
 * @param keyId the name of the current key, stored in every entry it authenticates
 * (rotate by giving a new id and key and moving the old one to {@code previousKeys})
 * @param key the current key, base64, at least 32 bytes; from Key Vault in production.
 * Empty: a key generated once into {@code keyFile}
 * @param previousKeys earlier keys by id, so entries they authenticated stay checkable
 * @param keyFile where the generated key is kept when none is configured (empty: next to
 * the embedded store's file)
 * @param anchorFile where the chain's head is anchored (empty: next to the embedded
 * store's file)
 * @param anchorEvery how often the head is anchored (and always at shutdown)
 */
@ConfigurationProperties("handover.audit")
public record AuditProperties(String keyId, String key, Map<String, String> previousKeys, String keyFile,
		String anchorFile, Duration anchorEvery) {

	public AuditProperties {
		previousKeys = previousKeys != null ? Map.copyOf(previousKeys) : Map.of();
		anchorEvery = anchorEvery != null ? anchorEvery : Duration.ofMinutes(10);
	}

}

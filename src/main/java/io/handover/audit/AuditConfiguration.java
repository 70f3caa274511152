package io.handover.audit;

import java.nio.file.Path;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.util.StringUtils;

/**
 * The audit key and the anchors' file. Without a configured key, one is generated once
 * into a file next to the embedded store's file (a trial, a small organisation); with the
 * in-memory store (tests) the key and the anchors live as long as the store.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(AuditProperties.class)
class AuditConfiguration {

	private static final Logger log = LoggerFactory.getLogger(AuditConfiguration.class);

	@Bean
	AuditKeys auditKeys(AuditProperties properties, Environment environment) {
		if (StringUtils.hasText(properties.key())) {
			return AuditKeys.from(properties, null);
		}
		if (inMemoryStore(environment) && !StringUtils.hasText(properties.keyFile())) {
			return AuditKeys.ephemeral();
		}
		Path file = StringUtils.hasText(properties.keyFile()) ? Path.of(properties.keyFile())
				: besideTheStore(environment, "audit.key");
		if (StringUtils.hasText(environment.getProperty("handover.store.uri"))) {
			log.warn(
					"No audit key is configured: the audit trail is authenticated with a key generated into {}. "
							+ "Configure handover.audit.key (HANDOVER_AUDIT_KEY) from Key Vault (docs/audit.md).",
					file.toAbsolutePath());
		}
		return AuditKeys.from(properties, file);
	}

	@Bean
	AuditAnchors auditAnchors(AuditProperties properties, AuditKeys keys, Environment environment) {
		if (StringUtils.hasText(properties.anchorFile())) {
			return new AuditAnchors(Path.of(properties.anchorFile()), keys);
		}
		return inMemoryStore(environment) ? new AuditAnchors(null, keys)
				: new AuditAnchors(besideTheStore(environment, "audit-anchors.log"), keys);
	}

	private static boolean inMemoryStore(Environment environment) {
		return !StringUtils.hasText(environment.getProperty("handover.store.uri"))
				&& environment.getProperty("handover.store.embedded.in-memory", Boolean.class, false);
	}

	private static Path besideTheStore(Environment environment, String name) {
		String store = environment.getProperty("handover.store.embedded.file", "./data/handover.mv");
		return Path.of(store).toAbsolutePath().resolveSibling(name);
	}

}

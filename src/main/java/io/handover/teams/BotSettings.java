package io.handover.teams;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import io.handover.system.ProductionMode;
import org.springframework.core.env.Environment;
import org.springframework.util.StringUtils;

/**
 * How the bot authenticates, read with the Bot Framework's own setting names so an Azure
 * Bot's app settings work unchanged.
 *
 * <p>
 * <b>Local mode</b> (no {@code MicrosoftAppId}): anonymous activities, accepted only from
 * this machine. <b>Production mode</b> ({@code MicrosoftAppId} and a password or
 * certificate): every activity must carry a valid Bot Framework token.
 */
record BotSettings(String appId, String appPassword, String appTenantId, String certificatePath,
		String certificatePassword, String openIdMetadataUrl, boolean production) {

	static final String APP_ID = "MicrosoftAppId";

	static final String APP_PASSWORD = "MicrosoftAppPassword";

	static final String APP_TENANT_ID = "MicrosoftAppTenantId";

	static final String CERTIFICATE_PATH = "MicrosoftAppCertificatePath";

	static final String CERTIFICATE_PASSWORD = "MicrosoftAppCertificatePassword";

	static final String OPENID_METADATA = "BotOpenIdMetadata";

	static final String MODE = ProductionMode.MODE;

	/**
	 * Reads the settings and refuses to start a production bot that could not
	 * authenticate.
	 * @throws IllegalStateException naming the missing setting
	 */
	static BotSettings from(Environment env) {
		String appId = text(env, APP_ID);
		String mode = env.getProperty(MODE, "auto").trim().toLowerCase(Locale.ROOT);
		boolean production = switch (mode) {
			case "production" -> true;
			case "local" -> false;
			case "auto" -> appId != null;
			default -> throw new IllegalStateException(MODE + " must be auto, local or production, not '" + mode + "'");
		};
		BotSettings settings = new BotSettings(appId, text(env, APP_PASSWORD), text(env, APP_TENANT_ID),
				text(env, CERTIFICATE_PATH), text(env, CERTIFICATE_PASSWORD), text(env, OPENID_METADATA), production);
		if (production) {
			settings.requireCredentials();
		}
		else if (appId != null) {
			throw new IllegalStateException(MODE + "=local cannot be combined with " + APP_ID
					+ ": remove the app id to run locally, or set the mode to production");
		}
		return settings;
	}

	private void requireCredentials() {
		List<String> missing = new ArrayList<>();
		if (this.appId == null) {
			missing.add(APP_ID);
		}
		if (this.appPassword == null && this.certificatePath == null) {
			missing.add(APP_PASSWORD + " (or " + CERTIFICATE_PATH + ")");
		}
		if (!missing.isEmpty()) {
			throw new IllegalStateException("Handover is configured for production (Bot Framework authentication) but "
					+ String.join(" and ", missing) + (missing.size() > 1 ? " are" : " is")
					+ " not set. Set them from the Azure Bot registration, or remove " + APP_ID
					+ " to run in local mode.");
		}
	}

	private static String text(Environment env, String key) {
		String value = env.getProperty(key);
		return StringUtils.hasText(value) ? value.trim() : null;
	}

}

package io.handover.teams;

import java.util.Properties;

import com.microsoft.bot.integration.Configuration;
import org.springframework.core.env.Environment;

/**
 * The SDK's configuration interface over Spring's environment, so {@code MicrosoftAppId}
 * and friends come from application.yml, environment variables or Key Vault alike.
 */
class SpringBotConfiguration implements Configuration {

	private final Environment environment;

	SpringBotConfiguration(Environment environment) {
		this.environment = environment;
	}

	@Override
	public String getProperty(String key) {
		return this.environment.getProperty(key);
	}

	@Override
	public Properties getProperties() {
		Properties properties = new Properties();
		for (String key : new String[] { BotSettings.APP_ID, BotSettings.APP_PASSWORD, BotSettings.OPENID_METADATA,
				"ChannelService" }) {
			String value = this.environment.getProperty(key);
			if (value != null) {
				properties.setProperty(key, value);
			}
		}
		return properties;
	}

	@Override
	public String[] getProperties(String key) {
		String value = this.environment.getProperty(key);
		return value == null ? null : value.split(",");
	}

}

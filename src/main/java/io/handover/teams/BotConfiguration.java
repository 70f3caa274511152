package io.handover.teams;

import com.microsoft.bot.connector.authentication.ChannelValidation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;

/** Wires the Bot Framework SDK behind our own endpoint. */
@Configuration(proxyBeanMethods = false)
class BotConfiguration {

	private static final Logger log = LoggerFactory.getLogger(BotConfiguration.class);

	@Bean
	BotSettings botSettings(Environment environment) {
		BotSettings settings = BotSettings.from(environment);
		if (settings.openIdMetadataUrl() != null) {
			// The SDK reads this once per adapter; set it here so it applies before any
			// request.
			ChannelValidation.setOpenIdMetaDataUrl(settings.openIdMetadataUrl());
		}
		log.info(
				settings.production() ? "Bot in production mode: Bot Framework tokens required (app id {})"
						: "Bot in local mode: anonymous activities from this machine only{}",
				settings.production() ? settings.appId() : "");
		return settings;
	}

	@Bean
	@ConditionalOnMissingBean
	BotCredentials botCredentials(BotSettings settings) {
		return new EntraBotCredentials(settings);
	}

	@Bean
	ServiceUrls serviceUrls(BotSettings settings, Environment environment) {
		String[] extra = environment.getProperty(ServiceUrls.EXTRA_HOSTS, String[].class, new String[0]);
		return new ServiceUrls(settings.production(), java.util.List.of(extra));
	}

	@Bean
	HandoverAdapter handoverAdapter(Environment environment, BotSettings settings, BotCredentials credentials,
			ServiceUrls serviceUrls) {
		CorrelatedBotExecutor.install();
		return new HandoverAdapter(new SpringBotConfiguration(environment), settings, credentials, serviceUrls);
	}

	/**
	 * The bot endpoint authenticates itself (Bot Framework tokens, or loopback in local
	 * mode), so Spring Security lets it through without a session or CSRF token.
	 */
	@Bean
	@Order(1)
	SecurityFilterChain botEndpointSecurity(HttpSecurity http) throws Exception {
		return http.securityMatcher("/api/messages")
			.authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
			.csrf(csrf -> csrf.disable())
			.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.build();
	}

}

package io.handover.language;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The configured language model, or none (every use does without). */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(LanguageModelProperties.class)
class LanguageConfiguration {

	private static final Logger log = LoggerFactory.getLogger(LanguageConfiguration.class);

	@Bean
	LanguageModel languageModel(LanguageModelProperties properties) {
		if (!properties.configured()) {
			log.info("No language model configured (handover.language.endpoint): written summaries are off");
		}
		else {
			log.info("Language model {} at {}", properties.model(), properties.endpoint());
		}
		return LanguageModel.of(properties);
	}

}

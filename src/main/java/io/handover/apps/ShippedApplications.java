package io.handover.apps;

import java.io.IOException;
import java.util.List;

import tools.jackson.databind.ObjectMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;
import io.handover.common.Actor;
import io.handover.common.ShippedDefinitions;
import io.handover.common.ShippedDefinitions.Keyed;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Loads the register shipped in {@code classpath:apps/*.yml} and, when set, the file
 * {@code handover.apps.file} (it wins over a shipped application with the same key). An
 * application edited through the API is left alone.
 */
@Component
@Order(10)
class ShippedApplications implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(ShippedApplications.class);

	private static final ObjectMapper YAML = YAMLMapper.builder()
		.disable(tools.jackson.databind.DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
		.build();

	private final ApplicationRegister register;

	private final String externalFile;

	ShippedApplications(ApplicationRegister register, @Value("${handover.apps.file:}") String externalFile) {
		this.register = register;
		this.externalFile = externalFile;
	}

	@Override
	public void run(ApplicationArguments args) throws IOException {
		List<Keyed<ApplicationDraft>> definitions = new ShippedDefinitions<>(YAML, ApplicationDraft.class,
				"application")
			.load("classpath*:apps/*.yml", this.externalFile, "handover.apps.file");
		Actor loader = Actor.system("application-register");
		int stored = 0;
		for (Keyed<ApplicationDraft> definition : definitions) {
			if (this.register.loadShipped(definition.key(), definition.draft(), loader)) {
				stored++;
			}
		}
		log.info("Application register: {} defined in files, {} stored or updated", definitions.size(), stored);
	}

}

package io.handover.apps;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.handover.common.Actor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

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
		.disable(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
		.build();

	private final ApplicationRegister register;

	private final String externalFile;

	ShippedApplications(ApplicationRegister register, @Value("${handover.apps.file:}") String externalFile) {
		this.register = register;
		this.externalFile = externalFile;
	}

	@Override
	public void run(ApplicationArguments args) throws IOException {
		List<Definition> definitions = new ArrayList<>();
		for (Resource resource : new PathMatchingResourcePatternResolver().getResources("classpath*:apps/*.yml")) {
			definitions.addAll(read(resource));
		}
		if (StringUtils.hasText(this.externalFile)) {
			Resource file = new FileSystemResource(this.externalFile);
			if (!file.exists()) {
				throw new IllegalStateException("handover.apps.file " + this.externalFile + " does not exist");
			}
			List<Definition> external = read(file);
			definitions.removeIf(shipped -> external.stream().anyMatch(e -> e.key().equals(shipped.key())));
			definitions.addAll(external);
		}
		Actor loader = Actor.system("application-register");
		int stored = 0;
		for (Definition definition : definitions) {
			if (this.register.loadShipped(definition.key(), definition.draft(), loader)) {
				stored++;
			}
		}
		log.info("Application register: {} defined in files, {} stored or updated", definitions.size(), stored);
	}

	static List<Definition> read(Resource resource) {
		try (InputStream in = resource.getInputStream()) {
			JsonNode root = YAML.readTree(in);
			List<Definition> definitions = new ArrayList<>();
			if (root == null) {
				return definitions;
			}
			for (JsonNode node : root.isArray() ? root : List.of(root)) {
				String key = node.path("key").asText(null);
				if (key == null) {
					throw new IllegalStateException("An application in " + resource.getDescription() + " has no key");
				}
				definitions.add(new Definition(key, YAML.treeToValue(node, ApplicationDraft.class)));
			}
			return definitions;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read " + resource.getDescription(), ex);
		}
	}

	record Definition(String key, ApplicationDraft draft) {
	}

}

package io.handover.profile;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

import io.handover.common.Actor;

/**
 * Loads the profiles shipped in {@code classpath:profiles/*.yml} and, when set, the file
 * {@code handover.profiles.file} (one profile or a list; it wins over a shipped profile
 * with the same key). Missing profiles are inserted and shipped ones updated; a profile
 * edited through the API is left alone.
 */
@Component
class ShippedProfiles implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(ShippedProfiles.class);

	private final ProfileManagement profiles;

	private final String externalFile;

	ShippedProfiles(ProfileManagement profiles, @Value("${handover.profiles.file:}") String externalFile) {
		this.profiles = profiles;
		this.externalFile = externalFile;
	}

	@Override
	public void run(ApplicationArguments args) throws IOException {
		List<Definition> definitions = new ArrayList<>();
		for (Resource resource : new PathMatchingResourcePatternResolver().getResources("classpath*:profiles/*.yml")) {
			definitions.addAll(read(resource));
		}
		if (StringUtils.hasText(this.externalFile)) {
			Resource file = new FileSystemResource(this.externalFile);
			if (!file.exists()) {
				throw new IllegalStateException("handover.profiles.file " + this.externalFile + " does not exist");
			}
			List<Definition> external = read(file);
			definitions.removeIf(shipped -> external.stream().anyMatch(e -> e.key().equals(shipped.key())));
			definitions.addAll(external);
		}
		Actor loader = Actor.system("profiles");
		int stored = 0;
		for (Definition definition : definitions) {
			if (this.profiles.loadShipped(definition.key(), definition.draft(), loader)) {
				stored++;
			}
		}
		log.info("Role profiles: {} defined in files, {} stored or updated", definitions.size(), stored);
	}

	static List<Definition> read(Resource resource) {
		try (InputStream in = resource.getInputStream()) {
			JsonNode root = Departments.YAML.readTree(in);
			List<Definition> definitions = new ArrayList<>();
			if (root == null) {
				return definitions;
			}
			for (JsonNode node : root.isArray() ? root : List.of(root)) {
				String key = node.path("key").asText(null);
				if (key == null) {
					throw new IllegalStateException("A profile in " + resource.getDescription() + " has no key");
				}
				definitions.add(new Definition(key, Departments.YAML.treeToValue(node, ProfileDraft.class)));
			}
			return definitions;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read role profiles from " + resource.getDescription(), ex);
		}
	}

	record Definition(String key, ProfileDraft draft) {

	}

}

package io.handover.profile;

import java.io.IOException;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

import io.handover.common.Actor;
import io.handover.common.ShippedDefinitions;
import io.handover.common.ShippedDefinitions.Keyed;

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
		List<Keyed<ProfileDraft>> definitions = new ShippedDefinitions<>(Departments.YAML, ProfileDraft.class,
				"profile")
			.load("classpath*:profiles/*.yml", this.externalFile, "handover.profiles.file");
		Actor loader = Actor.system("profiles");
		int stored = 0;
		for (Keyed<ProfileDraft> definition : definitions) {
			if (this.profiles.loadShipped(definition.key(), definition.draft(), loader)) {
				stored++;
			}
		}
		log.info("Role profiles: {} defined in files, {} stored or updated", definitions.size(), stored);
	}

}

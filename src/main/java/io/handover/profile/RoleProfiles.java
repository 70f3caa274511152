package io.handover.profile;

import java.util.List;
import java.util.Optional;

import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.stereotype.Component;

/**
 * The stored role profiles. A class over the template rather than a Spring Data
 * repository interface: the repository infrastructure (scanning, proxies, query
 * derivation) cost start-up time for four plain calls (bench/RESULTS.md, start-up).
 */
@Component
class RoleProfiles {

	private final MongoOperations mongo;

	RoleProfiles(MongoOperations mongo) {
		this.mongo = mongo;
	}

	List<RoleProfile> findAll() {
		return this.mongo.findAll(RoleProfile.class);
	}

	Optional<RoleProfile> findById(String key) {
		return Optional.ofNullable(this.mongo.findById(key, RoleProfile.class));
	}

	/**
	 * Inserts a new profile (no version yet) or replaces the stored one if its version is
	 * still the one read; otherwise OptimisticLockingFailureException.
	 */
	RoleProfile save(RoleProfile profile) {
		return (profile.version() == null) ? this.mongo.insert(profile) : this.mongo.save(profile);
	}

}

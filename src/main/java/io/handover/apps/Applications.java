package io.handover.apps;

import java.util.List;
import java.util.Optional;

import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * The stored application register. A class over the template rather than a Spring Data
 * repository interface: the repository infrastructure (scanning, proxies, query
 * derivation) cost start-up time for four plain calls (bench/RESULTS.md, start-up).
 */
@Component
class Applications {

	private final MongoOperations mongo;

	Applications(MongoOperations mongo) {
		this.mongo = mongo;
	}

	List<Application> findAll() {
		return this.mongo.findAll(Application.class);
	}

	Optional<Application> findById(String key) {
		return Optional.ofNullable(this.mongo.findById(key, Application.class));
	}

	/**
	 * Inserts a new application (no version yet) or replaces the stored one if its
	 * version is still the one read; otherwise OptimisticLockingFailureException.
	 */
	Application save(Application application) {
		return (application.version() == null) ? this.mongo.insert(application) : this.mongo.save(application);
	}

	void deleteById(String key) {
		this.mongo.remove(Query.query(Criteria.where("_id").is(key)), Application.class);
	}

}

package io.handover.system;

import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.provider.mongo.MongoLockProvider;
import net.javacrumbs.shedlock.spring.annotation.EnableSchedulerLock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.MongoDatabaseFactory;

/**
 * Schedules annotated with {@code @SchedulerLock} run on one instance at a time: the lock
 * is a document in the {@code shedLock} collection of the same store, so several
 * stateless instances side by side still send one reminder round a day. Locks use wall
 * time (not the organisation clock tests move); a lock held by a crashed instance expires
 * after its {@code lockAtMostFor}.
 */
@Configuration(proxyBeanMethods = false)
@EnableSchedulerLock(defaultLockAtMostFor = "10m")
class ShedLockConfiguration {

	@Bean
	LockProvider lockProvider(MongoDatabaseFactory store) {
		return new MongoLockProvider(store.getMongoDatabase());
	}

}

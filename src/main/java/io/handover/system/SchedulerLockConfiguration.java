package io.handover.system;

import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.provider.mongo.MongoLockProvider;
import net.javacrumbs.shedlock.spring.annotation.EnableSchedulerLock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.MongoDatabaseFactory;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Schedules, and a lock in the store (collection {@code shedLock}) so that a schedule
 * annotated with {@code @SchedulerLock} runs on one instance at a time when several run
 * side by side.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@EnableSchedulerLock(defaultLockAtMostFor = "PT10M")
class SchedulerLockConfiguration {

	@Bean
	LockProvider lockProvider(MongoDatabaseFactory store) {
		return new MongoLockProvider(store.getMongoDatabase());
	}

}

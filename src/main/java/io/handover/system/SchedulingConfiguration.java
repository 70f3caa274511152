package io.handover.system;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.task.ThreadPoolTaskSchedulerBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;

/**
 * Schedules (card delivery, reminders, the runbook, the guard) run unless switched off,
 * e.g. in a test that drives them by hand. The offboarding guard and the directory
 * schedule (the runbooks) each have a scheduler thread of their own, so a slow round of
 * one — a guard round over many leavers while Graph throttles — never holds up the other
 * or the rest; every other schedule shares the default {@code taskScheduler}
 * ({@code spring.task.scheduling.*}).
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@ConditionalOnProperty(name = "handover.scheduling.enabled", havingValue = "true", matchIfMissing = true)
class SchedulingConfiguration {

	/** The offboarding guard's scheduler: its round and its checks after a change. */
	static final String GUARD = "guardScheduler";

	/** The directory schedule's: the leaver runbook, joiner, mover and Apple runs. */
	static final String RUNBOOK = "runbookScheduler";

	/**
	 * The scheduler of every {@code @Scheduled} job that names none. Declared here since
	 * Spring Boot makes none once other schedulers exist.
	 */
	@Bean(name = "taskScheduler")
	ThreadPoolTaskScheduler taskScheduler(ObjectProvider<ThreadPoolTaskSchedulerBuilder> builder) {
		return builder.getIfAvailable(ThreadPoolTaskSchedulerBuilder::new).build();
	}

	/**
	 * The guard's round and the looks it puts at their moment (the first look after a
	 * last day, the end of the wait for a due runbook); the looks themselves run on the
	 * guard's look threads ({@code guard.GuardLooks}), side by side, one per leaver at a
	 * time. The round never overlaps itself, and each check holds its leaver.
	 */
	@Bean(name = GUARD)
	ThreadPoolTaskScheduler guardScheduler() {
		ThreadPoolTaskScheduler scheduler = single("guard-");
		scheduler.setPoolSize(4);
		return scheduler;
	}

	@Bean(name = RUNBOOK)
	ThreadPoolTaskScheduler runbookScheduler() {
		return single("runbook-");
	}

	private static ThreadPoolTaskScheduler single(String prefix) {
		ThreadPoolTaskScheduler scheduler = new ThreadPoolTaskScheduler();
		scheduler.setPoolSize(1);
		scheduler.setThreadNamePrefix(prefix);
		return scheduler;
	}

}

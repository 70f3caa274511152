package io.handover.guard;

import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.StringUtils;

/**
 * The pass system the guard observes: the configured REST system, or none (every badge
 * question then answers that physical access cannot be observed).
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(GuardProperties.class)
class GuardConfiguration {

	private static final Logger log = LoggerFactory.getLogger(GuardConfiguration.class);

	/**
	 * The guard's read pool: a leaver's areas (a dozen Graph reads and the pass system)
	 * are read at the same time, at most {@code handover.guard.read-parallelism} at once
	 * across all checks (Graph throttles an application that asks too much at once; each
	 * read keeps the SDK's retries on 429 and 503, honouring Retry-After). Its threads
	 * end after a minute idle. Not an {@code Executor} bean: Spring Boot would take it
	 * for the application's own. The urgent looks' reads have a pool of their own
	 * ({@code handover.guard.urgent-read-parallelism}, 4; {@link GuardReads}).
	 */
	@Bean(destroyMethod = "close")
	GuardReads guardReads(@Value("${handover.guard.read-parallelism:6}") int parallelism,
			@Value("${handover.guard.urgent-read-parallelism:4}") int urgentParallelism) {
		int threads = Math.max(1, parallelism);
		AtomicInteger serial = new AtomicInteger();
		ThreadPoolExecutor pool = new ThreadPoolExecutor(threads, threads, 60, TimeUnit.SECONDS,
				new LinkedBlockingQueue<>(), work -> {
					Thread thread = new Thread(work, "guard-read-" + serial.incrementAndGet());
					thread.setDaemon(true);
					return thread;
				});
		pool.allowCoreThreadTimeOut(true);
		// the urgent looks' reads (a first look after a last day) on a pool of their own:
		// routine looks throttled by Graph never hold them up
		return new GuardReads(pool,
				io.handover.common.Workers.named("guard-read-urgent", Math.max(1, urgentParallelism)));
	}

	@Bean
	PassSystem passSystem(GuardProperties properties) {
		GuardProperties.PassSystemSettings settings = properties.passSystem();
		if (!StringUtils.hasText(settings.url())) {
			log.info("No pass system configured (handover.guard.pass-system.url): badges are not observable");
			return (upn, employeeId) -> {
				throw new PassSystem.Unobservable(
						"No pass system is configured (handover.guard.pass-system.url): badges cannot be observed");
			};
		}
		return new HttpPassSystem(settings.url(), settings.token(), settings.timeout());
	}

}

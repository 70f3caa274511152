package io.handover.system;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.StringUtils;

/**
 * The one clock of the application, in the organisation's time zone; tests replace it.
 * The "nothing left behind" simulation (bench/README.md) runs the service on an
 * accelerated clock ({@code handover.clock.speed}, from
 * {@code handover.clock.simulated-from} at the real instant
 * {@code handover.clock.real-from}), in local mode only: a production service on a clock
 * that is not the time would run leavers' runbooks on the wrong day.
 */
@Configuration(proxyBeanMethods = false)
class ClockConfiguration {

	private static final Logger log = LoggerFactory.getLogger(ClockConfiguration.class);

	@Bean
	Clock clock(@Value("${handover.time-zone:Europe/Amsterdam}") String zone,
			@Value("${handover.clock.speed:1}") double speed,
			@Value("${handover.clock.simulated-from:}") String simulatedFrom,
			@Value("${handover.clock.real-from:}") String realFrom, @Value("${MicrosoftAppId:}") String appId) {
		ZoneId id = ZoneId.of(zone);
		if (speed == 1 && !StringUtils.hasText(simulatedFrom)) {
			return Clock.system(id);
		}
		if (StringUtils.hasText(appId)) {
			throw new IllegalStateException("handover.clock.* (a simulated clock) is for local simulations only, "
					+ "not for a service with a bot registration (MicrosoftAppId)");
		}
		if (!(speed > 0)) {
			throw new IllegalStateException("handover.clock.speed must be above 0, not " + speed);
		}
		Instant real = StringUtils.hasText(realFrom) ? Instant.parse(realFrom) : Instant.now();
		Instant simulated = StringUtils.hasText(simulatedFrom) ? Instant.parse(simulatedFrom) : real;
		log.warn("Simulated clock: {} at {} (real time), running {}x", simulated, real, speed);
		return new AcceleratedClock(simulated, real, speed, id);
	}

}

package io.handover.testing;

import java.time.LocalDate;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * Import into a Spring test to replace the application clock with a {@link TestClock} set
 * to Monday 23 November 2026, 09:00 Amsterdam.
 */
@TestConfiguration(proxyBeanMethods = false)
public class TestClockConfiguration {

	public static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

	@Bean
	@Primary
	TestClock testClock() {
		return TestClock.at(TODAY);
	}

}

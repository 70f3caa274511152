package io.handover.system;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The simulation's clock: a day passes in seconds, two processes given the same anchors
 * agree, and a service with a bot registration refuses to start on it.
 */
class AcceleratedClockTests {

	static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

	@Test
	void aSimulatedDayPassesInAFewSecondsFromTheAnchor() throws Exception {
		Instant real = Instant.now();
		Instant simulated = Instant.parse("2027-01-04T07:00:00Z");
		Clock clock = new ClockConfiguration().clock("Europe/Amsterdam", 86_400, simulated.toString(), real.toString(),
				"");

		Thread.sleep(200);

		Duration passed = Duration.between(simulated, clock.instant());
		assertThat(passed).isBetween(Duration.ofHours(4), Duration.ofHours(20));
		assertThat(clock.getZone()).isEqualTo(AMSTERDAM);
		// the driver's copy with the same anchors tells the same time
		Clock driver = new AcceleratedClock(simulated, real, 86_400, AMSTERDAM);
		assertThat(Duration.between(driver.instant(), clock.instant()).abs()).isLessThan(Duration.ofMinutes(30));
	}

	@Test
	void beforeItsRealAnchorTimeStandsStill() {
		Instant simulated = Instant.parse("2027-02-01T07:00:00Z");
		Clock clock = new AcceleratedClock(simulated, Instant.now().plusSeconds(60), 86_400, AMSTERDAM);

		assertThat(clock.instant()).isEqualTo(simulated);
	}

	@Test
	void withoutSettingsItIsTheSystemClockAndWithABotRegistrationItIsRefused() {
		assertThat(new ClockConfiguration().clock("Europe/Amsterdam", 1, "", "", "app-id").instant())
			.isCloseTo(Instant.now(), org.assertj.core.api.Assertions.within(5, java.time.temporal.ChronoUnit.SECONDS));
		assertThatThrownBy(
				() -> new ClockConfiguration().clock("Europe/Amsterdam", 1000, "2027-01-04T07:00:00Z", "", "app-id"))
			.isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("local simulations only");
	}

}

package io.handover.hr;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import io.handover.testing.TestClock;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** How long an HR system asked Handover to wait, in either form HTTP allows. */
class SourceHttpTests {

	private final TestClock clock = new TestClock(Instant.parse("2026-01-12T08:00:00Z"), ZoneOffset.UTC);

	private final SourceHttp http = new SourceHttp("AFAS Profit", Duration.ofSeconds(1), this.clock);

	@Test
	void retryAfterInSeconds() {
		assertThat(this.http.retryAfter("120")).isEqualTo(Duration.ofMinutes(2));
	}

	@Test
	void retryAfterAsADateIsTheTimeUntilThen() {
		assertThat(this.http.retryAfter("Mon, 12 Jan 2026 08:05:00 GMT")).isEqualTo(Duration.ofMinutes(5));
		assertThat(this.http.retryAfter("Mon, 12 Jan 2026 07:55:00 GMT")).as("a date already past")
			.isEqualTo(Duration.ZERO);
	}

	@Test
	void noOrAnUnreadableRetryAfterSaysNothing() {
		assertThat(this.http.retryAfter(null)).isNull();
		assertThat(this.http.retryAfter("soon")).isNull();
	}

}

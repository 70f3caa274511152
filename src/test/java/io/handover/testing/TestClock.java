package io.handover.testing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;

/** A clock that tests set and move; shared by all tests that need a date. */
public final class TestClock extends Clock {

	private volatile Instant now;

	private final ZoneId zone;

	public TestClock(Instant now, ZoneId zone) {
		this.now = now;
		this.zone = zone;
	}

	/** 09:00 on the given day in Amsterdam, the demo organisation's time zone. */
	public static TestClock at(LocalDate day) {
		ZoneId amsterdam = ZoneId.of("Europe/Amsterdam");
		return new TestClock(LocalDateTime.of(day, java.time.LocalTime.of(9, 0)).atZone(amsterdam).toInstant(),
				amsterdam);
	}

	public void set(Instant instant) {
		this.now = instant;
	}

	public void setDay(LocalDate day) {
		this.now = LocalDateTime.of(day, java.time.LocalTime.of(9, 0)).atZone(this.zone).toInstant();
	}

	public void advance(Duration duration) {
		this.now = this.now.plus(duration);
	}

	public LocalDate today() {
		return LocalDate.ofInstant(this.now, this.zone);
	}

	@Override
	public ZoneId getZone() {
		return this.zone;
	}

	@Override
	public Clock withZone(ZoneId zone) {
		return new TestClock(this.now, zone);
	}

	@Override
	public Instant instant() {
		return this.now;
	}

}

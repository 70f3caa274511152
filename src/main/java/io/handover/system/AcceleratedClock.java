package io.handover.system;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

/**
 * Simulated time: {@code simulatedFrom} at the real instant {@code realFrom} (and until
 * then), moving {@code speed} times as fast as real time after it. Two processes given
 * the same three values agree on the time (the simulation driver and the service, also
 * across a restart).
 */
final class AcceleratedClock extends Clock {

	private final Instant simulatedFrom;

	private final Instant realFrom;

	private final double speed;

	private final ZoneId zone;

	AcceleratedClock(Instant simulatedFrom, Instant realFrom, double speed, ZoneId zone) {
		this.simulatedFrom = simulatedFrom;
		this.realFrom = realFrom;
		this.speed = speed;
		this.zone = zone;
	}

	@Override
	public Instant instant() {
		long realNanos = Duration.between(this.realFrom, Instant.now()).toNanos();
		// before the real anchor, time stands still: a simulation restarting the service
		// sets the anchor to when it expects it back, so an outage costs no simulated
		// days
		return this.simulatedFrom.plusNanos((long) (Math.max(0, realNanos) * this.speed));
	}

	@Override
	public ZoneId getZone() {
		return this.zone;
	}

	@Override
	public Clock withZone(ZoneId zone) {
		return new AcceleratedClock(this.simulatedFrom, this.realFrom, this.speed, zone);
	}

}

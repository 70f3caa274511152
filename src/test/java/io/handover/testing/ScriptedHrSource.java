package io.handover.testing;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import io.handover.hr.HrEmployment;
import io.handover.hr.HrSource;
import io.handover.hr.HrSourceFailure;

/**
 * An HR system the tests script ({@link HrSourcesTest}): it answers one long-serving
 * employee, or fails as told, and counts its reads.
 */
public final class ScriptedHrSource implements HrSource {

	public static final String SYSTEM = "scripted-hr";

	private final AtomicInteger reads = new AtomicInteger();

	private volatile HrSourceFailure failure;

	private volatile Duration slowness = Duration.ZERO;

	/** Counted down when the slowness ends, so reads under way end too. */
	private volatile java.util.concurrent.CountDownLatch slow = new java.util.concurrent.CountDownLatch(0);

	@Override
	public String system() {
		return SYSTEM;
	}

	@Override
	public List<HrEmployment> changedSince(Instant since) throws HrSourceFailure {
		this.reads.incrementAndGet();
		try {
			this.slow.await(this.slowness.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
		}
		catch (InterruptedException interrupted) {
			Thread.currentThread().interrupt();
			throw new HrSourceFailure(HrSourceFailure.Kind.UNAVAILABLE, "interrupted");
		}
		if (this.failure != null) {
			throw this.failure;
		}
		return List.of(new HrEmployment(SYSTEM, "S1", "Sam", "Scripted", null, null, "Clerk", null, null,
				LocalDate.of(2019, 1, 1), null, Instant.parse("2026-01-01T00:00:00Z")));
	}

	/** How often it was read. */
	public int reads() {
		return this.reads.get();
	}

	/** From now on every read fails like this, until {@link #recover}. */
	public void failWith(HrSourceFailure failure) {
		this.failure = failure;
	}

	/**
	 * From now on every read takes this long (zero: as fast as it can, and reads under
	 * way end now).
	 */
	public void slowDown(Duration slowness) {
		java.util.concurrent.CountDownLatch before = this.slow;
		this.slow = new java.util.concurrent.CountDownLatch(slowness.isZero() ? 0 : 1);
		this.slowness = slowness;
		before.countDown();
	}

	public void recover() {
		this.failure = null;
	}

}

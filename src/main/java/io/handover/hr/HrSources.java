package io.handover.hr;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.handover.access.Access;
import io.handover.audit.AuditTrail;
import io.handover.common.Actor;
import io.handover.common.NotAllowed;
import io.handover.common.NotFound;
import io.handover.common.Refusal;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.SimpleLock;
import org.springframework.stereotype.Service;

/**
 * HR's view of its sources, for the API and the card in Teams: each configured source's
 * state with the job to profile table, and "try now", which reads a source at once
 * instead of after its back-off. Only HR staff and Administrators may look or try; anyone
 * else is refused before anything is read, and the refusal is audited.
 */
@Service
public class HrSources {

	/** Audit subject of the sources' refusals. */
	static final String SUBJECT = "hr-source";

	/** The lock the polling holds too: one sync of HR at a time, across instances. */
	static final String LOCK = "hr-sync";

	private final List<HrSource> sources;

	private final HrSync sync;

	private final JobProfiles jobs;

	private final Access access;

	private final AuditTrail audit;

	private final LockProvider locks;

	private final Clock clock;

	HrSources(List<HrSource> sources, HrSync sync, JobProfiles jobs, Access access, AuditTrail audit,
			LockProvider locks, Clock clock) {
		this.sources = List.copyOf(sources);
		this.sync = sync;
		this.jobs = jobs;
		this.access = access;
		this.audit = audit;
		this.locks = locks;
		this.clock = clock;
	}

	/** What the card shows: every source's state and the job table. */
	public record Overview(List<HrSourceStatus> sources, List<JobProfiles.Mapping> jobs) {
	}

	/**
	 * Whether the person may see the sources and try one now: HR staff, Administrators.
	 */
	public boolean mayUse(Actor by) {
		return this.access.isAdmin(by) || this.access.isHr(by);
	}

	/**
	 * The sources and the job table, for HR staff and Administrators.
	 * @throws NotAllowed for anyone else (audited)
	 */
	public Overview overview(Actor by) {
		requireMayUse(by, "all", "see the HR sources");
		return new Overview(statuses(), this.jobs.all());
	}

	/**
	 * Every configured source's state (one that never ran as such), then the state of
	 * systems that pushed by webhook or file.
	 */
	public List<HrSourceStatus> statuses() {
		Map<String, HrSourceStatus> all = new LinkedHashMap<>();
		for (HrSource source : this.sources) {
			all.put(source.system(), HrSourceStatus.never(source.system()));
		}
		for (HrSourceStatus status : this.sync.statuses()) {
			all.put(status.system(), status);
		}
		return new ArrayList<>(all.values());
	}

	/**
	 * Reads the source now, whatever its back-off says, and answers its state after.
	 * @throws NotAllowed for anyone but HR staff and Administrators (audited, nothing
	 * read)
	 * @throws NotFound when no source of that name is configured
	 * @throws Refusal {@code hr-sync-busy} while a sync of HR runs
	 */
	public HrSourceStatus tryNow(String system, Actor by) {
		HrSource source = requireMayTryNow(system, by);
		Optional<SimpleLock> lock = this.locks
			.lock(new LockConfiguration(this.clock.instant(), LOCK, Duration.ofMinutes(30), Duration.ZERO));
		if (lock.isEmpty()) {
			throw new Refusal("hr-sync-busy", "system",
					"HR is being read right now; look at the sources again in a minute");
		}
		try {
			return this.sync.sync(source);
		}
		finally {
			lock.get().unlock();
		}
	}

	/**
	 * What {@link #tryNow} checks before it reads: who asks, and that the source exists.
	 * @return the source
	 * @throws NotAllowed for anyone but HR staff and Administrators (audited)
	 * @throws NotFound when no source of that name is configured
	 */
	public HrSource requireMayTryNow(String system, Actor by) {
		return requireMayTryNow(system, by, null);
	}

	/**
	 * As {@link #requireMayTryNow(String, Actor)} for a click on a card: its refusal is
	 * audited once per {@code refusalKey}, however often Teams redelivers the click.
	 * @param refusalKey unique per click (its activity); null audits every time
	 */
	public HrSource requireMayTryNow(String system, Actor by, String refusalKey) {
		requireMayUse(by, String.valueOf(system), "try an HR source now", refusalKey);
		return find(system).orElseThrow(() -> new NotFound("HR source", String.valueOf(system)));
	}

	/** Whether Handover reads this system itself (so it can be tried now). */
	public boolean isConfigured(String system) {
		return find(system).isPresent();
	}

	Optional<HrSource> find(String system) {
		return this.sources.stream().filter(source -> source.system().equals(system)).findFirst();
	}

	private void requireMayUse(Actor by, String system, String what) {
		requireMayUse(by, system, what, null);
	}

	private void requireMayUse(Actor by, String system, String what, String refusalKey) {
		if (!mayUse(by)) {
			String why = "Only HR staff and Administrators can " + what;
			this.audit.recordOnce(refusalKey, SUBJECT, system, "refused", by, why, Map.of());
			throw new NotAllowed("not-hr-staff", why);
		}
	}

}

package io.handover.hr;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.handover.common.Actor;
import io.handover.common.Refusal;
import io.handover.hr.HrOutcome.Result;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.FindAndReplaceOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;
import org.springframework.util.StringUtils;

/**
 * Reads an HR source and turns what changed into HR events. The answer is compared, per
 * employee, with the snapshot kept of the last answer; the differences are the events.
 * The first full sync of a source loads the people already employed into the employee
 * register without opening tickets for them. A failed read changes nothing (a source
 * answers all its pages or fails); an answer with a record Handover cannot use is refused
 * as a whole, so nothing is half-imported.
 */
@Service
public class HrSync {

	private static final Logger log = LoggerFactory.getLogger(HrSync.class);

	/**
	 * A hire first seen after its start day still gets a joiner ticket (a late notice)
	 * within this many days; an older start is someone already employed.
	 */
	static final int LATE_HIRE_DAYS = 30;

	private static final Duration FIRST_RETRY = Duration.ofMinutes(1);

	private static final Duration LONGEST_WAIT = Duration.ofHours(1);

	private final HrEventManagement events;

	private final MongoTemplate mongo;

	private final Clock clock;

	private final List<HrAlerts> alerts;

	private final Duration interval;

	private final Duration alertAfter;

	HrSync(HrEventManagement events, MongoTemplate mongo, Clock clock, List<HrAlerts> alerts,
			@Value("${handover.hr.sync.poll-interval:15m}") Duration interval,
			@Value("${handover.hr.sync.alert-after:1d}") Duration alertAfter) {
		this.events = events;
		this.mongo = mongo;
		this.clock = clock;
		this.alerts = List.copyOf(alerts);
		this.interval = interval;
		this.alertAfter = alertAfter;
	}

	/**
	 * Reads the source (changes since the last successful sync, or everything the first
	 * time) and applies what changed.
	 */
	public HrSourceStatus sync(HrSource source) {
		String system = source.system();
		HrSourceStatus before = status(system).orElseGet(() -> HrSourceStatus.never(system));
		Instant started = this.clock.instant();
		List<HrEmployment> answer;
		try {
			answer = source.changedSince(before.since());
			refuseUnusable(system, answer);
		}
		catch (HrSourceFailure failure) {
			return failed(before, started, failure);
		}
		catch (RuntimeException unexpected) {
			log.error("Reading HR source {} failed", system, unexpected);
			return failed(before, started, new HrSourceFailure(HrSourceFailure.Kind.UNAVAILABLE,
					"Reading " + system + " failed: " + unexpected.getMessage(), null, unexpected));
		}
		Tally tally = new Tally(answer.size());
		Map<String, HrSnapshot> known = this.mongo
			.find(Query.query(Criteria.where("system").is(system)), HrSnapshot.class)
			.stream()
			.collect(Collectors.toMap(snapshot -> snapshot.employment().employeeId(), Function.identity()));
		boolean first = before.since() == null;
		Snapshots seen = new Snapshots();
		for (HrEmployment employment : latestPerEmployee(answer)) {
			apply(employment, known.get(employment.employeeId()), first, tally, seen);
		}
		seen.flush();
		HrSourceStatus after = before.succeeded(started, tally.errors.isEmpty(), tally.counts(), tally.errors,
				started.plus(this.interval));
		this.mongo.save(after);
		if (before.alertedAt() != null) {
			show(after);
		}
		log.info("HR source {} synced: {}", system, after.counts());
		return after;
	}

	/**
	 * One employment pushed by a webhook or a file row: compared with its snapshot and
	 * applied like a sync's.
	 * @param withdrawn the system says the hire will not start (a deleted hire)
	 * @throws Refusal {@code invalid} naming what the record lacks,
	 * {@code hr-event-refused} when an event it stands for could not be applied
	 */
	public List<HrOutcome> receive(HrEmployment employment, boolean withdrawn) {
		refuseUnusable(employment);
		if (withdrawn) {
			HrOutcome outcome = this.events.apply(new HrEvent.Withdrawn(employment));
			if (outcome.result().settled()) {
				this.mongo.save(HrSnapshot.of(employment, this.clock.instant()));
			}
			return List.of(outcome);
		}
		HrSnapshot known = this.mongo.findById(HrSnapshot.id(employment.system(), employment.employeeId()),
				HrSnapshot.class);
		Tally tally = new Tally(1);
		apply(employment, known, false, tally, this.mongo::save);
		if (!tally.errors.isEmpty()) {
			throw new Refusal("hr-event-refused", null, String.join("; ", tally.errors));
		}
		return tally.outcomes;
	}

	/**
	 * The system said something changed (a webhook): its source is read on the next tick
	 * of the polling instead of after its interval or back-off, unless the system itself
	 * asked Handover to wait (a rate limit's Retry-After stands).
	 * @return whether the source is now due
	 */
	public boolean dueNow(String system) {
		Query query = Query.query(
				Criteria.where("_id").is(system).and("lastFailureKind").ne(HrSourceFailure.Kind.RATE_LIMITED.name()));
		boolean due = this.mongo
			.updateFirst(query, new Update().set("nextAttemptAt", this.clock.instant()), HrSourceStatus.class)
			.getMatchedCount() > 0;
		// a source never read yet is due anyway
		return due || status(system).isEmpty();
	}

	/** Every source's state, as far as it has one. */
	public List<HrSourceStatus> statuses() {
		return this.mongo.findAll(HrSourceStatus.class);
	}

	public Optional<HrSourceStatus> status(String system) {
		return Optional.ofNullable(this.mongo.findById(system, HrSourceStatus.class));
	}

	private void apply(HrEmployment employment, HrSnapshot known, boolean first, Tally tally,
			Consumer<HrSnapshot> seen) {
		if (known != null && HrSnapshot.same(known.employment(), employment)) {
			tally.unchanged++;
			return;
		}
		LocalDate today = LocalDate.now(this.clock);
		List<HrEvent> changes;
		if (known != null) {
			changes = differences(known.employment(), employment, today, known.seenAt());
		}
		else if (isArriving(employment, first, today)) {
			changes = new ArrayList<>(List.of(new HrEvent.Hire(employment)));
			if (employment.endDate() != null) {
				changes.add(new HrEvent.Termination(employment));
			}
		}
		else {
			changes = new ArrayList<>();
			if (isEmployed(employment, today)) {
				try {
					this.events.employee(employment, Actor.hrSource(employment.system()));
					tally.loaded++;
				}
				catch (Refusal refused) {
					tally.refused(employment, refused.getMessage());
					return;
				}
				if (employment.endDate() != null) {
					changes.add(new HrEvent.Termination(employment));
				}
			}
		}
		boolean settled = true;
		for (HrEvent event : changes) {
			HrOutcome outcome = this.events.apply(event);
			tally.count(outcome);
			if (!outcome.result().settled()) {
				tally.refused(employment, outcome.text());
				settled = false;
			}
		}
		if (settled) {
			seen.accept(HrSnapshot.of(employment, this.clock.instant()));
		}
	}

	/**
	 * A sync's snapshots, written in batches of {@value #BATCH} (a first load writes one
	 * per person) and always before the source's state moves on. A snapshot still
	 * unwritten when the process stops is found changed again next time; its events carry
	 * the same idempotency keys and the person is recognised in the register, so nothing
	 * is done twice.
	 */
	private final class Snapshots implements Consumer<HrSnapshot> {

		private static final int BATCH = 500;

		private final List<HrSnapshot> pending = new ArrayList<>();

		@Override
		public void accept(HrSnapshot snapshot) {
			this.pending.add(snapshot);
			if (this.pending.size() >= BATCH) {
				flush();
			}
		}

		void flush() {
			if (this.pending.isEmpty()) {
				return;
			}
			BulkOperations bulk = HrSync.this.mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, HrSnapshot.class);
			for (HrSnapshot snapshot : this.pending) {
				bulk.replaceOne(Query.query(Criteria.where("_id").is(snapshot.id())), snapshot,
						FindAndReplaceOptions.options().upsert());
			}
			bulk.execute();
			this.pending.clear();
		}

	}

	/**
	 * The events that lead from what HR said before to what it says now.
	 * @param beforeSeenAt when Handover saw what HR said before: it tells a change back
	 * and forth on one day (A→B→A→B) from the same change read again
	 */
	static List<HrEvent> differences(HrEmployment before, HrEmployment now, LocalDate today, Instant beforeSeenAt) {
		List<HrEvent> changes = new ArrayList<>();
		boolean started = !before.startDate().isAfter(today);
		if (now.endDate() != null && now.endDate().isBefore(now.startDate())) {
			// HR's way of saying a hire will not start: the employment ends before it
			// begins
			if (!started) {
				changes.add(new HrEvent.Withdrawn(now));
			}
			return changes;
		}
		if (!Objects.equals(managerKey(before.managerEmployeeId()), managerKey(now.managerEmployeeId()))
				|| !Objects.equals(managerKey(before.managerEmail()), managerKey(now.managerEmail()))) {
			// first, so a ticket the other events open or move is already on the new
			// manager
			changes.add(new HrEvent.ManagerChange(now, before.managerEmployeeId(), before.managerEmail(), today,
					beforeSeenAt));
		}
		if (!started && !before.startDate().equals(now.startDate())) {
			changes.add(new HrEvent.DateChange(now, HrEvent.DateChange.Which.START, before.startDate()));
		}
		if (!Objects.equals(before.endDate(), now.endDate())) {
			changes.add(before.endDate() == null ? new HrEvent.Termination(now)
					: new HrEvent.DateChange(now, HrEvent.DateChange.Which.END, before.endDate()));
		}
		if (started && (!Objects.equals(JobProfiles.key(before.jobCode()), JobProfiles.key(now.jobCode()))
				|| !Objects.equals(JobProfiles.key(before.jobTitle()), JobProfiles.key(now.jobTitle())))) {
			changes.add(new HrEvent.JobChange(now, before.jobCode(), before.jobTitle(), today));
		}
		return changes;
	}

	private static String managerKey(String value) {
		return StringUtils.hasText(value) ? value.trim().toLowerCase(java.util.Locale.ROOT) : null;
	}

	/**
	 * Someone Handover has not seen who is still to start (or started lately, outside the
	 * first sync): a hire.
	 */
	private static boolean isArriving(HrEmployment e, boolean first, LocalDate today) {
		if (e.endDate() != null && (e.endDate().isBefore(e.startDate()) || e.endDate().isBefore(today))) {
			return false;
		}
		if (e.startDate().isAfter(today)) {
			return true;
		}
		return !first && !e.startDate().isBefore(today.minusDays(LATE_HIRE_DAYS));
	}

	private static boolean isEmployed(HrEmployment e, LocalDate today) {
		return !e.startDate().isAfter(today) && (e.endDate() == null || !e.endDate().isBefore(today));
	}

	private HrSourceStatus failed(HrSourceStatus before, Instant started, HrSourceFailure failure) {
		int failures = before.failures() + 1;
		Duration wait = FIRST_RETRY.multipliedBy(1L << Math.min(failures - 1, 10));
		if (wait.compareTo(LONGEST_WAIT) > 0) {
			wait = LONGEST_WAIT;
		}
		if (failure.retryAfter() != null && failure.retryAfter().compareTo(wait) > 0) {
			wait = failure.retryAfter();
		}
		HrSourceStatus after = before.failed(started, failure, started.plus(wait));
		log.warn("HR source {} failed ({} in a row, {}): {}; next attempt after {}", before.system(), failures,
				failure.kind(), failure.getMessage(), after.nextAttemptAt());
		if (after.alertedAt() == null && !started.isBefore(after.failingSince().plus(this.alertAfter)) && show(after)) {
			after = after.alerted(this.clock.instant());
		}
		this.mongo.save(after);
		return after;
	}

	private boolean show(HrSourceStatus status) {
		boolean shown = false;
		for (HrAlerts alert : this.alerts) {
			try {
				shown |= alert.show(status);
			}
			catch (RuntimeException notDelivered) {
				// not alerted yet: the next failed attempt tries again
				log.warn("Could not show HR source {}'s state to HR: {}", status.system(), notDelivered.getMessage());
			}
		}
		if (!shown && status.failing()) {
			log.error("HR source {} has failed since {} and no HR channel could be told: link a channel to HR",
					status.system(), status.failingSince());
		}
		return shown;
	}

	private static List<HrEmployment> latestPerEmployee(List<HrEmployment> answer) {
		Map<String, HrEmployment> latest = new LinkedHashMap<>();
		for (HrEmployment e : answer) {
			latest.put(e.employeeId(), e);
		}
		return List.copyOf(latest.values());
	}

	private static void refuseUnusable(String system, List<HrEmployment> answer) throws HrSourceFailure {
		List<String> problems = new ArrayList<>();
		for (HrEmployment e : answer) {
			try {
				if (!system.equals(e.system())) {
					throw new Refusal("invalid", "system", "belongs to system " + e.system());
				}
				refuseUnusable(e);
			}
			catch (Refusal unusable) {
				problems
					.add((e.employeeId() == null ? "(no employee id)" : e.employeeId()) + ": " + unusable.getMessage());
			}
		}
		if (!problems.isEmpty()) {
			throw new HrSourceFailure(HrSourceFailure.Kind.MALFORMED,
					problems.size() + " record(s) unusable, nothing applied: "
							+ String.join("; ", problems.subList(0, Math.min(5, problems.size()))));
		}
	}

	private static void refuseUnusable(HrEmployment e) {
		if (!StringUtils.hasText(e.system())) {
			throw new Refusal("invalid", "system", "the HR system is missing");
		}
		if (!StringUtils.hasText(e.employeeId())) {
			throw new Refusal("invalid", "employeeId", "the employee id is missing");
		}
		if (!StringUtils.hasText(e.name())) {
			throw new Refusal("invalid", "familyName", "the name is missing");
		}
		if (e.startDate() == null) {
			throw new Refusal("invalid", "startDate", "the start date is missing");
		}
	}

	/** What a sync did, counted as it goes. */
	private static final class Tally {

		final int read;

		int unchanged;

		int loaded;

		int opened;

		int rescheduled;

		int cancelled;

		int matched;

		int refused;

		int managerChanged;

		final List<String> errors = new ArrayList<>();

		final List<HrOutcome> outcomes = new ArrayList<>();

		Tally(int read) {
			this.read = read;
		}

		void count(HrOutcome outcome) {
			this.outcomes.add(outcome);
			switch (outcome.result()) {
				case OPENED -> this.opened++;
				case RESCHEDULED -> this.rescheduled++;
				case CANCELLED -> this.cancelled++;
				case MATCHED -> this.matched++;
				case MANAGER_CHANGED -> this.managerChanged++;
				default -> {
				}
			}
		}

		void refused(HrEmployment e, String why) {
			this.refused++;
			if (this.errors.size() < 50) {
				this.errors.add(e.employeeId() + " (" + e.name() + "): " + why);
			}
		}

		HrSourceStatus.Counts counts() {
			return new HrSourceStatus.Counts(this.read, this.unchanged, this.loaded, this.opened, this.rescheduled,
					this.cancelled, this.matched, this.refused, this.managerChanged);
		}

	}

}

package io.handover.guard;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.handover.access.Access;
import io.handover.audit.AuditTrail;
import io.handover.common.Actor;
import io.handover.common.Correlation;
import io.handover.common.NotAllowed;
import io.handover.common.NotFound;
import io.handover.common.Refusal;
import io.handover.runbook.LeaverRunbook;
import io.handover.task.NewTask;
import io.handover.ticket.TaskManagement;
import io.handover.ticket.TaskOutcome;
import io.handover.ticket.TaskView;
import io.handover.ticket.TicketKind;
import io.handover.ticket.TicketManagement;
import io.handover.ticket.TicketState;
import io.handover.ticket.TicketView;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

/**
 * Checks a leaver: observes (never changes) the directory, the register, the application
 * register and the pass system; after the last day (or once the runbook ran) it opens a
 * task for every residue that no open task names and closes its own tasks whose residue
 * is gone, with the evidence; before, it only shows what is still to do. A second check
 * of an unchanged leaver changes no task and no card. Each check is audited.
 */
@Service
public class OffboardingGuard {

	private static final Logger log = LoggerFactory.getLogger(OffboardingGuard.class);

	static final Actor GUARD = Actor.system("guard");

	static final String UNOBSERVABLE = "guard.unobservable";

	static final java.time.Duration CARD_RETRY = java.time.Duration.ofHours(1);

	private static final Map<String, Area> AREAS = Map.ofEntries(Map.entry("guard.account.enabled", Area.ACCOUNT),
			Map.entry("guard.sessions.valid", Area.SESSIONS), Map.entry("guard.group.member", Area.GROUPS),
			Map.entry("guard.licence.assigned", Area.LICENCES), Map.entry("guard.device.managed", Area.DEVICES),
			Map.entry("guard.access-pass.usable", Area.ACCESS_PASSES), Map.entry("guard.mail.forward", Area.MAILBOX),
			Map.entry("guard.mail.auto-reply", Area.MAILBOX),
			Map.entry("guard.application.grant", Area.APPLICATION_GRANTS),
			Map.entry("guard.asset.assigned", Area.REGISTER),
			Map.entry("guard.application.unconfirmed", Area.APPLICATIONS),
			Map.entry("guard.badge.active", Area.BADGES));

	private final TicketManagement tickets;

	private final TaskManagement tasks;

	private final LeaverRunbook runbook;

	private final LeaverObserver observer;

	private final GuardStore store;

	private final ReviewCards cards;

	private final Access access;

	private final AuditTrail audit;

	private final Clock clock;

	private final GuardProperties properties;

	private final ReviewSummaries summaries;

	/**
	 * When each leaver was last looked at by this instance, including the looks after the
	 * last day that found nothing new and so wrote nothing (their record keeps the last
	 * check that wrote); lost on a restart, when the record's time stands in.
	 */
	private final Map<String, Instant> looked = new ConcurrentHashMap<>();

	/**
	 * The leavers whose lease a check of this instance holds now, each with the trigger
	 * of a change that came while it ran (null: none). Not a lock (the store's lease is):
	 * a change that comes while its leaver is under check gets a look right after that
	 * check ({@link ChangedDuringCheck}), as the check may have read before it.
	 */
	private final Map<String, AtomicReference<String>> underCheck = new ConcurrentHashMap<>();

	private final ApplicationEventPublisher events;

	/** A change came while a check of this instance held the leaver: look again now. */
	record ChangedDuringCheck(String ticketKey, String trigger) {
	}

	OffboardingGuard(TicketManagement tickets, TaskManagement tasks, LeaverRunbook runbook, LeaverObserver observer,
			GuardStore store, ReviewCards cards, Access access, AuditTrail audit, Clock clock,
			GuardProperties properties, ReviewSummaries summaries, ApplicationEventPublisher events) {
		this.events = events;
		this.properties = properties;
		this.summaries = summaries;
		this.tickets = tickets;
		this.tasks = tasks;
		this.runbook = runbook;
		this.observer = observer;
		this.store = store;
		this.cards = cards;
		this.access = access;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * Whether this person may ask for a check: IT staff and Administrators.
	 */
	public boolean mayCheck(Actor by) {
		return this.access.isAdmin(by) || this.access.isStaff("IT", by);
	}

	/**
	 * Refuses (and audits the refusal of) anyone but IT staff and Administrators, before
	 * anything about the leaver is looked up.
	 * @param asked what they asked to check (a ticket key, employee id or name)
	 * @throws NotAllowed for anyone else
	 */
	public void requireMayCheck(Actor by, String asked) {
		if (!mayCheck(by)) {
			this.audit.record("ticket", asked, "guard-check-refused", by,
					"Only IT staff and Administrators may ask the offboarding guard to check a leaver", Map.of());
			throw new NotAllowed("not-it-staff",
					"Only IT staff and Administrators can ask the offboarding guard to check a leaver");
		}
	}

	/**
	 * A check asked for by a person (Teams, REST): refused, audited and nothing changed
	 * unless they are IT staff or an Administrator.
	 * @param ticketOrEmployee the leaver's ticket key or employee id
	 * @throws NotAllowed for anyone else
	 */
	public GuardReview check(String ticketOrEmployee, Actor by) {
		requireMayCheck(by, ticketOrEmployee);
		TicketView ticket = leaverTicket(ticketOrEmployee);
		if (ticket.state() == TicketState.CANCELLED) {
			throw new Refusal("ticket-cancelled", "ticket",
					ticket.key() + " is cancelled: the guard checks leavers who leave or left");
		}
		return review(ticket, by, "on demand").orElseThrow(() -> new Refusal("guard-busy", "ticket",
				"The guard is checking " + ticket.key() + " right now; its review card shows the result in a moment"));
	}

	/** The leaver ticket with this key, or the newest leaver ticket of this employee. */
	public TicketView leaverTicket(String ticketOrEmployee) {
		Optional<TicketView> byKey = this.tickets.find(ticketOrEmployee)
			.filter(ticket -> ticket.kind() == TicketKind.LEAVER);
		if (byKey.isPresent()) {
			return byKey.get();
		}
		return this.tickets.search(ticketOrEmployee, null, null, null, 20)
			.stream()
			.filter(ticket -> ticket.kind() == TicketKind.LEAVER)
			.sorted((a, b) -> Boolean.compare(b.state().isActive(), a.state().isActive()))
			.findFirst()
			.orElseThrow(() -> new NotFound("Leaver", ticketOrEmployee));
	}

	/** The active leaver tickets of an employee, newest first. */
	public List<TicketView> activeLeaverTicketsOf(String employeeId) {
		return this.tickets.search(employeeId, null, null, List.of(TicketState.OPEN, TicketState.IN_PROGRESS), 20)
			.stream()
			.filter(ticket -> ticket.kind() == TicketKind.LEAVER)
			.toList();
	}

	/** The guard's records of these leavers, by ticket key, in one read. */
	Map<String, GuardRecord> records(List<TicketView> leavers) {
		return this.store.findAll(leavers.stream().map(TicketView::key).toList());
	}

	/**
	 * The completed leavers still watched: last working day within
	 * {@code handover.guard.watch-completed}, and no newer ticket of the same person (a
	 * rehire's accounts and equipment are theirs again; a second leaver ticket is checked
	 * itself).
	 */
	List<TicketView> completedLeaversWatched() {
		LocalDate today = LocalDate.now(this.clock);
		LocalDate from = today.minusDays(Math.max(0, this.properties.watchCompleted().toDays()));
		List<TicketView> completed = this.tickets.dated(TicketKind.LEAVER, from, today, List.of(TicketState.COMPLETED));
		// the tickets of all of them in one read, not one search per leaver each round
		Map<String, List<TicketView>> byEmployee = this.tickets
			.ofEmployees(completed.stream().map(ticket -> ticket.employee().id()).filter(id -> id != null).toList())
			.stream()
			.filter(ticket -> ticket.employee().id() != null)
			.collect(Collectors.groupingBy(ticket -> ticket.employee().id()));
		return completed.stream()
			.filter(ticket -> byEmployee.getOrDefault(ticket.employee().id(), List.of())
				.stream()
				.noneMatch(other -> !other.key().equals(ticket.key()) && other.openedAt() != null
						&& ticket.openedAt() != null && other.openedAt().isAfter(ticket.openedAt())))
			.toList();
	}

	/** The guard's record of this leaver, as the store holds it now. */
	Optional<GuardRecord> record(String ticketKey) {
		return this.store.find(ticketKey);
	}

	/** The leaver runbook's hour on this last working day. */
	Instant runbookHour(LocalDate lastDay) {
		return this.runbook.dueAt(lastDay);
	}

	/** Whether the schedule should check this leaver now. */
	boolean due(TicketView ticket) {
		return due(ticket, this.store.find(ticket.key()));
	}

	/** Whether the schedule should check this leaver now, its record already read. */
	boolean due(TicketView ticket, Optional<GuardRecord> record) {
		if (record.isEmpty() || record.get().checkedOn == null) {
			return true;
		}
		GuardRecord last = record.get();
		// a review card that reached no channel (none linked to IT, Teams down) is shown
		// again with a fresh look, hourly rather than every round
		boolean cardOwed = last.cardFingerprint == null && last.checkedAt != null
				&& last.checkedAt.isBefore(this.clock.instant().minus(CARD_RETRY));
		// a read Microsoft Graph throttled is looked at again shortly, not tomorrow
		boolean throttled = last.retryAt != null && !this.clock.instant().isBefore(last.retryAt);
		return dailyDue(ticket.key(), last) || !last.afterRunbook && this.runbook.started(ticket.key()) || cardOwed
				|| throttled || runbookGraceOver(last);
	}

	/**
	 * The daily look is due: the last check was before today and the leaver's own moment
	 * of the night has come ({@link #dailyMoment}), or it was before yesterday (a day was
	 * missed: at once).
	 */
	private boolean dailyDue(String ticketKey, GuardRecord last) {
		LocalDate today = LocalDate.now(this.clock);
		if (!last.checkedOn.isBefore(today)) {
			return false;
		}
		java.time.Instant moment = today.atStartOfDay(this.clock.getZone()).plus(dailyMoment(ticketKey)).toInstant();
		return last.checkedOn.isBefore(today.minusDays(1)) || !this.clock.instant().isBefore(moment);
	}

	/**
	 * When in the night a leaver's daily look comes: a moment of the first
	 * {@link #DAILY_SPREAD} after midnight of the leaver's own (from the ticket key), so
	 * that the watched leavers' daily looks do not all queue at midnight, where they held
	 * up the half-hourly rechecks of the leavers past their last day; by the morning
	 * every leaver has had it.
	 */
	static java.time.Duration dailyMoment(String ticketKey) {
		long minutes = DAILY_SPREAD.toMinutes();
		// a digest, not hashCode: consecutive keys land far apart, the same on every
		// instance
		long mixed = java.util.UUID.nameUUIDFromBytes(ticketKey.getBytes(java.nio.charset.StandardCharsets.UTF_8))
			.getLeastSignificantBits();
		return java.time.Duration.ofMinutes(Math.floorMod(mixed, minutes));
	}

	/** The hours after midnight over which the daily looks are spread. */
	static final java.time.Duration DAILY_SPREAD = java.time.Duration.ofHours(6);

	/** The last check waited for a due runbook, and the wait is over. */
	private boolean runbookGraceOver(GuardRecord last) {
		return last.runbookGraceEndsAt != null && !this.clock.instant().isBefore(last.runbookGraceEndsAt);
	}

	/**
	 * Which look the schedule's check of a due leaver is (the audit trail says why a
	 * check ran): at the notice, right after the runbook, once the wait for a late
	 * runbook is over, the first after the last day, again after a throttled read, again
	 * for a card that reached no channel, or the daily one.
	 */
	String dueLook(TicketView ticket, Optional<GuardRecord> record) {
		if (record.isEmpty() || record.get().checkedOn == null) {
			return "notice";
		}
		GuardRecord last = record.get();
		if (!last.afterRunbook && this.runbook.started(ticket.key())) {
			return "after the runbook";
		}
		if (runbookGraceOver(last)) {
			return "runbook late";
		}
		if (firstLookAfterLastDayOwed(ticket, record)) {
			return "first look after the last day";
		}
		if (last.retryAt != null && !this.clock.instant().isBefore(last.retryAt)) {
			return "after a throttled read";
		}
		if (!dailyDue(ticket.key(), last)) {
			return "card not shown yet";
		}
		return "daily";
	}

	/**
	 * The leaver runbook's hour of the last day has passed and it has not run (not
	 * started, or a run is still reading what to plan): due (within
	 * {@code handover.guard.runbook-grace}, the guard waits for it) or late; null when it
	 * planned its steps or failed, its hour has not come, or the guard waits not at all.
	 */
	GuardReview.RunbookDue runbookDue(TicketView ticket, boolean started) {
		if (ticket.date() == null) {
			return null;
		}
		Instant due = this.runbook.dueAt(ticket.date());
		Instant now = this.clock.instant();
		java.time.Duration grace = this.properties.runbookGrace();
		if (now.isBefore(due) || grace.isZero()) {
			return null;
		}
		// a run under way that has not planned its steps yet has not run either; one
		// that planned them has tasks naming what it removes, and one that failed before
		// it could is not waited for
		if (started && this.runbook.plannedOrFailed(ticket.key())) {
			return null;
		}
		Instant ends = due.plus(grace);
		java.time.format.DateTimeFormatter hour = java.time.format.DateTimeFormatter.ofPattern("d MMM HH:mm",
				java.util.Locale.ENGLISH);
		String dueText = hour.format(due.atZone(this.clock.getZone()));
		String endsText = hour.format(ends.atZone(this.clock.getZone()));
		if (now.isBefore(ends)) {
			return new GuardReview.RunbookDue(due, ends, false,
					"Runbook due, not run yet: the leaver runbook was due at " + dueText
							+ ". What it removes (the account, sign-in sessions, group memberships, licences, "
							+ "automatic replies, devices) gets a task from the guard only if it has not run by "
							+ endsText + "; the guard looks again right after it runs.");
		}
		return new GuardReview.RunbookDue(due, ends, true, "The runbook is late: the leaver runbook was due at "
				+ dueText + " and had not run by " + endsText + ". The guard opened tasks for what it would have "
				+ "removed; find out why it has not run (its schedule, Microsoft Graph, an approval it waits for) "
				+ "and run it.");
	}

	/** What the runbook removes when it runs: the residues one of its steps names. */
	static boolean runbookRemoves(Residue residue) {
		return !residue.relatedKinds().isEmpty();
	}

	/**
	 * Whether the leaver is due a look after the last day
	 * ({@code handover.guard.recheck}): the ticket is open, or completed and still
	 * watched (a membership added back after the ticket completed is a residue too), the
	 * last day (the runbook's hour) has passed, and the last look is older than the
	 * interval. Reads only what the round already has.
	 */
	boolean recheckDue(TicketView ticket, Optional<GuardRecord> record) {
		java.time.Duration every = this.properties.recheck();
		if (every.isZero() || ticket.state() == TicketState.CANCELLED || !afterLastDay(ticket)) {
			return false;
		}
		Instant last = lastLooked(ticket, record);
		return last == null || !this.clock.instant().isBefore(last.plus(every));
	}

	/** When this leaver was last looked at (by this instance, or the last check's). */
	Instant lastLooked(TicketView ticket, Optional<GuardRecord> record) {
		Instant last = this.looked.get(ticket.key());
		Instant checked = record.map(r -> r.checkedAt).orElse(null);
		if (last == null || checked != null && checked.isAfter(last)) {
			last = checked;
		}
		return last;
	}

	/**
	 * Whether the leaver's last day has come and no check has looked since: the look that
	 * finds what the last day left.
	 */
	boolean firstLookAfterLastDayOwed(TicketView ticket, Optional<GuardRecord> record) {
		return ticket.state().isActive() && (record.isEmpty() || !record.get().afterLastDay) && ticket.date() != null
				&& !LocalDate.now(this.clock).isBefore(ticket.date()) && afterLastDay(ticket);
	}

	/**
	 * Whether the first look after the last day is owed at this moment because the
	 * runbook's hour of the last day has passed (the clock only; whether the runbook
	 * started is not read).
	 */
	boolean firstLookAfterLastDayOwedAt(TicketView ticket, Optional<GuardRecord> record, Instant now) {
		return ticket.state().isActive() && (record.isEmpty() || !record.get().afterLastDay) && ticket.date() != null
				&& !now.isBefore(this.runbook.dueAt(ticket.date()));
	}

	/**
	 * Forgets when leavers other than these were last looked at (their tickets closed, or
	 * are no longer watched): the map holds the leavers the round still looks at.
	 */
	void forgetAllBut(Set<String> ticketKeys) {
		this.looked.keySet().retainAll(ticketKeys);
	}

	/** The leavers this instance remembers having looked at. */
	Set<String> remembered() {
		return Set.copyOf(this.looked.keySet());
	}

	/**
	 * A look after the last day: observes the leaver and, when everything is as the last
	 * check left it (the same findings, each residue with its open task, no guard task
	 * whose residue is gone, the card showing it), writes nothing at all — no task, card,
	 * audit entry or record — and answers empty. Anything else is a full check, audited.
	 */
	Optional<GuardReview> recheck(TicketView ticket, Actor by, String trigger) {
		Map<String, String> before = MDC.getCopyOfContextMap();
		try {
			MDC.put(Correlation.ID, "guard-" + ticket.key() + "-" + UUID.randomUUID().toString().substring(0, 8));
			MDC.put(Correlation.TICKET, ticket.key());
			// the lease before the look: what a check under way writes is never judged
			// on what was read before it
			return held(ticket.key(), record -> {
				Observation seen = this.observer.observe(ticket,
						LeaverObserver.startOf(ticket.date(), this.clock.getZone()));
				this.looked.put(ticket.key(), this.clock.instant());
				if (record.checkedOn != null && unchanged(this.tickets.get(ticket.key()), seen, record)) {
					log.debug("Guard looked at {} again: as before, nothing written", ticket.key());
					return Optional.empty();
				}
				return Optional.of(checkHeld(ticket, by, trigger, seen, record));
			});
		}
		finally {
			Correlation.restore(before);
		}
	}

	/** Whether a check with this observation would change nothing the last one left. */
	private boolean unchanged(TicketView ticket, Observation seen, GuardRecord last) {
		if (seen.incomplete() || last.cardFingerprint == null || !last.afterLastDay || last.retryAt != null
				|| !afterLastDay(ticket)) {
			return false;
		}
		GuardReview.RunbookDue waiting = runbookDue(ticket, this.runbook.started(ticket.key()));
		if (runbookGraceOver(last) || (waiting != null && !waiting.late()) != (last.runbookGraceEndsAt != null)) {
			return false;
		}
		Plan plan = plan(ticket, seen, this.clock.instant().toString(), waiting);
		if (!plan.drafts().isEmpty() || !plan.outcomes().isEmpty()) {
			return false;
		}
		GuardReview review = review(ticket, seen, true, List.of(), List.of(), last, null, waiting);
		String fingerprint = review.fingerprint();
		if (this.summaries.active()) {
			if (!fingerprint.equals(last.summaryFingerprint) || last.summary == null) {
				return false;
			}
			review = review.withSummary(last.summary, null);
		}
		return cardFingerprint(review).equals(last.cardFingerprint);
	}

	/**
	 * Whether what the guard finds on this leaver counts as left behind: the runbook ran,
	 * or its hour on the last day has passed.
	 */
	boolean afterLastDay(TicketView ticket) {
		return this.runbook.started(ticket.key()) || !this.clock.instant().isBefore(this.runbook.dueAt(ticket.date()));
	}

	/**
	 * Checks the leaver now; empty when another check of the same leaver is running.
	 */
	Optional<GuardReview> review(TicketView ticket, Actor by, String trigger) {
		// the check's logs carry the ticket and a correlation id: the request's when a
		// person asked, else one of this check's own
		Map<String, String> before = MDC.getCopyOfContextMap();
		try {
			if (Correlation.current() == null) {
				MDC.put(Correlation.ID, "guard-" + ticket.key() + "-" + UUID.randomUUID().toString().substring(0, 8));
			}
			MDC.put(Correlation.TICKET, ticket.key());
			return held(ticket.key(), record -> Optional.of(checkHeld(ticket, by, trigger, null, record)));
		}
		finally {
			Correlation.restore(before);
		}
	}

	/**
	 * Runs the work while holding the leaver's lease in the store (empty when another
	 * check holds it), then lets it go: with the record written when the work answered a
	 * review, else untouched but for the lease. A change noted meanwhile
	 * ({@link #lookAgainAfterCheck}) is announced once the lease is gone.
	 */
	private Optional<GuardReview> held(String ticketKey, Function<GuardRecord, Optional<GuardReview>> work) {
		Optional<GuardRecord> claimed = this.store.claim(ticketKey);
		if (claimed.isEmpty()) {
			return Optional.empty();
		}
		GuardRecord record = claimed.get();
		this.underCheck.put(ticketKey, new AtomicReference<>());
		Optional<GuardReview> review = Optional.empty();
		try {
			review = work.apply(record);
			return review;
		}
		finally {
			try {
				if (review.isPresent()) {
					this.store.release(record);
				}
				else {
					this.store.letGo(ticketKey);
				}
			}
			finally {
				var changed = this.underCheck.remove(ticketKey);
				if (changed != null && changed.get() != null) {
					this.events.publishEvent(new ChangedDuringCheck(ticketKey, changed.get()));
				}
			}
		}
	}

	/**
	 * When a check of this instance holds the leaver now, notes that something changed
	 * (the trigger says what) so that a look follows right after it, and answers true;
	 * false when no check of this instance holds the leaver.
	 */
	boolean lookAgainAfterCheck(String ticketKey, String trigger) {
		return this.underCheck.computeIfPresent(ticketKey, (key, changed) -> {
			changed.set(trigger);
			return changed;
		}) != null;
	}

	/**
	 * A full check of the leaver whose lease is held: observes (unless given what a look
	 * just saw), opens and closes tasks after the last day, audits, shows the card, and
	 * fills the record (written when the lease is let go).
	 * @param observed what a look just saw, or null to look now
	 */
	private GuardReview checkHeld(TicketView ticket, Actor by, String trigger, Observation observed,
			GuardRecord record) {
		boolean runbookStarted = this.runbook.started(ticket.key());
		boolean after = runbookStarted || !this.clock.instant().isBefore(this.runbook.dueAt(ticket.date()));
		Observation seen = observed != null ? observed
				: this.observer.observe(ticket, LeaverObserver.startOf(ticket.date(), this.clock.getZone()));
		this.looked.put(ticket.key(), this.clock.instant());
		List<String> opened = new ArrayList<>();
		List<String> closed = new ArrayList<>();
		// the runbook's hour passed and it has not run: what it removes waits for it
		GuardReview.RunbookDue waiting = after ? runbookDue(ticket, runbookStarted) : null;
		if (after) {
			reconcile(ticket.key(), ticket.employee().name(), seen, opened, closed, waiting);
		}
		Instant retryAt = seen.incomplete() ? this.clock.instant().plus(this.properties.throttledRetry()) : null;
		GuardReview review = summarised(
				review(this.tickets.get(ticket.key()), seen, after, opened, closed, record, retryAt, waiting), record);
		audited(review, by, trigger);
		showCard(review, record);
		record.checkedAt = review.checkedAt();
		record.checkedOn = LocalDate.now(this.clock);
		// a run still reading what to plan has not run yet: looked at again once it has
		record.afterRunbook = runbookStarted && waiting == null;
		record.residues = review.residues();
		record.unobservable = review.unobservable();
		record.afterLastDay = review.afterLastDay();
		record.retryAt = retryAt;
		record.runbookGraceEndsAt = waiting != null && !waiting.late() ? waiting.graceEndsAt() : null;
		if (waiting != null) {
			log.info("Guard check of {}: {}", ticket.key(), waiting.text());
		}
		if (seen.incomplete()) {
			log.info("Guard check of {}: Microsoft Graph throttled the read of {}; looked at again from {}",
					ticket.key(), seen.deferred.keySet().stream().map(area -> area.key).toList(), retryAt);
		}
		log.info("Guard checked {} ({}): {} residue(s), {} not observable, {} task(s) opened, {} closed", ticket.key(),
				trigger, review.residues().size(), review.unobservable().size(), opened.size(), closed.size());
		return review;
	}

	/**
	 * Opens a task for each residue and unobservable area no open task names; closes the
	 * guard's open tasks whose residue is gone (or whose area can be observed again).
	 */
	private void reconcile(String ticketKey, String name, Observation seen, List<String> opened, List<String> closed,
			GuardReview.RunbookDue waiting) {
		TicketView ticket = this.tickets.get(ticketKey);
		Plan plan = plan(ticket, seen, this.clock.instant().toString(), waiting);
		if (!plan.drafts().isEmpty()) {
			// on a completed leaver this reopens the ticket: it is not done while this
			// holds
			TicketView added = this.tickets.reopenWithTasks(ticketKey, plan.drafts(), LocalDate.now(this.clock),
					"The offboarding guard found " + plan.drafts().size() + " thing(s) on " + name + "'s name again",
					GUARD, "guard:" + ticketKey + ":" + ticket.tasks().size());
			List<TaskView> all = added.tasks();
			all.subList(all.size() - plan.drafts().size(), all.size()).forEach(task -> opened.add(task.id()));
		}
		if (!plan.outcomes().isEmpty()) {
			this.tasks.settle(ticketKey, plan.outcomes(), GUARD);
			plan.outcomes().forEach(outcome -> closed.add(outcome.taskId()));
		}
	}

	/** The tasks a check would open and close. */
	private record Plan(List<NewTask> drafts, List<TaskOutcome> outcomes) {
	}

	/**
	 * The tasks a check would open and close; changes nothing.
	 * @param waiting the runbook is due and has not run (null: it ran, or its hour has
	 * not come): within its grace, what it removes gets no task; late, the task says so
	 */
	private Plan plan(TicketView ticket, Observation seen, String at, GuardReview.RunbookDue waiting) {
		String name = ticket.employee().name();
		List<NewTask> drafts = new ArrayList<>();
		for (Residue residue : seen.residues) {
			boolean removedByRunbook = runbookRemoves(residue);
			if (waiting != null && !waiting.late() && removedByRunbook) {
				continue;
			}
			if (namingTask(ticket, residue).isEmpty()) {
				drafts.add(new NewTask(residue.kind(), residue.department(), residue.title(),
						"Seen by the offboarding guard at " + at + ": " + residue.observed()
								+ (waiting != null && removedByRunbook ? "\n" + waiting.text() : ""),
						residue.subject()));
			}
		}
		// one task per cause: a directory that cannot be read at all is one thing to fix
		Map<String, List<Area>> byCause = new LinkedHashMap<>();
		seen.unobservable.forEach((area, why) -> {
			if (unobservableTask(ticket, area).isEmpty()) {
				byCause.computeIfAbsent(area.department + "|" + why, cause -> new ArrayList<>()).add(area);
			}
		});
		byCause.forEach((cause, areas) -> {
			String why = seen.unobservable.get(areas.get(0));
			drafts.add(new NewTask(UNOBSERVABLE, areas.get(0).department,
					"Check by hand what the guard cannot observe for " + name + ": "
							+ areas.stream().map(area -> area.description).collect(Collectors.joining(", ")),
					"Why: " + why + ". Grant the read permission or fix the connection, or check by hand and close "
							+ "this task.",
					areas.stream().map(area -> area.key).collect(Collectors.joining(","))));
		});
		Set<String> present = seen.residues.stream().map(Residue::key).collect(Collectors.toSet());
		List<TaskOutcome> outcomes = new ArrayList<>();
		for (TaskView task : ticket.tasks()) {
			if (!task.status().isOpen() || !task.kind().startsWith("guard.")) {
				continue;
			}
			if (UNOBSERVABLE.equals(task.kind())) {
				List<Area> areas = areasOf(task);
				if (!areas.isEmpty() && areas.stream().allMatch(seen::observed)) {
					outcomes.add(TaskOutcome.done(task.id(), "The guard can observe it again (" + at + "): "
							+ areas.stream().map(area -> evidenceOf(seen, area)).collect(Collectors.joining("; "))));
				}
				continue;
			}
			Area area = AREAS.get(task.kind());
			if (area != null && seen.observed(area) && !present.contains(task.kind() + "|" + task.subject())) {
				outcomes.add(TaskOutcome.done(task.id(),
						"Gone: the offboarding guard no longer sees it (" + at + "). " + evidenceOf(seen, area)));
			}
		}
		return new Plan(drafts, outcomes);
	}

	private static String evidenceOf(Observation seen, Area area) {
		String evidence = seen.evidence.get(area);
		if (evidence != null) {
			return evidence;
		}
		long left = seen.residues.stream().filter(r -> r.area() == area).count();
		return left + " other residue(s) in " + area.description + " remain, each with its own task";
	}

	/** The areas an unobservable-task is about (its subject: their keys). */
	private static List<Area> areasOf(TaskView task) {
		List<Area> areas = new ArrayList<>();
		for (String key : task.subject() != null ? task.subject().split(",") : new String[0]) {
			for (Area area : Area.values()) {
				if (area.key.equals(key.strip())) {
					areas.add(area);
				}
			}
		}
		return areas;
	}

	/** The open task that asks for this area to be checked by hand. */
	private static Optional<TaskView> unobservableTask(TicketView ticket, Area area) {
		return ticket.tasks()
			.stream()
			.filter(task -> task.status().isOpen() && UNOBSERVABLE.equals(task.kind()) && areasOf(task).contains(area))
			.findFirst();
	}

	/** The open task that names this residue: the guard's own, or one made for it. */
	static Optional<TaskView> namingTask(TicketView ticket, Residue residue) {
		return ticket.tasks().stream().filter(task -> task.status().isOpen()).filter(task -> {
			if (task.kind().equals(residue.kind())) {
				return residue.subject().equals(task.subject());
			}
			if (residue.assignmentId() != null && task.asset() != null
					&& residue.assignmentId().equals(task.asset().assignmentId())) {
				return true;
			}
			if (!residue.relatedKinds().contains(task.kind())) {
				return false;
			}
			return task.subject() == null || task.subject().equals(residue.subject())
					|| residue.name() != null && (task.subject().contains(residue.name())
							|| task.title() != null && task.title().contains(residue.name()));
		}).findFirst();
	}

	private GuardReview review(TicketView ticket, Observation seen, boolean after, List<String> opened,
			List<String> closed, GuardRecord last, Instant retryAt, GuardReview.RunbookDue waiting) {
		List<GuardReview.Finding> residues = new ArrayList<>();
		List<GuardReview.Finding> deferred = new ArrayList<>();
		Set<String> deferredKeys = seen.deferred.keySet().stream().map(area -> area.key).collect(Collectors.toSet());
		// what the last check saw of a throttled area stands until it is seen again
		if (last.residues != null) {
			last.residues.stream().filter(finding -> deferredKeys.contains(finding.area())).forEach(residues::add);
		}
		seen.deferred.forEach((area,
				why) -> deferred.add(new GuardReview.Finding(area.key,
						"Not seen this time: Microsoft Graph throttled the read of " + area.description + " (" + why
								+ "); the guard looks again from "
								+ retryAt.atZone(this.clock.getZone()).toLocalTime().withNano(0),
						area.department, null, null)));
		for (Residue residue : seen.residues) {
			Optional<TaskView> task = namingTask(ticket, residue);
			residues.add(new GuardReview.Finding(residue.area().key, residue.title(), residue.department(),
					task.map(TaskView::id).orElse(null), task.map(t -> t.status().name()).orElse(null)));
		}
		List<GuardReview.Finding> unobservable = new ArrayList<>();
		if (last.unobservable != null) {
			last.unobservable.stream().filter(finding -> deferredKeys.contains(finding.area())).forEach(finding -> {
				// still not observable as far as anyone knows: its task stays open
				unobservable.add(finding);
			});
		}
		seen.unobservable.forEach((area, why) -> {
			Optional<TaskView> task = unobservableTask(ticket, area);
			unobservable.add(new GuardReview.Finding(area.key, "Cannot observe " + area.description + ": " + why,
					area.department, task.map(TaskView::id).orElse(null),
					task.map(t -> t.status().name()).orElse(null)));
		});
		return new GuardReview(ticket.key(), ticket.employee().name(), ticket.date(), after, this.clock.instant(),
				residues, unobservable, deferred, List.copyOf(seen.evidence.values()), opened, closed, null, null,
				waiting);
	}

	private void audited(GuardReview review, Actor by, String trigger) {
		Map<String, Object> changes = new LinkedHashMap<>();
		// which look this was (notice, after the runbook, hourly, daily, on demand, after
		// a
		// change, ...): why the check ran, in a field of its own besides the reason's
		// text
		changes.put("look", new Object[] { null, trigger });
		if (review.runbook() != null) {
			changes.put("runbook", new Object[] { null, review.runbook().late() ? "late" : "due, not run yet" });
		}
		changes.put("residues", new Object[] { null, review.residues().stream().map(f -> f.text()).toList() });
		changes.put("unobservable", new Object[] { null, review.unobservable().stream().map(f -> f.text()).toList() });
		if (!review.deferred().isEmpty()) {
			changes.put("throttled", new Object[] { null, review.deferred().stream().map(f -> f.area()).toList() });
		}
		changes.put("evidence", new Object[] { null, review.evidence() });
		if (!review.opened().isEmpty()) {
			changes.put("tasksOpened", new Object[] { null, review.opened() });
		}
		if (!review.closed().isEmpty()) {
			changes.put("tasksClosed", new Object[] { null, review.closed() });
		}
		String summary = (review.runbook() == null ? ""
				: review.runbook().late() ? "runbook late, " : "runbook due, not run yet, ")
				+ (review.nothingLeftBehind() ? "nothing left behind" : review.residues().size()
						+ (review.afterLastDay() ? " residue(s)" : " thing(s) still to do") + ", "
						+ review.unobservable().size() + " area(s) not observable" + (review.deferred().isEmpty() ? ""
								: ", " + review.deferred().size() + " area(s) throttled, looked at again shortly"));
		this.audit.record("ticket", review.ticketKey(), "guard-checked", by, trigger + ": " + summary, changes);
	}

	/**
	 * The review with the written summary of its findings, when summaries are on: asked
	 * of the model only when the findings changed since the last summary; a model that
	 * fails leaves the review without one, saying why.
	 */
	private GuardReview summarised(GuardReview review, GuardRecord record) {
		if (!this.summaries.active()) {
			return review;
		}
		String fingerprint = review.fingerprint();
		if (fingerprint.equals(record.summaryFingerprint) && record.summary != null) {
			return review.withSummary(record.summary, null);
		}
		GuardReview summarised = this.summaries.summarise(review);
		record.summary = summarised.summary();
		record.summaryMissing = summarised.summaryMissing();
		record.summaryFingerprint = summarised.summary() != null ? fingerprint : null;
		return summarised;
	}

	/**
	 * What the card shows: a summary written (or missing) for the first time changes it
	 * too.
	 */
	private static String cardFingerprint(GuardReview review) {
		return review.fingerprint() + "|" + review.summary() + "|" + review.summaryMissing();
	}

	/** Posts or updates the review card when what it shows changed (or never arrived). */
	private void showCard(GuardReview review, GuardRecord record) {
		String fingerprint = cardFingerprint(review);
		if (fingerprint.equals(record.cardFingerprint)) {
			return;
		}
		try {
			if (this.cards.show(review)) {
				record.cardFingerprint = fingerprint;
			}
			else {
				log.warn("Guard review of {} reached no IT channel; shown again on the next check", review.ticketKey());
			}
		}
		catch (RuntimeException failed) {
			log.warn("Guard review card of {} not shown, tried again on the next check: {}", review.ticketKey(),
					failed.getMessage());
		}
	}

}

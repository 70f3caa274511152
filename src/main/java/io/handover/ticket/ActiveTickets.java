package io.handover.ticket;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import io.handover.access.Access;
import io.handover.common.Actor;
import io.handover.employee.Employee;
import io.handover.employee.EmployeeDirectory;
import io.handover.profile.Department;
import io.handover.profile.Departments;
import io.handover.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * The active tickets a person may read, for the overview: HR and Administrators all of
 * them; a manager their reports' (the register's manager of record, which HR and the
 * directory sync fill) and the joiners who name them; anyone the tickets they requested;
 * department staff the tickets with tasks for their department, showing only those tasks.
 * Never more than {@code GET /api/tickets/{key}} shows them ({@link TicketReaders}), and
 * without asking the directory per ticket: the reader's reports come from the register's
 * reports index (a lookup by id), the tickets from this instance's copy of the active
 * tickets, brought up to date with the tickets the store's {@link ActiveTicketsStamp}
 * names as changed (issue 22: the overview's cost does not grow with the register, and a
 * change costs the next overview the changed ticket, not every ticket).
 */
@Component
public class ActiveTickets implements DisposableBean {

	/** More active tickets than any organisation has at once: a bound, not a page. */
	static final int MAX = 10_000;

	/**
	 * How old a copy of the active tickets may get before it is read again whole, in the
	 * background: in case a mark could not be moved after a change (logged then) or a
	 * ticket was written past {@code TicketStore}. A request reads it again itself only
	 * when it is twice as old (the background renewal not running).
	 */
	public static final Duration MAX_AGE = Duration.ofMinutes(1);

	/** How often the background renewal looks at the copy's age. */
	static final Duration RENEWAL_CHECK = Duration.ofSeconds(5);

	private static final Comparator<Active> EARLIEST_FIRST = Comparator
		.comparing(Active::date, Comparator.nullsFirst(Comparator.naturalOrder()))
		.thenComparing(Active::key);

	private static final Logger log = LoggerFactory.getLogger(ActiveTickets.class);

	private static final List<TicketState> ACTIVE = List.of(TicketState.OPEN, TicketState.IN_PROGRESS);

	private final MongoTemplate mongo;

	private final TicketReaders readers;

	private final Access access;

	private final Departments departments;

	private final EmployeeDirectory employees;

	private final Clock clock;

	private final TicketManagement tickets;

	private final ActiveTicketsStamp stamp;

	private volatile Snapshot snapshot;

	/** Numbers the copies, each new one higher. */
	private final AtomicLong generations = new AtomicLong();

	/** The digests of the current copy on one day, built at its first use. */
	private volatile Digests digests;

	/** Reads old copies again, started with the first copy. */
	private ScheduledExecutorService renewal;

	private final Object reading = new Object();

	ActiveTickets(MongoTemplate mongo, TicketReaders readers, Access access, Departments departments,
			EmployeeDirectory employees, Clock clock, TicketManagement tickets, ActiveTicketsStamp stamp) {
		this.tickets = tickets;
		this.stamp = stamp;
		this.mongo = mongo;
		this.readers = readers;
		this.access = access;
		this.departments = departments;
		this.employees = employees;
		this.clock = clock;
	}

	/** Whether the reader sees every ticket (HR, Administrators). */
	public boolean readsAll(Actor reader) {
		return this.readers.readsAll(reader);
	}

	/** The departments whose staff the reader is, in configuration order. */
	public List<String> staffOf(Actor reader) {
		return this.departments.all()
			.stream()
			.map(Department::key)
			.filter(department -> this.access.isStaff(department, reader))
			.toList();
	}

	/**
	 * What decides what the reader sees, worked out once per request: their roles,
	 * departments and reports (one indexed query on the register).
	 */
	public Reader reader(Actor actor) {
		if (actor == null || !actor.isVerifiedPerson()) {
			return new Reader(actor, false, List.of(), Set.of(), null);
		}
		if (readsAll(actor)) {
			return new Reader(actor, true, staffOf(actor), Set.of(), actor.upn());
		}
		String upn = upnOf(actor);
		Set<String> reports = upn != null ? new LinkedHashSet<>(this.employees.reportsOf(upn)) : Set.of();
		return new Reader(actor, false, staffOf(actor), reports, upn);
	}

	/**
	 * Who reads and what decides what they see.
	 *
	 * @param all HR or an Administrator: every ticket
	 * @param staff the departments whose staff they are
	 * @param reports the register's ids of the people they manage (empty when
	 * {@code all})
	 * @param upn their UPN, from the token or the register
	 */
	public record Reader(Actor actor, boolean all, List<String> staff, Set<String> reports, String upn) {

	}

	/**
	 * One ticket, active or not, for a reader who may see it as {@code GET
	 * /api/tickets/{key}} does: HR, Administrators, the manager of record, the requester,
	 * the staff of a department with tasks on it.
	 * @throws io.handover.common.NotAllowed for anyone else (audited)
	 */
	public TicketView readableBy(String key, Actor reader) {
		TicketView ticket = this.tickets.get(key);
		this.readers.refuseUnlessMayRead(ticket, reader);
		return ticket;
	}

	/** The active tickets the reader may see, earliest date first. */
	public List<TicketDigest> visibleTo(Reader who) {
		return visible(who).tickets();
	}

	/**
	 * The active tickets the reader may see, earliest date first, with what decides them:
	 * equal {@code copy}, {@code today} and {@code scope} mean equal tickets, so a caller
	 * may keep what it builds from them. No digest is built per request: each ticket's
	 * digest (whole, or with a set of departments' tasks) is built once per copy and day.
	 */
	public Visible visible(Reader who) {
		Actor reader = who.actor();
		LocalDate today = LocalDate.now(this.clock);
		if (reader == null || !reader.isVerifiedPerson()) {
			return new Visible(-1, today, "none", List.of());
		}
		Snapshot copy = snapshot();
		Digests digests = digestsOf(copy, today);
		if (who.all()) {
			return new Visible(copy.generation(), today, "all", digests.whole());
		}
		Set<String> staff = new LinkedHashSet<>(who.staff());
		List<TicketDigest> partial = staff.isEmpty() ? null : digests.partial(staff, copy.tickets(), today);
		Set<String> reports = who.reports();
		String upn = who.upn();
		StringBuilder scope = new StringBuilder("staff=").append(staff).append(";whole=");
		List<TicketDigest> visible = new ArrayList<>();
		List<Active> tickets = copy.tickets();
		for (int i = 0; i < tickets.size(); i++) {
			if (wholeFor(tickets.get(i), reader, reports, upn)) {
				visible.add(digests.whole().get(i));
				scope.append(tickets.get(i).key()).append(',');
			}
			else if (partial != null && partial.get(i) != null) {
				visible.add(partial.get(i));
			}
		}
		return new Visible(copy.generation(), today, scope.toString(), Collections.unmodifiableList(visible));
	}

	/**
	 * The active tickets a reader sees.
	 *
	 * @param copy which copy of the active tickets they come from (-1: none)
	 * @param today the day their tasks' overdue flags are for
	 * @param scope what of the copy the reader sees ({@code all}, or their departments
	 * and the tickets they see whole)
	 * @param tickets earliest date first
	 */
	public record Visible(long copy, LocalDate today, String scope, List<TicketDigest> tickets) {

	}

	private Digests digestsOf(Snapshot copy, LocalDate today) {
		Digests known = this.digests;
		if (known != null && known.copy() == copy.generation() && known.today().equals(today)) {
			return known;
		}
		List<TicketDigest> whole = new ArrayList<>(copy.tickets().size());
		for (Active ticket : copy.tickets()) {
			whole.add(digest(ticket, ticket.tasks().stream().map(task -> digest(task, today)).toList(), true));
		}
		Digests built = new Digests(copy.generation(), today, Collections.unmodifiableList(whole),
				new ConcurrentHashMap<>());
		this.digests = built;
		return built;
	}

	/**
	 * Every ticket's digest of one copy on one day: whole, and per set of departments
	 * with those departments' tasks only (null where it has none), in the copy's order.
	 */
	private record Digests(long copy, LocalDate today, List<TicketDigest> whole,
			Map<Set<String>, List<TicketDigest>> byStaff) {

		/** At most this many sets of departments are kept per copy and day. */
		static final int SETS = 64;

		List<TicketDigest> partial(Set<String> staff, List<Active> tickets, LocalDate today) {
			List<TicketDigest> known = this.byStaff.get(staff);
			if (known != null) {
				return known;
			}
			List<TicketDigest> partial = new ArrayList<>(tickets.size());
			for (int i = 0; i < tickets.size(); i++) {
				List<TaskDigest> tasks = new ArrayList<>();
				for (TaskDigest task : this.whole.get(i).tasks()) {
					if (staff.contains(task.department())) {
						tasks.add(task);
					}
				}
				partial.add(tasks.isEmpty() ? null : digest(tickets.get(i), List.copyOf(tasks), false));
			}
			if (this.byStaff.size() >= SETS) {
				this.byStaff.clear();
			}
			this.byStaff.put(Set.copyOf(staff), partial);
			return partial;
		}

	}

	private static TicketDigest digest(Active ticket, List<TaskDigest> tasks, boolean whole) {
		return new TicketDigest(ticket.key(), ticket.kind(), ticket.state(), ticket.employee().id(),
				ticket.employee().name(), ticket.manager() != null ? ticket.manager().name() : null, ticket.date(),
				ticket.lateNotice(), whole, tasks);
	}

	/**
	 * Every active ticket, earliest date first: this instance's copy while the store's
	 * {@link ActiveTicketsStamp} has not moved since it was read; when it moved, the copy
	 * with the tickets changed since read again by {@code _id}. So an overview costs one
	 * lookup by {@code _id} whatever the size of the register (and after a change the
	 * changed tickets), and sees every change stored before it on any instance. Every
	 * active ticket is read on the request only for the first overview, after a change
	 * that named no ticket (a new epoch), after more changes than the mark keeps, or when
	 * the copy is older than twice {@link #MAX_AGE} (the renewal below not running);
	 * otherwise a copy older than {@link #MAX_AGE} is read again whole in the background
	 * (a write that did not move the mark shows within about that).
	 */
	List<Active> active() {
		return snapshot().tickets();
	}

	private Snapshot snapshot() {
		ActiveTicketsStamp.Mark now = this.stamp.current();
		Snapshot known = this.snapshot;
		if (known != null && known.mark().equals(now) && !tooOld(known)) {
			return known;
		}
		synchronized (this.reading) {
			known = this.snapshot;
			if (known != null && !tooOld(known)) {
				if (known.mark().equals(now)) {
					return known;
				}
				// the changed tickets are read after the mark: a later change moves it
				ActiveTicketsStamp.Changes changes = this.stamp.since(known.mark());
				if (changes != null) {
					this.snapshot = new Snapshot(this.generations.incrementAndGet(), changes.now(), known.readAt(),
							withChanges(known.tickets(), changes.keys()));
					return this.snapshot;
				}
			}
			this.snapshot = new Snapshot(this.generations.incrementAndGet(), now, this.clock.instant(), read(null));
			renewInTheBackground();
			return this.snapshot;
		}
	}

	/**
	 * Reads every active ticket again when the copy is older than {@link #MAX_AGE}: the
	 * safety net for a change whose mark could not be moved or that was written past
	 * {@code TicketStore}. Off the request path; the copy in use meanwhile is kept up to
	 * date from the mark. Returns whether it read.
	 */
	boolean renewIfOld() {
		Snapshot known = this.snapshot;
		if (known == null || Duration.between(known.readAt(), this.clock.instant()).abs().compareTo(MAX_AGE) < 0) {
			return false;
		}
		ActiveTicketsStamp.Mark mark = this.stamp.current();
		List<Active> read = read(null);
		synchronized (this.reading) {
			// with the mark read before it: the next overview adds what changed since
			this.snapshot = new Snapshot(this.generations.incrementAndGet(), mark, this.clock.instant(), read);
		}
		return true;
	}

	private boolean tooOld(Snapshot known) {
		return Duration.between(known.readAt(), this.clock.instant()).abs().compareTo(MAX_AGE.multipliedBy(2)) >= 0;
	}

	private void renewInTheBackground() {
		if (this.renewal != null) {
			return;
		}
		this.renewal = Executors.newSingleThreadScheduledExecutor(task -> {
			Thread thread = new Thread(task, "active-tickets-renewal");
			thread.setDaemon(true);
			return thread;
		});
		this.renewal.scheduleWithFixedDelay(() -> {
			try {
				renewIfOld();
			}
			catch (RuntimeException ex) {
				log.warn("Could not read the active tickets again; the overview keeps its copy and tries again", ex);
			}
		}, RENEWAL_CHECK.toMillis(), RENEWAL_CHECK.toMillis(), TimeUnit.MILLISECONDS);
	}

	@Override
	public void destroy() {
		synchronized (this.reading) {
			if (this.renewal != null) {
				this.renewal.shutdownNow();
			}
		}
	}

	/**
	 * The copy with the changed tickets as stored now: replaced, added, or dropped when
	 * no longer active.
	 */
	private List<Active> withChanges(List<Active> tickets, Set<String> keys) {
		Map<String, Active> byKey = new LinkedHashMap<>();
		for (Active ticket : tickets) {
			byKey.put(ticket.key(), ticket);
		}
		keys.forEach(byKey::remove);
		for (Active ticket : read(keys)) {
			byKey.put(ticket.key(), ticket);
		}
		List<Active> updated = new ArrayList<>(byKey.values());
		updated.sort(EARLIEST_FIRST);
		return List.copyOf(updated.size() > MAX ? updated.subList(0, MAX) : updated);
	}

	/**
	 * One query for the active tickets (all, or of these keys), with only what the
	 * overview shows.
	 */
	private List<Active> read(Set<String> keys) {
		Criteria criteria = Criteria.where("state").in(ACTIVE);
		if (keys != null) {
			criteria = Criteria.where("_id").in(keys).and("state").in(ACTIVE);
		}
		Query query = Query.query(criteria).with(Sort.by("date", "_id")).limit(MAX);
		// not the outbox, receipts, audit drafts or results
		query.fields()
			.include("kind", "state", "employee", "manager", "date", "lateNotice", "requestedBy", "tasks.id",
					"tasks.kind", "tasks.department", "tasks.title", "tasks.status", "tasks.dueOn", "tasks.urgent",
					"tasks.assignee");
		List<Active> read = new ArrayList<>();
		for (Ticket ticket : this.mongo.find(query, Ticket.class)) {
			read.add(new Active(ticket.key(), ticket.kind(), ticket.state(), ticket.employee(), ticket.manager(),
					ticket.date(), ticket.lateNotice(), ticket.requestedBy(), List.copyOf(ticket.tasks())));
		}
		// the order a copy brought up to date has, whatever the store's order of nulls
		read.sort(EARLIEST_FIRST);
		return List.copyOf(read);
	}

	/** What the overview shows of an active ticket, as read. */
	record Active(String key, TicketKind kind, TicketState state, EmployeeRef employee, ManagerRef manager,
			LocalDate date, boolean lateNotice, Actor requestedBy, List<Task> tasks) {

	}

	/**
	 * The active tickets as they stood at this mark; {@code readAt} when all of them were
	 * last read.
	 */
	private record Snapshot(long generation, ActiveTicketsStamp.Mark mark, Instant readAt, List<Active> tickets) {

	}

	private static boolean wholeFor(Active ticket, Actor reader, Set<String> reports, String upn) {
		if (ticket.employee() != null && reports.contains(ticket.employee().id())) {
			return true;
		}
		if (ticket.kind() == TicketKind.JOINER && upn != null && ticket.manager() != null
				&& upn.equalsIgnoreCase(ticket.manager().upn())) {
			return true;
		}
		return reader.isSamePersonAs(ticket.requestedBy());
	}

	private static TaskDigest digest(Task task, LocalDate today) {
		return new TaskDigest(task.id(), task.kind(), task.department(), task.title(), task.status(), task.dueOn(),
				task.urgent(), task.isOverdue(today), task.assignee() != null ? task.assignee().name() : null);
	}

	/**
	 * The reader's UPN: from the token, else from the register (a Teams user comes with
	 * an object id only).
	 */
	private String upnOf(Actor reader) {
		if (StringUtils.hasText(reader.upn())) {
			return reader.upn();
		}
		return this.employees.identify(reader.id()).map(Employee::upn).filter(StringUtils::hasText).orElse(null);
	}

}

package io.handover.ticket;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import io.handover.access.Access;
import io.handover.common.Actor;
import io.handover.employee.Employee;
import io.handover.employee.EmployeeDirectory;
import io.handover.profile.Department;
import io.handover.profile.Departments;
import io.handover.task.Task;
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
 * tickets, read again only when the store's {@link ActiveTicketsStamp} says something
 * changed (issue 22: the overview's cost does not grow with the register).
 */
@Component
public class ActiveTickets {

	/** More active tickets than any organisation has at once: a bound, not a page. */
	static final int MAX = 10_000;

	/**
	 * The longest an instance keeps its copy of the active tickets without reading them
	 * again, in case the stamp could not be moved after a change (logged then).
	 */
	public static final Duration MAX_AGE = Duration.ofMinutes(1);

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
		Actor reader = who.actor();
		if (reader == null || !reader.isVerifiedPerson()) {
			return List.of();
		}
		boolean all = who.all();
		Set<String> staff = all ? Set.of() : new LinkedHashSet<>(who.staff());
		Set<String> reports = who.reports();
		String upn = all ? null : who.upn();
		LocalDate today = LocalDate.now(this.clock);
		List<TicketDigest> digests = new ArrayList<>();
		for (Active ticket : active()) {
			boolean whole = all || wholeFor(ticket, reader, reports, upn);
			List<TaskDigest> tasks = new ArrayList<>();
			for (Task task : ticket.tasks()) {
				if (whole || staff.contains(task.department())) {
					tasks.add(digest(task, today));
				}
			}
			if (whole || !tasks.isEmpty()) {
				digests.add(new TicketDigest(ticket.key(), ticket.kind(), ticket.state(), ticket.employee().id(),
						ticket.employee().name(), ticket.manager() != null ? ticket.manager().name() : null,
						ticket.date(), ticket.lateNotice(), whole, List.copyOf(tasks)));
			}
		}
		return digests;
	}

	/**
	 * Every active ticket, earliest date first: this instance's copy while the store's
	 * {@link ActiveTicketsStamp} has not moved since it was read (and it is younger than
	 * {@link #MAX_AGE}), else read again. So an overview costs one lookup by {@code _id}
	 * whatever the size of the register, and sees every change stored before it on any
	 * instance.
	 */
	List<Active> active() {
		String stamp = this.stamp.current();
		Snapshot known = this.snapshot;
		if (known != null && known.fresh(stamp)) {
			return known.tickets();
		}
		synchronized (this.reading) {
			known = this.snapshot;
			if (known != null && known.fresh(stamp)) {
				return known.tickets();
			}
			// read after the stamp: a change stored meanwhile moves it past this copy's
			List<Active> read = read();
			this.snapshot = new Snapshot(stamp, System.nanoTime(), read);
			return read;
		}
	}

	/** One query for every active ticket, with only what the overview shows. */
	private List<Active> read() {
		Query query = Query.query(Criteria.where("state").in(ACTIVE)).with(Sort.by("date", "_id")).limit(MAX);
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
		return List.copyOf(read);
	}

	/** What the overview shows of an active ticket, as read. */
	record Active(String key, TicketKind kind, TicketState state, EmployeeRef employee, ManagerRef manager,
			LocalDate date, boolean lateNotice, Actor requestedBy, List<Task> tasks) {

	}

	/** The active tickets as read when the stamp had this mark. */
	private record Snapshot(String stamp, long readAt, List<Active> tickets) {

		boolean fresh(String now) {
			return this.stamp.equals(now) && System.nanoTime() - this.readAt < MAX_AGE.toNanos();
		}

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

package io.handover.portal;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import io.handover.common.Actor;
import io.handover.guard.GuardFindings;
import io.handover.guard.GuardReview;
import io.handover.guard.LeaverFindings;
import io.handover.profile.Department;
import io.handover.profile.Departments;
import io.handover.ticket.ActiveTickets;
import io.handover.ticket.TaskDigest;
import io.handover.ticket.TicketDigest;
import io.handover.ticket.TicketKind;
import org.springframework.stereotype.Service;
import tools.jackson.databind.ObjectMapper;

/**
 * Builds the overview from the active tickets the viewer may read (one query) and the
 * guard's findings for the leavers among them (one query): what is coming in the next
 * four weeks, what each department owes, what is overdue, and which leavers still have
 * something on their name after their last day.
 */
@Service
class OverviewQuery {

	static final int HORIZON_DAYS = 28;

	private final ActiveTickets tickets;

	private final GuardFindings guard;

	private final Departments departments;

	private volatile Bodies bodies;

	private final ObjectMapper json;

	/** The last answer written per viewer, kept while nothing it shows has changed. */
	private final Map<String, Written> written = new ConcurrentHashMap<>();

	/** At most this many bytes of answers are kept. */
	static final long WRITTEN_BYTES = 8L * 1024 * 1024;

	private long writtenBytes;

	OverviewQuery(ActiveTickets tickets, GuardFindings guard, Departments departments, ObjectMapper json) {
		this.tickets = tickets;
		this.guard = guard;
		this.departments = departments;
		this.json = json;
	}

	Overview of(Actor viewer, boolean trial) {
		return parts(viewer, trial).overview();
	}

	/**
	 * The overview as JSON with its entity tag. The answer written last for the same
	 * viewer is given again, not written anew, while everything it shows is the same: the
	 * same body (the same copy of the active tickets, the same day, the same scope:
	 * {@link #bodyOf}), the same viewer line, the same departments and the same leavers'
	 * findings (read each time: the guard writes them without moving the tickets' mark).
	 * Any change to one of them writes a new answer with a new tag, so a stale one is
	 * never served.
	 */
	Rendered rendered(Actor viewer, boolean trial) {
		Parts parts = parts(viewer, trial);
		Overview.Viewer who = parts.overview().viewer();
		String key = who.sees() + "\n" + who.upn() + "\n" + who.name() + "\n" + parts.scope();
		List<String> departmentKeys = this.departments.all().stream().map(Department::key).toList();
		Written known = this.written.get(key);
		if (known != null && known.body() == parts.body() && known.viewer().equals(who)
				&& known.leavers().equals(parts.overview().leavers())
				&& known.departmentKeys().equals(departmentKeys)) {
			return known.rendered();
		}
		byte[] body = this.json.writeValueAsBytes(parts.overview());
		Rendered rendered = new Rendered(body, tag(body));
		keep(key, new Written(parts.body(), who, parts.overview().leavers(), departmentKeys, rendered));
		return rendered;
	}

	/**
	 * Keeps an answer within {@link #WRITTEN_BYTES} in all (the production heap is 192
	 * MB; an answer for HR is 168 kB at the benchmark's scale): past it, the others are
	 * let go and written again at their next request.
	 */
	private synchronized void keep(String key, Written answer) {
		Written before = this.written.put(key, answer);
		this.writtenBytes += answer.rendered().json().length - (before != null ? before.rendered().json().length : 0);
		if (this.writtenBytes > WRITTEN_BYTES) {
			this.written.clear();
			this.written.put(key, answer);
			this.writtenBytes = answer.rendered().json().length;
		}
	}

	private Parts parts(Actor viewer, boolean trial) {
		ActiveTickets.Reader reader = this.tickets.reader(viewer);
		boolean all = reader.all();
		List<String> staff = reader.staff();
		int reports = reader.reports().size();
		ActiveTickets.Visible visible = this.tickets.visible(reader);
		Body body = bodyOf(visible, all, staff);
		return new Parts(body, visible.scope(),
				new Overview(viewerOf(viewer, all, staff, reports, trial), body.today(), body.until(), body.coming(),
						body.departments(), body.overdue(), body.overdueTotal(), leavers(body.leavers())));
	}

	/** A strong entity tag: the SHA-256 of the answer, so equal tags mean equal bytes. */
	private static String tag(byte[] body) {
		try {
			byte[] digest = java.security.MessageDigest.getInstance("SHA-256").digest(body);
			return "\"" + java.util.HexFormat.of().formatHex(digest, 0, 16) + "\"";
		}
		catch (java.security.NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** The overview as JSON, and its entity tag (quoted). */
	record Rendered(byte[] json, String etag) {
	}

	private record Parts(Body body, String scope, Overview overview) {
	}

	private record Written(Body body, Overview.Viewer viewer, List<Overview.Leaver> leavers,
			List<String> departmentKeys, Rendered rendered) {
	}

	/**
	 * What the overview says of these tickets, built once per copy of the active tickets,
	 * day and what of them the viewer sees (the leavers' findings are read per request:
	 * the guard writes them without moving the tickets' mark).
	 */
	private Body bodyOf(ActiveTickets.Visible visible, boolean all, List<String> staff) {
		String key = visible.scope();
		Bodies known = this.bodies;
		if (known == null || known.copy() != visible.copy() || !known.today().equals(visible.today())) {
			known = new Bodies(visible.copy(), visible.today(), new ConcurrentHashMap<>());
			this.bodies = known;
		}
		Body body = known.byScope().get(key);
		if (body == null) {
			body = build(visible.tickets(), visible.today(), all, staff);
			if (known.byScope().size() >= Bodies.SCOPES) {
				known.byScope().clear();
			}
			known.byScope().put(key, body);
		}
		return body;
	}

	private Body build(List<TicketDigest> visible, LocalDate today, boolean all, List<String> staff) {
		LocalDate until = today.plusDays(HORIZON_DAYS - 1);
		List<Overview.Coming> coming = new ArrayList<>();
		Map<String, int[]> load = new LinkedHashMap<>();
		Map<String, Set<String>> ticketsOf = new LinkedHashMap<>();
		(all ? this.departments.all().stream().map(Department::key).toList() : staff)
			.forEach(department -> load.put(department, new int[2]));
		List<Overview.Overdue> overdue = new ArrayList<>();
		List<TicketDigest> leavers = new ArrayList<>();
		for (TicketDigest ticket : visible) {
			int open = 0;
			for (TaskDigest task : ticket.tasks()) {
				if (!task.status().isOpen()) {
					continue;
				}
				open++;
				int[] counts = load.computeIfAbsent(task.department(), department -> new int[2]);
				counts[0]++;
				ticketsOf.computeIfAbsent(task.department(), department -> new java.util.HashSet<>()).add(ticket.key());
				if (task.overdue()) {
					counts[1]++;
					overdue.add(new Overview.Overdue(ticket.key(), task.id(), task.department(), task.title(),
							ticket.employeeName(), task.dueOn(), ChronoUnit.DAYS.between(task.dueOn(), today),
							task.status(), task.assigneeName()));
				}
			}
			if (ticket.kind() != TicketKind.MOVER && ticket.date() != null && !ticket.date().isBefore(today)
					&& !ticket.date().isAfter(until)) {
				coming.add(new Overview.Coming(ticket.key(), ticket.kind(), ticket.employeeName(), ticket.date(),
						ticket.lateNotice(), open, ticket.tasks().size()));
			}
			if (ticket.kind() == TicketKind.LEAVER) {
				leavers.add(ticket);
			}
		}
		List<Overview.DepartmentLoad> departmentLoads = load.entrySet()
			.stream()
			.map(entry -> new Overview.DepartmentLoad(entry.getKey(),
					ticketsOf.getOrDefault(entry.getKey(), Set.of()).size(), entry.getValue()[0], entry.getValue()[1]))
			.toList();
		overdue.sort(Comparator.comparing(Overview.Overdue::dueOn).thenComparing(Overview.Overdue::ticketKey));
		int overdueTotal = overdue.size();
		List<Overview.Overdue> shown = overdue.size() > Overview.LIMIT ? overdue.subList(0, Overview.LIMIT) : overdue;
		return new Body(today, until, List.copyOf(coming), departmentLoads, List.copyOf(shown), overdueTotal,
				List.copyOf(leavers));
	}

	/** The overview of a set of tickets but for who looks and the leavers' findings. */
	private record Body(LocalDate today, LocalDate until, List<Overview.Coming> coming,
			List<Overview.DepartmentLoad> departments, List<Overview.Overdue> overdue, int overdueTotal,
			List<TicketDigest> leavers) {

	}

	/** The bodies built from one copy of the active tickets on one day, per scope. */
	private record Bodies(long copy, LocalDate today, Map<String, Body> byScope) {

		/**
		 * At most this many scopes (a manager's people, a department's staff) are kept.
		 */
		static final int SCOPES = 256;

	}

	/**
	 * The leavers with something left behind; department staff who see only their part of
	 * a ticket see only the findings their department answers for.
	 */
	private List<Overview.Leaver> leavers(List<TicketDigest> visible) {
		if (visible.isEmpty()) {
			return List.of();
		}
		Map<String, LeaverFindings> findings = this.guard.of(visible.stream().map(TicketDigest::key).toList());
		List<Overview.Leaver> leavers = new ArrayList<>();
		for (TicketDigest ticket : visible) {
			LeaverFindings found = findings.get(ticket.key());
			if (found == null || !found.afterLastDay()) {
				continue;
			}
			Set<String> departments = ticket.whole() ? null
					: ticket.tasks().stream().map(TaskDigest::department).collect(java.util.stream.Collectors.toSet());
			List<GuardReview.Finding> residues = mine(found.residues(), departments);
			List<GuardReview.Finding> unobservable = mine(found.unobservable(), departments);
			if (!residues.isEmpty() || !unobservable.isEmpty()) {
				leavers.add(new Overview.Leaver(ticket.key(), ticket.employeeName(), ticket.date(), found.checkedAt(),
						residues, unobservable));
			}
		}
		return leavers;
	}

	private static List<GuardReview.Finding> mine(List<GuardReview.Finding> findings, Set<String> departments) {
		if (departments == null) {
			return findings;
		}
		return findings.stream().filter(finding -> departments.contains(finding.department())).toList();
	}

	static Overview.Viewer viewerOf(Actor viewer, boolean all, List<String> staff, int reports, boolean trial) {
		String sees = all ? "all" : !staff.isEmpty() || reports > 0 ? "part" : "none";
		return new Overview.Viewer(viewer.name(), viewer.upn(), sees, staff, reports, trial);
	}

}

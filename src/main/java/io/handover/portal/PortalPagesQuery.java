package io.handover.portal;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.handover.access.Access;
import io.handover.access.DepartmentLinks;
import io.handover.apps.ApplicationRegister;
import io.handover.asset.AssetHistory;
import io.handover.asset.AssetHolder;
import io.handover.asset.AssetRegister;
import io.handover.asset.Outstanding;
import io.handover.asset.OutstandingList;
import io.handover.asset.OutstandingPage;
import io.handover.audit.AuditTrail;
import io.handover.common.Actor;
import io.handover.common.InvalidInput;
import io.handover.common.NotAllowed;
import io.handover.common.NotFound;
import io.handover.employee.Employee;
import io.handover.employee.EmployeeDirectory;
import io.handover.hr.HrSource;
import io.handover.hr.HrSourceStatus;
import io.handover.hr.HrSync;
import io.handover.hr.JobProfiles;
import io.handover.profile.Department;
import io.handover.profile.Departments;
import io.handover.profile.ProfileManagement;
import io.handover.task.TaskStatus;
import io.handover.ticket.ActiveTickets;
import io.handover.ticket.TaskDigest;
import io.handover.ticket.TicketDigest;
import org.springframework.stereotype.Service;
import org.springframework.util.StringUtils;

/**
 * The portal's department queues, register, person and asset pages, outstanding assets
 * and admin page. What each holds follows the viewer as the REST API does: HR and
 * Administrators everything; department staff (IT, FM) their department's tasks and the
 * asset register; a manager their own people (the register's {@code managerUpn}), without
 * the asset register. Every refusal is audited and names the reason.
 */
@Service
class PortalPagesQuery {

	static final int MIN_QUERY = 2;

	static final int MAX_PEOPLE = 20;

	private final ActiveTickets tickets;

	private final Departments departments;

	private final EmployeeDirectory employees;

	private final AssetRegister assets;

	private final OutstandingList outstanding;

	private final Access access;

	private final ProfileManagement profiles;

	private final ApplicationRegister applications;

	private final DepartmentLinks links;

	private final List<HrSource> hrSources;

	private final HrSync hrSync;

	private final JobProfiles jobs;

	private final AuditTrail audit;

	private final Clock clock;

	PortalPagesQuery(ActiveTickets tickets, Departments departments, EmployeeDirectory employees, AssetRegister assets,
			OutstandingList outstanding, Access access, ProfileManagement profiles, ApplicationRegister applications,
			DepartmentLinks links, List<HrSource> hrSources, HrSync hrSync, JobProfiles jobs, AuditTrail audit,
			Clock clock) {
		this.tickets = tickets;
		this.departments = departments;
		this.employees = employees;
		this.assets = assets;
		this.outstanding = outstanding;
		this.access = access;
		this.profiles = profiles;
		this.applications = applications;
		this.links = links;
		this.hrSources = hrSources;
		this.hrSync = hrSync;
		this.jobs = jobs;
		this.audit = audit;
		this.clock = clock;
	}

	// --- department queues ------------------------------------------------------------

	/**
	 * The open tasks due by this week's Sunday (overdue ones included) that the viewer
	 * sees, earliest due first.
	 * @param department only this department's tasks, or null
	 * @param status only tasks in this state (open, claimed, blocked), or null
	 * @param text only tasks whose title, person or ticket key contains this, or null
	 * @throws InvalidInput for an unknown department or a state that is not open
	 * @throws NotAllowed for department staff asking for another department's queue
	 */
	PortalPages.Queues queues(Actor viewer, boolean trial, String department, TaskStatus status, String text) {
		if (department != null && !this.departments.exists(department)) {
			throw new InvalidInput("department", "No department '" + PortalViewer.LogSafeName.of(department)
					+ "'; known: " + this.departments.all().stream().map(Department::key).toList());
		}
		if (status != null && !status.isOpen()) {
			throw new InvalidInput("status", "The queues list open tasks: OPEN, CLAIMED or BLOCKED, not " + status);
		}
		ActiveTickets.Reader reader = this.tickets.reader(viewer);
		if (department != null && !reader.all() && reader.reports().isEmpty() && !reader.staff().contains(department)) {
			throw refused("queue", department, viewer,
					department + "'s queue is for " + department + " staff, HR and Administrators; you see "
							+ (reader.staff().isEmpty() ? "no department's" : String.join(", ", reader.staff()) + "'s")
							+ ".");
		}
		LocalDate today = LocalDate.now(this.clock);
		LocalDate monday = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
		LocalDate sunday = monday.plusDays(6);
		String needle = StringUtils.hasText(text) ? text.trim().toLowerCase(Locale.ROOT) : null;
		List<PortalPages.QueueTask> tasks = new ArrayList<>();
		for (TicketDigest ticket : this.tickets.visibleTo(reader)) {
			for (TaskDigest task : ticket.tasks()) {
				if (!task.status().isOpen() || task.dueOn() == null || task.dueOn().isAfter(sunday)
						|| (department != null && !department.equals(task.department()))
						|| (status != null && status != task.status())) {
					continue;
				}
				if (needle != null && !contains(task.title(), needle) && !contains(ticket.employeeName(), needle)
						&& !contains(ticket.key(), needle)) {
					continue;
				}
				tasks.add(new PortalPages.QueueTask(ticket.key(), ticket.kind(), ticket.employeeName(), ticket.date(),
						task.id(), task.department(), task.title(), task.status(), task.dueOn(), task.overdue(),
						task.urgent(), task.assigneeName()));
			}
		}
		tasks.sort(Comparator.comparing(PortalPages.QueueTask::dueOn)
			.thenComparing(PortalPages.QueueTask::ticketKey)
			.thenComparing(PortalPages.QueueTask::taskId));
		List<String> filterable = reader.all() || !reader.reports().isEmpty()
				? this.departments.all().stream().map(Department::key).toList() : reader.staff();
		return new PortalPages.Queues(
				OverviewQuery.viewerOf(viewer, reader.all(), reader.staff(), reader.reports().size(), trial), monday,
				sunday, filterable, tasks);
	}

	private static boolean contains(String value, String needle) {
		return value != null && value.toLowerCase(Locale.ROOT).contains(needle);
	}

	// --- the register -----------------------------------------------------------------

	/**
	 * People by name or UPN, assets by tag or serial number. A manager finds only their
	 * own people and no assets.
	 * @throws InvalidInput for a query shorter than {@value #MIN_QUERY} characters
	 */
	PortalPages.Register register(Actor viewer, String query) {
		String q = query == null ? "" : query.trim();
		if (q.length() < MIN_QUERY) {
			throw new InvalidInput("q", "Search with at least " + MIN_QUERY + " characters: a name, a UPN, an asset "
					+ "tag or a serial number.");
		}
		ActiveTickets.Reader reader = this.tickets.reader(viewer);
		boolean readsRegister = readsRegister(reader);
		Map<String, Employee> found = new LinkedHashMap<>();
		if (q.contains("@")) {
			this.employees.findByUpn(q).ifPresent(employee -> found.put(employee.id(), employee));
		}
		this.employees.closestMatches(q, MAX_PEOPLE).forEach(employee -> found.putIfAbsent(employee.id(), employee));
		List<PortalPages.Person> people = found.values()
			.stream()
			.filter(employee -> readsRegister || reader.reports().contains(employee.id()))
			.map(PortalPagesQuery::person)
			.toList();
		List<AssetHolder> assets = null;
		if (readsRegister) {
			assets = new ArrayList<>();
			this.assets.holderOf(q).or(() -> this.assets.asset(q)).ifPresent(assets::add);
		}
		return new PortalPages.Register(q, people, assets);
	}

	/**
	 * HR, Administrators and department staff read the asset register; a manager does
	 * not.
	 */
	private static boolean readsRegister(ActiveTickets.Reader reader) {
		return reader.all() || !reader.staff().isEmpty();
	}

	private static PortalPages.Person person(Employee employee) {
		return new PortalPages.Person(employee.id(), employee.name(), employee.upn(), employee.managerUpn(),
				employee.leavingOn());
	}

	// --- a person's page --------------------------------------------------------------

	/**
	 * @throws NotFound for an unknown person
	 * @throws NotAllowed for a manager who is not theirs (audited)
	 */
	PortalPages.PersonPage person(Actor viewer, String id) {
		Employee employee = this.employees.find(id).orElseThrow(() -> new NotFound("Employee", id));
		ActiveTickets.Reader reader = this.tickets.reader(viewer);
		boolean readsRegister = readsRegister(reader);
		if (!readsRegister && !reader.reports().contains(employee.id())) {
			throw refused("employee", employee.id(), viewer, "A manager sees the pages of their own people only (the "
					+ "register names their manager); " + employee.name() + " is not one of them.");
		}
		List<TicketDigest> theirs = this.tickets.visibleTo(reader)
			.stream()
			.filter(ticket -> employee.id().equals(ticket.employeeId()))
			.toList();
		return new PortalPages.PersonPage(person(employee), theirs,
				readsRegister ? this.assets.holdingsOf(employee.id()) : null,
				readsRegister ? this.assets.handoversOf(employee.id()) : null);
	}

	// --- an asset's history -----------------------------------------------------------

	/**
	 * @param key the asset's id, tag or serial number
	 * @throws NotAllowed for a viewer who does not read the asset register (audited)
	 * @throws NotFound for an unknown asset
	 */
	AssetHistory asset(Actor viewer, String key) {
		if (!readsRegister(this.tickets.reader(viewer))) {
			throw refused("asset", key, viewer,
					"An asset's history is for HR, IT, FM and Administrators, who read the asset register.");
		}
		String id = this.assets.holderOf(key).map(AssetHolder::assetId).orElse(key);
		return this.assets.historyOf(id).orElseThrow(() -> new NotFound("Asset", key));
	}

	// --- outstanding assets of past leavers -------------------------------------------

	/**
	 * Readers of the asset register: a page of everyone's; a manager: their own people's
	 * (a manager has few, read at once).
	 */
	PortalPages.OutstandingAssets outstanding(Actor viewer, String after, int limit) {
		LocalDate today = LocalDate.now(this.clock);
		ActiveTickets.Reader reader = this.tickets.reader(viewer);
		if (readsRegister(reader)) {
			OutstandingPage page = this.outstanding.page(today, after == null ? null : OutstandingPage.Cursor.of(after),
					limit);
			return new PortalPages.OutstandingAssets(today, page.items(),
					page.next() != null ? page.next().token() : null);
		}
		List<Outstanding> items = new ArrayList<>();
		for (Employee employee : this.employees.findAll(reader.reports())) {
			if (employee.leavingOn() != null && employee.leavingOn().isBefore(today)) {
				this.assets.holdingsOf(employee.id())
					.forEach(holding -> items.add(new Outstanding(employee.id(), employee.name(), employee.upn(),
							employee.leavingOn(), holding)));
			}
		}
		items.sort(Comparator.comparing(Outstanding::lastWorkingDay).thenComparing(Outstanding::employeeId));
		return new PortalPages.OutstandingAssets(today, items, null);
	}

	// --- admin ------------------------------------------------------------------------

	/**
	 * Administrators: everything; HR: the HR sources and the job table.
	 * @throws NotAllowed for anyone else (audited)
	 */
	PortalPages.Admin admin(Actor viewer) {
		boolean admin = this.access.isAdmin(viewer);
		boolean hr = this.access.isHr(viewer);
		if (!admin && !hr) {
			throw refused("portal", "admin", viewer,
					"The admin page is for Administrators (and its HR part for HR staff).");
		}
		List<PortalPages.HrSource> sources = new ArrayList<>();
		Map<String, HrSourceStatus> statuses = new LinkedHashMap<>();
		this.hrSync.statuses().forEach(status -> statuses.put(status.system(), status));
		for (HrSource source : this.hrSources) {
			sources.add(new PortalPages.HrSource(source.system(), statuses.remove(source.system())));
		}
		statuses.values().forEach(status -> sources.add(new PortalPages.HrSource(status.system(), status)));
		if (!admin) {
			return new PortalPages.Admin(null, null, null, sources, this.jobs.all());
		}
		List<DepartmentLinks.Link> channels = this.links.links();
		List<PortalPages.DepartmentView> departments = this.departments.all()
			.stream()
			.map(department -> new PortalPages.DepartmentView(department.key(), department.name(),
					this.departments.membersGroup(department.key()).orElse(null),
					this.links.configuredMembers(department.key()), this.links.lead(department.key()),
					channels.stream().filter(link -> link.departments().contains(department.key())).toList(),
					channels.stream().filter(link -> link.requested().contains(department.key())).toList()))
			.toList();
		return new PortalPages.Admin(this.profiles.all(),
				this.applications.all().stream().map(this.applications::view).toList(), departments, sources,
				this.jobs.all());
	}

	private NotAllowed refused(String subjectType, String subjectId, Actor caller, String reason) {
		this.audit.record(subjectType, subjectId, "refused", caller, reason, Map.of("action", "portal-read"));
		return new NotAllowed("portal-read-refused", reason);
	}

}

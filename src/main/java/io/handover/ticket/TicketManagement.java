package io.handover.ticket;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import io.handover.asset.AssetRegister;
import io.handover.asset.Holding;
import io.handover.common.Actor;
import io.handover.common.Channel;
import io.handover.common.Refusal;
import io.handover.employee.Employee;
import io.handover.employee.EmployeeDirectory;
import io.handover.employee.Names;
import io.handover.employee.NewEmployee;
import io.handover.profile.ProfileManagement;
import io.handover.profile.RoleProfile;
import io.handover.task.AssetRef;
import io.handover.task.PlanRequest;
import io.handover.task.Task;
import io.handover.task.TaskPlanner;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;
import org.springframework.util.StringUtils;

/**
 * Opens, reschedules and cancels tickets. Every call takes an optional idempotency key: a
 * repeat with the same key returns the first answer and changes nothing.
 */
@Service
public class TicketManagement {

	private final TicketStore store;

	private final TaskPlanner planner;

	private final ProfileManagement profiles;

	private final EmployeeDirectory employees;

	private final AssetRegister assets;

	private final Clock clock;

	TicketManagement(TicketStore store, TaskPlanner planner, ProfileManagement profiles, EmployeeDirectory employees,
			AssetRegister assets, Clock clock) {
		this.store = store;
		this.planner = planner;
		this.profiles = profiles;
		this.employees = employees;
		this.assets = assets;
		this.clock = clock;
	}

	/**
	 * Opens a ticket and generates its tasks. A notice inside the lead time (14 days) is
	 * accepted, flagged late, and its tasks are urgent. A leaver's tasks come from what
	 * the asset register says they hold now; opening a leaver ticket marks the employee
	 * as leaving.
	 * @throws Refusal {@code duplicate-ticket} naming the open ticket of the same kind
	 * for the same employee; {@code unknown-profile};
	 * {@code shipping-address-required}...
	 */
	public TicketView open(NewTicket request, Actor by, String idempotencyKey) {
		return open(request, by, Authority.NONE, null, idempotencyKey);
	}

	/**
	 * Opens a ticket on someone's authority (see {@link Authority}): the opener's own
	 * (HR, the manager of record, an Administrator) or that of whoever confirmed the
	 * opener's request; recorded and audited in the same write as the opening.
	 * @param authorisedBy who gave the authority; null means the opener
	 */
	public TicketView open(NewTicket request, Actor by, Authority authority, Actor authorisedBy,
			String idempotencyKey) {
		String fingerprint = "open:" + this.store.write(request);
		if (idempotencyKey != null) {
			Optional<Ticket> earlier = this.store.findOpenedWith(idempotencyKey);
			if (earlier.isPresent()) {
				return this.store.replay(earlier.get(), idempotencyKey, fingerprint, TicketView.class)
					.orElseThrow(() -> new IllegalStateException("Ticket opened without its receipt"));
			}
		}
		check(request);
		RoleProfile profile = profile(request.profile(), "profile");
		RoleProfile previous = request.kind() == TicketKind.MOVER
				? profile(request.previousProfile(), "previousProfile") : null;
		if (previous != null && previous.key().equals(profile.key())) {
			throw new Refusal("same-profile", "profile",
					"A mover changes role: the new profile must differ from " + previous.title());
		}
		Employee employee = employee(request, by, idempotencyKey);
		refuseDuplicate(request.kind(), employee);
		LocalDate today = LocalDate.now(this.clock);
		boolean late = Ticket.noticeDays(request.date(), this.clock) < Ticket.LEAD_DAYS;
		List<AssetRef> holdings = request.kind() == TicketKind.JOINER ? List.of()
				: this.assets.holdingsOf(employee.id()).stream().map(TicketManagement::ref).toList();
		String key = this.store.nextKey();
		boolean remote = request.workLocation() == WorkLocation.REMOTE;
		List<Task> tasks = this.planner.plan(new PlanRequest(request.kind().direction(), key, request.date(), today,
				late, profile, previous, holdings, remote, assetNote(request)));
		EmployeeRef ref = new EmployeeRef(employee.id(), employee.name(), employee.upn(), employee.entraObjectId(),
				employee.hrEmployeeId());
		NewTicket completed = request.kind() == TicketKind.LEAVER && request.mailboxDelegate() == null
				&& request.manager() != null ? withDelegate(request, request.manager().upn()) : request;
		Ticket ticket = Ticket.open(key, completed, ref, profile.key(), previous != null ? previous.key() : null, tasks,
				by, idempotencyKey, this.clock);
		if (authority != null && authority != Authority.NONE) {
			ticket.authorise(authority, authorisedBy != null ? authorisedBy : by, this.clock);
		}
		TicketView view = TicketView.of(ticket, today);
		if (idempotencyKey != null) {
			ticket.remember(idempotencyKey, fingerprint, this.store.write(view), this.clock);
		}
		try {
			this.store.insert(ticket);
		}
		catch (DuplicateKeyException raced) {
			if (idempotencyKey != null && this.store.findOpenedWith(idempotencyKey).isPresent()) {
				return open(request, by, authority, authorisedBy, idempotencyKey);
			}
			refuseDuplicate(request.kind(), employee);
			throw raced;
		}
		if (request.kind() == TicketKind.LEAVER) {
			this.employees.markLeaving(employee.id(), request.date(), by);
		}
		return view;
	}

	/** Moves the ticket's date; open tasks are re-dated, done ones keep their dates. */
	public TicketView reschedule(String key, LocalDate date, String why, Actor by, String idempotencyKey) {
		TicketView view = this.store.change(key, idempotencyKey, "reschedule:" + key + ":" + date, TicketView.class,
				ticket -> {
					LocalDate today = LocalDate.now(this.clock);
					ticket.reschedule(date, by, why, this.clock,
							(newDate, offset) -> this.planner.dueOn(newDate, offset, today));
					return TicketView.of(ticket, today);
				});
		if (view.kind() == TicketKind.LEAVER && view.state().isActive()) {
			this.employees.markLeaving(view.employee().id(), view.date(), by);
		}
		return view;
	}

	/**
	 * Puts an active starter or mover ticket on another role profile (a mover's keeps the
	 * profile it moves from). While nobody has begun its work its tasks are replaced by
	 * the new profile's plan; once work has begun the tasks are kept and HR gets a task
	 * to check them against the new profile. A repeat with the same idempotency key
	 * changes nothing.
	 * @throws Refusal {@code unknown-profile}, {@code same-profile} (also a mover's to
	 * the profile it moves from), {@code not-a-starter} (a leaver), {@code ticket-closed}
	 */
	public TicketView changeProfile(String key, String profileKey, String why, Actor by, String idempotencyKey) {
		RoleProfile profile = profile(profileKey, "profile");
		return this.store.change(key, idempotencyKey, "change-profile:" + key + ":" + profile.key(), TicketView.class,
				ticket -> {
					if (ticket.kind() == TicketKind.LEAVER) {
						throw new Refusal("not-a-starter", "ticket",
								key + " is a leaver ticket: its profile is the one the person leaves");
					}
					RoleProfile previous = ticket.kind() == TicketKind.MOVER
							? profile(ticket.previousProfile(), "previousProfile") : null;
					if (previous != null && previous.key().equals(profile.key())) {
						throw new Refusal("same-profile", "profile",
								key + " moves from " + previous.title() + ": the new profile must differ from it");
					}
					List<AssetRef> holdings = ticket.kind() == TicketKind.MOVER
							? this.assets.holdingsOf(ticket.employee().id())
								.stream()
								.map(TicketManagement::ref)
								.toList()
							: List.of();
					LocalDate today = LocalDate.now(this.clock);
					List<Task> replan = ticket.workBegun() ? null
							: this.planner.plan(new PlanRequest(ticket.kind().direction(), key, ticket.date(), today,
									ticket.lateNotice(), profile, previous, holdings,
									ticket.workLocation() == WorkLocation.REMOTE,
									ticket.workLocation() == WorkLocation.REMOTE
											? "Remote joiner: ship to " + ticket.shippingAddress() : null));
					io.handover.task.NewTask check = new io.handover.task.NewTask("hr.check-profile-tasks", "HR",
							"Check " + key + "'s tasks against profile " + profile.title(),
							"The job now maps to " + profile.title() + ". Work on this ticket had begun, so its tasks "
									+ "were kept: add or mark not needed what differs from that profile.",
							profile.key());
					ticket.changeProfile(profile.key(), replan, check, today, why, by, this.clock);
					return TicketView.of(ticket, today);
				});
	}

	/**
	 * Records on whose authority the ticket runs: HR, the manager of record or an
	 * Administrator who opened it or confirmed the request that opened it. A repeat with
	 * the same idempotency key changes nothing.
	 */
	public TicketView authorise(String key, Authority authority, Actor by, String idempotencyKey) {
		return this.store.change(key, idempotencyKey, "authorise:" + key + ":" + authority + ":" + by.id(),
				TicketView.class, ticket -> {
					ticket.authorise(authority, by, this.clock);
					return TicketView.of(ticket, LocalDate.now(this.clock));
				});
	}

	/**
	 * Names another manager on an active ticket (HR changed the employee's manager); the
	 * change is audited with who made it and why, and the two managers are told (the
	 * outbox). A repeat with the same idempotency key changes nothing.
	 * @throws Refusal {@code ticket-closed} (a closed ticket keeps the manager it closed
	 * with), {@code manager-required}, {@code same-manager}
	 */
	public TicketView changeManager(String key, ManagerRef manager, String why, Actor by, String idempotencyKey) {
		return this.store.change(key, idempotencyKey,
				"change-manager:" + key + ":" + (manager != null ? manager.upn() : null), TicketView.class, ticket -> {
					ticket.changeManager(manager, by, why, this.clock);
					return TicketView.of(ticket, LocalDate.now(this.clock));
				});
	}

	/** Cancels the ticket; its open tasks close as cancelled. */
	public TicketView cancel(String key, String reason, Actor by, String idempotencyKey) {
		TicketView view = this.store.change(key, idempotencyKey, "cancel:" + key + ":" + reason, TicketView.class,
				ticket -> {
					ticket.cancel(by, reason, this.clock);
					return TicketView.of(ticket, LocalDate.now(this.clock));
				});
		if (view.kind() == TicketKind.LEAVER) {
			this.employees.clearLeaving(view.employee().id(), by);
		}
		return view;
	}

	/**
	 * Adds tasks to an open ticket (e.g. the steps of the leaver runbook), due on
	 * {@code dueOn}; with an idempotency key a repeat adds nothing.
	 */
	public TicketView addTasks(String key, List<io.handover.task.NewTask> tasks, LocalDate dueOn, Actor by,
			String idempotencyKey) {
		return this.store.change(key, idempotencyKey, "add-tasks:" + key + ":" + tasks, TicketView.class, ticket -> {
			ticket.addTasks(tasks, dueOn, by, this.clock);
			return TicketView.of(ticket, LocalDate.now(this.clock));
		});
	}

	/**
	 * Adds tasks to a ticket, reopening it when it was completed (what its tasks were to
	 * achieve does not hold any more); a cancelled ticket is refused.
	 * @throws Refusal for a cancelled ticket
	 */
	public TicketView reopenWithTasks(String key, List<io.handover.task.NewTask> tasks, LocalDate dueOn, String why,
			Actor by, String idempotencyKey) {
		return this.store.change(key, idempotencyKey, "reopen-with-tasks:" + key + ":" + tasks, TicketView.class,
				ticket -> {
					ticket.reopenWith(tasks, dueOn, why, by, this.clock);
					return TicketView.of(ticket, LocalDate.now(this.clock));
				});
	}

	/**
	 * Active tickets of a kind whose date is on or before the given day, oldest first.
	 */
	public List<TicketView> activeUntil(TicketKind kind, LocalDate onOrBefore) {
		Query query = Query
			.query(Criteria.where("kind")
				.is(kind)
				.and("state")
				.in(TicketState.OPEN, TicketState.IN_PROGRESS)
				.and("date")
				.lte(onOrBefore))
			.with(Sort.by("date"));
		LocalDate today = LocalDate.now(this.clock);
		return this.store.find(query).stream().map(ticket -> TicketView.of(ticket, today)).toList();
	}

	public Optional<TicketView> find(String key) {
		return this.store.find(key).map(ticket -> TicketView.of(ticket, LocalDate.now(this.clock)));
	}

	public TicketView get(String key) {
		return TicketView.of(this.store.load(key), LocalDate.now(this.clock));
	}

	/**
	 * Tickets by any combination of employee id, manager UPN, requester id and states
	 * (null: any), newest first.
	 */
	public List<TicketView> search(String employeeId, String managerUpn, String requestedBy,
			Collection<TicketState> states, int max) {
		List<Criteria> criteria = new ArrayList<>();
		if (StringUtils.hasText(employeeId)) {
			criteria.add(Criteria.where("employee.id").is(employeeId));
		}
		if (StringUtils.hasText(managerUpn)) {
			criteria.add(Criteria.where("manager.upn").is(managerUpn));
		}
		if (StringUtils.hasText(requestedBy)) {
			criteria.add(Criteria.where("requestedBy.id").is(requestedBy));
		}
		if (states != null && !states.isEmpty()) {
			criteria.add(Criteria.where("state").in(states));
		}
		Query query = new Query(criteria.isEmpty() ? new Criteria() : new Criteria().andOperator(criteria))
			.with(Sort.by(Sort.Direction.DESC, "openedAt"))
			.limit(Math.max(1, Math.min(max, 500)));
		LocalDate today = LocalDate.now(this.clock);
		return this.store.find(query).stream().map(ticket -> TicketView.of(ticket, today)).toList();
	}

	/**
	 * The active tickets whose person the words name in full (see {@link Names#namedIn}),
	 * newest first, looked for among the newest 500 active ones.
	 */
	public List<TicketView> activeNamedIn(String words) {
		return search(null, null, null, List.of(TicketState.OPEN, TicketState.IN_PROGRESS), 500).stream()
			.filter(ticket -> ticket.employee() != null && Names.namedIn(words, ticket.employee().name()))
			.toList();
	}

	/** Every ticket of these employees, in one read (at most 2,000). */
	public List<TicketView> ofEmployees(Collection<String> employeeIds) {
		if (employeeIds.isEmpty()) {
			return List.of();
		}
		Query query = Query.query(Criteria.where("employee.id").in(employeeIds)).limit(2000);
		LocalDate today = LocalDate.now(this.clock);
		return this.store.find(query).stream().map(ticket -> TicketView.of(ticket, today)).toList();
	}

	/**
	 * Tickets of one kind whose date lies between {@code from} and {@code to}
	 * (inclusive), in the given states, earliest first — e.g. the joiners who start
	 * today.
	 */
	public List<TicketView> dated(TicketKind kind, LocalDate from, LocalDate to, Collection<TicketState> states) {
		Criteria criteria = Criteria.where("kind").is(kind).and("date").gte(from).lte(to);
		if (states != null && !states.isEmpty()) {
			criteria = criteria.and("state").in(states);
		}
		Query query = Query.query(criteria).with(Sort.by("date", "_id")).limit(1000);
		LocalDate today = LocalDate.now(this.clock);
		return this.store.find(query).stream().map(ticket -> TicketView.of(ticket, today)).toList();
	}

	private void check(NewTicket request) {
		if (request.kind() == null) {
			throw new Refusal("kind-required", "kind", "Say whether this is a joiner, a mover or a leaver");
		}
		if (request.date() == null) {
			throw new Refusal("date-required", "date", switch (request.kind()) {
				case JOINER -> "Give the start date";
				case MOVER -> "Give the date of the role change";
				case LEAVER -> "Give the last working day";
			});
		}
		if (request.employee() == null
				|| (!StringUtils.hasText(request.employee().id()) && !StringUtils.hasText(request.employee().name()))) {
			throw new Refusal("employee-required", "employee.name", "Give the name of the person");
		}
		if (request.kind() == TicketKind.JOINER && request.workLocation() == WorkLocation.REMOTE
				&& !StringUtils.hasText(request.shippingAddress())) {
			throw new Refusal("shipping-address-required", "shippingAddress",
					"A remote joiner's laptop is shipped: give the shipping address");
		}
		if (request.kind() == TicketKind.MOVER && !StringUtils.hasText(request.previousProfile())) {
			throw new Refusal("previous-profile-required", "previousProfile",
					"A mover needs the role they move from (previousProfile)");
		}
	}

	private RoleProfile profile(String words, String field) {
		if (!StringUtils.hasText(words)) {
			return this.profiles.get(RoleProfile.DEFAULT);
		}
		return this.profiles.find(words)
			.or(() -> this.profiles.match(words))
			.orElseThrow(() -> new Refusal("unknown-profile", field, "There is no role profile \"" + words
					+ "\"; known: " + this.profiles.all().stream().map(RoleProfile::title).toList()));
	}

	private Employee employee(NewTicket request, Actor by, String idempotencyKey) {
		NewTicket.Person person = request.employee();
		if (StringUtils.hasText(person.id())) {
			return this.employees.find(person.id())
				.orElseThrow(() -> new Refusal("unknown-employee", "employee.id",
						"There is no employee with id " + person.id()));
		}
		boolean noIdentityYet = !StringUtils.hasText(person.upn()) && !StringUtils.hasText(person.entraObjectId())
				&& !StringUtils.hasText(person.hrEmployeeId());
		NewEmployee who = new NewEmployee(person.name(), person.upn(), person.entraObjectId(), person.hrEmployeeId(),
				request.manager() != null ? request.manager().upn() : null);
		if (request.kind() == TicketKind.JOINER) {
			// The same name starting on the same day as an open joiner ticket is the same
			// person announced again (a second message, the HR system's hire of someone
			// the manager announced): the duplicate ticket is then refused, naming the
			// first, and the hire's identities land on the one record.
			Optional<Employee> announced = announcedJoiner(who, request.date(), by);
			if (announced.isPresent()) {
				return noIdentityYet ? announced.get() : this.employees.linkIdentities(announced.get().id(), who, by);
			}
		}
		if (request.kind() == TicketKind.JOINER && noIdentityYet) {
			// A joiner announced by their manager often has no account yet.
			return this.employees.registerAnnounced(person.name(),
					request.manager() != null ? request.manager().upn() : null, idempotencyKey, by);
		}
		return this.employees.register(who, by);
	}

	/**
	 * The person of an open joiner ticket with the same name and start date, unless an
	 * identity on record says it is someone else. HR's hire and a manager's announcement
	 * of the same name meet whatever date each gave (HR's date is the one that counts;
	 * the HR module moves the ticket to it), so neither makes a second ticket.
	 */
	private Optional<Employee> announcedJoiner(NewEmployee who, LocalDate startDate, Actor by) {
		for (Employee known : this.employees.named(who.name())) {
			boolean sameIdentities = agrees(known.upn(), who.upn())
					&& agrees(known.entraObjectId(), who.entraObjectId())
					&& agrees(known.hrEmployeeId(), who.hrEmployeeId());
			if (sameIdentities && this.store.findBySlot(Ticket.slot(TicketKind.JOINER, known.id()))
				.filter(open -> open.date().equals(startDate) || by.channel() == Channel.HR
						|| open.source() == Channel.HR)
				.isPresent()) {
				return Optional.of(known);
			}
		}
		return Optional.empty();
	}

	private static boolean agrees(String known, String given) {
		return !StringUtils.hasText(known) || !StringUtils.hasText(given) || known.equalsIgnoreCase(given.trim());
	}

	private void refuseDuplicate(TicketKind kind, Employee employee) {
		this.store.findBySlot(Ticket.slot(kind, employee.id())).ifPresent(open -> {
			throw new DuplicateTicket(open.key(), employee.name() + " already has an open " + kind.word() + " ticket: "
					+ open.key() + " (" + open.date() + ")");
		});
	}

	private static String assetNote(NewTicket request) {
		if (request.kind() == TicketKind.JOINER && request.workLocation() == WorkLocation.REMOTE) {
			return "Remote joiner: ship to " + request.shippingAddress();
		}
		if (request.kind() == TicketKind.LEAVER && request.deviceRetrieval() != null) {
			return switch (request.deviceRetrieval()) {
				case IN_PERSON -> "Returned in person";
				case COURIER -> "Collected by courier";
				case REMOTE_WIPE -> "Not coming back soon: wipe remotely";
			};
		}
		return null;
	}

	private static NewTicket withDelegate(NewTicket r, String delegate) {
		return new NewTicket(r.kind(), r.employee(), r.manager(), r.profile(), r.previousProfile(), r.date(),
				r.workLocation(), r.shippingAddress(), r.deviceRetrieval(), delegate);
	}

	static AssetRef ref(Holding holding) {
		return new AssetRef(holding.assetId(), holding.assignmentId(), holding.tag(), holding.type(), holding.model(),
				holding.serialNumber());
	}

}

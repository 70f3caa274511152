package io.handover.hr;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import io.handover.common.Actor;
import io.handover.common.Channel;
import io.handover.common.Refusal;
import io.handover.employee.Employee;
import io.handover.employee.EmployeeDirectory;
import io.handover.employee.NewEmployee;
import io.handover.hr.HrOutcome.Result;
import io.handover.profile.RoleProfile;
import io.handover.task.NewTask;
import io.handover.ticket.Authority;
import io.handover.ticket.DuplicateTicket;
import io.handover.ticket.ManagerRef;
import io.handover.ticket.NewTicket;
import io.handover.ticket.TicketKind;
import io.handover.ticket.TicketManagement;
import io.handover.ticket.TicketState;
import io.handover.ticket.TicketView;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;
import org.springframework.util.StringUtils;

/**
 * Turns HR events into tickets, through the ticket module like any other announcement, on
 * HR's authority (channel HR, actor {@code hr:<system>}). Each event is applied once: its
 * idempotency key goes with every ticket call (so a crash half-way is finished, not
 * repeated, by the next attempt) and its outcome is kept under that key (so a repeat
 * answers the first outcome and changes nothing).
 */
@Service
public class HrEventManagement {

	private static final Logger log = LoggerFactory.getLogger(HrEventManagement.class);

	static final String COLLECTION = "hrEvents";

	private static final List<TicketState> ACTIVE = List.of(TicketState.OPEN, TicketState.IN_PROGRESS);

	private final TicketManagement tickets;

	private final EmployeeDirectory employees;

	private final JobProfiles jobs;

	private final MongoTemplate mongo;

	private final Clock clock;

	HrEventManagement(TicketManagement tickets, EmployeeDirectory employees, JobProfiles jobs, MongoTemplate mongo,
			Clock clock) {
		this.tickets = tickets;
		this.employees = employees;
		this.jobs = jobs;
		this.mongo = mongo;
		this.clock = clock;
	}

	/**
	 * Applies an event once. A refusal of the ticket module (a name it cannot take, an
	 * identity that belongs to someone else) is answered as {@link Result#REFUSED} and
	 * not remembered, so the event is applied when it comes again after the cause is
	 * fixed.
	 */
	public HrOutcome apply(HrEvent event) {
		String key = event.idempotencyKey();
		Optional<HrOutcome> earlier = earlier(key);
		if (earlier.isPresent()) {
			return earlier.get().repeated();
		}
		HrOutcome outcome;
		try {
			outcome = dispatch(event);
		}
		catch (Refusal refusal) {
			log.warn("HR event {} refused: {}", key, refusal.getMessage());
			return outcome(event, Result.REFUSED, null, refusal.getMessage());
		}
		// a date change with no ticket to move is applied as the hire or termination it
		// stands for; it is remembered under its own key
		outcome = new HrOutcome(event.kind(), key, outcome.result(), outcome.ticketKey(), outcome.text());
		remember(event, outcome);
		return outcome;
	}

	private HrOutcome dispatch(HrEvent event) {
		if (event instanceof HrEvent.Hire hire) {
			return hire(hire);
		}
		if (event instanceof HrEvent.Termination termination) {
			return termination(termination);
		}
		if (event instanceof HrEvent.JobChange change) {
			return jobChange(change);
		}
		if (event instanceof HrEvent.DateChange change) {
			return dateChange(change);
		}
		if (event instanceof HrEvent.ManagerChange change) {
			return managerChange(change);
		}
		return withdrawn((HrEvent.Withdrawn) event);
	}

	/** The outcome an event had, when it was applied. */
	public Optional<HrOutcome> earlier(String idempotencyKey) {
		Document known = this.mongo.findById(idempotencyKey, Document.class, COLLECTION);
		if (known == null) {
			return Optional.empty();
		}
		return Optional.of(new HrOutcome(known.getString("event"), idempotencyKey,
				Result.valueOf(known.getString("result")), known.getString("ticketKey"), known.getString("text")));
	}

	private HrOutcome hire(HrEvent.Hire hire) {
		HrEmployment e = hire.employment();
		Actor by = Actor.hrSource(e.system());
		Optional<String> profile = this.jobs.profileFor(e.jobCode(), e.jobTitle());
		NewTicket request = new NewTicket(TicketKind.JOINER, person(e), manager(e), profile.orElse(null), null,
				e.startDate(), null, null, null, null);
		TicketView opened;
		try {
			opened = this.tickets.open(request, by, Authority.HR, null, hire.idempotencyKey());
		}
		catch (DuplicateTicket announced) {
			// the manager announced this person already: that ticket now runs on HR's
			// authority and HR's start date
			TicketView existing = this.tickets.get(announced.ticketKey());
			if (existing.authority() != Authority.HR) {
				this.tickets.authorise(existing.key(), Authority.HR, by, hire.idempotencyKey() + ":authorise");
			}
			if (!existing.date().equals(e.startDate())) {
				this.tickets.reschedule(existing.key(), e.startDate(), "HR's start date", by,
						hire.idempotencyKey() + ":reschedule");
			}
			return outcome(hire, Result.MATCHED, existing.key(), e.name() + " was announced already: " + existing.key()
					+ " now follows HR (start " + e.startDate() + ")");
		}
		if (profile.isEmpty()) {
			this.tickets.addTasks(opened.key(), List.of(chooseProfile(e)), LocalDate.now(this.clock), by,
					hire.idempotencyKey() + ":choose-profile");
			return outcome(hire, Result.OPENED, opened.key(), opened.key() + " opened for " + e.name()
					+ " on the default profile: HR chooses a profile for job " + job(e));
		}
		return outcome(hire, Result.OPENED, opened.key(),
				opened.key() + " opened for " + e.name() + ", starting " + e.startDate());
	}

	/**
	 * Open tickets follow a job's new mapping: each person HR last sent with that job
	 * (code, else title) whose open starter ticket, or open mover ticket whose profile
	 * came from the mapping (HR opened it for a job change; not one whose profile a
	 * manager chose), runs on another profile gets the mapped one; its tasks are replaced
	 * while nobody has begun them, otherwise HR gets a task to check them. A ticket that
	 * cannot follow (a mover whose new job now maps to the profile it moves from) is
	 * logged and skipped.
	 * @return the keys of the tickets that now follow the mapping
	 */
	@EventListener
	public List<String> follow(JobProfiles.JobMapped mapped) {
		java.util.regex.Pattern words = java.util.regex.Pattern.compile(
				"^\\s*" + java.util.Arrays.stream(mapped.job().split(" "))
					.map(java.util.regex.Pattern::quote)
					.collect(java.util.stream.Collectors.joining("\\s+")) + "\\s*$",
				java.util.regex.Pattern.CASE_INSENSITIVE);
		Query sameJob = Query.query(new Criteria().orOperator(Criteria.where("employment.jobCode").regex(words),
				Criteria.where("employment.jobTitle").regex(words)));
		List<String> followed = new java.util.ArrayList<>();
		for (HrSnapshot snapshot : this.mongo.find(sameJob, HrSnapshot.class)) {
			HrEmployment e = snapshot.employment();
			Optional<String> profile = this.jobs.profileFor(e.jobCode(), e.jobTitle());
			Optional<Employee> person = this.employees.identify(e.employeeId())
				.filter(known -> e.employeeId().equals(known.hrEmployeeId()));
			if (profile.isEmpty() || person.isEmpty()) {
				continue;
			}
			List<TicketView> following = new java.util.ArrayList<>();
			open(person.get(), TicketKind.JOINER).ifPresent(following::add);
			open(person.get(), TicketKind.MOVER).filter(HrEventManagement::profileFromMapping)
				.ifPresent(following::add);
			for (TicketView ticket : following) {
				if (ticket.profile().equals(profile.get())) {
					continue;
				}
				String key = ticket.key();
				try {
					this.tickets.changeProfile(key, profile.get(), "HR mapped job " + job(e) + " to " + profile.get(),
							mapped.by(), "hr-job:" + mapped.job() + ":" + key + ":" + mapped.at().toEpochMilli());
					followed.add(key);
				}
				catch (Refusal refused) {
					log.warn("{} did not follow job {}'s mapping to {}: {}", key, mapped.job(), profile.get(),
							refused.getMessage());
				}
			}
		}
		if (!followed.isEmpty()) {
			log.info("Job {} now maps to {}: {} follow", mapped.job(), mapped.profile(), followed);
		}
		return followed;
	}

	/**
	 * Whether a ticket's profile came from the job table: HR opened it (a mover ticket
	 * for a job change gets the new job's mapped profile), where a person who announced
	 * it chose its profile themselves.
	 */
	private static boolean profileFromMapping(TicketView ticket) {
		return ticket.requestedBy() != null && ticket.requestedBy().channel() == Channel.HR;
	}

	private HrOutcome termination(HrEvent.Termination termination) {
		HrEmployment e = termination.employment();
		Actor by = Actor.hrSource(e.system());
		Employee employee = employee(e, by);
		Optional<TicketView> starter = open(employee, TicketKind.JOINER);
		if (e.endDate().isBefore(e.startDate())) {
			// ends before it begins: a hire that will not start
			return starter.map(ticket -> cancelled(termination, ticket, by))
				.orElseGet(() -> outcome(termination, Result.NOTHING, null,
						e.name() + "'s employment ends before it starts; no ticket was open"));
		}
		Optional<TicketView> leaving = open(employee, TicketKind.LEAVER);
		if (leaving.isPresent()) {
			return rescheduled(termination, leaving.get(), e.endDate(), by, "HR's last working day");
		}
		NewTicket request = new NewTicket(TicketKind.LEAVER,
				new NewTicket.Person(employee.id(), null, null, null, null), manager(e),
				this.jobs.profileFor(e.jobCode(), e.jobTitle()).orElse(null), null, e.endDate(), null, null, null,
				null);
		TicketView opened = this.tickets.open(request, by, Authority.HR, null, termination.idempotencyKey());
		String also = starter.map(ticket -> "; starter ticket " + ticket.key() + " stays open until " + ticket.date())
			.orElse("");
		return outcome(termination, Result.OPENED, opened.key(),
				opened.key() + " opened for " + e.name() + ", last day " + e.endDate() + also);
	}

	private HrOutcome jobChange(HrEvent.JobChange change) {
		HrEmployment e = change.employment();
		Actor by = Actor.hrSource(e.system());
		Optional<String> next = this.jobs.profileFor(e.jobCode(), e.jobTitle());
		if (next.isEmpty()) {
			throw new Refusal("unmapped-job", "job", e.name() + "'s new job " + job(e)
					+ " has no role profile: map it (PUT /api/hr/job-profiles/{job}) and the move is made");
		}
		String previous = this.jobs.profileFor(change.previousJobCode(), change.previousJobTitle())
			.orElse(RoleProfile.DEFAULT);
		if (previous.equals(next.get())) {
			return outcome(change, Result.NOTHING, null,
					e.name() + "'s new job " + job(e) + " has the same role profile (" + previous + ")");
		}
		Employee employee = employee(e, by);
		NewTicket request = new NewTicket(TicketKind.MOVER, new NewTicket.Person(employee.id(), null, null, null, null),
				manager(e), next.get(), previous, change.effectiveDate(), null, null, null, null);
		TicketView opened = this.tickets.open(request, by, Authority.HR, null, change.idempotencyKey());
		return outcome(change, Result.OPENED, opened.key(),
				opened.key() + " opened for " + e.name() + ": " + previous + " → " + next.get());
	}

	/**
	 * A new manager in HR: the register names them, and every open ticket for the person
	 * (starter, mover, leaver) names them from now on, so approvals, the access pass,
	 * notices and returned assets go to them; each ticket's change is audited on HR's
	 * authority and both managers are told. A closed ticket keeps its manager. A manager
	 * Handover cannot name (not in the register and no e-mail from HR), or none at all
	 * while a ticket is open, is refused with what to do: the sync shows it to HR and
	 * applies it once the manager is known.
	 */
	private HrOutcome managerChange(HrEvent.ManagerChange change) {
		HrEmployment e = change.employment();
		Actor by = Actor.hrSource(e.system());
		Optional<Employee> person = this.employees.identify(e.employeeId())
			.filter(known -> e.employeeId().equals(known.hrEmployeeId()));
		if (person.isEmpty()) {
			return outcome(change, Result.NOTHING, null, e.name() + " is not in the register: no ticket to change");
		}
		List<TicketView> open = this.tickets.search(person.get().id(), null, null, ACTIVE, 10);
		String upn = managerUpn(e);
		boolean named = StringUtils.hasText(e.managerEmployeeId()) || StringUtils.hasText(e.managerEmail());
		if (upn == null && named) {
			throw new Refusal("unknown-manager", "manager",
					e.name() + "'s new manager (HR employee " + e.managerEmployeeId()
							+ ") is not in the register and HR gives no e-mail for them"
							+ (open.isEmpty() ? ""
									: "; " + keys(open) + " still name" + (open.size() == 1 ? "s " : " ")
											+ managerOf(open.get(0)))
							+ ": load the manager from HR or add their work e-mail there, and the change is applied");
		}
		if (upn == null && !open.isEmpty()) {
			throw new Refusal("manager-required", "manager", "HR names no manager for " + e.name() + " any more; "
					+ keys(open) + " still name " + managerOf(open.get(0)) + " until HR names one");
		}
		String why = "HR (" + e.system() + ") changed " + e.name() + "'s manager";
		this.employees.changeManager(person.get().id(), upn, by, why);
		if (upn == null) {
			return outcome(change, Result.NOTHING, null, e.name() + " has no manager in HR any more");
		}
		ManagerRef to = new ManagerRef(upn, this.employees.findByUpn(upn).map(Employee::name).orElse(null));
		List<String> changed = new java.util.ArrayList<>();
		for (TicketView ticket : open) {
			if (ticket.manager() != null && upn.equalsIgnoreCase(ticket.manager().upn())) {
				continue;
			}
			this.tickets.changeManager(ticket.key(), to, why, by, change.idempotencyKey() + ":" + ticket.key());
			changed.add(ticket.key());
		}
		if (changed.isEmpty()) {
			return outcome(change, Result.NOTHING, null,
					e.name() + "'s manager is now " + upn + (open.isEmpty() ? "; no open ticket" : ""));
		}
		return outcome(change, Result.MANAGER_CHANGED, changed.get(0), String.join(", ", changed) + " now name"
				+ (changed.size() == 1 ? "s " : " ") + upn + " as " + e.name() + "'s manager");
	}

	private static String keys(List<TicketView> tickets) {
		return String.join(", ", tickets.stream().map(TicketView::key).toList());
	}

	private static String managerOf(TicketView ticket) {
		return ticket.manager() != null ? ticket.manager().upn() : "no manager";
	}

	private HrOutcome dateChange(HrEvent.DateChange change) {
		HrEmployment e = change.employment();
		Actor by = Actor.hrSource(e.system());
		Optional<Employee> employee = this.employees.identify(e.employeeId());
		if (change.which() == HrEvent.DateChange.Which.START) {
			Optional<TicketView> starter = employee.flatMap(known -> open(known, TicketKind.JOINER));
			if (starter.isPresent()) {
				return rescheduled(change, starter.get(), e.startDate(), by, "HR moved the start date");
			}
			return hire(new HrEvent.Hire(e));
		}
		Optional<TicketView> leaving = employee.flatMap(known -> open(known, TicketKind.LEAVER));
		if (e.endDate() == null) {
			return leaving.map(ticket -> {
				this.tickets.cancel(ticket.key(), "HR took the last working day away: " + e.name() + " stays", by,
						change.idempotencyKey());
				return outcome(change, Result.CANCELLED, ticket.key(),
						ticket.key() + " cancelled: " + e.name() + " stays");
			}).orElseGet(() -> outcome(change, Result.NOTHING, null, e.name() + " has no open leaver ticket"));
		}
		if (leaving.isPresent()) {
			return rescheduled(change, leaving.get(), e.endDate(), by, "HR moved the last working day");
		}
		return termination(new HrEvent.Termination(e));
	}

	private HrOutcome withdrawn(HrEvent.Withdrawn withdrawn) {
		HrEmployment e = withdrawn.employment();
		Actor by = Actor.hrSource(e.system());
		return this.employees.identify(e.employeeId())
			.flatMap(known -> open(known, TicketKind.JOINER))
			.map(ticket -> cancelled(withdrawn, ticket, by))
			.orElseGet(() -> outcome(withdrawn, Result.NOTHING, null, e.name() + " has no open starter ticket"));
	}

	private HrOutcome cancelled(HrEvent event, TicketView ticket, Actor by) {
		String name = event.employment().name();
		this.tickets.cancel(ticket.key(), "HR withdrew the hire: " + name + " will not start", by,
				event.idempotencyKey());
		return outcome(event, Result.CANCELLED, ticket.key(), ticket.key() + " cancelled: " + name + " will not start");
	}

	private HrOutcome rescheduled(HrEvent event, TicketView ticket, LocalDate date, Actor by, String why) {
		if (ticket.date().equals(date)) {
			return outcome(event, Result.NOTHING, ticket.key(), ticket.key() + " is on " + date + " already");
		}
		this.tickets.reschedule(ticket.key(), date, why, by, event.idempotencyKey());
		return outcome(event, Result.RESCHEDULED, ticket.key(), ticket.key() + " moved to " + date);
	}

	private Optional<TicketView> open(Employee employee, TicketKind kind) {
		return this.tickets.search(employee.id(), null, null, ACTIVE, 10)
			.stream()
			.filter(ticket -> ticket.kind() == kind)
			.findFirst();
	}

	/** The person HR means, registered from HR's record when Handover has none yet. */
	Employee employee(HrEmployment e, Actor by) {
		return this.employees.identify(e.employeeId())
			.filter(known -> e.employeeId().equals(known.hrEmployeeId()))
			.orElseGet(() -> this.employees
				.register(new NewEmployee(e.name(), e.email(), null, e.employeeId(), managerUpn(e)), by));
	}

	private static NewTicket.Person person(HrEmployment e) {
		return new NewTicket.Person(null, e.name(), StringUtils.hasText(e.email()) ? e.email().trim() : null, null,
				e.employeeId());
	}

	private ManagerRef manager(HrEmployment e) {
		String upn = managerUpn(e);
		if (upn == null) {
			return null;
		}
		return new ManagerRef(upn, this.employees.findByUpn(upn).map(Employee::name).orElse(null));
	}

	/** The manager's sign-in name: HR's e-mail for them, else the register's. */
	String managerUpn(HrEmployment e) {
		if (StringUtils.hasText(e.managerEmail())) {
			return e.managerEmail().trim().toLowerCase(java.util.Locale.ROOT);
		}
		if (StringUtils.hasText(e.managerEmployeeId())) {
			return this.employees.identify(e.managerEmployeeId())
				.filter(manager -> e.managerEmployeeId().equals(manager.hrEmployeeId()))
				.map(Employee::upn)
				.orElse(null);
		}
		return null;
	}

	private static NewTask chooseProfile(HrEmployment e) {
		return new NewTask("hr.choose-profile", "HR", "Choose a role profile for " + job(e),
				"HR's job " + job(e) + " is not mapped to a role profile, so this ticket runs on the default profile. "
						+ "Map the job (PUT /api/hr/job-profiles/{job}) so the next hire gets the right one, and add "
						+ "what this role needs beyond the default here.",
				job(e));
	}

	private static String job(HrEmployment e) {
		if (StringUtils.hasText(e.jobTitle()) && StringUtils.hasText(e.jobCode())) {
			return "\"" + e.jobTitle() + "\" (" + e.jobCode() + ")";
		}
		return "\"" + (StringUtils.hasText(e.jobTitle()) ? e.jobTitle() : String.valueOf(e.jobCode())) + "\"";
	}

	private static HrOutcome outcome(HrEvent event, Result result, String ticketKey, String text) {
		return new HrOutcome(event.kind(), event.idempotencyKey(), result, ticketKey, text);
	}

	private void remember(HrEvent event, HrOutcome outcome) {
		Document row = new Document("_id", outcome.idempotencyKey()).append("event", outcome.event())
			.append("system", event.employment().system())
			.append("employeeId", event.employment().employeeId())
			.append("effectiveDate", String.valueOf(event.effectiveDate()))
			.append("result", outcome.result().name())
			.append("ticketKey", outcome.ticketKey())
			.append("text", outcome.text())
			.append("at", java.util.Date.from(this.clock.instant()));
		try {
			this.mongo.insert(row, COLLECTION);
		}
		catch (DuplicateKeyException appliedMeanwhile) {
			// another instance applied the same event at the same moment; the ticket
			// calls carried the same key, so it was applied once
		}
	}

}

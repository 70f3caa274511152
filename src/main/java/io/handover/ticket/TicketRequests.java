package io.handover.ticket;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import io.handover.access.Access;
import io.handover.access.OrganisationDomains;
import io.handover.audit.AuditDraft;
import io.handover.audit.AuditOutbox;
import io.handover.audit.AuditTrail;
import io.handover.common.Actor;
import io.handover.common.Channel;
import io.handover.common.NotAllowed;
import io.handover.common.NotFound;
import io.handover.common.Refusal;
import io.handover.employee.Employee;
import io.handover.employee.EmployeeDirectory;
import org.bson.Document;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;
import org.springframework.util.StringUtils;

/**
 * Who may announce whom, and the requests of everyone else. HR (staff or an HR system),
 * Administrators and the person's manager of record open a ticket on their own authority;
 * anyone else's announcement is stored as a request that HR or the manager of record
 * confirms (the ticket opens, on the confirmer's authority) or declines. Every refusal
 * and every decision is audited with the canonical actors.
 */
@Service
public class TicketRequests {

	private static final String COLLECTION = "ticket_requests";

	private static final String SUBJECT = "ticket-request";

	private final MongoTemplate mongo;

	private final TicketManagement tickets;

	private final EmployeeDirectory employees;

	private final Access access;

	private final OrganisationDomains organisation;

	private final AuditOutbox auditOutbox;

	private final AuditTrail audit;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	TicketRequests(MongoTemplate mongo, TicketManagement tickets, EmployeeDirectory employees, Access access,
			OrganisationDomains organisation, AuditOutbox auditOutbox, AuditTrail audit,
			ApplicationEventPublisher events, Clock clock) {
		this.mongo = mongo;
		this.tickets = tickets;
		this.employees = employees;
		this.access = access;
		this.organisation = organisation;
		this.auditOutbox = auditOutbox;
		this.audit = audit;
		this.events = events;
		this.clock = clock;
		auditOutbox.owedIn(COLLECTION, null);
	}

	/**
	 * On whose authority the actor may open this ticket themself: {@link Authority#HR}
	 * (HR staff, an HR system), {@link Authority#MANAGER_OF_RECORD},
	 * {@link Authority#ADMIN}, or {@link Authority#NONE} (then it is a request).
	 * @param namesSelfAsManager a joiner's form names the announcer as the manager (the
	 * announcer is then the new report's manager of record)
	 */
	public Authority authorityOf(NewTicket request, Actor by, boolean namesSelfAsManager) {
		if (by == null) {
			return Authority.NONE;
		}
		if (by.channel() == Channel.HR && by.verified()) {
			return Authority.HR;
		}
		if (!by.isVerifiedPerson()) {
			return Authority.NONE;
		}
		if (this.access.isHr(by)) {
			return Authority.HR;
		}
		if (isManagerOfRecord(request, by, namesSelfAsManager)) {
			return Authority.MANAGER_OF_RECORD;
		}
		if (this.access.isAdmin(by)) {
			return Authority.ADMIN;
		}
		return Authority.NONE;
	}

	/**
	 * Refuses a leaver's mailbox and files going to an address outside the organisation,
	 * unless an Administrator allowed external delegates; audited.
	 * @throws Refusal {@code external-delegate} on the field {@code mailboxDelegate}
	 */
	public void refuseExternalDelegate(NewTicket request, Actor by) {
		String delegate = request.mailboxDelegate();
		if (request.kind() != TicketKind.LEAVER || !StringUtils.hasText(delegate) || !delegate.contains("@")
				|| this.organisation.isInside(delegate) || this.access.externalDelegatesAllowed()) {
			return;
		}
		String reason = "The mailbox and files cannot go to " + delegate.trim() + ": it is outside the organisation ("
				+ String.join(", ", this.organisation.domains())
				+ "), and an Administrator has not allowed external delegates.";
		this.audit.record(SUBJECT, "external-delegate", "refused", by, reason,
				Map.of("action", "announce", "mailboxDelegate", delegate.trim()));
		throw new Refusal("external-delegate", "mailboxDelegate", reason);
	}

	/**
	 * Stores the announcement as a request (nothing is planned) and owes its confirmation
	 * cards. A repeat with the same idempotency key answers the first request.
	 * @param why why it needs confirmation (audited)
	 * @param replyTo the conversation to tell the requester in, or null
	 */
	public TicketRequestView request(NewTicket request, Actor by, String why, String replyTo, String idempotencyKey) {
		if (idempotencyKey != null) {
			Optional<TicketRequest> earlier = byIdempotencyKey(idempotencyKey);
			if (earlier.isPresent()) {
				return earlier.get().view();
			}
		}
		TicketRequest stored = new TicketRequest();
		stored.id = nextId();
		stored.idempotencyKey = idempotencyKey;
		stored.ticket = request;
		stored.requestedBy = by;
		stored.replyTo = replyTo;
		stored.state = TicketRequestState.PENDING;
		stored.requestedAt = this.clock.instant();
		stored.owed = new ArrayList<>(List.of(TicketRequest.CARDS));
		Optional<Employee> person = employeeOf(request);
		stored.employeeId = person.map(Employee::id).orElse(null);
		stored.employeeName = person.map(Employee::name)
			.orElse(request.employee() != null ? request.employee().name() : null);
		String managerUpn = request.kind() == TicketKind.JOINER
				? (request.manager() != null ? request.manager().upn() : null)
				: person.map(Employee::managerUpn).orElse(null);
		stored.managerUpn = StringUtils.hasText(managerUpn) ? managerUpn.trim().toLowerCase(Locale.ROOT) : null;
		Optional<Employee> manager = stored.managerUpn == null ? Optional.empty()
				: this.employees.findByUpn(stored.managerUpn);
		stored.managerObjectId = manager.map(Employee::entraObjectId).orElse(null);
		stored.managerName = manager.map(Employee::name)
			.orElse(request.kind() == TicketKind.JOINER && request.manager() != null ? request.manager().name() : null);
		if (stored.managerUpn == null && person.isPresent()) {
			// the register names no manager: the directory's gets the card and may decide
			this.access.directoryManagerOf(directoryKey(person.get())).ifPresent(inDirectory -> {
				stored.managerUpn = inDirectory.userPrincipalName() != null
						? inDirectory.userPrincipalName().toLowerCase(Locale.ROOT) : null;
				stored.managerObjectId = inDirectory.id();
				stored.managerName = inDirectory.displayName();
			});
		}
		Map<String, Object> changes = new LinkedHashMap<>();
		changes.put("state", new Object[] { null, TicketRequestState.PENDING });
		changes.put("kind", request.kind());
		changes.put("employee", stored.employeeName);
		changes.put("date", request.date());
		AuditDraft requested = AuditDraft.fresh(this.clock.instant(), SUBJECT, stored.id, "requested", by, why,
				changes);
		try {
			this.auditOutbox.insertOwing(stored, requested);
		}
		catch (DuplicateKeyException raced) {
			return byIdempotencyKey(idempotencyKey).map(TicketRequest::view).orElseThrow(() -> raced);
		}
		this.auditOutbox.deliver(COLLECTION, stored.id, List.of(requested));
		this.events.publishEvent(new TicketRequestChanged(stored.id));
		return stored.view();
	}

	/**
	 * HR or the manager of record confirms: the ticket opens on their authority (the
	 * requester stays its requester) and the requester is told. A second confirmation
	 * answers the first; a decided request is not decided again.
	 * @throws NotAllowed when the actor may not decide (audited)
	 * @throws Refusal when the ticket cannot open (say, the person has an open ticket)
	 */
	public TicketRequestView confirm(String id, Actor by, String actionKey) {
		TicketRequest request = load(id);
		if (request.state == TicketRequestState.CONFIRMED) {
			return request.view();
		}
		Authority authority = deciding(request, by, "confirm", actionKey);
		TicketView ticket;
		try {
			ticket = this.tickets.open(request.ticket, request.requestedBy, authority, by, "request:" + request.id);
		}
		catch (Refusal refusal) {
			this.audit.recordOnce(actionKey == null ? null : "refused:" + actionKey, SUBJECT, id, "refused", by,
					refusal.getMessage(), Map.of("action", "confirm", "requestedBy", request.requestedBy.id()));
			throw refusal;
		}
		Map<String, Object> changes = new LinkedHashMap<>();
		changes.put("state", new Object[] { TicketRequestState.PENDING, TicketRequestState.CONFIRMED });
		changes.put("ticketKey", ticket.key());
		changes.put("authority", authority);
		changes.put("requestedBy", request.requestedBy.id());
		AuditDraft confirmed = AuditDraft.fresh(this.clock.instant(), SUBJECT, id, "confirmed", by, null, changes);
		Update update = new Update().set("state", TicketRequestState.CONFIRMED)
			.set("ticketKey", ticket.key())
			.set("decidedBy", by)
			.set("decidedAt", this.clock.instant());
		return decided(id, update, confirmed);
	}

	/**
	 * HR or the manager of record declines: the request closes without a ticket and the
	 * requester is told.
	 * @throws NotAllowed when the actor may not decide (audited)
	 */
	public TicketRequestView decline(String id, Actor by, String reason, String actionKey) {
		TicketRequest request = load(id);
		if (request.state != TicketRequestState.PENDING) {
			return request.view();
		}
		deciding(request, by, "decline", actionKey);
		Map<String, Object> changes = new LinkedHashMap<>();
		changes.put("state", new Object[] { TicketRequestState.PENDING, TicketRequestState.DECLINED });
		changes.put("requestedBy", request.requestedBy.id());
		AuditDraft declined = AuditDraft.fresh(this.clock.instant(), SUBJECT, id, "declined", by, reason, changes);
		Update update = new Update().set("state", TicketRequestState.DECLINED)
			.set("declineReason", reason)
			.set("decidedBy", by)
			.set("decidedAt", this.clock.instant());
		return decided(id, update, declined);
	}

	/**
	 * Whether the actor may confirm or decline: HR staff or the manager of record, a
	 * verified person, and not the requester.
	 */
	public boolean mayDecide(TicketRequestView request, Actor by) {
		return authorityToDecide(request.requestedBy(), request.managerUpn(), request.managerObjectId(),
				request.employeeId(), by) != null;
	}

	public Optional<TicketRequestView> find(String id) {
		return Optional.ofNullable(this.mongo.findById(id, TicketRequest.class)).map(TicketRequest::view);
	}

	public TicketRequestView get(String id) {
		return load(id).view();
	}

	/** Requests that still owe cards or an answer to the requester, oldest first. */
	public List<TicketRequestView> owing(int max) {
		Query query = Query.query(Criteria.where("owed.0").exists(true))
			.with(Sort.by("requestedAt"))
			.limit(Math.max(1, max));
		return this.mongo.find(query, TicketRequest.class).stream().map(TicketRequest::view).toList();
	}

	/** One owed delivery is done ({@code cards} or {@code requester}). */
	public void delivered(String id, String what) {
		this.mongo.updateFirst(Query.query(Criteria.where("_id").is(id)), new Update().pull("owed", what),
				TicketRequest.class);
	}

	/**
	 * Whether the requester and the Administrators were told already that nobody who may
	 * decide the request could be reached.
	 */
	public boolean unreachableNoticed(String id) {
		return this.mongo.exists(Query.query(Criteria.where("_id").is(id).and("unreachableNoticedAt").exists(true)),
				TicketRequest.class);
	}

	/**
	 * Records (once, audited) that nobody who may decide the request could be reached and
	 * that the requester and the Administrators were told.
	 * @param why who could not be reached (audited)
	 */
	public void noticedUnreachable(String id, String why) {
		TicketRequest before = this.mongo.findAndModify(
				Query.query(Criteria.where("_id").is(id).and("unreachableNoticedAt").exists(false)),
				new Update().set("unreachableNoticedAt", this.clock.instant()), TicketRequest.class);
		if (before != null) {
			this.audit.record(SUBJECT, id, "unreachable", Actor.system("delivery"), why,
					Map.of("requestedBy", before.requestedBy.id()));
		}
	}

	/**
	 * Requests by requester id, manager of record or employee (null: any), newest first.
	 */
	public List<TicketRequestView> search(String requestedBy, String managerUpn, String employeeId, int max) {
		List<Criteria> criteria = new ArrayList<>();
		if (StringUtils.hasText(requestedBy)) {
			criteria.add(Criteria.where("requestedBy.id").is(requestedBy));
		}
		if (StringUtils.hasText(managerUpn)) {
			criteria.add(Criteria.where("managerUpn").is(managerUpn.toLowerCase(Locale.ROOT)));
		}
		if (StringUtils.hasText(employeeId)) {
			criteria.add(Criteria.where("employeeId").is(employeeId));
		}
		Query query = new Query(criteria.isEmpty() ? new Criteria() : new Criteria().andOperator(criteria))
			.with(Sort.by(Sort.Direction.DESC, "requestedAt"))
			.limit(Math.max(1, Math.min(max, 500)));
		return this.mongo.find(query, TicketRequest.class).stream().map(TicketRequest::view).toList();
	}

	/**
	 * Whether the actor is the manager of record of the ticket's person: for a leaver or
	 * mover the register's or the directory's manager of the employee; for a joiner the
	 * manager the announcement names, when that is the announcer and they manage people
	 * (naming oneself alone proves nothing: anyone could).
	 */
	public boolean isManagerOfRecord(NewTicket request, Actor by, boolean namesSelfAsManager) {
		if (by == null || !by.isVerifiedPerson()) {
			return false;
		}
		if (request.kind() == TicketKind.JOINER) {
			boolean namesSelf = namesSelfAsManager
					|| request.manager() != null && this.access.isManagerOfRecord(by, request.manager().upn());
			return namesSelf && managesPeople(by);
		}
		return employeeOf(request).map(person -> manages(person, by)).orElse(false);
	}

	/**
	 * Why the actor's announcement is a request and not a ticket (audited with the
	 * request): for a joiner naming themself, that they manage nobody.
	 */
	public String whyRequest(NewTicket request, Actor by, boolean namesSelfAsManager) {
		boolean namesSelf = namesSelfAsManager || request.manager() != null && by != null
				&& this.access.isManagerOfRecord(by, request.manager().upn());
		if (request.kind() == TicketKind.JOINER && namesSelf && by != null && by.isVerifiedPerson()) {
			return "Names themself as the starter's manager but manages nobody (neither in the register nor in "
					+ "the directory)";
		}
		return "Not HR, an Administrator or the manager of record";
	}

	/** Whether the actor is the manager of record of a registered employee. */
	public boolean isManagerOf(String employeeId, Actor by) {
		if (by == null || !by.isVerifiedPerson() || !StringUtils.hasText(employeeId)) {
			return false;
		}
		return this.employees.find(employeeId).map(person -> manages(person, by)).orElse(false);
	}

	/**
	 * The register's manager of the person, else the directory's (asked only when the
	 * register does not name the actor; an unanswered directory grants nothing).
	 */
	private boolean manages(Employee person, Actor by) {
		if (managedBy(person.managerUpn(), null, by)) {
			return true;
		}
		String key = directoryKey(person);
		return StringUtils.hasText(key) && this.access.isDirectoryManagerOf(by, key);
	}

	/** How the directory knows the person: their object id, else their UPN. */
	private static String directoryKey(Employee person) {
		return StringUtils.hasText(person.entraObjectId()) ? person.entraObjectId() : person.upn();
	}

	/**
	 * Whether the person manages people: someone in the register has them as manager, or
	 * the directory lists direct reports for them.
	 */
	private boolean managesPeople(Actor by) {
		String upn = by.upn() != null ? by.upn()
				: this.employees.identify(by.id()).map(Employee::upn).filter(StringUtils::hasText).orElse(null);
		if (upn != null && this.employees.managesAnyone(upn)) {
			return true;
		}
		return this.access.hasDirectReports(by);
	}

	private boolean managedBy(String managerUpn, String managerObjectId, Actor by) {
		if (!StringUtils.hasText(managerUpn) && !StringUtils.hasText(managerObjectId)) {
			return false;
		}
		if (this.access.isManagerOfRecord(by, managerUpn) || this.access.isManagerOfRecord(by, managerObjectId)) {
			return true;
		}
		// A Teams user comes with their object id only: the register links the manager's
		// UPN to an object id.
		return StringUtils.hasText(managerUpn) && this.employees.findByUpn(managerUpn)
			.map(Employee::entraObjectId)
			.filter(StringUtils::hasText)
			.map(by::isNamedBy)
			.orElse(false);
	}

	private Authority authorityToDecide(Actor requester, String managerUpn, String managerObjectId, String employeeId,
			Actor by) {
		if (by == null || !by.isVerifiedPerson() || isRequester(requester, by)) {
			return null;
		}
		if (this.access.isHr(by)) {
			return Authority.HR;
		}
		if (managedBy(managerUpn, managerObjectId, by) || isManagerOf(employeeId, by)) {
			return Authority.MANAGER_OF_RECORD;
		}
		return null;
	}

	/** The requester, by any identity they came with (an e-mail address, a UPN). */
	private static boolean isRequester(Actor requester, Actor by) {
		return by.isSamePersonAs(requester) || by.isNamedBy(requester.id())
				|| requester.upn() != null && by.isNamedBy(requester.upn());
	}

	private Authority deciding(TicketRequest request, Actor by, String action, String actionKey) {
		Authority authority = authorityToDecide(request.requestedBy, request.managerUpn, request.managerObjectId,
				request.employeeId, by);
		if (authority == null) {
			String reason = by == null || !by.isVerifiedPerson()
					? "Only a verified person can " + action + " a request."
					: isRequester(request.requestedBy, by) ? "You cannot " + action + " your own request."
							: "Only HR or "
									+ (request.managerName != null ? request.managerName : "the manager of record")
									+ " can " + action + " this request.";
			this.audit.recordOnce(actionKey == null ? null : "refused:" + actionKey, SUBJECT, request.id, "refused", by,
					reason, Map.of("action", action, "requestedBy", request.requestedBy.id()));
			throw new NotAllowed("request-" + action + "-refused", reason);
		}
		if (request.state != TicketRequestState.PENDING) {
			throw new Refusal("request-decided",
					"Request " + request.id + " was already " + request.state.name().toLowerCase(Locale.ROOT) + ".");
		}
		return authority;
	}

	private TicketRequestView decided(String id, Update update, AuditDraft entry) {
		update.addToSet("owed").each(TicketRequest.CARDS, TicketRequest.REQUESTER);
		TicketRequest after = this.mongo.findAndModify(
				Query.query(Criteria.where("_id").is(id).and("state").is(TicketRequestState.PENDING)),
				this.auditOutbox.owing(update, entry), FindAndModifyOptions.options().returnNew(true),
				TicketRequest.class);
		if (after == null) {
			// decided meanwhile by someone else: show what they decided
			return get(id);
		}
		this.auditOutbox.deliver(COLLECTION, id, List.of(entry));
		this.events.publishEvent(new TicketRequestChanged(id));
		return after.view();
	}

	private Optional<Employee> employeeOf(NewTicket request) {
		NewTicket.Person person = request.employee();
		if (person == null || request.kind() == TicketKind.JOINER) {
			return Optional.empty();
		}
		if (StringUtils.hasText(person.id())) {
			return this.employees.find(person.id());
		}
		if (StringUtils.hasText(person.upn())) {
			return this.employees.findByUpn(person.upn());
		}
		return StringUtils.hasText(person.entraObjectId()) ? this.employees.identify(person.entraObjectId())
				: Optional.empty();
	}

	private Optional<TicketRequest> byIdempotencyKey(String idempotencyKey) {
		return Optional.ofNullable(this.mongo.findOne(Query.query(Criteria.where("idempotencyKey").is(idempotencyKey)),
				TicketRequest.class));
	}

	private TicketRequest load(String id) {
		TicketRequest request = id == null ? null : this.mongo.findById(id, TicketRequest.class);
		if (request == null) {
			throw new NotFound("Request", id);
		}
		return request;
	}

	private String nextId() {
		Document counter = this.mongo.findAndModify(Query.query(Criteria.where("_id").is("ticket-request")),
				new Update().inc("next", 1), FindAndModifyOptions.options().upsert(true).returnNew(true),
				Document.class, "counters");
		return String.format("REQ-%04d", ((Number) counter.get("next")).longValue());
	}

}

package io.handover.teams;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import io.handover.employee.Employee;
import io.handover.employee.EmployeeDirectory;
import io.handover.ticket.TicketView;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * The tickets whose employee Handover could not reach in Teams, and why: read by the
 * manager's status card and the owning departments' task cards, so that a card that never
 * reached its person is seen by those who can fix it (issue 19).
 */
@Component
class UnreachableEmployees {

	private final MongoTemplate mongo;

	private final Clock clock;

	private final EmployeeDirectory employees;

	UnreachableEmployees(MongoTemplate mongo, Clock clock, EmployeeDirectory employees) {
		this.mongo = mongo;
		this.clock = clock;
		this.employees = employees;
	}

	/**
	 * Records that the ticket's employee cannot be reached.
	 * @return whether this is news (not recorded before with the same reason)
	 */
	boolean record(TicketView ticket, EmployeeChats.Unreachable why, String upn) {
		Unreachable before = this.mongo.findById(ticket.key(), Unreachable.class);
		if (before != null && before.why() == why) {
			return false;
		}
		this.mongo.save(new Unreachable(ticket.key(), ticket.employee().name(), why, upn,
				before != null ? before.since() : this.clock.instant()));
		return true;
	}

	/**
	 * The employee was reached after all.
	 * @return whether they had been recorded as unreachable
	 */
	boolean reached(String ticketKey) {
		return this.mongo.remove(Query.query(Criteria.where("_id").is(ticketKey)), Unreachable.class)
			.getDeletedCount() > 0;
	}

	/**
	 * The tickets waiting to reach one of these people (by sign-in name, any case), for a
	 * reason their joining a team Handover is in can end.
	 */
	Set<String> waitingFor(Collection<String> upns) {
		Query query = Query.query(Criteria.where("why").in(EmployeeChats.Unreachable.endedByJoiningATeam()));
		Set<String> lower = upns.stream().map(upn -> upn.toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
		return this.mongo.find(query, Unreachable.class)
			.stream()
			.filter(unreachable -> unreachable.upn() != null
					&& lower.contains(unreachable.upn().toLowerCase(Locale.ROOT)))
			.map(Unreachable::ticketKey)
			.collect(Collectors.toCollection(LinkedHashSet::new));
	}

	Optional<Unreachable> of(String ticketKey) {
		return Optional.ofNullable(this.mongo.findById(ticketKey, Unreachable.class));
	}

	/** The card data of the notice: {@code {name, why, upn?}}. */
	Optional<Map<String, Object>> notice(TicketView ticket) {
		if (!ticket.state().isActive()) {
			return Optional.empty();
		}
		return of(ticket.key()).filter(unreachable -> !identifiedSince(ticket, unreachable)).map(unreachable -> {
			Map<String, Object> notice = new LinkedHashMap<>();
			notice.put("name", unreachable.employeeName());
			notice.put("why", unreachable.why().name());
			if (unreachable.upn() != null) {
				notice.put("upn", unreachable.upn());
			}
			return notice;
		});
	}

	/**
	 * A person missing from Teams who has an Entra account on record by now (linked by
	 * the joiner runbook or IT): what the notice asked for is done, and their card goes
	 * out at the next attempt.
	 */
	private boolean identifiedSince(TicketView ticket, Unreachable unreachable) {
		if (unreachable.why() == EmployeeChats.Unreachable.REFUSED
				|| unreachable.why() == EmployeeChats.Unreachable.NO_TEAM) {
			return false;
		}
		return StringUtils.hasText(ticket.employee().entraObjectId()) || this.employees.find(ticket.employee().id())
			.map(Employee::entraObjectId)
			.filter(StringUtils::hasText)
			.isPresent();
	}

	/**
	 * A ticket's employee who could not be reached.
	 *
	 * @param ticketKey the ticket
	 * @param employeeName their name
	 * @param why what is missing
	 * @param upn the sign-in name looked for, if any
	 * @param since first found unreachable
	 */
	@Document("unreachable_employees")
	record Unreachable(@Id String ticketKey, String employeeName, EmployeeChats.Unreachable why, String upn,
			Instant since) {
	}

}

package io.handover.teams;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import io.handover.ticket.ManagerRef;
import io.handover.ticket.TicketView;
import org.springframework.data.annotation.Id;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * The managers Handover could not tell in Teams that a ticket now names them (or no
 * longer does), and why: read by the ticket's status card and the HR sources card, so
 * that a manager change that never reached its manager is seen by those who can fix it
 * (session 18). One per ticket and role; gone once the manager is reached or the ticket
 * closes.
 */
@Component
class UnreachableManagers {

	/** At most this many on the HR sources card, the latest first. */
	static final int SHOWN = 10;

	private final MongoTemplate mongo;

	private final Clock clock;

	UnreachableManagers(MongoTemplate mongo, Clock clock) {
		this.mongo = mongo;
		this.clock = clock;
	}

	/**
	 * Records that a manager of the ticket cannot be reached.
	 * @param changeAt the manager change they were to be told of
	 * @return whether this is news (not recorded before for the same person and reason)
	 */
	boolean record(String ticketKey, Role role, ManagerRef manager, EmployeeChats.Unreachable why, Instant changeAt) {
		Unreachable before = this.mongo.findById(Unreachable.id(ticketKey, role), Unreachable.class);
		if (before != null && before.why() == why && Objects.equals(before.upn(), manager.upn())
				&& Objects.equals(before.changeAt(), changeAt)) {
			return false;
		}
		this.mongo.save(new Unreachable(Unreachable.id(ticketKey, role), ticketKey, role, manager.name(), manager.upn(),
				why, changeAt,
				before != null && Objects.equals(before.upn(), manager.upn()) ? before.since() : this.clock.instant()));
		return true;
	}

	/**
	 * The manager was reached, or there is no one left to tell.
	 * @return whether they had been recorded as unreachable
	 */
	boolean reached(String ticketKey, Role role) {
		return this.mongo
			.remove(Query.query(Criteria.where("_id").is(Unreachable.id(ticketKey, role))), Unreachable.class)
			.getDeletedCount() > 0;
	}

	/** The ticket's managers not reached. */
	List<Unreachable> of(String ticketKey) {
		return java.util.Arrays.stream(Role.values())
			.map(role -> this.mongo.findById(Unreachable.id(ticketKey, role), Unreachable.class))
			.filter(Objects::nonNull)
			.toList();
	}

	/**
	 * The tickets waiting to tell one of these people (by sign-in name, any case), for a
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

	/** The ticket closed: nobody is left to tell. */
	void forget(String ticketKey) {
		for (Role role : Role.values()) {
			reached(ticketKey, role);
		}
	}

	/** The card data of the ticket's notices, none once it is closed. */
	List<Map<String, Object>> notices(TicketView ticket) {
		if (!ticket.state().isActive()) {
			return List.of();
		}
		return of(ticket.key()).stream().map(UnreachableManagers::notice).toList();
	}

	/** How many managers are not reached, over all tickets. */
	long count() {
		return this.mongo.count(new Query(), Unreachable.class);
	}

	/** Every ticket's managers not reached, the latest first, at most {@link #SHOWN}. */
	List<Map<String, Object>> notices() {
		return this.mongo.find(new Query().with(Sort.by(Sort.Direction.DESC, "since")).limit(SHOWN), Unreachable.class)
			.stream()
			.map(UnreachableManagers::notice)
			.toList();
	}

	private static Map<String, Object> notice(Unreachable unreachable) {
		Map<String, Object> notice = new LinkedHashMap<>();
		notice.put("ticket", unreachable.ticketKey());
		notice.put("role", unreachable.role().name());
		notice.put("name", unreachable.name() != null ? unreachable.name() : unreachable.upn());
		notice.put("upn", unreachable.upn());
		notice.put("why", unreachable.why().name());
		return notice;
	}

	/** Which of the two managers of a change. */
	enum Role {

		/** The manager the ticket names now. */
		NEW,
		/** The manager it named before. */
		FORMER

	}

	/**
	 * A ticket's manager who could not be told of a change.
	 *
	 * @param id ticket key and role
	 * @param ticketKey the ticket
	 * @param role the new or the former manager
	 * @param name their name, when known
	 * @param upn their sign-in name
	 * @param why what is missing
	 * @param changeAt the change they were to be told of
	 * @param since first found unreachable
	 */
	@Document("unreachable_managers")
	record Unreachable(@Id String id, String ticketKey, Role role, String name, String upn,
			EmployeeChats.Unreachable why, Instant changeAt, Instant since) {

		static String id(String ticketKey, Role role) {
			return ticketKey + ":" + role.name();
		}

	}

}

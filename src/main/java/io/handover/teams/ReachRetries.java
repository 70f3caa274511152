package io.handover.teams;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;

import io.handover.common.LogSafe;
import io.handover.ticket.TicketManagement;
import io.handover.ticket.TicketView;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * People joined a team Handover is installed in. IT's usual fix for someone Handover
 * could not tell in Teams (a manager named by HR, an employee whose card is owed) is to
 * add them to such a team, so the tickets waiting for one of them try again at once
 * instead of at their next change. The retry is an owed card update, stored first and
 * delivered by the {@link OutboxDispatcher} (retried when sending fails, never on the
 * turn's thread); whoever is reached then is told once, as at any delivery.
 */
@Component
class ReachRetries {

	/** The owed update's event: the deliveries try the people not reached again. */
	static final String EVENT = "TeamMembersJoined";

	private static final Logger log = LoggerFactory.getLogger(ReachRetries.class);

	private final ConversationStore conversations;

	private final EmployeeChats chats;

	private final UnreachableManagers managers;

	private final UnreachableEmployees employees;

	private final TicketManagement tickets;

	private final OutboxDispatcher dispatcher;

	ReachRetries(ConversationStore conversations, EmployeeChats chats, UnreachableManagers managers,
			UnreachableEmployees employees, TicketManagement tickets, OutboxDispatcher dispatcher) {
		this.conversations = conversations;
		this.chats = chats;
		this.managers = managers;
		this.employees = employees;
		this.tickets = tickets;
		this.dispatcher = dispatcher;
	}

	/**
	 * @param teamId the team they joined; one Handover is not installed in changes
	 * nothing
	 * @param signInNames the sign-in names of those who joined, as Teams gave them
	 * @return the tickets that try again
	 */
	Set<String> membersJoined(String teamId, Collection<String> signInNames) {
		if (this.conversations.team(teamId).filter(TeamRecord::installed).isEmpty()) {
			log.info("Members joined team {}, which Handover is not installed in: ignored", LogSafe.of(teamId));
			return Set.of();
		}
		// whoever its roster did not have is looked for there again
		this.chats.membersJoined(teamId);
		Set<String> waiting = new LinkedHashSet<>(this.managers.waitingFor(signInNames));
		waiting.addAll(this.employees.waitingFor(signInNames));
		Set<String> retried = new LinkedHashSet<>();
		for (String key : waiting) {
			TicketView ticket = this.tickets.find(key).orElse(null);
			if (ticket == null || !ticket.state().isActive()) {
				// nobody left to tell
				this.managers.forget(key);
				this.employees.reached(key);
			}
			else if (this.dispatcher.redeliver(key, EVENT)) {
				retried.add(key);
			}
		}
		if (!retried.isEmpty()) {
			log.info("Someone Handover could not reach joined team {}: {} try again", LogSafe.of(teamId), retried);
		}
		return retried;
	}

}

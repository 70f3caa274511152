package io.handover.teams;

import java.util.List;
import java.util.Optional;

import io.handover.profile.TaskEffect;
import io.handover.ticket.TaskView;
import io.handover.ticket.TicketKind;
import io.handover.ticket.TicketView;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * When a ticket's employee cannot be reached in Teams (their receipt or return card
 * cannot be sent), the people who can fix it see it: the departments whose tasks hand
 * assets over get a notice on their task card and the tasks say so, and the manager gets
 * the ticket's status card with the notice and what to do in their personal chat. Once
 * the employee is reached, the same cards lose the notice.
 */
@Component
class EmployeeReachNotices {

	/** The manager's copy of the status card, one per ticket, updated in place. */
	static final String MANAGER_STATUS = "status";

	private static final Logger log = LoggerFactory.getLogger(EmployeeReachNotices.class);

	private final UnreachableEmployees unreachable;

	private final TaskCards taskCards;

	private final TicketStatusCards statusCards;

	private final PostedCards posted;

	private final EmployeeChats chats;

	private final ConversationStore conversations;

	EmployeeReachNotices(UnreachableEmployees unreachable, TaskCards taskCards, TicketStatusCards statusCards,
			PostedCards posted, EmployeeChats chats, ConversationStore conversations) {
		this.unreachable = unreachable;
		this.taskCards = taskCards;
		this.statusCards = statusCards;
		this.posted = posted;
		this.chats = chats;
		this.conversations = conversations;
	}

	/**
	 * The employee cannot be reached: shown to the manager and the owning departments.
	 */
	void unreachable(TicketView ticket, EmployeeChats.Unreachable why, String upn) {
		if (!this.unreachable.record(ticket, why, upn)) {
			return;
		}
		log.warn("Employee not reachable in Teams: {} of {} ({}); shown to the manager and to {}",
				ticket.employee().name(), ticket.key(), why, owningDepartments(ticket));
		try {
			showEverywhere(ticket, true);
		}
		catch (RuntimeException failed) {
			// not shown: shown again on the retry of this delivery
			this.unreachable.reached(ticket.key());
			throw failed;
		}
	}

	/** Whether the ticket's employee is recorded as not reached. */
	boolean waiting(String ticketKey) {
		return this.unreachable.of(ticketKey).isPresent();
	}

	/** The employee was reached: the notices go. */
	void reached(TicketView ticket) {
		if (this.unreachable.reached(ticket.key())) {
			log.info("Employee reached in Teams: {} of {}", ticket.employee().name(), ticket.key());
			showEverywhere(ticket, false);
		}
	}

	private void showEverywhere(TicketView ticket, boolean post) {
		for (String department : owningDepartments(ticket)) {
			this.taskCards.show(ticket, department);
		}
		if (!post) {
			this.posted.updateIfPosted(ticket.key(), MANAGER_STATUS,
					Replies.card(this.statusCards.render(ticket, java.util.Locale.ENGLISH)));
			return;
		}
		Optional<String> chat = managerChat(ticket);
		if (chat.isEmpty()) {
			log.warn("Neither the manager nor the announcer of {} can be reached in Teams to tell them", ticket.key());
			return;
		}
		this.posted.show(ticket.key(), MANAGER_STATUS, chat.get(),
				Replies.card(this.statusCards.render(ticket, this.chats.localeOf(chat.get()))));
	}

	/** The announcer's personal chat, else the manager of record's. */
	private Optional<String> managerChat(TicketView ticket) {
		if (ticket.requestedBy() != null && StringUtils.hasText(ticket.requestedBy().id())) {
			Optional<ConversationRecord> announcer = this.conversations.personalChatOf(ticket.requestedBy().id());
			if (announcer.isPresent()) {
				return Optional.of(announcer.get().id());
			}
		}
		if (ticket.manager() != null && StringUtils.hasText(ticket.manager().upn())) {
			return this.chats.chatWithUpn(ticket.manager().upn(), ticket.manager().name());
		}
		return Optional.empty();
	}

	/**
	 * The departments whose tasks hand assets to or take them from the employee; all of
	 * the ticket's when none does.
	 */
	static List<String> owningDepartments(TicketView ticket) {
		List<String> owning = ticket.tasks()
			.stream()
			.filter(task -> handsOver(ticket, task))
			.map(TaskView::department)
			.distinct()
			.toList();
		return owning.isEmpty() ? ticket.tasks().stream().map(TaskView::department).distinct().toList() : owning;
	}

	/** A task whose asset the employee signs for (receipt) or hands in (return). */
	static boolean handsOver(TicketView ticket, TaskView task) {
		TaskEffect wanted = ticket.kind() == TicketKind.LEAVER ? TaskEffect.RECEIVE_ASSET : TaskEffect.ISSUE_ASSET;
		return task.effect() == wanted;
	}

}

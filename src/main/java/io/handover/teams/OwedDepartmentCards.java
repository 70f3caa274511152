package io.handover.teams;

import io.handover.common.Workers;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;

import io.handover.ticket.TaskView;
import io.handover.ticket.TicketManagement;
import io.handover.ticket.TicketState;
import io.handover.ticket.TicketView;
import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Cards a department never got because it had no channel when the ticket opened (issue
 * 19): when an Administrator links or approves a channel for the department, every open
 * ticket with tasks for it and no card of it in any of the department's channels gets its
 * card posted. Whether a card is owed is read from the tickets and the posted cards, not
 * stored, so the same catch-up after a start and on a schedule finishes what a crash or a
 * failed post left; {@link PostedCards} posts each card once.
 */
@Component
class OwedDepartmentCards {

	private static final Logger log = LoggerFactory.getLogger(OwedDepartmentCards.class);

	/** The open tickets looked at in one round, newest first. */
	private static final int MAX_TICKETS = 500;

	private final TicketManagement tickets;

	private final TaskCards taskCards;

	private final DepartmentChannels channels;

	private final ExecutorService worker = Workers.named("handover-owed-cards", 1);

	OwedDepartmentCards(TicketManagement tickets, TaskCards taskCards, DepartmentChannels channels) {
		this.tickets = tickets;
		this.taskCards = taskCards;
		this.channels = channels;
	}

	/** Off the turn that linked the channel: a backlog is many posts. */
	@EventListener
	void onLinked(DepartmentChannels.DepartmentLinked linked) {
		this.worker.execute(() -> catchUp(List.of(linked.department())));
	}

	@EventListener(ApplicationReadyEvent.class)
	void afterStart() {
		this.worker.execute(() -> catchUp(this.channels.departmentKeys()));
	}

	@Scheduled(fixedDelayString = "${handover.teams.owed-cards-interval:10m}",
			initialDelayString = "${handover.teams.owed-cards-interval:10m}")
	void onSchedule() {
		this.worker.execute(() -> catchUp(this.channels.departmentKeys()));
	}

	/**
	 * Posts the owed cards of these departments, oldest ticket first.
	 * @return how many cards were posted
	 */
	synchronized int catchUp(List<String> departments) {
		List<String> linked = departments.stream().filter(d -> !this.channels.channelsOf(d).isEmpty()).toList();
		if (linked.isEmpty()) {
			return 0;
		}
		List<TicketView> open = new ArrayList<>(
				this.tickets.search(null, null, null, List.of(TicketState.OPEN, TicketState.IN_PROGRESS), MAX_TICKETS));
		java.util.Collections.reverse(open);
		// one read of the posted cards for the whole round, not one per ticket and
		// department: a round after a link looks at up to MAX_TICKETS tickets
		Map<String, Set<String>> shown = this.taskCards.departmentsShown(open.stream().map(TicketView::key).toList());
		int posted = 0;
		for (TicketView ticket : open) {
			for (String department : linked) {
				if (ticket.tasks().stream().map(TaskView::department).noneMatch(department::equals)
						|| shown.getOrDefault(ticket.key(), Set.of()).contains(department)) {
					continue;
				}
				try {
					int channels = this.taskCards.show(ticket, department);
					posted++;
					log.info("Owed card of {} shown to {} in {} channel(s): it opened before {} had a channel",
							ticket.key(), department, channels, department);
				}
				catch (RuntimeException ex) {
					log.warn("Owed card of {} for {} not posted, tried again later: {}", ticket.key(), department,
							ex.getMessage());
				}
			}
		}
		return posted;
	}

	@PreDestroy
	void stop() {
		Workers.stop(this.worker, Duration.ofSeconds(5), "A round of owed department cards");
	}

}

package io.handover.portal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.handover.asset.AssetRegister;
import io.handover.audit.AuditEntry;
import io.handover.audit.AuditTrail;
import io.handover.common.Actor;
import io.handover.guard.GuardFindings;
import io.handover.runbook.LeaverRunbook;
import io.handover.ticket.ActiveTickets;
import io.handover.ticket.TaskView;
import io.handover.ticket.TicketKind;
import io.handover.ticket.TicketView;
import org.springframework.stereotype.Service;

/**
 * Builds a ticket's page for a reader who may see the ticket (else the refusal of
 * {@code GET /api/tickets/{key}}, audited): its timeline from the audit trail (two
 * queries on the subject index: the ticket, its tasks), its tasks per department, the
 * employee's signatures (for those who may read the asset register: HR, IT, FM,
 * Administrators), the runbook's automated steps and the guard's last findings.
 */
@Service
class TicketPageQuery {

	private final ActiveTickets tickets;

	private final AuditTrail audit;

	private final AssetRegister assets;

	private final LeaverRunbook runbook;

	private final GuardFindings guard;

	TicketPageQuery(ActiveTickets tickets, AuditTrail audit, AssetRegister assets, LeaverRunbook runbook,
			GuardFindings guard) {
		this.tickets = tickets;
		this.audit = audit;
		this.assets = assets;
		this.runbook = runbook;
		this.guard = guard;
	}

	TicketPage of(String key, Actor reader) {
		TicketView ticket = this.tickets.readableBy(key, reader);
		boolean all = this.tickets.readsAll(reader);
		Map<String, String> titles = new LinkedHashMap<>();
		ticket.tasks().forEach(task -> titles.put(task.id(), task.title()));
		List<AuditEntry> entries = new ArrayList<>(this.audit.historyOf("ticket", ticket.key()));
		entries.addAll(this.audit.historyOf("task", titles.keySet()));
		List<TicketPage.Moment> timeline = entries.stream()
			.sorted(Comparator.comparingLong(AuditEntry::sequence))
			// a refusal names who tried and why: for HR and Administrators
			.filter(entry -> all || !entry.action().contains("refused"))
			.map(entry -> new TicketPage.Moment(entry.at(), entry.action(), entry.actorName(), entry.channel(),
					"task".equals(entry.subjectType()) ? titles.getOrDefault(entry.subjectId(), entry.subjectId())
							: ticket.key(),
					entry.why()))
			.toList();
		Map<String, List<TaskView>> byDepartment = new LinkedHashMap<>();
		ticket.tasks()
			.forEach(task -> byDepartment.computeIfAbsent(task.department(), d -> new ArrayList<>()).add(task));
		List<TicketPage.DepartmentTasks> departments = byDepartment.entrySet()
			.stream()
			.map(entry -> new TicketPage.DepartmentTasks(entry.getKey(), List.copyOf(entry.getValue())))
			.toList();
		boolean readsRegister = all || !this.tickets.staffOf(reader).isEmpty();
		var signatures = readsRegister && ticket.employee() != null ? this.assets.handoversOf(ticket.employee().id())
				: null;
		boolean leaver = ticket.kind() == TicketKind.LEAVER;
		List<TaskView> steps = ticket.tasks().stream().filter(task -> task.result() != null).toList();
		return new TicketPage(ticket, timeline, departments, signatures, leaver && this.runbook.started(ticket.key()),
				steps, leaver ? this.guard.of(List.of(ticket.key())).get(ticket.key()) : null);
	}

}

package io.handover.teams;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import tools.jackson.databind.node.ObjectNode;
import io.handover.cards.CardName;
import io.handover.cards.Cards;
import io.handover.intake.Intake;
import io.handover.profile.Department;
import io.handover.profile.Departments;
import io.handover.ticket.TaskView;
import io.handover.ticket.TicketKind;
import io.handover.ticket.TicketView;
import org.springframework.stereotype.Component;

/**
 * The ticket status card — progress per department and what is overdue — and who may see
 * it: the person who announced the ticket, its manager, and department staff.
 */
@Component
class TicketStatusCards {

	private final Cards cards;

	private final Departments departments;

	private final Intake intake;

	private final DepartmentStaff staff;

	private final TeamsPeople people;

	private final DepartmentChannels channels;

	private final UnreachableEmployees unreachable;

	private final UnreachableManagers unreachableManagers;

	TicketStatusCards(Cards cards, Departments departments, Intake intake, DepartmentStaff staff, TeamsPeople people,
			DepartmentChannels channels, UnreachableEmployees unreachable, UnreachableManagers unreachableManagers) {
		this.channels = channels;
		this.unreachable = unreachable;
		this.unreachableManagers = unreachableManagers;
		this.cards = cards;
		this.departments = departments;
		this.intake = intake;
		this.staff = staff;
		this.people = people;
	}

	ObjectNode render(TicketView ticket, Locale locale) {
		return this.cards.render(CardName.TICKET_STATUS, data(ticket), locale);
	}

	/**
	 * The cheapest checks first: the requester from the ticket itself, then the manager's
	 * UPN, then the department rosters.
	 */
	boolean mayView(TicketView ticket, ChatUser user, String conversationId) {
		if (ticket.requestedBy() != null && (ticket.requestedBy().id().equals(user.aadObjectId())
				|| ticket.requestedBy().id().equals(user.id()))) {
			return true;
		}
		if (ticket.manager() != null && ticket.manager().upn() != null) {
			String upn = this.people.upnOf(user, conversationId);
			if (upn != null && upn.equalsIgnoreCase(ticket.manager().upn())) {
				return true;
			}
		}
		return this.staff.isStaff(user);
	}

	Map<String, Object> data(TicketView view) {
		Map<String, Object> ticket = new LinkedHashMap<>();
		ticket.put("key", view.key());
		ticket.put("kind", view.kind().name());
		ticket.put("employeeName", view.employee().name());
		if (view.date() != null) {
			ticket.put("date", view.date());
		}
		// A leaver's role says nothing about what is left to do.
		if (view.profile() != null && view.kind() != TicketKind.LEAVER) {
			String title = this.intake.roleTitle(view.profile());
			ticket.put("roleProfile", view.previousProfile() != null
					? this.intake.roleTitle(view.previousProfile()) + " → " + title : title);
		}
		ticket.put("lateNotice", view.lateNotice());
		List<Map<String, Object>> progress = new ArrayList<>();
		List<Map<String, Object>> noChannel = new ArrayList<>();
		view.progress().forEach((department, sum) -> {
			// work no department can see must not look like work in progress
			if (view.state().isActive() && sum.resolved() < sum.tasks()
					&& this.channels.channelsOf(department).isEmpty()) {
				noChannel.add(Map.of("key", department, "name", nameOf(department)));
			}
			Map<String, Object> line = new LinkedHashMap<>();
			line.put("key", department);
			line.put("name", nameOf(department));
			line.put("done", sum.resolved());
			line.put("total", sum.tasks());
			line.put("overdue", sum.overdue());
			progress.add(line);
		});
		List<Map<String, Object>> overdue = new ArrayList<>();
		for (TaskView task : view.tasks()) {
			if (task.overdue() && task.dueOn() != null) {
				overdue.add(Map.of("title", task.title(), "department", nameOf(task.department()), "dueDate",
						task.dueOn()));
			}
		}
		Map<String, Object> data = new LinkedHashMap<>();
		data.put("ticket", ticket);
		data.put("departments", progress);
		data.put("overdue", overdue);
		data.put("noChannel", noChannel);
		this.unreachable.notice(view).ifPresent(notice -> data.put("unreachable", notice));
		data.put("unreachableManagers", this.unreachableManagers.notices(view));
		// No automatic refresh until a refresh handler for this card exists.
		data.put("refreshUserIds", List.of());
		return data;
	}

	String nameOf(String department) {
		return this.departments.find(department).map(Department::name).orElse(department);
	}

}

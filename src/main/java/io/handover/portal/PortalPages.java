package io.handover.portal;

import java.time.LocalDate;
import java.util.List;

import io.handover.access.DepartmentLinks;
import io.handover.apps.ApplicationView;
import io.handover.asset.AssetHolder;
import io.handover.asset.HandoverRecord;
import io.handover.asset.Holding;
import io.handover.asset.Outstanding;
import io.handover.hr.HrSourceStatus;
import io.handover.hr.JobProfiles;
import io.handover.profile.RoleProfile;
import io.handover.task.TaskStatus;
import io.handover.ticket.TicketDigest;
import io.handover.ticket.TicketKind;

/**
 * The data of the portal's pages besides the overview and the ticket page, one answer per
 * page.
 */
final class PortalPages {

	private PortalPages() {
	}

	/**
	 * A department queue: the open tasks due by the end of this week (and those overdue)
	 * that the viewer sees, filtered.
	 *
	 * @param from this week's Monday
	 * @param until this week's Sunday
	 * @param departments the departments the viewer may filter on
	 * @param tasks the tasks, earliest due first
	 */
	record Queues(Overview.Viewer viewer, LocalDate from, LocalDate until, List<String> departments,
			List<QueueTask> tasks) {

	}

	record QueueTask(String ticketKey, TicketKind kind, String employeeName, LocalDate date, String taskId,
			String department, String title, TaskStatus status, LocalDate dueOn, boolean overdue, boolean urgent,
			String assigneeName) {

	}

	/**
	 * A search of the register.
	 *
	 * @param people the people found (a manager: only their own)
	 * @param assets the assets found by tag or serial number; null for a viewer who does
	 * not read the asset register (a manager)
	 */
	record Register(String query, List<Person> people, List<AssetHolder> assets) {

	}

	record Person(String id, String name, String upn, String managerUpn, LocalDate leavingOn) {

	}

	/**
	 * One person's page.
	 *
	 * @param tickets their active tickets, as far as the viewer sees them
	 * @param holdings what is on their name now; null for a manager
	 * @param signatures their signed handovers; null for a manager
	 */
	record PersonPage(Person person, List<TicketDigest> tickets, List<Holding> holdings,
			List<HandoverRecord> signatures) {

	}

	/**
	 * Assets still on the names of people whose last working day has passed.
	 *
	 * @param next the cursor of the next page, or null
	 */
	record OutstandingAssets(LocalDate today, List<Outstanding> items, String next) {

	}

	/**
	 * The admin page: Administrators see every part; HR only the HR sources and the job
	 * table (the other parts are null).
	 */
	record Admin(List<RoleProfile> profiles, List<ApplicationView> applications, List<DepartmentView> departments,
			List<HrSource> hrSources, List<JobProfiles.Mapping> jobProfiles) {

	}

	/**
	 * A department: its Entra group, configured staff and lead, and the channels linked
	 * to it (and those waiting for an Administrator).
	 */
	record DepartmentView(String key, String name, String membersGroup, List<String> members, String lead,
			List<DepartmentLinks.Link> channels, List<DepartmentLinks.Link> requested) {

	}

	/**
	 * @param status its last sync; null when it has not run yet
	 */
	record HrSource(String system, HrSourceStatus status) {

	}

}

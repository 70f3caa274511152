package io.handover.ticket;

import java.util.Map;

import io.handover.access.Access;
import io.handover.audit.AuditTrail;
import io.handover.common.Actor;
import io.handover.common.NotAllowed;
import org.springframework.stereotype.Component;

/**
 * Who may see and change a ticket through the API. HR and Administrators: every ticket. A
 * manager: the tickets of their reports (as the register's or the directory's manager of
 * record, or the manager a joiner ticket names) and the tickets they requested.
 * Department staff: the tickets with tasks for their department. Reschedule and cancel:
 * HR, Administrators and the manager of record only. Refusals are audited with the
 * caller.
 */
@Component
class TicketReaders {

	private final Access access;

	private final TicketRequests requests;

	private final AuditTrail audit;

	TicketReaders(Access access, TicketRequests requests, AuditTrail audit) {
		this.access = access;
		this.requests = requests;
		this.audit = audit;
	}

	boolean readsAll(Actor caller) {
		return this.access.isHr(caller) || this.access.isAdmin(caller);
	}

	boolean mayRead(TicketView ticket, Actor caller) {
		if (readsAll(caller) || isManagerOfRecord(ticket, caller)) {
			return true;
		}
		if (caller.isVerifiedPerson() && caller.isSamePersonAs(ticket.requestedBy())) {
			return true;
		}
		return ticket.tasks()
			.stream()
			.map(TaskView::department)
			.distinct()
			.anyMatch(department -> this.access.isStaff(department, caller));
	}

	boolean mayRead(TicketRequestView request, Actor caller) {
		return readsAll(caller) || caller.isSamePersonAs(request.requestedBy())
				|| request.managerUpn() != null && this.access.isManagerOfRecord(caller, request.managerUpn())
				|| request.managerObjectId() != null && this.access.isManagerOfRecord(caller, request.managerObjectId())
				|| this.requests.isManagerOf(request.employeeId(), caller);
	}

	void refuseUnlessMayRead(TicketView ticket, Actor caller) {
		if (!mayRead(ticket, caller)) {
			throw refused("ticket", ticket.key(), caller, "read",
					"Only HR, Administrators, the manager of record of " + ticket.employee().name()
							+ ", its requester and the staff of its departments can see " + ticket.key() + ".");
		}
	}

	void refuseUnlessMayRead(TicketRequestView request, Actor caller) {
		if (!mayRead(request, caller)) {
			throw refused("ticket-request", request.id(), caller, "read",
					"Only HR, Administrators, the requester and the manager of record can see " + request.id() + ".");
		}
	}

	/** Reschedule and cancel: HR, Administrators and the manager of record. */
	boolean mayChange(TicketView ticket, Actor caller) {
		return readsAll(caller) || isManagerOfRecord(ticket, caller);
	}

	void refuseUnlessMayChange(TicketView ticket, Actor caller, String action) {
		if (!mayChange(ticket, caller)) {
			throw refused("ticket", ticket.key(), caller, action,
					"Only HR, Administrators and the manager of record of " + ticket.employee().name() + " can "
							+ action + " " + ticket.key() + ".");
		}
	}

	/**
	 * The manager of record of the ticket's person: the register's or the directory's
	 * manager of the employee; for a joiner, also the manager the ticket names.
	 */
	private boolean isManagerOfRecord(TicketView ticket, Actor caller) {
		if (!caller.isVerifiedPerson()) {
			return false;
		}
		if (ticket.kind() == TicketKind.JOINER && ticket.manager() != null
				&& this.access.isManagerOfRecord(caller, ticket.manager().upn())) {
			return true;
		}
		return ticket.employee() != null && this.requests.isManagerOf(ticket.employee().id(), caller);
	}

	private NotAllowed refused(String subjectType, String subjectId, Actor caller, String action, String reason) {
		this.audit.record(subjectType, subjectId, "refused", caller, reason, Map.of("action", action));
		return new NotAllowed(action + "-refused", reason);
	}

}

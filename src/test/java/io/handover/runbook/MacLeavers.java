package io.handover.runbook;

import java.time.LocalDate;

import io.handover.asset.AssetRegister;
import io.handover.asset.IssueRequest;
import io.handover.common.Actor;
import io.handover.employee.Employee;
import io.handover.employee.EmployeeDirectory;
import io.handover.employee.NewEmployee;
import io.handover.testing.AppleBusinessEmulator;
import io.handover.testing.Surnames;
import io.handover.ticket.DeviceRetrieval;
import io.handover.ticket.ManagerRef;
import io.handover.ticket.NewTicket;
import io.handover.ticket.TicketKind;
import io.handover.ticket.TicketManagement;
import io.handover.ticket.TicketView;
import io.handover.ticket.WorkLocation;

/**
 * Leavers with a Mac from Apple Business, where every journey that releases a device from
 * Apple Business starts: the employee in the register, their Mac in Apple Business (and
 * assigned to a device management service, or not) and issued to them by IT, and their
 * leaver ticket for Marieke Jansen's team, returned in person at the office.
 */
public final class MacLeavers {

	static final ManagerRef MARIEKE = new ManagerRef("marieke.jansen@contoso.example", "Marieke Jansen");

	private final AppleBusinessEmulator apple;

	private final EmployeeDirectory employees;

	private final AssetRegister assets;

	private final TicketManagement tickets;

	public MacLeavers(AppleBusinessEmulator apple, EmployeeDirectory employees, AssetRegister assets,
			TicketManagement tickets) {
		this.apple = apple;
		this.employees = employees;
		this.assets = assets;
		this.tickets = tickets;
	}

	/**
	 * {@code firstName} (with a surname of their own) leaves on {@code lastDay} with a
	 * Mac of this model that IT registered and issued.
	 * @param mdmServer the device management service Apple Business assigns the Mac to,
	 * or {@code null} for none
	 * @param opener who opened the leaver ticket
	 */
	public MacLeaver leaves(String firstName, String model, String mdmServer, LocalDate lastDay, Actor it,
			Actor opener) {
		Employee employee = this.employees.register(
				new NewEmployee(firstName + " " + Surnames.unique(), null, null, "HR-" + Surnames.unique(), null), it);
		String serial = "C02" + Surnames.unique().toUpperCase();
		this.apple.addDevice(serial, "Mac", model);
		if (mdmServer != null) {
			this.apple.assignInPortal(serial, mdmServer);
		}
		this.assets.issue(new IssueRequest(employee.id(), "laptop", model, serial, null, null), it);
		TicketView ticket = this.tickets.open(
				new NewTicket(TicketKind.LEAVER, new NewTicket.Person(employee.id(), null, null, null, null), MARIEKE,
						"account-manager", null, lastDay, WorkLocation.OFFICE, null, DeviceRetrieval.IN_PERSON, null),
				opener, null);
		return new MacLeaver(employee, serial, ticket);
	}

	/** The leaver, their Mac's serial number and their leaver ticket. */
	public record MacLeaver(Employee employee, String serial, TicketView ticket) {

	}

}

package io.handover.ticket;

import java.time.LocalDate;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A joiner, mover or leaver announcement, from a form card, an e-mail, the HR system or
 * the API.
 *
 * @param kind joiner, mover or leaver
 * @param employee who it is about: an existing employee's id, or name and identities
 * @param manager their manager
 * @param profile the role profile's key, title or alias (the new one for a mover); the
 * default profile when empty
 * @param previousProfile a mover's current profile
 * @param date start date, move date or last working day
 * @param workLocation office, remote or hybrid
 * @param shippingAddress where a remote joiner's assets go
 * @param deviceRetrieval how a leaver's devices come back
 * @param mailboxDelegate who gets a leaver's mailbox and files (default: the manager)
 */
public record NewTicket(@NotNull TicketKind kind, @NotNull @Valid Person employee, @Valid ManagerRef manager,
		@Size(max = 100) String profile, @Size(max = 100) String previousProfile, @NotNull LocalDate date,
		WorkLocation workLocation, @Size(max = 500) String shippingAddress, DeviceRetrieval deviceRetrieval,
		@Size(max = 320) String mailboxDelegate) {

	/**
	 * The person a ticket is about.
	 *
	 * @param id Handover's id of a known employee (then the rest may be empty)
	 * @param name full name
	 * @param upn e-mail / user principal name, when they have one
	 * @param entraObjectId Entra ID object id, when known
	 * @param hrEmployeeId the HR system's employee number, when known
	 */
	public record Person(@Size(max = 100) String id,
			@Size(max = 200) @Pattern(regexp = "[^<>]*", message = "must not contain < or >") String name,
			@Size(max = 320) String upn, @Size(max = 100) String entraObjectId, @Size(max = 100) String hrEmployeeId) {
	}

}

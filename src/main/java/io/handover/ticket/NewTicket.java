package io.handover.ticket;

import io.handover.common.Limits;
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
		@Size(max = Limits.NAME) String profile, @Size(max = Limits.NAME) String previousProfile,
		@NotNull LocalDate date, WorkLocation workLocation, @Size(max = 500) String shippingAddress,
		DeviceRetrieval deviceRetrieval, @Size(max = Limits.UPN) String mailboxDelegate) {

	/**
	 * The person a ticket is about.
	 *
	 * @param id Handover's id of a known employee (then the rest may be empty)
	 * @param name full name
	 * @param upn e-mail / user principal name, when they have one
	 * @param entraObjectId Entra ID object id, when known
	 * @param hrEmployeeId the HR system's employee number, when known
	 */
	public record Person(@Size(max = Limits.ID) String id,
			@Size(max = Limits.NAME) @Pattern(regexp = Limits.NAME_PATTERN,
					message = Limits.NAME_PATTERN_REFUSAL) String name,
			@Size(max = Limits.UPN) String upn, @Size(max = Limits.ID) String entraObjectId,
			@Size(max = Limits.ID) String hrEmployeeId) {
	}

}

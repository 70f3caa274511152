package io.handover.ticket;

import java.time.Instant;
import java.util.List;

import io.handover.audit.AuditDraft;
import io.handover.common.Actor;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * An announcement by someone who may not open the ticket themself (not HR, not an
 * Administrator, not the person's manager of record), kept until HR or the manager of
 * record confirms or declines it. Nothing is planned for it: no tasks, no runbook, no
 * employee marked leaving. The cards and messages it still owes are written with each
 * change ({@code owed}), so none is lost; the same for its audit entries.
 */
@Document("ticket_requests")
class TicketRequest {

	/** Owed: post or update the confirmation cards (HR's channel, the manager). */
	static final String CARDS = "cards";

	/** Owed: tell the requester what became of the request. */
	static final String REQUESTER = "requester";

	@Id
	String id;

	@Indexed(unique = true, sparse = true)
	String idempotencyKey;

	NewTicket ticket;

	Actor requestedBy;

	/** The conversation the requester asked in (a chat, an e-mail thread), or null. */
	String replyTo;

	String employeeId;

	String employeeName;

	/** The manager of record who, besides HR, may decide (UPN and object id if known). */
	String managerUpn;

	String managerObjectId;

	String managerName;

	TicketRequestState state;

	Instant requestedAt;

	Actor decidedBy;

	Instant decidedAt;

	String ticketKey;

	String declineReason;

	/**
	 * When the requester and the Administrators were told that nobody who may decide
	 * could be reached (once per request).
	 */
	Instant unreachableNoticedAt;

	@Indexed(sparse = true)
	List<String> owed;

	List<AuditDraft> auditOwed;

	TicketRequestView view() {
		return new TicketRequestView(this.id, this.ticket, this.requestedBy, this.replyTo, this.employeeId,
				this.employeeName, this.managerUpn, this.managerObjectId, this.managerName, this.state,
				this.requestedAt, this.decidedBy, this.decidedAt, this.ticketKey, this.declineReason,
				this.owed == null ? List.of() : List.copyOf(this.owed));
	}

}

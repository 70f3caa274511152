package io.handover.ticket;

import java.net.URI;
import io.handover.system.ApiCaller;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import io.handover.common.Actor;
import io.handover.common.Limits;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.hibernate.validator.constraints.Range;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Validated
@RequestMapping("/api/tickets")
@Tag(name = "Tickets", description = "Joiner, mover and leaver cases")
class TicketController {

	static final String IDEMPOTENCY_KEY = "Idempotency-Key";

	private final TicketManagement tickets;

	private final TicketRequests requests;

	private final TicketReaders readers;

	private final TicketChanges changes;

	TicketController(TicketManagement tickets, TicketRequests requests, TicketReaders readers, TicketChanges changes) {
		this.changes = changes;
		this.tickets = tickets;
		this.requests = requests;
		this.readers = readers;
	}

	@PostMapping
	@Operation(summary = "Open a ticket and generate its tasks",
			description = "A notice of fewer than 14 days is accepted, flagged late and its tasks are urgent. "
					+ "A second open ticket of the same kind for the same employee is refused. "
					+ "HR, Administrators and the person's manager of record open the ticket (201); "
					+ "anyone else's announcement is stored as a request that HR or the manager of record "
					+ "confirms in Teams (202, nothing planned until then). A leaver's mailbox delegate "
					+ "outside the organisation is refused unless an Administrator allowed it.")
	ResponseEntity<?> open(@Valid @RequestBody NewTicket request,
			@Parameter(description = "a repeat with the same key returns the first answer") @RequestHeader(
					name = IDEMPOTENCY_KEY,
					required = false) @Size(max = Limits.IDEMPOTENCY_KEY) String idempotencyKey) {
		Actor caller = ApiCaller.current();
		this.requests.refuseExternalDelegate(request, caller);
		Authority authority = this.requests.authorityOf(request, caller, false);
		if (authority == Authority.NONE) {
			TicketRequestView requested = this.requests.request(request, caller,
					this.requests.whyRequest(request, caller, false), null, idempotencyKey);
			return ResponseEntity.accepted()
				.location(URI.create("/api/tickets/requests/" + requested.id()))
				.body(requested);
		}
		TicketView ticket = this.tickets.open(request, caller, authority, null, idempotencyKey);
		return ResponseEntity.created(URI.create("/api/tickets/" + ticket.key())).body(ticket);
	}

	@GetMapping("/requests/{id}")
	@Operation(summary = "A request for a ticket: for HR, Administrators, the requester and the manager of record")
	TicketRequestView request(@PathVariable @Size(max = Limits.ID) String id) {
		TicketRequestView request = this.requests.get(id);
		this.readers.refuseUnlessMayRead(request, ApiCaller.current());
		return request;
	}

	@GetMapping
	@Operation(summary = "Tickets by employee, manager, requester and state, newest first")
	List<TicketView> search(@RequestParam(required = false) @Size(max = Limits.ID) String employeeId,
			@RequestParam(required = false) @Size(max = Limits.UPN) String managerUpn,
			@RequestParam(required = false) @Size(max = Limits.ID) String requestedBy,
			@RequestParam(required = false) Set<TicketState> state,
			@RequestParam(defaultValue = "100") @Range(min = 1, max = Limits.MAX_RESULTS) int max) {
		Actor caller = ApiCaller.current();
		if (this.readers.readsAll(caller)) {
			return this.tickets.search(employeeId, managerUpn, requestedBy, state, max);
		}
		// Everyone else sees only their part: read a page and keep what they may see.
		return this.tickets.search(employeeId, managerUpn, requestedBy, state, Limits.MAX_RESULTS)
			.stream()
			.filter(ticket -> this.readers.mayRead(ticket, caller))
			.limit(max)
			.toList();
	}

	@GetMapping("/{key}")
	@Operation(summary = "One ticket: for HR and Administrators, the manager of record of its person, "
			+ "its requester, and the staff of a department with tasks on it")
	TicketView one(@PathVariable @Size(max = Limits.TICKET_KEY) String key) {
		TicketView ticket = this.tickets.get(key);
		this.readers.refuseUnlessMayRead(ticket, ApiCaller.current());
		return ticket;
	}

	@PostMapping("/{key}/reschedule")
	@Operation(summary = "Move the ticket's date; open tasks are re-dated, done ones are not")
	TicketView reschedule(@PathVariable @Size(max = Limits.TICKET_KEY) String key,
			@Valid @RequestBody Reschedule request, @RequestHeader(name = IDEMPOTENCY_KEY,
					required = false) @Size(max = Limits.IDEMPOTENCY_KEY) String idempotencyKey) {
		return this.changes.reschedule(key, request.date(), request.reason(), ApiCaller.current(), idempotencyKey);
	}

	@PostMapping("/{key}/cancel")
	@Operation(summary = "Cancel the ticket; its open tasks close as cancelled")
	TicketView cancel(@PathVariable @Size(max = Limits.TICKET_KEY) String key, @Valid @RequestBody Cancel request,
			@RequestHeader(name = IDEMPOTENCY_KEY,
					required = false) @Size(max = Limits.IDEMPOTENCY_KEY) String idempotencyKey) {
		return this.changes.cancel(key, request.reason(), ApiCaller.current(), idempotencyKey);
	}

	record Reschedule(@NotNull LocalDate date, @Size(max = 1000) String reason) {
	}

	record Cancel(@NotBlank @Size(max = 1000) String reason) {
	}

}

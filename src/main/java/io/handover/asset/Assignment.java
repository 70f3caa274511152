package io.handover.asset;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

import io.handover.common.Actor;
import io.handover.common.Refusal;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * An asset on an employee's name over a period: issued at/by, returned, received at/by
 * and in which condition, or lost; with the ids of its signed handover records. The
 * history of who held what; the asset itself says who holds it now.
 */
@Document("assignments")
@CompoundIndex(name = "employee_state", def = "{'employeeId': 1, 'state': 1}")
final class Assignment {

	@Id
	private final String id;

	@Indexed
	private final String assetId;

	private final String tag;

	private final String type;

	private final String model;

	private final String serialNumber;

	private final String employeeId;

	private final String employeeName;

	private final AssignmentState state;

	private final Instant issuedAt;

	private final Actor issuedBy;

	private final String ticketKey;

	private final String taskId;

	/** The joiner's signed receipt, once given. */
	private final String receiptRecordId;

	/** The leaver's signed return, once given. */
	private final String returnRecordId;

	private final Instant returnedAt;

	private final Instant receivedAt;

	private final Actor receivedBy;

	private final String condition;

	private final Instant lostAt;

	private final Actor lostBy;

	private final String lostWhy;

	private final Instant disposedAt;

	private final Actor disposedBy;

	/** e.g. "sold to the employee", "disposed of". */
	private final String disposedWhy;

	@PersistenceCreator
	Assignment(String id, String assetId, String tag, String type, String model, String serialNumber, String employeeId,
			String employeeName, AssignmentState state, Instant issuedAt, Actor issuedBy, String ticketKey,
			String taskId, String receiptRecordId, String returnRecordId, Instant returnedAt, Instant receivedAt,
			Actor receivedBy, String condition, Instant lostAt, Actor lostBy, String lostWhy, Instant disposedAt,
			Actor disposedBy, String disposedWhy) {
		this.id = id;
		this.assetId = assetId;
		this.tag = tag;
		this.type = type;
		this.model = model;
		this.serialNumber = serialNumber;
		this.employeeId = employeeId;
		this.employeeName = employeeName;
		this.state = state;
		this.issuedAt = issuedAt;
		this.issuedBy = issuedBy;
		this.ticketKey = ticketKey;
		this.taskId = taskId;
		this.receiptRecordId = receiptRecordId;
		this.returnRecordId = returnRecordId;
		this.returnedAt = returnedAt;
		this.receivedAt = receivedAt;
		this.receivedBy = receivedBy;
		this.condition = condition;
		this.lostAt = lostAt;
		this.lostBy = lostBy;
		this.lostWhy = lostWhy;
		this.disposedAt = disposedAt;
		this.disposedBy = disposedBy;
		this.disposedWhy = disposedWhy;
	}

	/** A new assignment for the loan just written onto the asset. */
	static Assignment issued(Asset asset, Actor by, String ticketKey, String taskId) {
		Asset.Loan loan = asset.current();
		return new Assignment(loan.assignmentId(), asset.id(), asset.tag(), asset.type(), asset.model(),
				asset.serialNumber(), loan.employeeId(), loan.employeeName(), AssignmentState.ISSUED, loan.since(), by,
				ticketKey, taskId, null, null, null, null, null, null, null, null, null, null, null, null);
	}

	Assignment returnedByEmployee(String recordId, Instant at) {
		requireState("sign the return of", EnumSet.of(AssignmentState.ISSUED));
		return new Assignment(this.id, this.assetId, this.tag, this.type, this.model, this.serialNumber,
				this.employeeId, this.employeeName, AssignmentState.RETURN_PENDING, this.issuedAt, this.issuedBy,
				this.ticketKey, this.taskId, this.receiptRecordId, recordId, at, null, null, null, null, null, null,
				null, null, null);
	}

	/**
	 * Staff confirm they have the asset. Allowed straight from ISSUED too: an asset
	 * handed over in person is received even if its holder never pressed "returned".
	 */
	Assignment received(Actor by, Instant at, String condition) {
		requireState("confirm receipt of", EnumSet.of(AssignmentState.ISSUED, AssignmentState.RETURN_PENDING));
		return new Assignment(this.id, this.assetId, this.tag, this.type, this.model, this.serialNumber,
				this.employeeId, this.employeeName, AssignmentState.RETURNED, this.issuedAt, this.issuedBy,
				this.ticketKey, this.taskId, this.receiptRecordId, this.returnRecordId, this.returnedAt, at, by,
				condition, null, null, null, null, null, null);
	}

	Assignment lost(Actor by, Instant at, String why) {
		requireState("report lost", EnumSet.of(AssignmentState.ISSUED, AssignmentState.RETURN_PENDING));
		return new Assignment(this.id, this.assetId, this.tag, this.type, this.model, this.serialNumber,
				this.employeeId, this.employeeName, AssignmentState.LOST, this.issuedAt, this.issuedBy, this.ticketKey,
				this.taskId, this.receiptRecordId, this.returnRecordId, this.returnedAt, null, null, null, at, by, why,
				null, null, null);
	}

	/**
	 * The asset leaves the organisation while on the employee's name (disposed of, or
	 * sold, e.g. to the employee): closed, with who decided it, when and why.
	 */
	Assignment disposed(Actor by, Instant at, String why) {
		requireState("dispose of", EnumSet.of(AssignmentState.ISSUED, AssignmentState.RETURN_PENDING));
		return new Assignment(this.id, this.assetId, this.tag, this.type, this.model, this.serialNumber,
				this.employeeId, this.employeeName, AssignmentState.DISPOSED, this.issuedAt, this.issuedBy,
				this.ticketKey, this.taskId, this.receiptRecordId, this.returnRecordId, this.returnedAt, null, null,
				null, null, null, null, at, by, why);
	}

	Assignment signedFor(String recordId) {
		if (this.receiptRecordId != null) {
			throw new Refusal("already-signed", "assignmentIds", this.type + " " + this.serialNumber
					+ " was already signed for in handover record " + this.receiptRecordId);
		}
		requireState("sign for", EnumSet.of(AssignmentState.ISSUED));
		return new Assignment(this.id, this.assetId, this.tag, this.type, this.model, this.serialNumber,
				this.employeeId, this.employeeName, this.state, this.issuedAt, this.issuedBy, this.ticketKey,
				this.taskId, recordId, this.returnRecordId, this.returnedAt, this.receivedAt, this.receivedBy,
				this.condition, this.lostAt, this.lostBy, this.lostWhy, this.disposedAt, this.disposedBy,
				this.disposedWhy);
	}

	private void requireState(String action, Set<AssignmentState> allowed) {
		if (!allowed.contains(this.state)) {
			throw new Refusal("assignment-" + this.state.name().toLowerCase(Locale.ROOT).replace('_', '-'),
					"assignmentId", "Cannot " + action + " " + this.type + " " + this.serialNumber + ": it is already "
							+ this.state.name().toLowerCase(Locale.ROOT).replace('_', ' '));
		}
	}

	Holding holding() {
		return new Holding(this.id, this.assetId, this.tag, this.type, this.model, this.serialNumber, this.state);
	}

	HandoverRecord.Item item() {
		return new HandoverRecord.Item(this.id, this.assetId, this.tag, this.type, this.serialNumber);
	}

	String id() {
		return this.id;
	}

	String assetId() {
		return this.assetId;
	}

	String serialNumber() {
		return this.serialNumber;
	}

	String type() {
		return this.type;
	}

	String employeeId() {
		return this.employeeId;
	}

	String employeeName() {
		return this.employeeName;
	}

	AssignmentState state() {
		return this.state;
	}

	Instant issuedAt() {
		return this.issuedAt;
	}

	Actor issuedBy() {
		return this.issuedBy;
	}

	String ticketKey() {
		return this.ticketKey;
	}

	String taskId() {
		return this.taskId;
	}

	String receiptRecordId() {
		return this.receiptRecordId;
	}

	String returnRecordId() {
		return this.returnRecordId;
	}

	Instant receivedAt() {
		return this.receivedAt;
	}

	Actor receivedBy() {
		return this.receivedBy;
	}

	String condition() {
		return this.condition;
	}

	String lostWhy() {
		return this.lostWhy;
	}

	Instant disposedAt() {
		return this.disposedAt;
	}

	Actor disposedBy() {
		return this.disposedBy;
	}

	String disposedWhy() {
		return this.disposedWhy;
	}

}

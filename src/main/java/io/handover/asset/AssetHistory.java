package io.handover.asset;

import java.time.Instant;
import java.util.List;

/**
 * An asset and everyone who held it, newest first, with the signed handover records of
 * those periods (receipts and returns).
 *
 * @param asset the asset and who holds it now
 * @param periods each assignment of the asset, newest first
 * @param records the signed handover records the periods name, oldest first
 */
public record AssetHistory(AssetHolder asset, List<Period> periods, List<HandoverRecord> records) {

	/**
	 * One assignment of the asset to an employee.
	 *
	 * @param assignmentId the assignment
	 * @param employeeId who held it
	 * @param employeeName their name
	 * @param state where it stands
	 * @param issuedAt when it was issued
	 * @param issuedBy who issued it (name)
	 * @param ticketKey the ticket it was issued or returned for, when any
	 * @param receiptRecordId the joiner's signed receipt, when given
	 * @param returnRecordId the leaver's signed return, when given
	 * @param receivedAt when staff confirmed receipt of the return
	 * @param receivedBy who confirmed it (name)
	 * @param condition the condition it came back in
	 * @param lostWhy why it was reported lost, when it was
	 */
	public record Period(String assignmentId, String employeeId, String employeeName, AssignmentState state,
			Instant issuedAt, String issuedBy, String ticketKey, String receiptRecordId, String returnRecordId,
			Instant receivedAt, String receivedBy, String condition, String lostWhy) {

	}

}

package io.handover.asset;

import io.handover.common.Limits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * Put an asset on an employee's name, e.g. when IT completes "issue laptop" and enters
 * the serial number.
 *
 * @param employeeId Handover's id of the employee
 * @param type the asset type, e.g. {@code laptop}
 * @param model the model, used when the asset is not registered yet; may be null
 * @param serialNumber the serial number (unique per type)
 * @param ticketKey the ticket this happens for, e.g. {@code JML-0042}; may be null
 * @param taskId the task this happens for; may be null
 */
public record IssueRequest(@NotBlank @Size(max = Limits.ID) String employeeId,
		@NotBlank @Size(max = Limits.ASSET_TYPE) String type, @Size(max = 120) String model,
		@NotBlank @Size(max = Limits.SERIAL_NUMBER) String serialNumber,
		@Size(max = Limits.TICKET_KEY) String ticketKey, @Size(max = Limits.TASK_ID) String taskId) {

}

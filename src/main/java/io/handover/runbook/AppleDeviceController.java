package io.handover.runbook;

import io.handover.common.Limits;
import io.handover.system.ApiCaller;
import io.handover.ticket.TaskView;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Size;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Validated
@RequestMapping("/api")
@Tag(name = "Apple devices", description = "Apple Business: release a leaver's device (with a second IT approval), "
		+ "retry a step Apple refused")
class AppleDeviceController {

	private final AppleEnrolment apple;

	AppleDeviceController(AppleEnrolment apple) {
		this.apple = apple;
	}

	/** Why the device leaves the organisation, e.g. "sold to the employee". */
	record ReleaseRequest(@Size(max = 200) String why) {
	}

	@PostMapping("/tickets/{key}/apple-devices/{serialNumber}/release")
	@Operation(summary = "Ask, as IT staff, to release a leaver's Apple device from Apple Business (disposed of or "
			+ "sold); a second IT staff member approves it on IT's card or through the API")
	TaskView requestRelease(@PathVariable @Size(max = Limits.TICKET_KEY) String key,
			@PathVariable @Size(max = Limits.SERIAL_NUMBER) String serialNumber, @RequestBody ReleaseRequest body) {
		return this.apple.requestRelease(key, serialNumber, body != null ? body.why() : null, ApiCaller.current(),
				null);
	}

	@PostMapping("/tasks/{taskId}/apple-release-approval")
	@Operation(summary = "Approve, as a second IT staff member, releasing an Apple device; it is sent at once")
	RunbookReport approveRelease(@PathVariable @Size(max = Limits.TASK_ID) String taskId) {
		return this.apple.approveRelease(taskId, ApiCaller.current(), null);
	}

	@PostMapping("/tasks/{taskId}/apple-business-retry")
	@Operation(summary = "Try an Apple Business step again now (refused, failed or stalled; or the device was added "
			+ "with Apple Configurator)")
	RunbookReport retry(@PathVariable @Size(max = Limits.TASK_ID) String taskId) {
		return this.apple.retryNow(taskId, ApiCaller.current(), null);
	}

}

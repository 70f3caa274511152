package io.handover.runbook;

import org.springframework.validation.annotation.Validated;
import io.handover.common.Limits;
import jakarta.validation.constraints.Size;
import io.handover.system.ApiCaller;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Validated
@RequestMapping("/api")
@Tag(name = "Directory runbooks", description = "The leaver runbook now, and the second approval of a remote wipe")
class RunbookController {

	private final LeaverRunbook leavers;

	private final JoinerProvisioning joiners;

	RunbookController(LeaverRunbook leavers, JoinerProvisioning joiners) {
		this.leavers = leavers;
		this.joiners = joiners;
	}

	@PostMapping("/tickets/{key}/leaver-runbook")
	@Operation(summary = "Run the leaver runbook now (an immediate departure), or again after a blocked step")
	RunbookReport run(@PathVariable @Size(max = Limits.TICKET_KEY) String key) {
		return this.leavers.run(key, ApiCaller.current());
	}

	@PostMapping("/tickets/{key}/leaver-runbook-approval")
	@Operation(summary = "Approve, as a second IT staff member, the leaver runbook of a ticket that HR or the "
			+ "manager of record did not open or confirm; its steps run at once")
	RunbookReport approveRunbook(@PathVariable @Size(max = Limits.TICKET_KEY) String key) {
		return this.leavers.approveRunbook(key, ApiCaller.current(), null);
	}

	@PostMapping("/tickets/{key}/temporary-access-pass")
	@Operation(summary = "Create a new Temporary Access Pass for a joiner (the last one expired, was lost in a "
			+ "restart or could not be delivered); it goes to the manager's personal chat, never to the caller")
	RunbookReport renewPass(@PathVariable @Size(max = Limits.TICKET_KEY) String key) {
		return this.joiners.renewPass(key, ApiCaller.current());
	}

	@PostMapping("/tasks/{taskId}/remote-wipe-approval")
	@Operation(summary = "Approve a remote wipe as the second staff member; the wipe is sent at once")
	RunbookReport approveWipe(@PathVariable @Size(max = Limits.TASK_ID) String taskId) {
		return this.leavers.approveRemoteWipe(taskId, ApiCaller.current());
	}

}

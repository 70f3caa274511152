package io.handover.guard;

import io.handover.common.Limits;
import io.handover.system.ApiCaller;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Size;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Validated
@RequestMapping("/api")
@Tag(name = "Offboarding guard", description = "Check now what is still on a leaver's name")
class GuardController {

	private final OffboardingGuard guard;

	GuardController(OffboardingGuard guard) {
		this.guard = guard;
	}

	@PostMapping("/leavers/{id}/check")
	@Operation(summary = "Check a leaver now (IT staff and Administrators): observes the directory, the register, "
			+ "the application register and the pass system, opens a task for each residue no open task names "
			+ "and closes the guard's tasks whose residue is gone; {id} is the ticket key or the employee id")
	GuardReview check(@PathVariable @Size(max = Limits.ID) String id) {
		return this.guard.check(id, ApiCaller.current());
	}

}

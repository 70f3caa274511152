package io.handover.audit;

import java.util.List;

import io.handover.common.Limits;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Validated
@RequestMapping("/api/audit")
@Tag(name = "Audit", description = "The append-only, hash-chained audit trail")
class AuditController {

	private final AuditTrail trail;

	AuditController(AuditTrail trail) {
		this.trail = trail;
	}

	@GetMapping("/verify")
	@Operation(summary = "Check the hash chain; names the first entry that was changed or removed")
	ChainCheck verify() {
		return this.trail.verify();
	}

	@GetMapping
	@Operation(summary = "The history of one subject (e.g. subjectType=asset), oldest first")
	List<AuditEntry> history(@RequestParam @NotBlank @Size(max = Limits.ID) String subjectType,
			@RequestParam @NotBlank @Size(max = Limits.ID) String subjectId) {
		return this.trail.historyOf(subjectType, subjectId);
	}

}

package io.handover.privacy;

import java.util.Map;

import io.handover.common.Limits;
import io.handover.system.ApiCaller;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Size;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Validated
@RequestMapping("/api/people")
@Tag(name = "Personal data", description = "What Handover holds about one person")
class PersonalDataController {

	private final PersonalDataExport export;

	PersonalDataController(PersonalDataExport export) {
		this.export = export;
	}

	@GetMapping("/{id}/export")
	@Operation(summary = "Everything Handover holds about one person, for an access request (HR, Admin); audited")
	Map<String, Object> export(@PathVariable @Size(max = Limits.ID) String id) {
		return this.export.export(id, ApiCaller.current());
	}

}

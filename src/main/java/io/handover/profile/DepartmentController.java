package io.handover.profile;

import org.springframework.validation.annotation.Validated;
import io.handover.common.Limits;
import jakarta.validation.constraints.Size;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Validated
@RequestMapping("/api/departments")
@Tag(name = "Departments", description = "The departments and their task catalogues (configuration)")
class DepartmentController {

	private final Departments departments;

	DepartmentController(Departments departments) {
		this.departments = departments;
	}

	@GetMapping
	@Operation(summary = "Every department with its task catalogue per direction")
	List<Department> all() {
		return this.departments.all();
	}

	@GetMapping("/{key}")
	Department one(@PathVariable @Size(max = Limits.KEY) String key) {
		return this.departments.get(key);
	}

}

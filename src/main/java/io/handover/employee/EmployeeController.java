package io.handover.employee;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;

import io.handover.common.Actor;
import io.handover.common.InvalidInput;
import io.handover.common.Limits;
import io.handover.common.NotFound;
import io.handover.imports.ImportReport;
import io.handover.imports.ImportResponse;
import io.handover.system.ApiCaller;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.hibernate.validator.constraints.Range;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/employees")
@Tag(name = "Employees", description = "The people Handover works for")
@Validated
class EmployeeController {

	private final EmployeeDirectory directory;

	/** The response header naming a CSV import, for progress and cancel. */
	static final String IMPORT_HEADER = ImportResponse.HEADER;

	private final EmployeeImport importer;

	private final ImportResponse imports;

	EmployeeController(EmployeeDirectory directory, EmployeeImport importer, ImportResponse imports) {
		this.directory = directory;
		this.importer = importer;
		this.imports = imports;
	}

	@PostMapping
	@Operation(
			summary = "Register an employee, or return the one already known by the same UPN, Entra object id or HR id")
	ResponseEntity<Employee> register(@Valid @RequestBody NewEmployee employee) {
		EmployeeDirectory.Registration registration = this.directory.registration(employee, ApiCaller.current());
		if (registration.outcome() == EmployeeDirectory.Registration.Outcome.CREATED) {
			return ResponseEntity.created(URI.create("/api/employees/" + registration.employee().id()))
				.body(registration.employee());
		}
		return ResponseEntity.ok(registration.employee());
	}

	@GetMapping("/{id}")
	@Operation(summary = "One employee by Handover id")
	Employee employee(@PathVariable @Size(max = Limits.ID) String id) {
		return this.directory.find(id).orElseThrow(() -> new NotFound("Employee", id));
	}

	@GetMapping
	@Operation(summary = "Find employees: by UPN, by name (closest matches, tolerant to case, accents and typos), "
			+ "or those leaving before a day")
	List<Employee> search(@RequestParam(required = false) @Size(max = Limits.UPN) String upn,
			@RequestParam(required = false) @Size(max = Limits.NAME) String name,
			@RequestParam(required = false) LocalDate leavingBefore,
			@RequestParam(defaultValue = "5") @Range(min = 1, max = 50) int max) {
		if (upn != null) {
			return this.directory.findByUpn(upn).map(List::of).orElse(List.of());
		}
		if (name != null) {
			return this.directory.closestMatches(name, max);
		}
		if (leavingBefore != null) {
			return this.directory.leavingBefore(leavingBefore);
		}
		throw new InvalidInput("name", "Search by upn, name or leavingBefore");
	}

	@PutMapping("/{id}/leaving")
	@Operation(summary = "Record (or move) the last working day of a leaver")
	ResponseEntity<Void> markLeaving(@PathVariable @Size(max = Limits.ID) String id,
			@Valid @RequestBody Leaving leaving) {
		this.directory.markLeaving(id, leaving.lastWorkingDay(), ApiCaller.current());
		return ResponseEntity.noContent().build();
	}

	@DeleteMapping("/{id}/leaving")
	@Operation(summary = "Forget the last working day, e.g. when a leaver stays")
	ResponseEntity<Void> clearLeaving(@PathVariable @Size(max = Limits.ID) String id) {
		this.directory.clearLeaving(id, ApiCaller.current());
		return ResponseEntity.noContent().build();
	}

	@PostMapping(path = "/import", consumes = { "text/csv", MediaType.TEXT_PLAIN_VALUE })
	@Operation(summary = "Import employees from CSV (name, upn, entraObjectId, hrEmployeeId, managerUpn); "
			+ "reports every row. The answer's headers come before the first row is imported: " + IMPORT_HEADER
			+ " names the import, for GET /api/imports/{id} (progress) and "
			+ "DELETE /api/imports/{id} (cancel); the rows' results follow as each batch is done.")
	void importCsv(InputStream body,
			@RequestHeader(name = HttpHeaders.CONTENT_TYPE, required = false) String contentType,
			HttpServletResponse response) throws IOException {
		Actor by = ApiCaller.current();
		this.imports.csv("employees", body, contentType, by, response,
				(csv, runId, results) -> this.importer.importCsv(csv, by, runId, results));
	}

	@PostMapping(path = "/import", consumes = io.handover.imports.Spreadsheet.XLSX)
	@Operation(
			summary = "Import employees from the first sheet of an Excel workbook (XLSX), the same columns as the CSV; "
					+ "reports every row")
	ImportReport importXlsx(InputStream body) {
		return this.importer.importXlsx(body, ApiCaller.current());
	}

	record Leaving(@NotNull LocalDate lastWorkingDay) {
	}

}

package io.handover.hr;

import java.util.List;

import java.io.InputStream;

import io.handover.common.Limits;
import io.handover.imports.CsvUpload;
import io.handover.imports.ImportReport;
import io.handover.imports.Spreadsheet;
import io.handover.system.ApiCaller;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
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

/**
 * HR's side of the API (HR and Administrators only, see docs/access.md): each source's
 * last sync, reading one now, and the table of jobs to role profiles.
 */
@RestController
@Validated
@RequestMapping("/api/hr")
@Tag(name = "HR", description = "HR sources and the job to role profile table")
class HrController {

	private final HrSources sources;

	private final JobProfiles jobs;

	private final EmploymentImport employments;

	HrController(HrSources sources, JobProfiles jobs, EmploymentImport employments) {
		this.sources = sources;
		this.jobs = jobs;
		this.employments = employments;
	}

	@PostMapping(path = "/employments/import", consumes = { "text/csv", MediaType.TEXT_PLAIN_VALUE })
	@Operation(summary = "Import employments HR exported as CSV (employeeId, givenName, familyName, email, jobCode, "
			+ "jobTitle, managerEmployeeId, managerEmail, startDate, endDate, withdrawn): each row becomes the HR "
			+ "events it stands for; reports every row")
	ImportReport importCsv(InputStream body,
			@RequestHeader(name = HttpHeaders.CONTENT_TYPE, required = false) String contentType,
			@RequestParam(defaultValue = "file") @Size(max = Limits.KEY) String system) {
		try (CsvUpload upload = CsvUpload.receive(body, contentType)) {
			return upload.refusal().orElseGet(() -> this.employments.importCsv(upload.reader(), system));
		}
	}

	@PostMapping(path = "/employments/import", consumes = Spreadsheet.XLSX)
	@Operation(summary = "The same from the first sheet of an Excel workbook (XLSX)")
	ImportReport importXlsx(InputStream body,
			@RequestParam(defaultValue = "file") @Size(max = Limits.KEY) String system) {
		return this.employments.importXlsx(body, system);
	}

	@GetMapping("/sources")
	@Operation(summary = "Each HR source's last sync: when, what it did, what failed, when it runs next")
	List<HrSourceStatus> sources() {
		return this.sources.statuses();
	}

	@PostMapping("/sources/{system}/try-now")
	@Operation(summary = "Read an HR source now instead of after its back-off; answers its state after the read",
			description = "HR staff and Administrators only. 404 for a source that is not configured, 409 "
					+ "(hr-sync-busy) while HR is being read.")
	HrSourceStatus tryNow(@PathVariable @Size(max = Limits.KEY) String system) {
		return this.sources.tryNow(system, ApiCaller.current());
	}

	@GetMapping("/job-profiles")
	@Operation(summary = "Which role profile each HR job code or title gets")
	List<JobProfiles.Mapping> jobProfiles() {
		return this.jobs.all();
	}

	@PutMapping("/job-profiles/{job}")
	@Operation(summary = "Map an HR job code or title to a role profile",
			description = "Mapping a job again to the same profile changes nothing.")
	JobProfiles.Mapping map(@PathVariable @Size(max = Limits.NAME) String job,
			@Valid @RequestBody ProfileChoice choice) {
		return this.jobs.map(job, choice.profile(), ApiCaller.current());
	}

	@DeleteMapping("/job-profiles/{job}")
	@Operation(summary = "Remove a job's mapping: its next hire asks HR to choose a profile")
	ResponseEntity<Void> unmap(@PathVariable @Size(max = Limits.NAME) String job) {
		this.jobs.unmap(job, ApiCaller.current());
		return ResponseEntity.noContent().build();
	}

	/** The profile a job gets. */
	record ProfileChoice(@NotBlank @Size(max = Limits.KEY) String profile) {
	}

}

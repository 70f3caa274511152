package io.handover.hr;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.handover.common.Limits;
import io.handover.system.ApiCaller;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * HR's side of the API (HR and Administrators only, see docs/access.md): each source's
 * last sync, and the table of jobs to role profiles.
 */
@RestController
@Validated
@RequestMapping("/api/hr")
@Tag(name = "HR", description = "HR sources and the job to role profile table")
class HrController {

	private final HrSync sync;

	private final List<HrSource> sources;

	private final JobProfiles jobs;

	HrController(HrSync sync, List<HrSource> sources, JobProfiles jobs) {
		this.sync = sync;
		this.sources = List.copyOf(sources);
		this.jobs = jobs;
	}

	@GetMapping("/sources")
	@Operation(summary = "Each HR source's last sync: when, what it did, what failed, when it runs next")
	List<HrSourceStatus> sources() {
		Map<String, HrSourceStatus> all = new LinkedHashMap<>();
		for (HrSource source : this.sources) {
			all.put(source.system(), HrSourceStatus.never(source.system()));
		}
		for (HrSourceStatus status : this.sync.statuses()) {
			all.put(status.system(), status);
		}
		return new ArrayList<>(all.values());
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

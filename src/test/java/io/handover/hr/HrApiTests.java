package io.handover.hr;

import java.time.LocalDate;

import io.handover.testing.ApiTest;
import io.handover.testing.Surnames;
import io.handover.testing.TestClock;
import io.handover.testing.TestClockConfiguration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Issue 21: HR's side of the API — each source's last sync, and the table of jobs to role
 * profiles that hires are opened with (who may call it: PermissionMatrixApiTests).
 */
@ApiTest
class HrApiTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	HrSync sync;

	@Autowired
	JobProfiles jobs;

	@Autowired
	TestClock clock;

	@Test
	void theSourcesEndpointShowsEachSourcesLastSyncWithItsCounts() throws Exception {
		this.clock.setDay(TestClockConfiguration.TODAY);
		InTestHrSource hr = new InTestHrSource(this.clock);
		hr.put("Anton", "AM01", LocalDate.of(2019, 5, 1), null);
		this.sync.sync(hr);

		this.mvc.perform(get("/api/hr/sources"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[?(@.system == '%s')].counts.loaded", hr.system()).value(1))
			.andExpect(jsonPath("$[?(@.system == '%s')].failures", hr.system()).value(0))
			.andExpect(jsonPath("$[?(@.system == '%s')].lastSuccessAt", hr.system()).isNotEmpty());
	}

	@Test
	void aJobIsMappedToAProfileAndHiresInItGetThatProfile() throws Exception {
		String job = "Job " + Surnames.unique();

		this.mvc
			.perform(put("/api/hr/job-profiles/{job}", job).contentType(MediaType.APPLICATION_JSON)
				.content("{\"profile\":\"care-worker\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.profile").value("care-worker"));

		assertThat(this.jobs.profileFor(null, job.toUpperCase())).contains("care-worker");
		this.mvc.perform(get("/api/hr/job-profiles"))
			.andExpect(jsonPath("$[?(@.job == '%s')].profile", job).value("care-worker"));

		this.mvc.perform(delete("/api/hr/job-profiles/{job}", job)).andExpect(status().isNoContent());
		assertThat(this.jobs.profileFor(null, job)).isEmpty();
	}

	@Test
	void aJobCannotBeMappedToAProfileThatDoesNotExist() throws Exception {
		String job = "Job " + Surnames.unique();

		this.mvc
			.perform(put("/api/hr/job-profiles/{job}", job).contentType(MediaType.APPLICATION_JSON)
				.content("{\"profile\":\"astronaut\"}"))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("unknown-profile"))
			.andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("astronaut")));

		assertThat(this.jobs.profileFor(null, job)).isEmpty();
	}

}

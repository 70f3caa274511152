package io.handover.system;

import io.handover.testing.ApiTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Local mode (no MicrosoftAppId): the API answers this machine only. */
@ApiTest
class LocalApiSecurityTests {

	@Autowired
	MockMvc mvc;

	@Test
	void loopbackCallersReachTheApi() throws Exception {
		this.mvc.perform(get("/api/assets").with(from("127.0.0.1"))).andExpect(status().isOk());
		this.mvc.perform(get("/api/assets").with(from("127.12.0.9"))).andExpect(status().isOk());
		this.mvc.perform(get("/api/audit/verify").with(from("0:0:0:0:0:0:0:1"))).andExpect(status().isOk());
	}

	@Test
	void anyoneElseIsRefused() throws Exception {
		for (String address : new String[] { "10.1.2.3", "192.168.1.20", "2001:db8::1", "localhost" }) {
			int status = this.mvc.perform(get("/api/assets").with(from(address))).andReturn().getResponse().getStatus();
			assertThat(status).as(address).isIn(401, 403);
			int write = this.mvc.perform(
					post("/api/assets/import").contentType("text/csv").content("type,serial\nx,y").with(from(address)))
				.andReturn()
				.getResponse()
				.getStatus();
			assertThat(write).as(address).isIn(401, 403);
		}
		this.mvc.perform(get("/v3/api-docs").with(from("10.1.2.3"))).andExpect(status().isForbidden());
	}

	@Test
	void theBotEndpointAndHealthAreOpenWithoutCsrfFromAnywhere() throws Exception {
		// the bot endpoint checks Bot Framework tokens itself: security must let the
		// request through
		var local = this.mvc
			.perform(post("/api/messages").contentType("application/json").content("{}").with(from("127.0.0.1")))
			.andReturn()
			.getResponse();
		assertThat(local.getStatus()).as("the bot's own answer to a body that is no activity").isEqualTo(400);
		// From elsewhere the bot itself refuses (local mode answers this machine only),
		// not
		// Spring Security.
		var remote = this.mvc
			.perform(post("/api/messages").contentType("application/json").content("{}").with(from("52.1.2.3")))
			.andReturn()
			.getResponse();
		assertThat(remote.getStatus()).isEqualTo(401);
		assertThat(remote.getContentAsString()).contains("from this machine only");
		// (health itself may say DOWN: the embedded store lacks the 'hello' command
		// Boot's check uses)
		int health = this.mvc.perform(get("/actuator/health").with(from("10.1.2.3")))
			.andReturn()
			.getResponse()
			.getStatus();
		assertThat(health).isNotIn(401, 403);
	}

	@Test
	void theAppsAboutPrivacyAndTermsPagesAnswerAnyone() throws Exception {
		// issue 19: Teams shows these links to whoever looks at the app, wherever the
		// service runs; only reading them is open
		for (String page : ApiSecurityConfiguration.PUBLIC_PAGES) {
			this.mvc.perform(get(page).with(from("10.1.2.3"))).andExpect(status().isOk());
			int write = this.mvc.perform(post(page).with(from("10.1.2.3"))).andReturn().getResponse().getStatus();
			assertThat(write).as("POST " + page).isIn(401, 403);
		}
	}

	@Test
	void theOpenApiDocumentListsTheRegistersEndpoints() throws Exception {
		this.mvc.perform(get("/v3/api-docs"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.paths['/api/employees']").exists())
			.andExpect(jsonPath("$.paths['/api/employees/import']").exists())
			.andExpect(jsonPath("$.paths['/api/assets/issue'].post").exists())
			.andExpect(jsonPath("$.paths['/api/assets/import']").exists())
			.andExpect(jsonPath("$.paths['/api/assets/outstanding'].get").exists())
			.andExpect(jsonPath("$.paths['/api/assets/assignments/{assignmentId}/receipt']").exists())
			.andExpect(jsonPath("$.paths['/api/audit/verify'].get").exists())
			.andExpect(jsonPath("$.paths['/api/audit'].get").exists())
			.andExpect(jsonPath("$.paths['/privacy']").doesNotExist());
	}

	@Test
	void theTrialPageOfWhatTheBotSentAnswersThisMachineOnly() throws Exception {
		this.mvc.perform(get("/trial").with(from("127.0.0.1"))).andExpect(status().isOk());
		this.mvc.perform(get("/trial/messages").with(from("127.0.0.1")))
			.andExpect(status().isOk())
			// without the trial profile nothing the bot sends is kept
			.andExpect(header().string("X-Handover-Recording", "false"));
		for (String address : new String[] { "10.1.2.3", "52.1.2.3" }) {
			this.mvc.perform(get("/trial").with(from(address))).andExpect(status().isForbidden());
			this.mvc.perform(get("/trial/messages").with(from(address))).andExpect(status().isForbidden());
		}
		this.mvc.perform(get("/v3/api-docs"))
			.andExpect(jsonPath("$.paths['/trial']").doesNotExist())
			.andExpect(jsonPath("$.paths['/trial/messages']").doesNotExist());
	}

	private static RequestPostProcessor from(String address) {
		return (request) -> {
			request.setRemoteAddr(address);
			return request;
		};
	}

}

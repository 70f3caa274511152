package io.handover.apps;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import io.handover.audit.AuditEntry;
import io.handover.audit.AuditTrail;
import io.handover.testing.ApiTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** An administrator keeps the application register through the API. */
@ApiTest
class ApplicationApiTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ObjectMapper json;

	@Autowired
	AuditTrail audit;

	@Autowired
	ApplicationRegister register;

	@Test
	void theShippedRegisterSaysWhoOwnsEachApplicationAndWhichProfilesUseIt() throws Exception {
		this.mvc.perform(get("/api/apps/linkedin-sales-navigator"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.federated").value(false))
			.andExpect(jsonPath("$.owner.kind").value("PERSON"))
			.andExpect(jsonPath("$.deactivation.method").value("MANUAL"))
			.andExpect(jsonPath("$.usedBy[0]").value("account-manager"));
		JsonNode m365 = read(this.mvc.perform(get("/api/apps/microsoft-365")).andExpect(status().isOk()));
		assertThat(m365.get("accessGroup").asString()).isEqualTo("All Staff");
		assertThat(m365.get("usedBy")).extracting(JsonNode::asText)
			.contains("account-manager", "default", "software-engineer");
		assertThat(this.audit.historyOf("application", "planon")).extracting(AuditEntry::action).startsWith("loaded");
	}

	@Test
	void standaloneApplicationsNeedALeaverTaskForTheirOwnerAndFederatedOnesDoNot() {
		assertThat(this.register.needsOwnLeaverTask("linkedin-sales-navigator")).isTrue();
		assertThat(this.register.needsOwnLeaverTask("salesforce")).isFalse();
		assertThat(this.register.needsOwnLeaverTask("an-app-nobody-registered")).as("unknown: the safe side").isTrue();
		assertThat(this.register.department("planon", "IT")).isEqualTo("FM");
		assertThat(this.register.department("aws-console", "IT")).as("a person owns it").isEqualTo("IT");
		assertThat(this.register.leaverNotes("aws-console")).startsWith("Owner: Ruben Visser (ruben.visser@")
			.contains("1. Delete the IAM user");
		assertThat(this.register.accessGroupsOf(List.of("microsoft-365", "github", "aws-console")))
			.containsExactly("All Staff", "GitHub Users");
	}

	@Test
	void anApplicationIsRegisteredChangedAndRemovedWithAnAuditTrail() throws Exception {
		String key = "miro-" + UUID.randomUUID().toString().substring(0, 6);
		Map<String, Object> draft = draft(false, null);
		JsonNode created = read(save(key, draft, null).andExpect(status().isOk()));
		long version = created.get("version").asLong();

		draft.put("federated", true);
		draft.put("accessGroup", "Miro Users");
		draft.put("deactivation", Map.of("method", "DIRECTORY"));
		save(key, draft, version).andExpect(status().isOk())
			.andExpect(header().string("ETag", "\"" + (version + 1) + "\""))
			.andExpect(jsonPath("$.origin").value("API"));
		save(key, draft, version).andExpect(status().isConflict()).andExpect(jsonPath("$.code").value("stale-version"));
		this.mvc.perform(delete("/api/apps/" + key).header("X-Reason", "no longer used"))
			.andExpect(status().isNoContent());
		this.mvc.perform(get("/api/apps/" + key)).andExpect(status().isNotFound());

		List<AuditEntry> history = this.audit.historyOf("application", key);
		assertThat(history).extracting(AuditEntry::action).containsExactly("registered", "edited", "removed");
		assertThat(history.get(1).changes()).containsKeys("federated", "accessGroup", "deactivation");
		assertThat(history.get(2).why()).isEqualTo("no longer used");
	}

	@Test
	void badInputIsRefusedAndChangesNothing() throws Exception {
		String key = "bad-" + UUID.randomUUID().toString().substring(0, 6);
		save(key, draft(true, null), null).andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("access-group-required"));
		this.mvc.perform(delete("/api/apps/microsoft-365"))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("application-in-use"));
		this.mvc.perform(get("/api/apps/" + key)).andExpect(status().isNotFound());
		assertThat(this.audit.historyOf("application", key)).isEmpty();
	}

	private Map<String, Object> draft(boolean federated, String group) {
		Map<String, Object> draft = new LinkedHashMap<>();
		draft.put("name", "Miro");
		draft.put("owner", Map.of("kind", "DEPARTMENT", "id", "IT"));
		draft.put("federated", federated);
		draft.put("accessGroup", group);
		draft.put("deactivation",
				Map.of("method", "MANUAL", "reference", "https://miro.com/app/settings", "steps", List.of("Remove")));
		return draft;
	}

	private ResultActions save(String key, Map<String, Object> draft, Long version) throws Exception {
		var request = put("/api/apps/" + key).contentType(MediaType.APPLICATION_JSON)
			.content(this.json.writeValueAsString(draft));
		if (version != null) {
			request.header("If-Match", "\"" + version + "\"");
		}
		return this.mvc.perform(request);
	}

	private JsonNode read(ResultActions result) throws Exception {
		return this.json.readTree(result.andReturn().getResponse().getContentAsString());
	}

}

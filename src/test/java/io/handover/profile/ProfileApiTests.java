package io.handover.profile;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import io.handover.audit.AuditEntry;
import io.handover.audit.AuditTrail;
import io.handover.common.Actor;
import io.handover.testing.ApiTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** An administrator reads and edits role profiles and departments through the API. */
@ApiTest
class ProfileApiTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ObjectMapper json;

	@Autowired
	AuditTrail audit;

	@Autowired
	ProfileManagement profiles;

	@Test
	void theDemoProfilesAreLoadedAtStart() throws Exception {
		JsonNode all = read(this.mvc.perform(get("/api/profiles")).andExpect(status().isOk()));

		List<String> keys = new java.util.ArrayList<>();
		all.forEach(profile -> keys.add(profile.get("key").asString()));
		assertThat(keys).contains("account-manager", "software-engineer", "care-worker", "facility-coordinator",
				"default");
		JsonNode care = read(this.mvc.perform(get("/api/profiles/care-worker")));
		assertThat(care.get("assets").findValuesAsString("type")).containsExactly("phone", "access-pass", "office-key");
		assertThat(care.get("origin").asString()).isEqualTo("SHIPPED");
		assertThat(this.audit.historyOf("profile", "care-worker")).extracting(AuditEntry::action).startsWith("loaded");
	}

	@Test
	void aRoleIsFoundByItsEnglishOrDutchName() throws Exception {
		Map<String, String> words = Map.of("accountmanager", "account-manager", "Account Manager", "account-manager",
				"sales", "account-manager", "ontwikkelaar", "software-engineer", "Developer", "software-engineer",
				"zorgmedewerker", "care-worker", "facilitair coördinator", "facility-coordinator");
		for (Map.Entry<String, String> word : words.entrySet()) {
			this.mvc.perform(get("/api/profiles/match").param("role", word.getKey()))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.key").value(word.getValue()));
		}
		this.mvc.perform(get("/api/profiles/match").param("role", "astronaut")).andExpect(status().isNotFound());
	}

	@Test
	void anEditIsVersionedAndAuditedAndAStaleEditIsRefused() throws Exception {
		String key = "data-analyst-" + UUID.randomUUID().toString().substring(0, 6);
		Map<String, Object> draft = draft("Data Analyst", List.of("power-bi"));
		JsonNode created = read(save(key, draft, null).andExpect(status().isOk()));
		long version = created.get("version").asLong();

		draft.put("applications", List.of("power-bi", "databricks"));
		save(key, draft, version).andExpect(status().isOk())
			.andExpect(header().string("ETag", "\"" + (version + 1) + "\""))
			.andExpect(jsonPath("$.origin").value("API"))
			.andExpect(jsonPath("$.applications[1]").value("databricks"));

		save(key, draft("Data Analyst", List.of()), version).andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("stale-version"));
		List<AuditEntry> history = this.audit.historyOf("profile", key);
		assertThat(history).extracting(AuditEntry::action).containsExactly("created", "edited");
		assertThat(history.get(1).changes()).containsOnlyKeys("applications");
		assertThat(history.get(1).changes().get("applications").after()).contains("databricks");
	}

	@Test
	void aShippedFileNeverOverwritesAProfileEditedThroughTheApi() throws Exception {
		String key = "night-nurse-" + UUID.randomUUID().toString().substring(0, 6);
		ProfileDraft shipped = new ProfileDraft("Night Nurse", List.of(),
				List.of(new ProfileAsset("phone", "phone-care")), List.of("Care Teams"), List.of("nedap-ons"),
				List.of());
		Actor loader = Actor.system("profiles");
		assertThat(this.profiles.loadShipped(key, shipped, loader)).isTrue();

		ProfileDraft newerFile = new ProfileDraft("Night Nurse", List.of(), shipped.assets(),
				List.of("Care Teams", "Night"), List.of("nedap-ons"), List.of());
		assertThat(this.profiles.loadShipped(key, newerFile, loader)).isTrue();
		assertThat(this.profiles.get(key).accessGroups()).containsExactly("Care Teams", "Night");

		save(key, draft("Night Nurse", List.of("nedap-ons", "teams")), null).andExpect(status().isOk());
		assertThat(this.profiles.loadShipped(key, shipped, loader)).isFalse();
		assertThat(this.profiles.get(key).applications()).containsExactly("nedap-ons", "teams");
		assertThat(this.profiles.get(key).origin()).isEqualTo(RoleProfile.Origin.API);
	}

	@Test
	void badProfilesAreRefusedNamingTheField() throws Exception {
		String key = "bad-" + UUID.randomUUID().toString().substring(0, 6);
		Map<String, Object> noTitle = draft(" ", List.of());
		save(key, noTitle, null).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("title"));

		Map<String, Object> unknownDepartment = draft("Pilot", List.of());
		unknownDepartment.put("extraTasks", List
			.of(Map.of("key", "sec.badge.check", "department", "SEC", "direction", "JOINER", "title", "Check")));
		save(key, unknownDepartment, null).andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("unknown-department"));

		Map<String, Object> takenAlias = draft("Pilot", List.of());
		takenAlias.put("aliases", List.of("ontwikkelaar"));
		save(key, takenAlias, null).andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("alias-taken"))
			.andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("software-engineer")));
	}

	@Test
	void theDepartmentsAndTheirCataloguesAreListed() throws Exception {
		JsonNode departments = read(this.mvc.perform(get("/api/departments")).andExpect(status().isOk()));

		List<String> keys = new java.util.ArrayList<>();
		departments.forEach(department -> keys.add(department.get("key").asString()));
		assertThat(keys).containsExactly("IT", "FM", "HR");
		JsonNode it = departments.get(0);
		JsonNode issueLaptop = null;
		for (JsonNode task : it.at("/catalogue/JOINER")) {
			if (task.get("key").asString().equals("it.laptop.issue")) {
				issueLaptop = task;
			}
		}
		assertThat(issueLaptop).isNotNull();
		assertThat(issueLaptop.get("effect").asString()).isEqualTo("ISSUE_ASSET");
		assertThat(issueLaptop.at("/inputs/0/name").asString()).isEqualTo("serialNumber");
		assertThat(issueLaptop.get("due").asInt()).isEqualTo(-3);
		assertThat(it.at("/catalogue/LEAVER").findValuesAsString("key")).contains("it.laptop.collect",
				"it.accounts.revoke");
		assertThat(departments.get(1).at("/catalogue/LEAVER").findValuesAsString("key")).contains("fm.keys.collect",
				"fm.pass.deactivate");
	}

	Map<String, Object> draft(String title, List<String> applications) {
		Map<String, Object> draft = new java.util.LinkedHashMap<>();
		draft.put("title", title);
		draft.put("assets", List.of(Map.of("type", "laptop", "model", "laptop-standard")));
		draft.put("accessGroups", List.of("All Staff"));
		draft.put("applications", applications);
		return draft;
	}

	ResultActions save(String key, Map<String, Object> draft, Long version) throws Exception {
		var request = put("/api/profiles/{key}", key).contentType(MediaType.APPLICATION_JSON)
			.content(this.json.writeValueAsString(draft));
		if (version != null) {
			request.header("If-Match", "\"" + version + "\"");
		}
		return this.mvc.perform(request);
	}

	JsonNode read(ResultActions result) throws Exception {
		return this.json.readTree(result.andReturn().getResponse().getContentAsString());
	}

}

package io.handover.privacy;

import java.util.Map;
import java.util.UUID;

import io.handover.audit.AuditEntry;
import io.handover.audit.AuditTrail;
import io.handover.testing.ApiTest;
import io.handover.testing.Surnames;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Issue 24: Anna asks HR what Handover holds about her (an access request). The export
 * has her record, the laptop she holds and its history, and nothing about Bert, who holds
 * a laptop too; the export itself is in her audit history.
 */
@ApiTest
class PersonalDataExportTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ObjectMapper json;

	@Autowired
	AuditTrail audit;

	@Test
	void annasExportHoldsHerRecordHerLaptopAndItsHistoryAndNothingOfBerts() throws Exception {
		String suffix = Surnames.unique();
		String anna = employee("Anna " + suffix, "anna." + suffix + "@contoso.example");
		String bert = employee("Bert " + suffix, "bert." + suffix + "@contoso.example");
		String annasLaptop = "ANNA" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
		String bertsLaptop = "BERT" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
		JsonNode annasHolding = issue(anna, annasLaptop);
		issue(bert, bertsLaptop);

		JsonNode export = read(this.mvc.perform(get("/api/people/{id}/export", anna)).andExpect(status().isOk()));

		assertThat(export.path("employeeId").asString()).isEqualTo(anna);
		assertThat(export.path("identifiers").toString()).contains(anna)
			.contains(("anna." + suffix + "@contoso.example").toLowerCase());
		assertThat(export.path("documents").path("employees").toString()).contains("Anna " + suffix)
			.doesNotContain("Bert " + suffix);
		assertThat(export.path("documents").toString()).contains(annasLaptop)
			.doesNotContain(bertsLaptop)
			.doesNotContain(bert);
		assertThat(export.path("audit").toString()).contains(annasHolding.path("assignmentId").asString())
			.contains("\"issued\"")
			.doesNotContain(bertsLaptop);
		assertThat(this.audit.historyOf("employee", anna)).extracting(AuditEntry::action).contains("exported");
		assertThat(this.audit.verify().intact()).isTrue();
	}

	@Test
	void anUnknownPersonIs404AndNothingIsAudited() throws Exception {
		String nobody = "no-such-" + UUID.randomUUID();

		this.mvc.perform(get("/api/people/{id}/export", nobody))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString(nobody)));

		assertThat(this.audit.historyOf("employee", nobody)).isEmpty();
	}

	private String employee(String name, String upn) throws Exception {
		return read(this.mvc.perform(post("/api/employees").contentType(MediaType.APPLICATION_JSON)
			.content(this.json.writeValueAsString(Map.of("name", name, "upn", upn))))).path("id").asString();
	}

	private JsonNode issue(String employee, String serial) throws Exception {
		return read(this.mvc.perform(post("/api/assets/issue").contentType(MediaType.APPLICATION_JSON)
			.content(this.json.writeValueAsString(Map.of("employeeId", employee, "type", "laptop", "serialNumber",
					serial, "ticketKey", "JML-0042")))));
	}

	private JsonNode read(ResultActions result) throws Exception {
		return this.json.readTree(result.andReturn().getResponse().getContentAsString());
	}

}

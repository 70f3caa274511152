package io.handover.audit;

import java.util.Map;
import java.util.UUID;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import io.handover.testing.ApiTest;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Updates.set;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The audit trail through the REST API: history per subject, and tamper detection. */
@ApiTest
class AuditApiTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ObjectMapper json;

	@Autowired
	MongoTemplate mongo;

	@Test
	void everyIssueIsInTheHistoryOfTheAssetWithWhoAndWhat() throws Exception {
		String employee = employee("Anna de Vries");
		String serial = "AUD" + UUID.randomUUID().toString().substring(0, 8);
		JsonNode holding = json(this.mvc.perform(post("/api/assets/issue").contentType(MediaType.APPLICATION_JSON)
			.content(this.json.writeValueAsString(Map.of("employeeId", employee, "type", "laptop", "serialNumber",
					serial, "ticketKey", "JML-0042")))));

		this.mvc
			.perform(get("/api/audit").param("subjectType", "asset")
				.param("subjectId", holding.get("assetId").asString()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[0].action").value("registered"))
			.andExpect(jsonPath("$[0].actorId").value("local-operator"))
			.andExpect(jsonPath("$[0].channel").value("API"))
			.andExpect(jsonPath("$[0].why").value("ticket JML-0042"))
			.andExpect(jsonPath("$[0].changes.status.after").value("\"ASSIGNED\""))
			.andExpect(jsonPath("$[0].changes.holder.after").value("\"" + employee + "\""));
		this.mvc
			.perform(get("/api/audit").param("subjectType", "assignment")
				.param("subjectId", holding.get("assignmentId").asString()))
			.andExpect(jsonPath("$[0].action").value("issued"));
	}

	@Test
	void editingOneStoredEntryMakesVerifyReportThatEntry() throws Exception {
		employee("Erik Eerlijk");
		employee("Vera Vervalst");
		this.mvc.perform(get("/api/audit/verify")).andExpect(jsonPath("$.intact").value(true));
		Document victim = this.mongo.getCollection("audit")
			.find(eq("action", "registered"))
			.sort(new Document("sequence", -1))
			.first();
		Object id = victim.get("_id");
		Object actorName = victim.get("actorName");
		try {
			this.mongo.getCollection("audit").updateOne(eq("_id", id), set("actorName", "Someone Else"));

			this.mvc.perform(get("/api/audit/verify"))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.intact").value(false))
				.andExpect(jsonPath("$.firstBrokenSequence").value(victim.get("sequence")))
				.andExpect(jsonPath("$.firstBrokenId").value(id.toString()))
				.andExpect(jsonPath("$.reason").value("content does not match its hash"));
		}
		finally {
			// other tests share this store: put the entry back as it was
			this.mongo.getCollection("audit").updateOne(eq("_id", id), set("actorName", actorName));
		}
		this.mvc.perform(get("/api/audit/verify")).andExpect(jsonPath("$.intact").value(true));
	}

	@Test
	void historyNeedsASubject() throws Exception {
		this.mvc.perform(get("/api/audit").param("subjectType", "asset"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("subjectId")));
	}

	private String employee(String name) throws Exception {
		return json(this.mvc.perform(post("/api/employees").contentType(MediaType.APPLICATION_JSON)
			.content(this.json.writeValueAsString(Map.of("name", name, "hrEmployeeId", "HR-" + UUID.randomUUID())))))
			.get("id")
			.asString();
	}

	private JsonNode json(org.springframework.test.web.servlet.ResultActions result) throws Exception {
		return this.json.readTree(result.andReturn().getResponse().getContentAsString());
	}

}

package io.handover.asset;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import io.handover.audit.AuditDraft;
import io.handover.audit.AuditEntry;
import io.handover.audit.AuditOutbox;
import io.handover.audit.AuditTrail;
import io.handover.common.Actor;
import io.handover.common.Channel;
import io.handover.testing.ApiTest;
import org.bson.Document;
import org.bson.types.ObjectId;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Employee records, assets, assignments and handover records carry each change's audit
 * entry in the write that makes the change, until it is in the trail: a kill between the
 * two loses no entry, and no document keeps owing one.
 */
@ApiTest
class AssetAuditAfterCrashTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ObjectMapper json;

	@Autowired
	MongoTemplate mongo;

	@Autowired
	AuditTrail trail;

	@Autowired
	AuditOutbox outbox;

	@Autowired
	Clock clock;

	@Test
	void anIssuedAndReturnedLaptopIsInTheTrailAtOnceAndNoDocumentKeepsOwingAnEntry() throws Exception {
		String jan = employee("Jan Bakker");
		JsonNode holding = post("/api/assets/issue", Map.of("employeeId", jan, "type", "laptop", "serialNumber",
				AssetRegisterApiTests.serial(), "ticketKey", "JML-0001"));
		String assignment = holding.get("assignmentId").asString();
		post("/api/assets/assignments/" + assignment + "/return",
				Map.of("signerId", "local-operator", "channel", "API", "contentShown", "I returned the laptop"));
		post("/api/assets/assignments/" + assignment + "/receipt", Map.of("condition", "good"));

		assertThat(this.trail.historyOf("employee", jan)).extracting(AuditEntry::action).containsExactly("registered");
		assertThat(this.trail.historyOf("asset", holding.get("assetId").asString())).extracting(AuditEntry::action)
			.containsExactly("registered", "return-pending", "received", "restocked");
		assertThat(this.trail.historyOf("assignment", assignment)).extracting(AuditEntry::action)
			.containsExactly("issued", "return-signed", "received");
		assertThat(heldSoon("employees", jan)).as("Jan's record holding audit drafts").isEmpty();
		assertThat(heldSoon("assets", holding.get("assetId").asString())).as("the laptop holding audit drafts")
			.isEmpty();
		assertThat(heldSoon("assignments", assignment)).as("the assignment holding audit drafts").isEmpty();
	}

	@Test
	void aLaptopRetiredJustBeforeAKillGetsItsAuditEntryOnceAfterTheRestart() throws Exception {
		String jan = employee("Jan Bakker");
		String asset = post("/api/assets/issue",
				Map.of("employeeId", jan, "type", "laptop", "serialNumber", AssetRegisterApiTests.serial()))
			.get("assetId")
			.asString();
		// the write of a "retired" change that a killed process made: the change and its
		// entry, which never reached the trail
		AuditDraft retired = AuditDraft.of(UUID.randomUUID().toString(), this.clock.instant(), "asset", asset,
				"retired", new Actor("iris", "Iris van Dam", Channel.TEAMS), "screen broken",
				AuditTrail.change("status", "ASSIGNED", "RETIRED"));
		this.mongo.updateFirst(Query.query(Criteria.where("_id").is(new ObjectId(asset))),
				this.outbox.owing(new Update().set("status", "RETIRED"), retired), "assets");

		this.outbox.sweep();
		this.outbox.sweep();

		assertThat(this.trail.historyOf("asset", asset)).extracting(AuditEntry::action)
			.containsExactly("registered", "retired");
		assertThat(this.trail.historyOf("asset", asset).get(1).why()).isEqualTo("screen broken");
		assertThat(this.mongo.findById(new ObjectId(asset), Document.class, "assets")
			.getList("auditOwed", Document.class, List.of())).isEmpty();
		assertThat(this.trail.verify().intact()).isTrue();
	}

	/**
	 * The drafts the document still holds, once the outbox had a moment to remove them.
	 */
	private List<Document> heldSoon(String collection, String id) throws InterruptedException {
		List<Document> held = List.of();
		for (int i = 0; i < 50; i++) {
			held = this.mongo.findById(new ObjectId(id), Document.class, collection)
				.getList("auditOwed", Document.class, List.of());
			if (held.isEmpty()) {
				return held;
			}
			Thread.sleep(100);
		}
		return held;
	}

	private String employee(String name) throws Exception {
		String upn = name.toLowerCase().replace(' ', '.') + "." + UUID.randomUUID().toString().substring(0, 8)
				+ "@example.org";
		return post("/api/employees", Map.of("name", name, "upn", upn)).get("id").asString();
	}

	private JsonNode post(String path, Map<String, String> body) throws Exception {
		String answer = this.mvc
			.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(path)
				.contentType(MediaType.APPLICATION_JSON)
				.content(this.json.writeValueAsString(body)))
			.andExpect(status().is2xxSuccessful())
			.andReturn()
			.getResponse()
			.getContentAsString();
		return this.json.readTree(answer);
	}

}

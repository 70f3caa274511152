package io.handover.asset;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import io.handover.testing.ApiTest;
import io.handover.testing.TestClock;
import io.handover.testing.TestClockConfiguration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultActions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The asset register journeys, through the REST API over the embedded store. */
@ApiTest
class AssetRegisterApiTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	io.handover.audit.AuditTrail audit;

	@Autowired
	ObjectMapper json;

	@Autowired
	TestClock clock;

	@AfterEach
	void resetClock() {
		this.clock.setDay(TestClockConfiguration.TODAY);
	}

	@Test
	void issuingSerialSPutsItOnTheEmployeesName() throws Exception {
		String anna = employee("Anna de Vries");
		String serial = serial();

		JsonNode holding = json(issue(anna, "laptop", serial).andExpect(status().isOk()).andReturn());

		assertThat(holding.get("serialNumber").asString()).isEqualTo(serial);
		assertThat(holding.get("state").asString()).isEqualTo("ISSUED");
		assertThat(holding.get("tag").asString()).startsWith("AST-");
		this.mvc.perform(get("/api/assets/held-by/{id}", anna))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[0].serialNumber").value(serial))
			.andExpect(jsonPath("$[0].assignmentId").value(holding.get("assignmentId").asString()));
		this.mvc.perform(get("/api/assets/{serial}", serial))
			.andExpect(jsonPath("$.status").value("ASSIGNED"))
			.andExpect(jsonPath("$.employeeId").value(anna))
			.andExpect(jsonPath("$.employeeName").value("Anna de Vries"));
	}

	@Test
	void aSecondEmployeeCannotBeIssuedSWhileItIsAssigned() throws Exception {
		String anna = employee("Anna de Vries");
		String jan = employee("Jan Bakker");
		String serial = serial();
		issue(anna, "laptop", serial).andExpect(status().isOk());

		issue(jan, "laptop", serial).andExpect(status().isConflict())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.code").value("asset-assigned"))
			.andExpect(jsonPath("$.field").value("serialNumber"))
			.andExpect(jsonPath("$.detail").value(serial + " is already assigned to Anna de Vries since 2026-11-23"));

		this.mvc.perform(get("/api/assets/held-by/{id}", jan)).andExpect(jsonPath("$.length()").value(0));
	}

	@Test
	void issuingTheSameSerialToTheSameEmployeeAgainReturnsTheSameHolding() throws Exception {
		String anna = employee("Anna de Vries");
		String serial = serial();
		JsonNode first = json(issue(anna, "laptop", serial).andReturn());

		JsonNode again = json(issue(anna, "laptop", serial.toLowerCase()).andExpect(status().isOk()).andReturn());

		assertThat(again.get("assignmentId")).isEqualTo(first.get("assignmentId"));
		this.mvc.perform(get("/api/assets/held-by/{id}", anna)).andExpect(jsonPath("$.length()").value(1));
	}

	@Test
	void theSameSerialMayExistOnceForEachType() throws Exception {
		String anna = employee("Anna de Vries");
		String serial = serial();
		issue(anna, "laptop", serial).andExpect(status().isOk());

		issue(anna, "phone", serial).andExpect(status().isOk());

		this.mvc.perform(get("/api/assets/held-by/{id}", anna)).andExpect(jsonPath("$.length()").value(2));
		this.mvc.perform(get("/api/assets/{serial}", serial))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("ambiguous-serial"));
	}

	@Test
	void returnAndReceiptPutSBackInStockAndTheHandoverRecordsHoldSignerTimeChannelAndHash() throws Exception {
		String jan = employee("Jan Bakker");
		String serial = serial();
		String assignment = json(issue(jan, "laptop", serial).andReturn()).get("assignmentId").asString();
		String card = "I returned laptop " + serial + " (paper form v1)";

		this.mvc
			.perform(post("/api/assets/assignments/{id}/return", assignment).contentType(MediaType.APPLICATION_JSON)
				.content(body(Map.of("signerId", "local-operator", "channel", "API", "contentShown", card))))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.state").value("RETURN_PENDING"));
		this.mvc.perform(get("/api/assets/{serial}", serial)).andExpect(jsonPath("$.status").value("RETURN_PENDING"));

		this.clock.setDay(LocalDate.of(2026, 11, 24));
		this.mvc
			.perform(post("/api/assets/assignments/{id}/receipt", assignment).contentType(MediaType.APPLICATION_JSON)
				.content("{\"condition\":\"good\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.state").value("RETURNED"));

		this.mvc.perform(get("/api/assets/{serial}", serial))
			.andExpect(jsonPath("$.status").value("IN_STOCK"))
			.andExpect(jsonPath("$.employeeId").doesNotExist());
		this.mvc.perform(get("/api/assets/held-by/{id}", jan)).andExpect(jsonPath("$.length()").value(0));
		this.mvc.perform(get("/api/assets/handovers").param("employeeId", jan))
			.andExpect(jsonPath("$.length()").value(1))
			.andExpect(jsonPath("$[0].kind").value("RETURN"))
			.andExpect(jsonPath("$[0].signerId").value("local-operator"))
			.andExpect(jsonPath("$[0].signerName").value("recorded by Local operator, signed on paper"))
			.andExpect(jsonPath("$[0].channel").value("API"))
			.andExpect(jsonPath("$[0].signedAt").value("2026-11-23T08:00:00Z"))
			.andExpect(jsonPath("$[0].items[0].serialNumber").value(serial))
			.andExpect(jsonPath("$[0].contentSha256").value(sha256(card)));

		// back in stock: it can go to the next person
		issue(employee("Piet Smit"), "laptop", serial).andExpect(status().isOk());
	}

	@Test
	void staffRecordAJoinersPaperSignatureForTheAssetsIssuedOnDayOneInTheirOwnName() throws Exception {
		String anna = employee("Anna de Vries");
		String laptop = json(issue(anna, "laptop", serial()).andReturn()).get("assignmentId").asString();
		String pass = json(issue(anna, "access-pass", serial()).andReturn()).get("assignmentId").asString();
		String card = "{\"type\":\"AdaptiveCard\",\"body\":[\"laptop\",\"access pass\"]}";
		String signature = body(Map.of("employeeId", anna, "assignmentIds", List.of(laptop, pass), "signature",
				Map.of("signerId", "local-operator", "channel", "API", "contentShown", card)));

		JsonNode record = json(this.mvc
			.perform(post("/api/assets/receipts").contentType(MediaType.APPLICATION_JSON).content(signature))
			.andExpect(status().isCreated())
			.andReturn());

		assertThat(record.get("kind").asString()).isEqualTo("RECEIPT");
		assertThat(record.get("signerId").asString()).isEqualTo("local-operator");
		assertThat(record.get("signerName").asString()).isEqualTo("recorded by Local operator, signed on paper");
		assertThat(record.get("channel").asString()).isEqualTo("API");
		assertThat(record.get("signedAt").asString()).isEqualTo("2026-11-23T08:00:00Z");
		assertThat(record.get("contentSha256").asString()).isEqualTo(sha256(card));
		assertThat(record.get("items").findValuesAsString("assignmentId")).containsExactly(laptop, pass);
		assertThat(record.has("contentShown")).isFalse();

		// a double click returns the same record rather than a second signature
		this.mvc.perform(post("/api/assets/receipts").contentType(MediaType.APPLICATION_JSON).content(signature))
			.andExpect(jsonPath("$.id").value(record.get("id").asString()));
		this.mvc.perform(get("/api/assets/handovers").param("employeeId", anna))
			.andExpect(jsonPath("$.length()").value(1));
	}

	@Test
	void aJoinerCannotSignForSomeoneElsesAsset() throws Exception {
		String anna = employee("Anna de Vries");
		String jans = json(issue(employee("Jan Bakker"), "laptop", serial()).andReturn()).get("assignmentId")
			.asString();

		this.mvc
			.perform(post("/api/assets/receipts").contentType(MediaType.APPLICATION_JSON)
				.content(body(Map.of("employeeId", anna, "assignmentIds", List.of(jans), "signature",
						Map.of("signerId", "local-operator", "channel", "API", "contentShown", "x")))))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("not-theirs"));
	}

	@Test
	void aSignatureInTheEmployeesNameIsRefusedThroughTheApiAuditedAndChangesNothing() throws Exception {
		String jan = employee("Jan Bakker");
		String serial = serial();
		String assignment = json(issue(jan, "laptop", serial).andReturn()).get("assignmentId").asString();

		this.mvc
			.perform(post("/api/assets/assignments/{id}/return", assignment).contentType(MediaType.APPLICATION_JSON)
				.content(body(Map.of("signerId", "aad-jan", "signerName", "Jan Bakker", "channel", "TEAMS",
						"contentShown", "I returned laptop " + serial))))
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.code").value("signature-for-someone-else"));
		this.mvc
			.perform(post("/api/assets/receipts").contentType(MediaType.APPLICATION_JSON)
				.content(body(Map.of("employeeId", jan, "assignmentIds", List.of(assignment), "signature",
						Map.of("signerId", "aad-jan", "channel", "TEAMS", "contentShown", "x")))))
			.andExpect(status().isForbidden());

		this.mvc.perform(get("/api/assets/{serial}", serial)).andExpect(jsonPath("$.status").value("ASSIGNED"));
		this.mvc.perform(get("/api/assets/handovers").param("employeeId", jan))
			.andExpect(jsonPath("$.length()").value(0));
		assertThat(this.audit.historyOf("assignment", assignment)).filteredOn(e -> e.action().equals("refused"))
			.singleElement()
			.satisfies(entry -> {
				assertThat(entry.actorId()).isEqualTo("local-operator");
				assertThat(entry.why()).contains("aad-jan");
			});
	}

	@Test
	void aDamagedReturnWaitsForRepairAndALostAssetLeavesTheName() throws Exception {
		String jan = employee("Jan Bakker");
		String damaged = serial();
		String lost = serial();
		String first = json(issue(jan, "laptop", damaged).andReturn()).get("assignmentId").asString();
		String second = json(issue(jan, "phone", lost).andReturn()).get("assignmentId").asString();

		this.mvc
			.perform(post("/api/assets/assignments/{id}/receipt", first).contentType(MediaType.APPLICATION_JSON)
				.content("{\"condition\":\"damaged\"}"))
			.andExpect(jsonPath("$.state").value("RETURNED"));
		JsonNode asset = json(this.mvc.perform(get("/api/assets/{serial}", damaged))
			.andExpect(jsonPath("$.status").value("RETURNED"))
			.andReturn());
		issue(employee("Piet Smit"), "laptop", damaged).andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("asset-returned"));
		this.mvc
			.perform(post("/api/assets/{id}/restock", asset.get("assetId").asString())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"why\":\"screen replaced\"}"))
			.andExpect(jsonPath("$.status").value("IN_STOCK"));

		this.mvc
			.perform(post("/api/assets/assignments/{id}/lost", second).contentType(MediaType.APPLICATION_JSON)
				.content("{\"why\":\"stolen from car\"}"))
			.andExpect(status().isNoContent());
		this.mvc.perform(get("/api/assets/{serial}", lost)).andExpect(jsonPath("$.status").value("LOST"));
		this.mvc.perform(get("/api/assets/held-by/{id}", jan)).andExpect(jsonPath("$.length()").value(0));
		this.mvc
			.perform(post("/api/assets/assignments/{id}/receipt", second).contentType(MediaType.APPLICATION_JSON)
				.content("{}"))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("assignment-lost"));
	}

	@Test
	void everythingOutstandingForLeaversPastTheirLastDayIsListed() throws Exception {
		String gone = employee("Gerrit Vertrokken");
		String staying = employee("Sanne Blijft");
		String leavingLater = employee("Lotte Later");
		String laptop = serial();
		issue(gone, "laptop", laptop);
		issue(staying, "laptop", serial());
		issue(leavingLater, "laptop", serial());
		leaving(gone, "2026-11-20");
		leaving(leavingLater, "2026-11-23");

		JsonNode outstanding = json(
				this.mvc.perform(get("/api/assets/outstanding?limit=1000")).andExpect(status().isOk()).andReturn());

		assertThat(outstanding.findValuesAsString("employeeId")).contains(gone).doesNotContain(staying, leavingLater);
		JsonNode gerrit = outstanding.findParents("employeeId")
			.stream()
			.filter((node) -> node.get("employeeId").asString().equals(gone))
			.findFirst()
			.orElseThrow();
		assertThat(gerrit.get("lastWorkingDay").asString()).isEqualTo("2026-11-20");
		assertThat(gerrit.get("holding").get("serialNumber").asString()).isEqualTo(laptop);
	}

	@Test
	void theOutstandingListComesAPageAtATimeInOrderFollowingTheNextLink() throws Exception {
		// three leavers on two days, one holding three things
		String early = employee("Aart Vroeg");
		String lateA = employee("Bea Laat");
		String lateB = employee("Cor Laat");
		for (String type : List.of("laptop", "phone", "monitor")) {
			issue(early, type, serial());
		}
		issue(lateA, "laptop", serial());
		issue(lateB, "phone", serial());
		leaving(early, "2026-01-05");
		leaving(lateA, "2026-01-09");
		leaving(lateB, "2026-01-09");

		// today=2026-01-10 lists these and anyone earlier: page by two, keep ours
		List<JsonNode> ours = new ArrayList<>();
		String next = "/api/assets/outstanding?today=2026-01-10&limit=2";
		int pages = 0;
		while (next != null) {
			MvcResult page = this.mvc.perform(get(next)).andExpect(status().isOk()).andReturn();
			JsonNode items = json(page);
			assertThat(items.size()).isLessThanOrEqualTo(2);
			items.forEach((item) -> {
				if (List.of(early, lateA, lateB).contains(item.get("employeeId").asString())) {
					ours.add(item);
				}
			});
			String link = page.getResponse().getHeader("Link");
			next = link == null ? null : link.substring(link.indexOf('<') + 1, link.indexOf('>'));
			if (link != null) {
				assertThat(link).endsWith("; rel=\"next\"");
				assertThat(items.size()).isEqualTo(2);
			}
			pages++;
		}

		assertThat(pages).isGreaterThanOrEqualTo(3);
		assertThat(ours)
			.extracting((item) -> item.get("employeeId").asString() + " " + item.get("holding").get("type").asString())
			.containsExactly(early + " laptop", early + " monitor", early + " phone",
					(lateA.compareTo(lateB) < 0 ? lateA + " laptop" : lateB + " phone"),
					(lateA.compareTo(lateB) < 0 ? lateB + " phone" : lateA + " laptop"));
	}

	@Test
	void aPageStartsRightAfterTheLastItemOfThePreviousOneEvenWhenThatWasReturnedMeanwhile() throws Exception {
		String leaver = employee("Dirk Terug");
		String first = serial();
		issue(leaver, "badge", first);
		issue(leaver, "laptop", serial());
		issue(leaver, "phone", serial());
		leaving(leaver, "2001-06-30");
		MvcResult one = this.mvc.perform(get("/api/assets/outstanding?today=2001-07-01&limit=1"))
			.andExpect(status().isOk())
			.andReturn();
		assertThat(json(one).get(0).get("holding").get("serialNumber").asString()).isEqualTo(first);
		String link = one.getResponse().getHeader("Link");
		String next = link.substring(link.indexOf('<') + 1, link.indexOf('>'));

		this.mvc
			.perform(post("/api/assets/assignments/{id}/lost",
					json(one).get(0).get("holding").get("assignmentId").asString())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"why\":\"gone\"}"))
			.andExpect(status().isNoContent());
		JsonNode two = json(
				this.mvc.perform(get(next.replace("limit=1", "limit=1000"))).andExpect(status().isOk()).andReturn());

		assertThat(two.findValuesAsString("type")).startsWith("laptop", "phone");
	}

	@Test
	void anInvalidIssueRequestNamesEveryFieldAndReason() throws Exception {
		this.mvc
			.perform(post("/api/assets/issue").contentType(MediaType.APPLICATION_JSON)
				.content("{\"employeeId\":\"\",\"type\":\"laptop\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.errors.length()").value(2))
			.andExpect(jsonPath("$.errors[?(@.field=='employeeId')].reason").value("must not be blank"))
			.andExpect(jsonPath("$.errors[?(@.field=='serialNumber')].reason").value("must not be blank"));
	}

	@Test
	void malformedJsonIsABadRequest() throws Exception {
		this.mvc.perform(post("/api/assets/issue").contentType(MediaType.APPLICATION_JSON).content("{\"employeeId\":"))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.title").value("Malformed request"));
		this.mvc
			.perform(post("/api/assets/assignments/x/return").contentType(MediaType.APPLICATION_JSON)
				.content("{\"signerId\":\"a\",\"channel\":\"PIGEON\",\"contentShown\":\"x\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("channel"));
	}

	@Test
	void issuingToAnUnknownEmployeeIsNotFound() throws Exception {
		issue("nobody", "laptop", serial()).andExpect(status().isNotFound())
			.andExpect(jsonPath("$.code").value("not-found"))
			.andExpect(jsonPath("$.detail").value("Employee nobody does not exist"));
	}

	private ResultActions issue(String employeeId, String type, String serial) throws Exception {
		return this.mvc.perform(post("/api/assets/issue").contentType(MediaType.APPLICATION_JSON)
			.content(body(Map.of("employeeId", employeeId, "type", type, "model", type + "-standard", "serialNumber",
					serial, "ticketKey", "JML-0001"))));
	}

	private String employee(String name) throws Exception {
		String upn = name.toLowerCase().replace(' ', '.') + "." + UUID.randomUUID().toString().substring(0, 8)
				+ "@example.org";
		return json(this.mvc
			.perform(post("/api/employees").contentType(MediaType.APPLICATION_JSON)
				.content(body(Map.of("name", name, "upn", upn))))
			.andExpect(status().isCreated())
			.andReturn()).get("id").asString();
	}

	private void leaving(String employeeId, String day) throws Exception {
		this.mvc
			.perform(put("/api/employees/{id}/leaving", employeeId).contentType(MediaType.APPLICATION_JSON)
				.content("{\"lastWorkingDay\":\"" + day + "\"}"))
			.andExpect(status().isNoContent());
	}

	private JsonNode json(MvcResult result) throws Exception {
		return this.json.readTree(result.getResponse().getContentAsString());
	}

	private String body(Object value) throws Exception {
		return this.json.writeValueAsString(value);
	}

	static String serial() {
		return "SN" + UUID.randomUUID().toString().replace("-", "").substring(0, 10).toUpperCase();
	}

	private static String sha256(String content) throws Exception {
		return HexFormat.of()
			.formatHex(MessageDigest.getInstance("SHA-256").digest(content.getBytes(StandardCharsets.UTF_8)));
	}

}

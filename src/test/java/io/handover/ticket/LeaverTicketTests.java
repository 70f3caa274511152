package io.handover.ticket;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.Map;
import java.util.UUID;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import io.handover.asset.AssetRegister;
import io.handover.asset.IssueRequest;
import io.handover.common.Actor;
import io.handover.common.Channel;
import io.handover.employee.Employee;
import io.handover.employee.EmployeeDirectory;
import io.handover.employee.NewEmployee;
import io.handover.testing.ApiTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static io.handover.ticket.TicketFixtures.leaver;
import static io.handover.ticket.TicketFixtures.plan;
import static io.handover.ticket.TicketFixtures.task;
import static io.handover.ticket.TicketFixtures.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A leaver's tasks come from what the asset register says they hold now — not from the
 * profile. Last working day Friday 18 December 2026.
 */
@ApiTest
class LeaverTicketTests {

	static final LocalDate FRIDAY_18_DECEMBER = LocalDate.of(2026, 12, 18);

	static final Actor IT_STAFF = new Actor("joost", "Joost Willems", Channel.API);

	@Autowired
	MockMvc mvc;

	@Autowired
	ObjectMapper json;

	@Autowired
	EmployeeDirectory employees;

	@Autowired
	AssetRegister assets;

	TicketFixtures fixtures;

	@BeforeEach
	void fixtures() {
		this.fixtures = new TicketFixtures(this.mvc, this.json);
	}

	@Test
	void aLeaverHoldingAnAssetTheirProfileDoesNotListGetsACollectTaskForIt() throws Exception {
		Employee jan = employee("Jan Bakker");
		String laptop = holds(jan, "laptop", "laptop-standard");
		String pass = holds(jan, "access-pass", "access-pass-office");
		String monitor = holds(jan, "monitor", "monitor-27");

		JsonNode ticket = this.fixtures.opened(leaver(Map.of("id", jan.id()), "account manager", FRIDAY_18_DECEMBER));

		// the profile lists a phone, but the register says Jan holds none: no phone task;
		// of the three applications only LinkedIn Sales Navigator is standalone
		assertThat(plan(ticket)).containsExactly("IT it.accounts.revoke 2026-12-18",
				"IT it.application.revoke 2026-12-18", "IT it.mailbox.handover 2026-12-18",
				"IT it.laptop.collect 2026-12-18", "IT it.laptop.wipe 2026-12-21", "IT it.asset.collect 2026-12-18",
				"FM fm.pass.deactivate 2026-12-18", "FM fm.pass.collect 2026-12-18", "FM fm.workspace.clear 2026-12-18",
				"HR hr.departure.report 2026-12-04", "HR hr.lease-car.return 2026-12-18");
		JsonNode collectMonitor = task(ticket, "it.asset.collect");
		assertThat(collectMonitor.get("title").asString()).isEqualTo("Collect monitor " + monitor + " (monitor-27)");
		assertThat(collectMonitor.at("/asset/serialNumber").asString()).isEqualTo(monitor);
		assertThat(collectMonitor.get("effect").asString()).isEqualTo("RECEIVE_ASSET");
		assertThat(task(ticket, "it.laptop.collect").at("/asset/serialNumber").asString()).isEqualTo(laptop);
		assertThat(task(ticket, "fm.pass.collect").at("/asset/serialNumber").asString()).isEqualTo(pass);
		assertThat(task(ticket, "it.laptop.wipe").get("waitingFor")).extracting(JsonNode::asText)
			.containsExactly(task(ticket, "it.laptop.collect").get("id").asString());
		assertThat(ticket.get("tasks").findValuesAsString("title"))
			.contains("Close the LinkedIn Sales Navigator account");
		assertThat(this.employees.find(jan.id()).orElseThrow().leavingOn()).isEqualTo(FRIDAY_18_DECEMBER);
	}

	@Test
	void aLeaverWithNoAssetsGetsNoCollectTasks() throws Exception {
		Employee eva = employee("Eva Smit");

		JsonNode ticket = this.fixtures.opened(leaver(Map.of("id", eva.id()), "default", FRIDAY_18_DECEMBER));

		// Microsoft 365 is federated: disabling the account closes it, no task of its own
		assertThat(plan(ticket)).containsExactly("IT it.accounts.revoke 2026-12-18",
				"IT it.mailbox.handover 2026-12-18", "FM fm.workspace.clear 2026-12-18",
				"HR hr.departure.report 2026-12-04");
		assertThat(ticket.get("tasks").findValuesAsString("effect")).containsOnly("NONE");
		assertThat(ticket.get("mailboxDelegate").asString()).isEqualTo("marieke.jansen@contoso.example");
	}

	@Test
	void theEmployeesReturnAndTheStaffsReceiptPutTheLaptopBackInStock() throws Exception {
		Employee jan = employee("Jan Bakker");
		String laptop = holds(jan, "laptop", "laptop-standard");
		JsonNode ticket = this.fixtures.opened(leaver(Map.of("id", jan.id()), "default", FRIDAY_18_DECEMBER));
		String collect = task(ticket, "it.laptop.collect").get("id").asString();

		this.fixtures.complete(collect, Map.of())
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("return-not-confirmed"))
			.andExpect(jsonPath("$.detail").value(containsString("has not confirmed returning laptop " + laptop)));

		String shown = "I returned laptop " + laptop;
		// nobody signs in Jan's name through the API
		this.fixtures
			.act(collect, "return",
					Map.of("signerId", "entra-" + jan.id(), "signerName", jan.name(), "channel", "TEAMS",
							"contentShown", shown))
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.code").value("signature-for-someone-else"));
		// staff record Jan's paper signature in their own name
		this.fixtures
			.act(collect, "return", Map.of("signerId", "local-operator", "channel", "API", "contentShown", shown))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.returnRecordedAt").exists())
			.andExpect(jsonPath("$.status").value("OPEN"));
		this.fixtures.complete(collect, Map.of("condition", "good"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("DONE"));

		this.mvc.perform(get("/api/assets/{serial}", laptop))
			.andExpect(jsonPath("$.status").value("IN_STOCK"))
			.andExpect(jsonPath("$.employeeId").doesNotExist());
		assertThat(this.assets.holdingsOf(jan.id())).isEmpty();
		JsonNode after = this.fixtures.ticket(ticket.get("key").asString());
		assertThat(task(after, "it.laptop.wipe").get("status").asString()).isEqualTo("OPEN");
		JsonNode records = this.fixtures
			.read(this.mvc.perform(get("/api/assets/handovers").param("employeeId", jan.id())));
		JsonNode returned = records.get(records.size() - 1);
		assertThat(returned.get("kind").asString()).isEqualTo("RETURN");
		assertThat(returned.get("signerId").asString()).isEqualTo("local-operator");
		assertThat(returned.get("signerName").asString()).isEqualTo("recorded by Local operator, signed on paper");
		assertThat(returned.get("channel").asString()).isEqualTo("API");
		assertThat(returned.get("signedAt").asString()).isNotBlank();
		assertThat(returned.get("contentSha256").asString()).isEqualTo(sha256(shown));
		assertThat(returned.at("/items/0/serialNumber").asString()).isEqualTo(laptop);
	}

	@Test
	void aLostPassIsTakenOffTheNameAndItsCollectTaskIsNotNeeded() throws Exception {
		Employee jan = employee("Jan Bakker");
		String pass = holds(jan, "access-pass", "access-pass-office");
		JsonNode ticket = this.fixtures.opened(leaver(Map.of("id", jan.id()), "default", FRIDAY_18_DECEMBER));
		String collect = task(ticket, "fm.pass.collect").get("id").asString();

		this.fixtures.act(collect, "lost", Map.of("reason", "lost on the train"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("NOT_NEEDED"))
			.andExpect(jsonPath("$.reason").value("Lost: lost on the train"));

		this.mvc.perform(get("/api/assets/{serial}", pass)).andExpect(jsonPath("$.status").value("LOST"));
		assertThat(this.assets.holdingsOf(jan.id())).isEmpty();
	}

	@Test
	void cancellingALeaverTicketMeansTheyAreNoLongerLeaving() throws Exception {
		Employee jan = employee("Jan Bakker");
		JsonNode ticket = this.fixtures.opened(leaver(Map.of("id", jan.id()), "default", FRIDAY_18_DECEMBER));

		this.mvc
			.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
				.post("/api/tickets/{key}/cancel", ticket.get("key").asString())
				.contentType("application/json")
				.content("{\"reason\":\"stays after all\"}"))
			.andExpect(status().isOk());

		assertThat(this.employees.find(jan.id()).orElseThrow().leavingOn()).isNull();
	}

	Employee employee(String name) {
		String unique = unique(name);
		return this.employees.register(new NewEmployee(unique, null, null, "HR-" + UUID.randomUUID(), null), IT_STAFF);
	}

	String holds(Employee employee, String type, String model) {
		String serial = (type.substring(0, 2) + "-" + UUID.randomUUID().toString().substring(0, 8)).toUpperCase();
		this.assets.issue(new IssueRequest(employee.id(), type, model, serial, null, null), IT_STAFF);
		return serial;
	}

	static String sha256(String text) throws Exception {
		return HexFormat.of()
			.formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
	}

	@Test
	void aMailboxDelegateOutsideTheOrganisationIsRefusedAndNothingOpens() throws Exception {
		Employee jan = employee("Jan Bakker");
		Map<String, Object> ticket = new java.util.LinkedHashMap<>(
				leaver(Map.of("id", jan.id()), "account manager", FRIDAY_18_DECEMBER));
		ticket.put("mailboxDelegate", "jan.private@gmail.example");

		this.fixtures.open(ticket)
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("external-delegate"))
			.andExpect(jsonPath("$.field").value("mailboxDelegate"))
			.andExpect(jsonPath("$.detail", containsString("outside the organisation")));
		this.mvc.perform(get("/api/tickets").param("employeeId", jan.id()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.length()").value(0));
		assertThat(this.employees.find(jan.id()).orElseThrow().leavingOn()).isNull();
	}

}

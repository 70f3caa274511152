package io.handover.ticket;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import io.handover.asset.AssetRegister;
import io.handover.asset.Holding;
import io.handover.testing.ApiTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static io.handover.ticket.TicketFixtures.joiner;
import static io.handover.ticket.TicketFixtures.task;
import static io.handover.ticket.TicketFixtures.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * IT completes "set up laptop" with the serial number: the CMDB records it on the joiner.
 */
@ApiTest
class IssueAssetTaskTests {

	static final LocalDate START = LocalDate.of(2026, 12, 14);

	@Autowired
	MockMvc mvc;

	@Autowired
	ObjectMapper json;

	@Autowired
	AssetRegister assets;

	TicketFixtures fixtures;

	@BeforeEach
	void fixtures() {
		this.fixtures = new TicketFixtures(this.mvc, this.json);
	}

	@Test
	void completingIssueLaptopWithSerialSRegistersSOnTheEmployee() throws Exception {
		JsonNode ticket = readyForLaptop(unique("Anna de Vries"));
		String laptop = task(ticket, "it.laptop.issue").get("id").asString();
		String serial = serial();

		this.fixtures.complete(laptop, Map.of())
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("input-required"))
			.andExpect(jsonPath("$.field").value("serialNumber"));
		JsonNode done = this.fixtures
			.read(this.fixtures.complete(laptop, Map.of("serialNumber", serial)).andExpect(status().isOk()));

		assertThat(done.get("status").asString()).isEqualTo("DONE");
		assertThat(done.at("/inputs/serialNumber").asString()).isEqualTo(serial);
		assertThat(done.at("/asset/serialNumber").asString()).isEqualTo(serial);
		assertThat(done.at("/asset/tag").asString()).startsWith("AST-");
		assertThat(this.assets.holdingsOf(ticket.at("/employee/id").asString()))
			.extracting(Holding::serialNumber, Holding::model, Holding::type)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(serial, "laptop-standard", "laptop"));
		this.mvc.perform(get("/api/assets/{serial}", serial))
			.andExpect(jsonPath("$.status").value("ASSIGNED"))
			.andExpect(jsonPath("$.employeeId").value(ticket.at("/employee/id").asString()));
	}

	@Test
	void aSecondEmployeeCannotBeIssuedSWhileItIsAssigned() throws Exception {
		String annaName = unique("Anna de Vries");
		JsonNode anna = readyForLaptop(annaName);
		JsonNode bram = readyForLaptop(unique("Bram Peters"));
		String serial = serial();
		this.fixtures.complete(task(anna, "it.laptop.issue").get("id").asString(), Map.of("serialNumber", serial))
			.andExpect(status().isOk());
		String bramsLaptop = task(bram, "it.laptop.issue").get("id").asString();

		this.fixtures.complete(bramsLaptop, Map.of("serialNumber", serial))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("asset-assigned"))
			.andExpect(jsonPath("$.field").value("serialNumber"))
			.andExpect(jsonPath("$.detail").value(containsString(annaName)));

		// nothing changed: Bram's task is still open and free for the right laptop
		JsonNode open = this.fixtures.read(this.mvc.perform(get("/api/tasks/{id}", bramsLaptop)));
		assertThat(open.get("status").asString()).isEqualTo("OPEN");
		assertThat(open.get("beingCompletedBy")).isNull();
		assertThat(this.assets.holdingsOf(bram.at("/employee/id").asString())).isEmpty();
		this.fixtures.complete(bramsLaptop, Map.of("serialNumber", serial())).andExpect(status().isOk());
	}

	@Test
	void theTicketIsCompletedWhenEveryTaskIsDoneOrNotNeeded() throws Exception {
		JsonNode ticket = readyForLaptop(unique("Carla Jong"));
		String key = ticket.get("key").asString();
		for (JsonNode task : this.fixtures.ticket(key).get("tasks")) {
			String id = task.get("id").asString();
			String kind = task.get("kind").asString();
			if (task.get("status").asString().equals("DONE")) {
				continue;
			}
			if (kind.equals("fm.workspace.setup")) {
				this.fixtures.act(id, "not-needed", Map.of("reason", "hot desk")).andExpect(status().isOk());
			}
			else if (kind.equals("fm.pass.issue")) {
				// waits for HR's contract, which is done by now
				this.fixtures.complete(id, Map.of("serialNumber", serial())).andExpect(status().isOk());
			}
			else if (kind.equals("it.laptop.issue")) {
				this.fixtures.complete(id, Map.of("serialNumber", serial())).andExpect(status().isOk());
			}
			else {
				this.fixtures.complete(id, Map.of()).andExpect(status().isOk());
			}
		}

		JsonNode completed = this.fixtures.ticket(key);
		assertThat(completed.get("state").asString()).isEqualTo("COMPLETED");
		assertThat(completed.get("closedAt").asString()).isNotBlank();
		assertThat(completed.at("/progress/IT/resolved").asInt()).isEqualTo(completed.at("/progress/IT/tasks").asInt());
		this.fixtures
			.act(task(completed, "it.accounts.create").get("id").asString(), "not-needed", Map.of("reason", "too late"))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("already-completed"));
	}

	/** A default-profile joiner whose accounts and contract are done. */
	JsonNode readyForLaptop(String name) throws Exception {
		JsonNode ticket = this.fixtures.opened(joiner(name, "default", START));
		this.fixtures.complete(task(ticket, "hr.contract.process").get("id").asString(), Map.of())
			.andExpect(status().isOk());
		this.fixtures.complete(task(ticket, "it.accounts.create").get("id").asString(), Map.of())
			.andExpect(status().isOk());
		return ticket;
	}

	static String serial() {
		return "PF" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
	}

}

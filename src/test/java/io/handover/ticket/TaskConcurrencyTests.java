package io.handover.ticket;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import io.handover.asset.AssetRegister;
import io.handover.audit.AuditEntry;
import io.handover.audit.AuditTrail;
import io.handover.testing.ApiTest;
import io.handover.testing.TestClock;
import io.handover.testing.TestClockConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import static io.handover.ticket.TicketFixtures.joiner;
import static io.handover.ticket.TicketFixtures.task;
import static io.handover.ticket.TicketFixtures.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Clicking twice, or many people clicking at once, makes exactly one change; a repeated
 * call with the same idempotency key returns the first answer.
 */
@ApiTest
class TaskConcurrencyTests {

	static final LocalDate START = LocalDate.of(2026, 12, 14);

	@Autowired
	MockMvc mvc;

	@Autowired
	ObjectMapper json;

	@Autowired
	AuditTrail audit;

	@Autowired
	AssetRegister assets;

	TicketFixtures fixtures;

	@Autowired
	TestClock clock;

	@BeforeEach
	void fixtures() {
		// the answers name the moment of the first click: the context's clock, which
		// another test may have moved
		this.clock.setDay(TestClockConfiguration.TODAY);
		this.fixtures = new TicketFixtures(this.mvc, this.json);
	}

	@Test
	void fiftyPeopleCompletingOneTaskAtOnceMakeExactlyOneChange() throws Exception {
		JsonNode ticket = this.fixtures.opened(joiner(unique("Anna de Vries"), "default", START));
		String contract = task(ticket, "hr.contract.process").get("id").asString();

		List<MockHttpServletResponse> answers = atOnce(50,
				() -> this.fixtures.complete(contract, Map.of()).andReturn().getResponse());

		assertThat(answers).filteredOn(answer -> answer.getStatus() == 200).hasSize(1);
		List<MockHttpServletResponse> refused = answers.stream().filter(answer -> answer.getStatus() != 200).toList();
		assertThat(refused).hasSize(49).allSatisfy(answer -> {
			assertThat(answer.getStatus()).isEqualTo(409);
			JsonNode problem = this.json.readTree(answer.getContentAsString());
			assertThat(problem.get("code").asString()).isEqualTo("already-completed");
			assertThat(problem.get("detail").asString())
				.isEqualTo("Task " + contract + " was already completed by Local operator at 23 Nov 2026 09:00");
		});
		assertThat(this.audit.historyOf("task", contract)).extracting(AuditEntry::action).containsExactly("completed");
		JsonNode after = this.fixtures.ticket(ticket.get("key").asString());
		assertThat(task(after, "hr.contract.process").get("status").asString()).isEqualTo("DONE");
		// the task it unblocked was unblocked once
		assertThat(this.audit.historyOf("task", task(after, "fm.pass.issue").get("id").asString()))
			.extracting(AuditEntry::action)
			.containsExactly("unblocked");
	}

	@Test
	void tenPeopleIssuingDifferentLaptopsForOneTaskPutExactlyOneOnTheEmployeesName() throws Exception {
		JsonNode ticket = this.fixtures.opened(joiner(unique("Bram Peters"), "default", START));
		this.fixtures.complete(task(ticket, "it.accounts.create").get("id").asString(), Map.of())
			.andExpect(status().isOk());
		String laptop = task(ticket, "it.laptop.issue").get("id").asString();
		List<Callable<MockHttpServletResponse>> clicks = new ArrayList<>();
		for (int i = 0; i < 10; i++) {
			String serial = "RACE-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
			clicks.add(() -> this.fixtures.complete(laptop, Map.of("serialNumber", serial)).andReturn().getResponse());
		}

		List<MockHttpServletResponse> answers = atOnce(clicks);

		assertThat(answers).filteredOn(answer -> answer.getStatus() == 200).hasSize(1);
		assertThat(answers).filteredOn(answer -> answer.getStatus() == 409).hasSize(9);
		String employeeId = ticket.at("/employee/id").asString();
		assertThat(this.assets.holdingsOf(employeeId)).hasSize(1);
		JsonNode done = this.fixtures.read(this.mvc.perform(get("/api/tasks/{id}", laptop)));
		assertThat(done.get("status").asString()).isEqualTo("DONE");
		assertThat(done.at("/asset/serialNumber").asString())
			.isEqualTo(this.assets.holdingsOf(employeeId).get(0).serialNumber());
	}

	@Test
	void aRepeatedIdempotencyKeyReturnsTheFirstAnswerAndChangesNothing() throws Exception {
		JsonNode ticket = this.fixtures.opened(joiner(unique("Sara Meijer"), "default", START));
		String accounts = task(ticket, "it.accounts.create").get("id").asString();
		String key = UUID.randomUUID().toString();

		String first = this.fixtures.act(accounts, "complete", Map.of("inputs", Map.of()), key)
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		this.fixtures.act(task(ticket, "hr.contract.process").get("id").asString(), "not-needed",
				Map.of("reason", "contract signed last year"));
		String repeat = this.fixtures.act(accounts, "complete", Map.of("inputs", Map.of()), key)
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(this.json.readTree(repeat)).isEqualTo(this.json.readTree(first));
		assertThat(this.audit.historyOf("task", accounts)).hasSize(1);
		this.fixtures.act(accounts, "not-needed", Map.of("reason", "other request"), key)
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("idempotency-key-reused"));
		// without the key, the same click is refused as what it is: a second completion
		this.fixtures.act(accounts, "complete", Map.of("inputs", Map.of()))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("already-completed"));
	}

	@Test
	void openingATicketTwiceWithOneIdempotencyKeyOpensOneTicket() throws Exception {
		Map<String, Object> request = joiner(unique("Tim de Boer"), "default", START);
		String key = UUID.randomUUID().toString();

		String first = this.mvc
			.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/api/tickets")
				.header("Idempotency-Key", key)
				.contentType("application/json")
				.content(this.json.writeValueAsString(request)))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		String repeat = this.mvc
			.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/api/tickets")
				.header("Idempotency-Key", key)
				.contentType("application/json")
				.content(this.json.writeValueAsString(request)))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(this.json.readTree(repeat)).isEqualTo(this.json.readTree(first));
		String employeeId = this.json.readTree(first).at("/employee/id").asString();
		assertThat(this.fixtures.read(this.mvc.perform(get("/api/tickets").param("employeeId", employeeId))))
			.hasSize(1);
	}

	private static <T> List<T> atOnce(int times, Callable<T> call) throws Exception {
		List<Callable<T>> calls = new ArrayList<>();
		for (int i = 0; i < times; i++) {
			calls.add(call);
		}
		return atOnce(calls);
	}

	private static <T> List<T> atOnce(List<Callable<T>> calls) throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(calls.size());
		try {
			CountDownLatch ready = new CountDownLatch(calls.size());
			CountDownLatch go = new CountDownLatch(1);
			List<Future<T>> futures = new ArrayList<>();
			for (Callable<T> call : calls) {
				futures.add(pool.submit(() -> {
					ready.countDown();
					go.await();
					return call.call();
				}));
			}
			ready.await();
			go.countDown();
			List<T> results = new ArrayList<>();
			for (Future<T> future : futures) {
				results.add(future.get());
			}
			return results;
		}
		finally {
			pool.shutdownNow();
		}
	}

}

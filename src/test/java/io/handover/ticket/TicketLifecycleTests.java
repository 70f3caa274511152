package io.handover.ticket;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import io.handover.testing.QuietBotTest;
import io.handover.ticket.TicketEvent.TaskCompleted;
import io.handover.ticket.TicketEvent.TicketOpened;
import io.handover.ticket.TicketEvent.TicketRescheduled;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import static io.handover.ticket.TicketFixtures.joiner;
import static io.handover.ticket.TicketFixtures.leaver;
import static io.handover.ticket.TicketFixtures.person;
import static io.handover.ticket.TicketFixtures.plan;
import static io.handover.ticket.TicketFixtures.task;
import static io.handover.ticket.TicketFixtures.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Reschedule, cancel, duplicates, and what a ticket tells the rest of Handover. */
// what a change leaves owed is read from the store: no card delivery in the background
// acknowledging it meanwhile (it passed in the full run only while the delivery thread
// was busy with earlier classes' cards)
@QuietBotTest
@RecordApplicationEvents
class TicketLifecycleTests {

	static final LocalDate START = LocalDate.of(2026, 12, 14);

	@Autowired
	MockMvc mvc;

	@Autowired
	ObjectMapper json;

	@Autowired
	TicketOutbox outbox;

	@Autowired
	ApplicationEvents events;

	TicketFixtures fixtures;

	@BeforeEach
	void fixtures() {
		this.fixtures = new TicketFixtures(this.mvc, this.json);
	}

	@Test
	void reschedulingReDatesOpenTasksOnly() throws Exception {
		JsonNode ticket = this.fixtures.opened(joiner(unique("Anna de Vries"), "default", START));
		String key = ticket.get("key").asString();
		String contract = task(ticket, "hr.contract.process").get("id").asString();
		this.fixtures.complete(contract, Map.of()).andExpect(status().isOk());

		JsonNode moved = this.fixtures
			.read(ticketAction(key, "reschedule", Map.of("date", "2027-01-04", "reason", "visa delayed"))
				.andExpect(status().isOk()));

		assertThat(moved.get("date").asString()).isEqualTo("2027-01-04");
		// Christmas and Boxing Day fall inside the new lead time
		assertThat(plan(moved)).containsExactly("IT it.accounts.create 2026-12-24", "IT it.laptop.issue 2026-12-29",
				"IT it.software.assign 2026-12-30", "FM fm.pass.issue 2026-12-30", "FM fm.workspace.setup 2026-12-31",
				"HR hr.contract.process 2026-11-30");
		assertThat(task(moved, "hr.contract.process").get("status").asString()).isEqualTo("DONE");
		assertThat(this.events.stream(TicketRescheduled.class).filter(e -> e.ticketKey().equals(key))).singleElement()
			.satisfies(e -> assertThat(e.redatedTaskIds()).hasSize(5).doesNotContain(contract));
	}

	@Test
	void reschedulingInsideTheLeadTimeMakesTheNoticeLateAndOpenTasksUrgent() throws Exception {
		JsonNode ticket = this.fixtures.opened(joiner(unique("Bram Peters"), "default", START));
		String key = ticket.get("key").asString();

		JsonNode moved = this.fixtures
			.read(ticketAction(key, "reschedule", Map.of("date", "2026-12-01")).andExpect(status().isOk()));

		assertThat(moved.get("lateNotice").asBoolean()).isTrue();
		assertThat(moved.get("tasks").findValues("urgent")).allMatch(JsonNode::asBoolean);
	}

	@Test
	void cancellingClosesOpenTasksAndFreesTheEmployeeForANewTicket() throws Exception {
		Map<String, Object> request = joiner(unique("Carla Jong"), "default", START);
		JsonNode ticket = this.fixtures.opened(request);
		String key = ticket.get("key").asString();
		String contract = task(ticket, "hr.contract.process").get("id").asString();
		this.fixtures.complete(contract, Map.of()).andExpect(status().isOk());

		ticketAction(key, "cancel", Map.of()).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("reason"));
		JsonNode cancelled = this.fixtures
			.read(ticketAction(key, "cancel", Map.of("reason", "offer declined")).andExpect(status().isOk()));

		assertThat(cancelled.get("state").asString()).isEqualTo("CANCELLED");
		assertThat(cancelled.get("closeReason").asString()).isEqualTo("offer declined");
		assertThat(cancelled.get("tasks")).allSatisfy(task -> assertThat(task.get("status").asString())
			.isEqualTo(task.get("id").asString().equals(contract) ? "DONE" : "CANCELLED"));
		this.fixtures.act(task(cancelled, "it.accounts.create").get("id").asString(), "claim", null)
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("cancelled"));
		ticketAction(key, "reschedule", Map.of("date", "2027-01-04")).andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("ticket-closed"));
		this.fixtures.open(request).andExpect(status().isCreated());
	}

	@Test
	void aSecondOpenTicketOfTheSameKindIsRefusedNamingTheFirst() throws Exception {
		Map<String, Object> employee = person(unique("Dirk Hendriks"));
		JsonNode first = this.fixtures.opened(leaver(employee, "default", START));

		this.fixtures.open(leaver(employee, "default", START.plusDays(7)))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("duplicate-ticket"))
			.andExpect(jsonPath("$.detail").value(containsString(first.get("key").asString())));
		// a joiner ticket for the same person is another kind
		this.fixtures.open(joiner((String) employee.get("name"), "default", START)).andExpect(status().isCreated());
	}

	@Test
	void fiveManagersAnnouncingTheSameLeaverAtOnceOpenOneTicket() throws Exception {
		Map<String, Object> request = leaver(person(unique("Emma Mulder")), "default", START);
		List<Callable<ResultActions>> calls = new ArrayList<>();
		for (int i = 0; i < 5; i++) {
			calls.add(() -> this.fixtures.open(request));
		}

		List<ResultActions> answers = atOnce(calls);

		List<JsonNode> bodies = new ArrayList<>();
		for (ResultActions answer : answers) {
			bodies.add(this.fixtures.read(answer));
		}
		List<String> created = bodies.stream().filter(b -> b.has("key")).map(b -> b.get("key").asString()).toList();
		assertThat(created).hasSize(1);
		assertThat(bodies).filteredOn(b -> !b.has("key"))
			.hasSize(4)
			.allSatisfy(problem -> assertThat(problem.get("detail").asString()).contains(created.get(0)));
	}

	@Test
	void changesArePublishedAfterTheyAreStoredAndLeaveCardUpdatesOwed() throws Exception {
		JsonNode ticket = this.fixtures.opened(joiner(unique("Femke de Wit"), "default", START));
		String key = ticket.get("key").asString();
		String accounts = task(ticket, "it.accounts.create").get("id").asString();
		this.fixtures.complete(accounts, Map.of()).andExpect(status().isOk());

		assertThat(this.events.stream(TicketOpened.class).filter(e -> e.ticketKey().equals(key))).singleElement()
			.satisfies(e -> assertThat(e.taskIds()).hasSize(6));
		assertThat(this.events.stream(TaskCompleted.class).filter(e -> e.ticketKey().equals(key))).singleElement()
			.satisfies(e -> assertThat(e.taskId()).isEqualTo(accounts));
		List<TicketOutbox.PendingUpdate> owed = this.outbox.pending(10_000)
			.stream()
			.filter(p -> p.ticketKey().equals(key))
			.toList();
		// opened (on the local operator's authority), completed, and the two tasks it
		// unblocked
		assertThat(owed).extracting(p -> p.update().event())
			.containsExactly("TicketOpened", "TicketAuthorised", "TaskCompleted", "TaskUnblocked", "TaskUnblocked");

		assertThat(this.outbox.acknowledge(key, owed.get(0).update().updateId())).isTrue();
		this.fixtures.act(accounts, "not-needed", Map.of("reason", "x")).andExpect(status().isConflict());
		this.fixtures.act(task(ticket, "it.laptop.issue").get("id").asString(), "claim", null)
			.andExpect(status().isOk());
		assertThat(this.outbox.pending(10_000).stream().filter(p -> p.ticketKey().equals(key)))
			.extracting(p -> p.update().event())
			.containsExactly("TicketAuthorised", "TaskCompleted", "TaskUnblocked", "TaskUnblocked", "TaskClaimed");
	}

	ResultActions ticketAction(String key, String action, Map<String, ?> body) throws Exception {
		return this.mvc.perform(post("/api/tickets/{key}/{action}", key, action).contentType(MediaType.APPLICATION_JSON)
			.content(this.json.writeValueAsString(body)));
	}

	static <T> List<T> atOnce(List<Callable<T>> calls) throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(calls.size());
		try {
			CountDownLatch go = new CountDownLatch(1);
			List<Future<T>> futures = new ArrayList<>();
			for (Callable<T> call : calls) {
				futures.add(pool.submit(() -> {
					go.await();
					return call.call();
				}));
			}
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

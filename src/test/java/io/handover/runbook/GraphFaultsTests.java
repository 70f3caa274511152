package io.handover.runbook;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import io.handover.common.Actor;
import io.handover.common.Channel;
import io.handover.profile.ProfileDraft;
import io.handover.profile.ProfileManagement;
import io.handover.task.TaskStatus;
import io.handover.testing.TestClock;
import io.handover.testing.TestClockConfiguration;
import io.handover.ticket.Authority;
import io.handover.ticket.DeviceRetrieval;
import io.handover.ticket.ManagerRef;
import io.handover.ticket.NewTicket;
import io.handover.ticket.TaskView;
import io.handover.ticket.TicketKind;
import io.handover.ticket.TicketManagement;
import io.handover.ticket.TicketView;
import io.handover.ticket.WorkLocation;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Dependency faults of issue 8 on the Graph side: Microsoft Graph slow (5 s for a call)
 * or down for longer than the retries. The runbook waits or blocks its step with Graph's
 * words; the people working on the same ticket are never held up by it.
 */
class GraphFaultsTests extends GraphIntegrationTest {

	static final Actor MARIEKE = new Actor("marieke-oid", "Marieke Jansen", Channel.TEAMS);

	static final Actor JOOST = Actor.person("0c5a3b4e-1d2f-4a6b-8c9d-0000000a1e01", "joost@contoso.example",
			"Joost (IT)", Channel.TEAMS, java.util.Set.of(io.handover.access.Roles.IT));

	@Autowired
	LeaverRunbook runbook;

	@Autowired
	TicketManagement tickets;

	@Autowired
	ProfileManagement profiles;

	@Autowired
	TestClock clock;

	@Autowired
	MockMvc mvc;

	@Autowired
	DirectorySchedule schedule;

	String user;

	String upn;

	String profile;

	@BeforeEach
	void janWorksHere() {
		this.clock.setDay(TestClockConfiguration.TODAY);
		GRAPH.reset();
		String suffix = UUID.randomUUID().toString().substring(0, 8);
		this.user = UUID.randomUUID().toString();
		this.upn = "jan.bakker." + suffix + "@contoso.example";
		this.profile = "graph-faults-" + suffix;
		this.profiles.save(this.profile, new ProfileDraft("Graph Faults " + suffix, List.of(), List.of(),
				List.of("All Staff"), List.of("microsoft-365"), List.of()), null, MARIEKE, null);
		GRAPH.addUser(this.user, this.upn, "Jan Bakker");
		GRAPH.addGroup("g-staff", "All Staff", null, this.user);
		GRAPH.addSku("6fd2c87f-b296-42f0-b197-1e91e994b900", "ENTERPRISEPACK");
		GRAPH.user(this.user).orElseThrow().licences.add("6fd2c87f-b296-42f0-b197-1e91e994b900");
	}

	@Test
	void aSlowGraphHoldsUpNoOneWorkingOnTheSameTicket() throws Exception {
		GRAPH.slowDown("PATCH", "^/users/[^/?]+$", Duration.ofSeconds(5));
		TicketView ticket = leaves(TestClockConfiguration.TODAY);
		TaskView forAPerson = ticket.tasks()
			.stream()
			.filter(task -> task.status() == TaskStatus.OPEN && !task.kind().startsWith("it."))
			.findFirst()
			.orElseThrow();

		CompletableFuture<RunbookReport> running = CompletableFuture
			.supplyAsync(() -> this.runbook.run(ticket.key(), Actor.system("test")));
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
		while (GRAPH.slowCallsArrived() == 0 && System.nanoTime() < deadline) {
			Thread.sleep(20);
		}
		assertThat(GRAPH.slowCallsArrived()).as("the runbook is waiting for Graph").isPositive();

		long start = System.nanoTime();
		MvcResult read = this.mvc.perform(get("/api/tickets/{key}", ticket.key())).andReturn();
		MvcResult claim = this.mvc.perform(post("/api/tasks/{id}/claim", forAPerson.id())).andReturn();
		Duration took = Duration.ofNanos(System.nanoTime() - start);

		assertThat(read.getResponse().getStatus()).isEqualTo(200);
		assertThat(claim.getResponse().getStatus()).isEqualTo(200);
		assertThat(took).as("answered while Graph is still busy").isLessThan(Duration.ofSeconds(3));
		assertThat(running).as("the runbook still waits for the slow call").isNotDone();
		GRAPH.answerSlowCallsNow();

		RunbookReport report = running.get(60, TimeUnit.SECONDS);
		TicketView after = this.tickets.get(ticket.key());
		assertThat(report.steps()).isNotEmpty();
		assertThat(LeaverRunbookTests.statusOf(after, "it.directory.disable")).isEqualTo(TaskStatus.DONE);
		assertThat(after.tasks()).filteredOn(task -> task.id().equals(forAPerson.id()))
			.extracting(TaskView::status)
			.as("the claim made meanwhile is kept")
			.containsExactly(TaskStatus.CLAIMED);
		assertThat(GRAPH.succeeded("PATCH", "/users/" + this.user)).isEqualTo(1);
	}

	@Test
	void aGraphOutageLongerThanTheRetriesBlocksTheStepWithTheErrorAndTheNextRoundFinishesIt() {
		GRAPH.failNext("PATCH", "^/users/[^/?]+$", 503, 1, 100, "ServiceUnavailable",
				"The service is temporarily unavailable.");
		TicketView ticket = leaves(TestClockConfiguration.TODAY);

		this.runbook.run(ticket.key(), Actor.system("test"));

		TaskView disable = LeaverRunbookTests.task(this.tickets.get(ticket.key()), "it.directory.disable");
		assertThat(disable.status()).isEqualTo(TaskStatus.BLOCKED);
		assertThat(disable.blockedReason()).contains("503").contains("temporarily unavailable");
		assertThat(GRAPH.succeeded("PATCH", "/users/" + this.user)).isZero();

		// Graph is back: the next round (the schedule, or POST .../leaver-runbook)
		// disables the account once.
		GRAPH.clearFailures();
		this.runbook.run(ticket.key(), Actor.system("test"));

		assertThat(LeaverRunbookTests.statusOf(this.tickets.get(ticket.key()), "it.directory.disable"))
			.isEqualTo(TaskStatus.DONE);
		assertThat(GRAPH.succeeded("PATCH", "/users/" + this.user)).isEqualTo(1);
	}

	@Test
	void aGroupRemovalRefusedInsideABatchOffersRetryNowOnItsTask() {
		TicketView ticket = leaves(TestClockConfiguration.TODAY);
		// the application may not remove members of this group: refused inside the batch
		GRAPH.failNext("DELETE", "^/groups/[^/]+/members/", 403, null, 100, "Authorization_RequestDenied",
				"Insufficient privileges to complete the operation.");

		this.runbook.run(ticket.key(), Actor.system("test"));

		TaskView groups = LeaverRunbookTests.task(this.tickets.get(ticket.key()), "it.directory.groups.remove");
		assertThat(GRAPH.calls()).as("sent in a batch")
			.anyMatch(call -> call.batched() && call.method().equals("DELETE") && call.status() == 403);
		assertThat(groups.status()).isEqualTo(TaskStatus.BLOCKED);
		assertThat(groups.blockedReason()).contains("403").contains("Insufficient privileges");
		assertThat(groups.result()).contains("Waiting for the fix").contains("Retry now");
		assertThat(this.runbook.offersRetry(groups)).as("IT's card offers Retry now").isTrue();
	}

	@Test
	void aRefusedReadOfTheAccountWaitsForTheFixAndRunsAtOnceOnRetryNowNotOnTheBackOff() throws Exception {
		TicketView ticket = leaves(TestClockConfiguration.TODAY);
		Instant due = this.runbook.dueAt(TestClockConfiguration.TODAY).plusSeconds(30);
		this.clock.set(due);
		// a deployment without User.Read.All
		GRAPH.failNext("GET", "^/users/[^/?]+(\\?|$)", 403, null, 1000, "Authorization_RequestDenied",
				"Insufficient privileges to complete the operation.");

		MvcResult triggered = this.mvc.perform(post("/api/tickets/{key}/leaver-runbook", ticket.key())).andReturn();

		assertThat(triggered.getResponse().getStatus()).as("never a bare 500").isEqualTo(200);
		assertThat(triggered.getResponse().getContentAsString()).contains("blocked: 403 Authorization_RequestDenied")
			.contains("User.Read.All");
		TaskView disable = LeaverRunbookTests.task(this.tickets.get(ticket.key()), "it.directory.disable");
		assertThat(disable.status()).isEqualTo(TaskStatus.BLOCKED);
		assertThat(disable.blockedReason()).as("what to grant, on IT's card")
			.contains("Insufficient privileges")
			.contains("User.Read.All");
		assertThat(disable.result()).contains("Waiting for the fix").contains("Retry now");
		assertThat(this.runbook.offersRetry(disable)).isTrue();
		// a refusal does not pass by itself: only the longest wait, as a safety net
		assertThat(this.runbook.retryAt(ticket.key())).contains(due.plus(Duration.ofHours(6)));

		// not hammered on the back-off: 5, 10, 20 minutes and two hours later nothing is
		// asked
		long reads = GRAPH.calls().stream().filter(c -> c.path().startsWith("/users/" + this.upn)).count();
		for (Duration later : List.of(Duration.ofMinutes(5), Duration.ofMinutes(15), Duration.ofMinutes(35),
				Duration.ofHours(2))) {
			this.clock.set(due.plus(later));
			this.schedule.runDue();
		}
		assertThat(GRAPH.calls().stream().filter(c -> c.path().startsWith("/users/" + this.upn)).count())
			.isEqualTo(reads);

		// only IT staff retry it
		org.assertj.core.api.Assertions.assertThatThrownBy(() -> this.runbook.retryNow(ticket.key(), MARIEKE, null))
			.isInstanceOf(io.handover.common.Refusal.class);
		assertThat(GRAPH.calls().stream().filter(c -> c.path().startsWith("/users/" + this.upn)).count())
			.isEqualTo(reads);

		// the permission is granted and IT clicks Retry now: the whole runbook runs at
		// once
		GRAPH.clearFailures();
		this.runbook.retryNow(ticket.key(), JOOST, null);

		TicketView after = this.tickets.get(ticket.key());
		assertThat(LeaverRunbookTests.statusOf(after, "it.directory.disable")).isEqualTo(TaskStatus.DONE);
		assertThat(after.tasks()).filteredOn(t -> t.kind().equals("it.directory.disable")).hasSize(1);
		assertThat(LeaverRunbookTests.statusOf(after, "it.directory.sessions.revoke")).isEqualTo(TaskStatus.DONE);
		assertThat(GRAPH.user(this.user).orElseThrow().accountEnabled).isFalse();
		assertThat(this.runbook.retryAt(ticket.key())).as("finished: nothing to try again").isEmpty();
	}

	@Test
	void aThrottledReadOfTheAccountIsTriedAgainAfterItsBackOffWithoutAClick() throws Exception {
		TicketView ticket = leaves(TestClockConfiguration.TODAY);
		Instant due = this.runbook.dueAt(TestClockConfiguration.TODAY).plusSeconds(30);
		this.clock.set(due);
		GRAPH.failNext("GET", "^/users/[^/?]+(\\?|$)", 503, 1, 1000, "ServiceUnavailable",
				"The service is temporarily unavailable.");

		this.schedule.runDue();

		TaskView disable = LeaverRunbookTests.task(this.tickets.get(ticket.key()), "it.directory.disable");
		assertThat(disable.status()).isEqualTo(TaskStatus.BLOCKED);
		assertThat(disable.result()).contains("Next automatic attempt").doesNotContain("Waiting for the fix");
		Instant retry = this.runbook.retryAt(ticket.key()).orElseThrow();
		assertThat(retry).isEqualTo(due.plus(Duration.ofMinutes(5)));

		// still unavailable: the next wait is longer
		this.clock.set(retry);
		this.schedule.runDue();
		Instant later = this.runbook.retryAt(ticket.key()).orElseThrow();
		assertThat(later).isEqualTo(retry.plus(Duration.ofMinutes(10)));

		// Graph is back: the back-off's next round runs the whole runbook
		GRAPH.clearFailures();
		this.clock.set(later);
		this.schedule.runDue();

		TicketView after = this.tickets.get(ticket.key());
		assertThat(LeaverRunbookTests.statusOf(after, "it.directory.disable")).isEqualTo(TaskStatus.DONE);
		assertThat(GRAPH.user(this.user).orElseThrow().accountEnabled).isFalse();
		assertThat(this.runbook.retryAt(ticket.key())).isEmpty();
		this.clock.set(later.plus(Duration.ofHours(1)));
		this.schedule.runDue();
		assertThat(GRAPH.succeeded("PATCH", "/users/" + this.user)).isEqualTo(1);
	}

	private TicketView leaves(LocalDate lastDay) {
		TicketView ticket = this.tickets.open(new NewTicket(TicketKind.LEAVER,
				new NewTicket.Person(null, "Jan Bakker " + this.upn.substring(11, 19), this.upn, null, null),
				new ManagerRef("marieke.jansen@contoso.example", "Marieke Jansen"), this.profile, null, lastDay,
				WorkLocation.REMOTE, null, DeviceRetrieval.REMOTE_WIPE, null), MARIEKE, null);
		return this.tickets.authorise(ticket.key(), Authority.MANAGER_OF_RECORD, MARIEKE, null);
	}

}

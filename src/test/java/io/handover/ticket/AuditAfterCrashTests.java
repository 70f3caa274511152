package io.handover.ticket;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import io.handover.audit.AuditEntry;
import io.handover.audit.AuditOutbox;
import io.handover.audit.AuditTrail;
import io.handover.common.Actor;
import io.handover.common.Channel;
import io.handover.testing.ApiTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.test.web.servlet.MockMvc;

import static io.handover.ticket.TicketFixtures.joiner;
import static io.handover.ticket.TicketFixtures.task;
import static io.handover.ticket.TicketFixtures.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A change and its audit entry are one write: the service killed right after storing a
 * Done (before the entry reached the trail), or right after the entry reached the trail
 * (before the ticket let go of it), still ends with exactly one entry for the Done once
 * the audit outbox has swept — as it does shortly after every start.
 */
@ApiTest
class AuditAfterCrashTests {

	static final LocalDate START = LocalDate.of(2026, 12, 14);

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

	final Actor hanna = new Actor("hanna", "Hanna de Boer", Channel.TEAMS);

	TicketFixtures fixtures;

	@BeforeEach
	void fixtures() {
		this.fixtures = new TicketFixtures(this.mvc, this.json);
	}

	@Test
	void aDoneStoredJustBeforeAKillGetsItsAuditEntryAfterTheRestart() throws Exception {
		String contract = openedTask("hr.contract.process");

		Ticket ticket = killedAfterStoring(contract);
		assertThat(this.trail.historyOf("task", contract)).as("nothing in the trail yet").isEmpty();
		assertThat(this.mongo.findById(ticket.key(), Ticket.class).auditOwed()).extracting(d -> d.action())
			.contains("completed");

		this.outbox.sweep();

		assertThat(this.trail.historyOf("task", contract)).singleElement().satisfies(entry -> {
			assertThat(entry.action()).isEqualTo("completed");
			assertThat(entry.actorName()).isEqualTo("Hanna de Boer");
			assertThat(entry.changes().get("status").after()).isEqualTo("\"DONE\"");
		});
		assertThat(this.mongo.findById(ticket.key(), Ticket.class).auditOwed()).isEmpty();
		this.outbox.sweep();
		assertThat(this.trail.historyOf("task", contract)).hasSize(1);
		assertThat(this.trail.verify().intact()).isTrue();
	}

	@Test
	void aDoneWhoseEntryReachedTheTrailJustBeforeAKillIsNotAuditedTwice() throws Exception {
		String contract = openedTask("hr.contract.process");
		Ticket ticket = killedAfterStoring(contract);
		// the entries reached the trail; the kill came before the ticket let go of them
		this.trail.append(this.mongo.findById(ticket.key(), Ticket.class).auditOwed());
		assertThat(this.trail.historyOf("task", contract)).hasSize(1);

		this.outbox.sweep();

		assertThat(this.trail.historyOf("task", contract)).extracting(AuditEntry::action).containsExactly("completed");
		assertThat(this.mongo.findById(ticket.key(), Ticket.class).auditOwed()).isEmpty();
		assertThat(this.trail.verify().intact()).isTrue();
	}

	@Test
	void aDoneThatWasNotInterruptedIsInTheTrailAtOnceAndTheTicketOwesNothingSoonAfter() throws Exception {
		String contract = openedTask("hr.contract.process");

		this.fixtures.complete(contract, Map.of()).andExpect(status().isOk());

		assertThat(this.trail.historyOf("task", contract)).extracting(AuditEntry::action).containsExactly("completed");
		String key = contract.substring(0, contract.lastIndexOf('-'));
		for (int i = 0; i < 50 && !this.mongo.findById(key, Ticket.class).auditOwed().isEmpty(); i++) {
			Thread.sleep(100);
		}
		assertThat(this.mongo.findById(key, Ticket.class).auditOwed()).isEmpty();
	}

	private String openedTask(String kind) throws Exception {
		JsonNode ticket = this.fixtures.opened(joiner(unique("Anna de Vries"), "default", START));
		return task(ticket, kind).get("id").asString();
	}

	/**
	 * Hanna completes the task; the process dies after the ticket write. (Written as the
	 * service writes it: read, change, write guarded by the version, again when card
	 * delivery or the audit outbox wrote the ticket in between.)
	 */
	private Ticket killedAfterStoring(String taskId) {
		String key = taskId.substring(0, taskId.lastIndexOf('-'));
		for (int attempt = 0; attempt < 50; attempt++) {
			Ticket ticket = this.mongo.findById(key, Ticket.class);
			ticket.completeTask(taskId, null, this.hanna, Map.of(), null, this.clock);
			try {
				this.mongo.save(ticket);
				return ticket;
			}
			catch (OptimisticLockingFailureException changedMeanwhile) {
				// written in between: read it again
			}
		}
		throw new IllegalStateException("Could not store the Done of " + taskId);
	}

}

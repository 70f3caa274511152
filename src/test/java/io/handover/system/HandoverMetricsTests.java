package io.handover.system;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import io.handover.common.Actor;
import io.handover.ticket.TicketEvent;
import io.handover.ticket.TicketKind;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Operations read from the meters how many card updates are waiting for Teams and whether
 * the runbooks' steps fail: the meters follow what the tickets record.
 */
class HandoverMetricsTests {

	static final Actor RUNBOOK = Actor.system("runbook");

	SimpleMeterRegistry registry = new SimpleMeterRegistry();

	HandoverMetrics metrics = new HandoverMetrics(this.registry);

	@Test
	void everyStoredTicketChangeOwesOneCardUpdate() {
		this.metrics.on(new TicketEvent.TicketOpened("JML-0001", TicketKind.JOINER, "E1", "Anna de Vries",
				LocalDate.of(2027, 1, 4), false, List.of("JML-0001-1"), RUNBOOK, Instant.EPOCH));
		this.metrics.on(new TicketEvent.TaskClaimed("JML-0001", "JML-0001-1", "IT", RUNBOOK, Instant.EPOCH));
		this.metrics.cardDelivered();

		assertThat(this.registry.counter("handover.cards.owed").count()).isEqualTo(2);
		assertThat(this.registry.counter("handover.cards.delivered").count()).isEqualTo(1);
	}

	@Test
	void runbookStepsAreCountedByOutcome() {
		step("Account anna@contoso.nl disabled", false);
		step("Failed: Graph answered 503", false);
		step("Would revoke the sessions of anna@contoso.nl", true);
		step("Sessions revoked", false);

		assertThat(steps("done")).isEqualTo(2);
		assertThat(steps("failed")).isEqualTo(1);
		assertThat(steps("dry-run")).isEqualTo(1);
	}

	private void step(String result, boolean dryRun) {
		this.metrics.on(new TicketEvent.TaskResultRecorded("JML-0002", "JML-0002-4", "IT", result, dryRun, RUNBOOK,
				Instant.EPOCH));
	}

	private double steps(String outcome) {
		return this.registry.counter("handover.runbook.steps", "outcome", outcome).count();
	}

}

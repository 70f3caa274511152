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
 * What operations read on the dashboard: each verb of the metrics facade moves its own
 * meter, the card and runbook meters follow what the tickets record, and nothing a
 * stranger sends can create new meters.
 */
class HandoverMetricsTests {

	static final Actor RUNBOOK = Actor.system("runbook");

	SimpleMeterRegistry registry = new SimpleMeterRegistry();

	HandoverMetrics metrics = new HandoverMetrics(this.registry);

	@Test
	void cardMetersExistBeforeTheFirstCard() {
		assertThat(this.registry.get("handover.cards.owed").counter().count()).isZero();
		assertThat(this.registry.get("handover.cards.delivered").counter().count()).isZero();
	}

	@Test
	void eachVerbCountsItsOwnThing() {
		this.metrics.turn("message");
		this.metrics.turn("message");
		this.metrics.turn("invoke");
		this.metrics.invoke("task.claim", "ok");
		this.metrics.invoke("task.claim", "refused");
		this.metrics.cardOwed();
		this.metrics.cardOwed();
		this.metrics.cardDelivered();
		this.metrics.runbookStep("done");
		this.metrics.error("graph");

		assertThat(this.registry.get("handover.turns").tag("kind", "message").counter().count()).isEqualTo(2);
		assertThat(this.registry.get("handover.turns").tag("kind", "invoke").counter().count()).isEqualTo(1);
		assertThat(this.registry.get("handover.invokes")
			.tags("verb", "task.claim", "outcome", "refused")
			.counter()
			.count()).isEqualTo(1);
		assertThat(this.registry.get("handover.cards.owed").counter().count()).isEqualTo(2);
		assertThat(this.registry.get("handover.cards.delivered").counter().count()).isEqualTo(1);
		assertThat(this.registry.get("handover.runbook.steps").tag("outcome", "done").counter().count()).isEqualTo(1);
		assertThat(this.registry.get("handover.errors").tag("where", "graph").counter().count()).isEqualTo(1);
	}

	@Test
	void aVerbNoCodeWouldChooseIsCountedAsOther() {
		this.metrics.invoke("<script>alert(1)</script>", "ok");
		this.metrics.invoke("x".repeat(200), "ok");
		this.metrics.turn(null);

		assertThat(this.registry.get("handover.invokes").tag("verb", "other").counter().count()).isEqualTo(2);
		assertThat(this.registry.get("handover.turns").tag("kind", "other").counter().count()).isEqualTo(1);
		assertThat(this.registry.find("handover.invokes").counters()).hasSize(1);
	}

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

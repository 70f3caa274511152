package io.handover.system;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What operations read on the dashboard: each verb of the metrics facade moves its own
 * meter, and nothing a stranger sends can create new meters.
 */
class HandoverMetricsTests {

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

}

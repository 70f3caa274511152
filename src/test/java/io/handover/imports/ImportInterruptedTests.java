package io.handover.imports;

import java.time.Clock;
import java.time.Duration;
import java.util.Set;

import io.handover.access.Access;
import io.handover.access.Roles;
import io.handover.audit.AuditTrail;
import io.handover.common.Actor;
import io.handover.common.Channel;
import io.handover.common.Refusal;
import io.handover.testing.ApiTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * An import whose instance stopped (a restart, a crash) does not stay RUNNING: on the
 * embedded store the next start marks it interrupted, on MongoDB it is once it has been
 * silent for {@code handover.imports.interrupted-after}; its status says so, with how far
 * it got.
 */
@ApiTest
class ImportInterruptedTests {

	@Autowired
	ImportRuns runs;

	@Autowired
	MongoTemplate mongo;

	@Autowired
	Access access;

	@Autowired
	AuditTrail audit;

	@Autowired
	Clock clock;

	final Actor hanna = Actor.person("0b0b0b0b-0000-4000-8000-0000000000b1", "hanna.b@contoso.example", "Hanna HR",
			Channel.API, Set.of(Roles.HR));

	@Test
	void anImportRunningWhenTheEmbeddedStoresServiceStartsIsMarkedInterruptedWithHowFarItGot() {
		ImportRuns.ImportRun run = this.runs.start("employees", this.hanna);
		ImportReport.Tally tally = new ImportReport.Tally();
		for (int i = 0; i < 500; i++) {
			tally.add(ImportReport.Row.done(i + 2, ImportReport.Outcome.CREATED, "e" + i));
		}
		this.runs.progress(run.id(), tally);

		assertThat(this.runs.markInterrupted()).isGreaterThanOrEqualTo(1);

		ImportRuns.ImportRun after = this.runs.get(run.id(), this.hanna);
		assertThat(after.state()).isEqualTo(ImportRuns.State.INTERRUPTED);
		assertThat(after.rows()).isEqualTo(500);
		assertThat(after.created()).isEqualTo(500);
		assertThat(after.finishedAt()).isNotNull();
		assertThat(after.reason()).contains("the service stopped while it ran", "after 500 row(s)",
				"import the file again");
		assertThatThrownBy(() -> this.runs.cancel(run.id(), this.hanna)).isInstanceOf(Refusal.class)
			.hasMessageContaining("interrupted already");
	}

	@Test
	void onMongoDbOnlyAnImportSilentForLongerThanTheLimitIsMarkedInterrupted() {
		ImportRuns.ImportRun silent = this.runs.start("employees", this.hanna);
		ImportRuns.ImportRun alive = this.runs.start("employees", this.hanna);
		ImportRuns later = otherInstance(Duration.ofMinutes(11));
		this.runs.progress(alive.id(), new ImportReport.Tally());
		ImportRuns.ImportRun aliveNow = this.runs.get(alive.id(), this.hanna);
		// the instance running "alive" wrote progress after "later"'s clock says 11
		// minutes
		// passed for "silent": move "alive"'s heartbeat into "later"'s present
		this.mongo.updateFirst(
				org.springframework.data.mongodb.core.query.Query
					.query(org.springframework.data.mongodb.core.query.Criteria.where("_id").is(alive.id())),
				new org.springframework.data.mongodb.core.query.Update().set("heartbeatAt",
						aliveNow.heartbeatAt().plus(Duration.ofMinutes(11))),
				"imports");

		later.markInterrupted();

		assertThat(this.runs.get(silent.id(), this.hanna).state()).isEqualTo(ImportRuns.State.INTERRUPTED);
		assertThat(this.runs.get(alive.id(), this.hanna).state()).isEqualTo(ImportRuns.State.RUNNING);
	}

	@Test
	void theStatusOfAnImportSilentForLongerThanTheLimitSaysInterrupted() {
		ImportRuns.ImportRun run = this.runs.start("employees", this.hanna);

		assertThat(otherInstance(Duration.ofMinutes(5)).get(run.id(), this.hanna).state())
			.as("5 minutes without progress: still running")
			.isEqualTo(ImportRuns.State.RUNNING);
		ImportRuns.ImportRun asked = otherInstance(Duration.ofMinutes(11)).get(run.id(), this.hanna);

		assertThat(asked.state()).isEqualTo(ImportRuns.State.INTERRUPTED);
		assertThat(asked.reason()).contains("no progress for 10 minutes");
		assertThat(this.runs.get(run.id(), this.hanna).state()).isEqualTo(ImportRuns.State.INTERRUPTED);
	}

	/** ImportRuns of an instance on MongoDB whose clock is {@code ahead}. */
	private ImportRuns otherInstance(Duration ahead) {
		return new ImportRuns(this.mongo, Clock.offset(this.clock, ahead), this.access, this.audit,
				Duration.ofMinutes(10), "mongodb://store.example:27017/handover");
	}

}

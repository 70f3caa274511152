package io.handover.task;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import io.handover.common.Actor;
import io.handover.common.Channel;
import io.handover.common.Refusal;
import io.handover.profile.TaskEffect;
import io.handover.profile.TaskInput;
import io.handover.testing.TestClock;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The task state machine: every verb refuses an invalid move with a reason and changes
 * nothing.
 */
class TaskTests {

	final TestClock clock = TestClock.at(LocalDate.of(2026, 11, 23));

	final Actor joost = new Actor("joost", "Joost Willems", Channel.TEAMS);

	final Actor ilse = new Actor("ilse", "Ilse de Graaf", Channel.TEAMS);

	@Test
	void aClaimedTaskIsCompletedOnceAndTheSecondCompletionSaysByWhomAndWhen() {
		Task task = task();
		task.claim(this.joost, this.clock);
		assertThat(task.status()).isEqualTo(TaskStatus.CLAIMED);
		assertThat(task.assignee()).isEqualTo(this.joost);

		this.clock.advance(Duration.ofMinutes(14));
		task.complete(this.joost, Map.of("serialNumber", " PF1234 "), this.clock);

		assertThat(task.status()).isEqualTo(TaskStatus.DONE);
		assertThat(task.completedBy()).isEqualTo(this.joost);
		assertThat(task.inputs()).containsEntry("serialNumber", "PF1234");
		assertThatThrownBy(() -> task.complete(this.ilse, Map.of("serialNumber", "X"), this.clock))
			.isInstanceOf(Refusal.class)
			.hasMessage("Task JML-0001-1 was already completed by Joost Willems at 23 Nov 2026 09:14");
		assertThatThrownBy(() -> task.markNotNeeded(this.ilse, "no", this.clock))
			.hasMessageContaining("already completed by Joost Willems");
	}

	@Test
	void aTaskIsNotClaimedTwice() {
		Task task = task();
		task.claim(this.joost, this.clock);

		assertThatThrownBy(() -> task.claim(this.ilse, this.clock)).isInstanceOf(Refusal.class)
			.hasMessageContaining("already claimed by Joost Willems");
		assertThat(task.assignee()).isEqualTo(this.joost);
	}

	@Test
	void aRequiredInputIsNeededAndItsAbsenceChangesNothing() {
		Task task = task();

		assertThatThrownBy(() -> task.complete(this.joost, Map.of(), this.clock)).isInstanceOf(Refusal.class)
			.satisfies(refusal -> assertThat(((Refusal) refusal).field()).isEqualTo("serialNumber"))
			.hasMessageContaining("Serial number is needed");
		assertThat(task.status()).isEqualTo(TaskStatus.OPEN);
	}

	@Test
	void notNeededNeedsAReason() {
		Task task = task();

		assertThatThrownBy(() -> task.markNotNeeded(this.joost, " ", this.clock)).isInstanceOf(Refusal.class);
		task.markNotNeeded(this.joost, "brings own phone", this.clock);

		assertThat(task.status()).isEqualTo(TaskStatus.NOT_NEEDED);
		assertThat(task.reason()).isEqualTo("brings own phone");
		assertThat(task.status().isResolved()).isTrue();
	}

	@Test
	void aBlockedTaskCannotBeWorkedOnUntilUnblocked() {
		Task task = task();
		task.claim(this.joost, this.clock);
		task.block(this.joost, "laptop on back order", this.clock);

		assertThatThrownBy(() -> task.complete(this.joost, Map.of("serialNumber", "S"), this.clock))
			.hasMessage("Task JML-0001-1 is blocked: laptop on back order");
		task.unblock(this.joost, this.clock);

		assertThat(task.status()).isEqualTo(TaskStatus.CLAIMED);
	}

	@Test
	void aTaskWaitingForAnotherOpensWhenThatOneIsResolved() {
		Task task = task();
		task.waitFor(List.of("JML-0001-2", "JML-0001-3"));
		assertThat(task.status()).isEqualTo(TaskStatus.BLOCKED);

		assertThat(task.dependenciesResolved(List.of("JML-0001-2"))).isFalse();
		assertThatThrownBy(() -> task.unblock(this.joost, this.clock))
			.hasMessageContaining("waits for task JML-0001-3");
		assertThat(task.dependenciesResolved(List.of("JML-0001-3"))).isTrue();

		assertThat(task.status()).isEqualTo(TaskStatus.OPEN);
	}

	@Test
	void whileOnePersonsCompletionIsUnderWayNobodyElseCompletesIt() {
		Task task = task();
		task.beginCompletion("r1", this.joost, Map.of("serialNumber", "S1"), this.clock);

		assertThatThrownBy(() -> task.beginCompletion("r2", this.ilse, Map.of("serialNumber", "S2"), this.clock))
			.hasMessage("Task JML-0001-1 is being completed by Joost Willems since 23 Nov 2026 09:00");
		task.complete("r1", this.joost, Map.of("serialNumber", "S1"), this.clock);
		assertThat(task.status()).isEqualTo(TaskStatus.DONE);
	}

	@Test
	void anAbandonedOrCrashedCompletionFreesTheTask() {
		Task task = task();
		task.beginCompletion("r1", this.joost, Map.of("serialNumber", "S1"), this.clock);
		task.abandonCompletion("r1");
		task.beginCompletion("r2", this.ilse, Map.of("serialNumber", "S2"), this.clock);

		// r2 never finishes (a crash): after the reservation expires, someone else may
		// complete
		this.clock.advance(Task.PENDING_EXPIRES.plusSeconds(1));
		task.beginCompletion("r3", this.joost, Map.of("serialNumber", "S3"), this.clock);
		task.complete("r3", this.joost, Map.of("serialNumber", "S3"), this.clock);

		assertThat(task.inputs()).containsEntry("serialNumber", "S3");
	}

	@Test
	void cancellingClosesOnlyOpenTasksAndRedatingTouchesOnlyOpenOnes() {
		Task done = task();
		done.complete(this.joost, Map.of("serialNumber", "S"), this.clock);
		Task open = task();

		done.cancel("offer declined");
		assertThat(done.redate(LocalDate.of(2027, 1, 1))).isFalse();
		assertThat(open.redate(LocalDate.of(2027, 1, 1))).isTrue();
		open.cancel("offer declined");

		assertThat(done.status()).isEqualTo(TaskStatus.DONE);
		assertThat(open.status()).isEqualTo(TaskStatus.CANCELLED);
		assertThatThrownBy(() -> open.claim(this.joost, this.clock)).hasMessageContaining("cancelled");
	}

	Task task() {
		return new Task("JML-0001-1", "it.laptop.issue", "IT", "Set up laptop", null,
				AssetRef.ofModel("laptop", "laptop-standard"), null, -3, LocalDate.of(2026, 12, 9), false,
				List.of(new TaskInput("serialNumber", "Serial number", true)), TaskEffect.ISSUE_ASSET);
	}

}

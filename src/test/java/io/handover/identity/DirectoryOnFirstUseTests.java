package io.handover.identity;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The Graph directory is built when first needed (not during start-up), once, and a build
 * that failed is tried again on the next use.
 */
class DirectoryOnFirstUseTests {

	@Test
	void nothingIsBuiltUntilTheDirectoryIsFirstUsedAndThenOnlyOnce() throws Exception {
		AtomicInteger builds = new AtomicInteger();
		DirectoryOnFirstUse directory = new DirectoryOnFirstUse(() -> {
			builds.incrementAndGet();
			return new DryRunDirectory("https://graph.microsoft.com/v1.0");
		});

		assertThat(directory.isDryRun()).isFalse();
		assertThat(builds).hasValue(0);

		CountDownLatch go = new CountDownLatch(1);
		List<Thread> runbooks = new ArrayList<>();
		for (int i = 0; i < 8; i++) {
			Thread runbook = new Thread(() -> {
				try {
					go.await();
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
				}
				directory.findGroup("Sales");
			});
			runbook.start();
			runbooks.add(runbook);
		}
		go.countDown();
		for (Thread runbook : runbooks) {
			runbook.join();
		}
		directory.prepare();

		assertThat(builds).hasValue(1);
	}

	@Test
	void aBuildThatFailedIsTriedAgainOnTheNextUse() {
		// prepare() after start-up logs a failure instead of throwing: chats keep being
		// answered
		AtomicInteger builds = new AtomicInteger();
		DirectoryOnFirstUse directory = new DirectoryOnFirstUse(() -> {
			if (builds.incrementAndGet() == 1) {
				throw new IllegalStateException("certificate file /secrets/graph.pem does not exist");
			}
			return new DryRunDirectory("https://graph.microsoft.com/v1.0");
		});

		assertThatThrownBy(() -> directory.findGroup("Sales")).isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("graph.pem");
		directory.prepare();
		assertThat(directory.findGroup("Sales")).isNotNull();
		assertThat(builds).hasValue(2);
	}

}

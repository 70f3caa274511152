package io.handover.faults;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The crash suite against the packaged jar (maven-failsafe, phase integration-test, after
 * the jar is built). CI size by default: 40 announcements, 100 card actions, 3 kills. The
 * full run ({@code ./mvnw -Pfaults verify}, see bench/README.md) sets
 * {@code faults.announcements=200}, {@code faults.card-actions=500},
 * {@code faults.kills=20} and appends the table to {@code faults.results}.
 */
class CrashIT {

	@Test
	void killedAtRandomMomentsTheServiceLosesNothingConfirmedAndPostsEachCardOnce() throws Exception {
		CrashRun.Settings settings = new CrashRun.Settings(Integer.getInteger("faults.announcements", 40),
				Integer.getInteger("faults.card-actions", 100), Integer.getInteger("faults.kills", 3), 0,
				Integer.getInteger("faults.workers", 6),
				Duration.ofSeconds(Integer.getInteger("faults.settle-seconds", 150)),
				List.of("-Xmx384m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1"));
		Path folder = Files.createTempDirectory(Files.createDirectories(Path.of("target", "faults")), "crash-");

		CrashReport report = CrashRun.run(settings, folder);

		System.out.println("Crash suite: " + report.table());
		String results = System.getProperty("faults.results");
		if (results != null && !results.isBlank()) {
			Files.writeString(Path.of(results),
					"\n### Crash suite, " + LocalDateTime.now().withNano(0) + "\n\n" + report.table(),
					StandardOpenOption.CREATE, StandardOpenOption.APPEND);
		}
		assertThat(report.kills()).as("kills").isEqualTo(settings.kills());
		assertThat(report.findings()).as("findings (service logs in " + folder + ")").isEmpty();
		assertThat(report.losses()).isZero();
		assertThat(report.duplicatePosts()).isZero();
		assertThat(report.serverErrors()).isZero();
		assertThat(report.unauthorisedChanges()).isZero();
		assertThat(report.auditGaps()).as("done tasks without their audit entry").isZero();
		assertThat(report.cardsDelivered()).isEqualTo(report.cardsOwed());
		assertThat(report.auditChainIntact()).isTrue();
	}

}

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
 * Dependency fault of issue 8: the Bot Connector answers 503, then 429, with Retry-After
 * for stretches of a few seconds while starters are announced and tasks done. Every card
 * owed reaches Teams exactly once afterwards, nothing confirmed is lost. Runs against the
 * packaged jar like {@link CrashIT}; {@code -Pfaults} makes it bigger.
 */
class ConnectorOutageIT {

	@Test
	void throughStretchesOf503And429EveryOwedCardArrivesExactlyOnce() throws Exception {
		boolean full = Boolean.getBoolean("faults.full");
		CrashRun.Settings settings = new CrashRun.Settings(full ? 100 : 20, full ? 200 : 40, 0, full ? 10 : 4,
				full ? 10 : 4, Duration.ofSeconds(120),
				List.of("-Xmx384m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1"));
		Path folder = Files.createTempDirectory(Files.createDirectories(Path.of("target", "faults")), "connector-");

		CrashReport report = CrashRun.run(settings, folder);

		System.out.println("Connector outages: " + report.table());
		String results = System.getProperty("faults.results");
		if (results != null && !results.isBlank()) {
			Files.writeString(Path.of(results),
					"\n### Connector outages, " + LocalDateTime.now().withNano(0) + "\n\n" + report.table(),
					StandardOpenOption.CREATE, StandardOpenOption.APPEND);
		}
		assertThat(report.connectorStretches()).isPositive();
		assertThat(report.connectorRefusals()).as("calls the connector refused").isPositive();
		assertThat(report.findings()).as("findings (service logs in " + folder + ")").isEmpty();
		assertThat(report.duplicatePosts()).isZero();
		assertThat(report.losses()).isZero();
		assertThat(report.serverErrors()).isZero();
		assertThat(report.unauthorisedChanges()).isZero();
		assertThat(report.cardsDelivered()).isEqualTo(report.cardsOwed());
	}

}

package io.handover.teams;

import io.handover.HandoverApplication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 19, finding 9: a person starting Handover for the first time finds one line that
 * says it is ready, where the bot endpoint is and how to point the Agents Playground at
 * it, and is not buried in the embedded store's chatter (held back and summarised).
 */
@ExtendWith(OutputCaptureExtension.class)
class ReadyLineTests {

	@Test
	void theStartEndsWithTheReadyLineAndWithoutTheStoresChatter(CapturedOutput output) {
		try (ConfigurableApplicationContext context = new SpringApplicationBuilder(HandoverApplication.class)
			.properties("handover.store.embedded.in-memory=true", "spring.main.banner-mode=off")
			// an argument: a default property loses to application.yml's PORT:3978, which
			// another build or a running service on this machine may hold
			.run("--server.port=0")) {
			String endpoint = "http://localhost:" + context.getEnvironment().getProperty("local.server.port")
					+ "/api/messages";

			assertThat(output.getOut()).contains("Handover ready: bot endpoint " + endpoint + " (local mode)")
				.contains("TEAMSAPPTESTER_BROWSER=none npx --yes @microsoft/m365agentsplayground@0.2.28 -e " + endpoint
						+ " -c msteams");
			// Logback abbreviates mongo-java-server's loggers to d.b.m...
			assertThat(output.getOut()
				.lines()
				.filter(line -> !line.contains("warning(s) of mongo-java-server held back"))
				.filter(line -> line.contains("not yet implemented") || line.matches(".*\\sd\\.b\\.[a-z.]*[A-Z].*")))
				.as("the embedded store's own log lines")
				.isEmpty();
			assertThat(output.getOut().lines().filter(line -> line.contains("warning(s) of mongo-java-server")))
				.as("its warnings summarised in one line")
				.singleElement()
				.satisfies(line -> assertThat(line).contains("held back").contains("logging.level.de.bwaldvogel=warn"));
			assertThat(output.getOut()).doesNotContain("${");
			assertThat(output.getOut().lines().filter(line -> line.contains(" WARN ")))
				.as("no warnings at an ordinary start (springdoc's 'enabled by default' among them)")
				.isEmpty();
		}
	}

	@Test
	void theBotConnectorIsCalledWithTheSdksVersionNotAnUnfilledPlaceholder() throws Exception {
		java.util.Properties sdk = new java.util.Properties();
		try (java.io.InputStream pom = com.microsoft.bot.connector.UserAgent.class
			.getResourceAsStream("/META-INF/maven/com.microsoft.bot/bot-connector/pom.properties")) {
			sdk.load(pom);
		}

		assertThat(com.microsoft.bot.connector.UserAgent.value())
			.startsWith("BotBuilder/" + sdk.getProperty("version") + " (JVM ")
			.doesNotContain("${");
	}

}

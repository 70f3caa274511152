package io.handover.teams;

import io.handover.testing.BotTest;
import io.handover.testing.ConnectorStub;
import io.handover.testing.TeamsActivity;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 24, finding 6: values that come from outside (activity ids, team names, ...) are
 * logged through one sanitiser; a line break in them cannot start a log line that reads
 * like one Handover wrote.
 */
@BotTest
@ExtendWith(OutputCaptureExtension.class)
class LogForgingTests {

	/** What an attacker would like an operator to read in the log. */
	static final String FORGED = "2026-12-03T16:00:00.000Z  WARN 1 --- [handover] [main] io.handover.audit.AuditTrail"
			+ " : audit chain verified intact";

	@Autowired
	MockMvc mvc;

	ConnectorStub connector = ConnectorStub.shared();

	BotConversation bot;

	@BeforeEach
	void setUp() {
		this.connector.reset();
		this.bot = new BotConversation(this.mvc, this.connector);
	}

	@Test
	void anActivityIdWithALineBreakIsLoggedOnOneLine(CapturedOutput output) throws Exception {
		TeamsActivity help = TeamsActivity.personalMessage("help")
			.conversation("a:log-forging-" + System.nanoTime())
			.id("m-1\r\n" + FORGED);

		this.bot.send(help);
		// delivered again: the bot logs the activity id
		this.bot.send(help);

		assertThat(output.getAll()).contains("m-1\\r\\n2026-12-03T16:00:00.000Z");
		assertNoForgedLine(output);
	}

	@Test
	void aTeamNameWithALineBreakIsLoggedOnOneLine(CapturedOutput output) throws Exception {
		String team = "19:log-forging-" + System.nanoTime() + "@thread.tacv2";
		this.connector.channels(team, java.util.List.of(new ConnectorStub.Channel(team, null)));

		this.bot.send(TeamsActivity.botAddedToTeam().team(team, "Operations\n" + FORGED));

		assertThat(output.getAll()).contains("Installed in team Operations\\n2026-12-03T16:00:00.000Z");
		assertNoForgedLine(output);
	}

	static void assertNoForgedLine(CapturedOutput output) {
		assertThat(output.getAll().lines()).noneMatch(line -> line.startsWith("2026-12-03T16:00:00.000Z"));
	}

}

package io.handover.teams;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import io.handover.privacy.RetentionAlerts;
import io.handover.testing.BotTest;
import io.handover.testing.ConnectorStub;
import io.handover.testing.ConnectorStub.Call;
import io.handover.testing.TeamsActivity;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 24: a failed personal data retention run reaches each configured Administrator as
 * a card in their personal chat ({@code RETENTION_ALERT}), saying whose data is still
 * kept and why, in their language.
 */
@BotTest
class RetentionAlertCardsTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	RetentionAlertCards alerts;

	@Autowired
	ConversationStore conversations;

	ConnectorStub connector = ConnectorStub.shared();

	BotConversation bot;

	@BeforeEach
	void setUp() {
		this.connector.reset();
		this.bot = new BotConversation(this.mvc, this.connector);
	}

	@Test
	void theAdministratorsGetACardNamingWhoseDataIsStillKeptAndWhy() throws Exception {
		// Ada, a configured Administrator, has chatted with Handover before
		this.bot.send(TeamSetup.asAdmin(
				TeamsActivity.personalMessage("help").conversation("a:personal-ada-retention-" + UUID.randomUUID())));
		String adasChat = this.conversations.personalChatOf(TeamSetup.ADMIN.aadObjectId()).orElseThrow().id();
		this.connector.reset();

		int told = this.alerts.failed(new RetentionAlerts.Failure(Instant.parse("2026-12-04T03:30:12Z"),
				"Write conflict on tickets", List.of("6750a1c2e4b0a1b2c3d4e5f6", "6750a1c2e4b0a1b2c3d4e5f7"), 2, 5));

		assertThat(told).isGreaterThanOrEqualTo(1);
		List<Call> sent = this.connector.sentTo(adasChat);
		assertThat(sent).singleElement().satisfies(call -> {
			String card = HelpTests.cardText(call.cards().get(0));
			assertThat(card).contains("Personal data retention failed", "Write conflict on tickets",
					"6750a1c2e4b0a1b2c3d4e5f6, 6750a1c2e4b0a1b2c3d4e5f7", "runs again tomorrow night");
		});
	}

	@Test
	void aRunThatStoppedAsAWholeSaysEveryoneDueKeepsTheirData() {
		JsonNode card = this.alerts.render(new RetentionAlerts.Failure(Instant.parse("2026-12-04T03:30:02Z"),
				"The store is not reachable", List.of(), 0, 0), Locale.ENGLISH);

		assertThat(HelpTests.cardText(card)).contains("The run stopped before it pseudonymised anyone")
			.contains("The store is not reachable")
			.doesNotContain("Handover ids");
	}

	@Test
	void inDutch() {
		JsonNode card = this.alerts.render(new RetentionAlerts.Failure(Instant.parse("2026-12-04T03:30:12Z"),
				"Write conflict", List.of("6750a1c2e4b0a1b2c3d4e5f6"), 1, 0), Locale.forLanguageTag("nl"));

		assertThat(HelpTests.cardText(card)).contains("Bewaartermijn persoonsgegevens mislukt", "Handover-id's",
				"6750a1c2e4b0a1b2c3d4e5f6");
	}

}

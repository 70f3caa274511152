package io.handover.e2e;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The harness sees what people see when the bot acts on its own: a card in the personal
 * chat of someone who never wrote to the bot, and a card updated in place. The test plays
 * the bot's part itself, with the same Bot Connector calls the bot makes, so the journeys
 * can rely on these harness methods.
 */
@PlaygroundTest
class PlaygroundHarnessTests {

	private static final ObjectMapper JSON = new ObjectMapper();

	private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

	@Test
	void aCardInTheEmployeesOwnChatIsFoundByPerson(Playground playground) throws Exception {
		ObjectNode create = JSON.createObjectNode();
		create.put("isGroup", false);
		create.putObject("bot").put("id", MockTenant.BOT_ID);
		create.putArray("members").addObject().put("id", MockTenant.EMPLOYEE.id());
		create.put("tenantId", MockTenant.TENANT_ID);
		String chat = connector(playground, "POST", "/v3/conversations", create).path("id").asString();

		ObjectNode returnCard = card("Return your laptop");
		returnCard.putObject("conversation").put("id", chat);
		connector(playground, "POST", "/v3/conversations/" + chat + "/activities", returnCard);

		PlaygroundMessage message = playground.awaitPersonalMessageTo(MockTenant.EMPLOYEE, m -> true,
				Playground.DEFAULT_WAIT);
		assertThat(message.conversationId()).isEqualTo(chat);
		assertThat(message.cardText()).contains("Return your laptop");
		assertThat(playground.members(chat)).containsExactly(MockTenant.EMPLOYEE.id());
	}

	@Test
	void aCardUpdatedInPlaceIsSeenInItsLatestVersion(Playground playground) throws Exception {
		PlaygroundMessage posted = playground.replyTo(playground.say(MockTenant.PERSONAL_CHAT, "help"));

		connector(playground, "PUT",
				"/v3/conversations/" + posted.conversationId() + "/activities/" + posted.messageId(),
				card("Claimed by Iris van Dam"));

		PlaygroundMessage updated = playground.awaitMessage(posted.sequence(),
				m -> m.messageId().equals(posted.messageId()) && m.action().equals("updateMessage"),
				Playground.DEFAULT_WAIT, "the update");
		assertThat(updated.cardText()).contains("Claimed by Iris van Dam");
		assertThat(playground.latest(posted.messageId())).contains(updated);
	}

	private static ObjectNode card(String text) {
		ObjectNode activity = JSON.createObjectNode();
		activity.put("type", "message");
		activity.putObject("from").put("id", MockTenant.BOT_ID);
		ObjectNode attachment = activity.putArray("attachments").addObject();
		attachment.put("contentType", "application/vnd.microsoft.card.adaptive");
		ObjectNode content = attachment.putObject("content");
		content.put("type", "AdaptiveCard");
		content.put("version", "1.5");
		content.putArray("body").addObject().put("type", "TextBlock").put("text", text);
		return activity;
	}

	private JsonNode connector(Playground playground, String method, String path, JsonNode body) throws Exception {
		HttpRequest request = HttpRequest.newBuilder(URI.create(playground.url() + "/_connector" + path))
			.header("Content-Type", "application/json")
			.method(method, HttpRequest.BodyPublishers.ofString(body.toString()))
			.timeout(Duration.ofSeconds(10))
			.build();
		HttpResponse<String> response = this.http.send(request, HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode() / 100).as(response.body()).isEqualTo(2);
		return response.body().isBlank() ? JSON.createObjectNode() : JSON.readTree(response.body());
	}

}

package io.handover.teams;

import java.util.List;
import java.util.concurrent.CompletableFuture;

import com.microsoft.bot.builder.Bot;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.mock.env.MockEnvironment;
import org.springframework.mock.web.MockHttpServletRequest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A failure the turn itself does not catch (an {@code Error} thrown in the bot, which the
 * SDK hands back around its turn-error handler) is answered with a problem naming a
 * reference the log holds the cause under, not with Spring's bare error page. The real
 * SDK adapter runs the turn: what it wraps and how is what the endpoint must read.
 */
class TurnFailureAnswerTests {

	private static final BotSettings LOCAL = new BotSettings(null, null, null, null, null, null, false);

	private final ServiceUrls serviceUrls = new ServiceUrls(false, List.of());

	private final HandoverAdapter adapter = new HandoverAdapter(new SpringBotConfiguration(new MockEnvironment()),
			LOCAL, new EntraBotCredentials(LOCAL), this.serviceUrls);

	@Test
	void aCardActionWhoseTurnThrowsAnErrorGetsAProblemWithAReference() {
		Bot failing = (turn) -> {
			throw new StackOverflowError("deep in a card action");
		};
		BotEndpoint endpoint = new BotEndpoint(this.adapter, failing, LOCAL, new BotTokenCheck(), this.serviceUrls);

		ResponseEntity<?> answer = endpoint.receive(INVOKE, null, fromThisMachine());

		assertThat(answer.getStatusCode().value()).isEqualTo(500);
		assertThat(answer.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
		ProblemDetail problem = (ProblemDetail) answer.getBody();
		String reference = (String) problem.getProperties().get("reference");
		assertThat(reference).hasSize(8);
		assertThat(problem.getDetail()).contains("reference " + reference);
	}

	@Test
	void aTurnThatAnswersIsNotTouched() {
		Bot answering = (turn) -> CompletableFuture.completedFuture(null);
		BotEndpoint endpoint = new BotEndpoint(this.adapter, answering, LOCAL, new BotTokenCheck(), this.serviceUrls);

		ResponseEntity<?> answer = endpoint.receive(MESSAGE, null, fromThisMachine());

		assertThat(answer.getStatusCode().value()).isEqualTo(202);
	}

	private static MockHttpServletRequest fromThisMachine() {
		MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/messages");
		request.setRemoteAddr("127.0.0.1");
		request.setContentType(MediaType.APPLICATION_JSON_VALUE);
		return request;
	}

	private static final String INVOKE = """
			{"type": "invoke", "name": "adaptiveCard/action", "id": "invoke-1", "channelId": "msteams",
			 "serviceUrl": "http://127.0.0.1:9/", "from": {"id": "29:someone"}, "recipient": {"id": "28:bot"},
			 "conversation": {"id": "a:personal-1", "conversationType": "personal"},
			 "value": {"action": {"type": "Action.Execute", "verb": "task.done", "data": {}}}}
			""";

	private static final String MESSAGE = """
			{"type": "message", "id": "message-1", "channelId": "msteams", "text": "help",
			 "serviceUrl": "http://127.0.0.1:9/", "from": {"id": "29:someone"}, "recipient": {"id": "28:bot"},
			 "conversation": {"id": "a:personal-1", "conversationType": "personal"}}
			""";

}

package io.handover.system;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import org.junit.jupiter.api.Test;
import org.slf4j.MDC;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every log line written while a turn is handled names the activity and its conversation,
 * so one person's problem can be found in the logs; the bot still reads the whole
 * activity.
 */
class ActivityCorrelationFilterTests {

	SimpleMeterRegistry registry = new SimpleMeterRegistry();

	ActivityCorrelationFilter filter = new ActivityCorrelationFilter(new HandoverMetrics(this.registry));

	Map<String, String> seenByTheBot = new HashMap<>();

	@Test
	void aTurnIsLoggedWithItsActivityAndConversation() throws Exception {
		MockHttpServletResponse response = new MockHttpServletResponse();
		String body = """
				{"type":"message","id":"f:123","conversation":{"id":"a:personal-chat"},"text":"help"}""";

		this.filter.doFilter(activity(body), response, bot(202, null));

		assertThat(this.seenByTheBot).containsEntry("correlationId", "f:123")
			.containsEntry("activityId", "f:123")
			.containsEntry("conversationId", "a:personal-chat")
			.containsEntry("body", body);
		assertThat(response.getHeader("X-Correlation-Id")).isEqualTo("f:123");
		assertThat(MDC.getCopyOfContextMap()).as("nothing leaks into the next request on this thread")
			.satisfiesAnyOf(map -> assertThat(map).isNull(), map -> assertThat(map).isEmpty());
		assertThat(this.registry.get("handover.turns").tag("kind", "message").counter().count()).isEqualTo(1);
	}

	@Test
	void anActivityWithoutAnIdGetsANewCorrelationId() throws Exception {
		MockHttpServletResponse response = new MockHttpServletResponse();

		this.filter.doFilter(activity("{\"type\":\"message\"}"), response, bot(202, null));

		assertThat(this.seenByTheBot.get("correlationId")).hasSize(36);
		assertThat(this.seenByTheBot).doesNotContainKey("activityId");
		assertThat(response.getHeader("X-Correlation-Id")).isEqualTo(this.seenByTheBot.get("correlationId"));
	}

	@Test
	void aCardActionIsCountedWithTheOutcomeTeamsSees() throws Exception {
		String click = """
				{"type":"invoke","name":"adaptiveCard/action","id":"f:9",
				 "value":{"action":{"type":"Action.Execute","verb":"task.claim","data":{}}}}""";

		this.filter.doFilter(activity(click), new MockHttpServletResponse(),
				bot(200, "{\"statusCode\":200,\"type\":\"application/vnd.microsoft.card.adaptive\"}"));
		this.filter.doFilter(activity(click), new MockHttpServletResponse(),
				bot(200, "{\"statusCode\":403,\"type\":\"application/vnd.microsoft.error\"}"));

		assertThat(this.registry.get("handover.invokes").tags("verb", "task.claim", "outcome", "ok").counter().count())
			.isEqualTo(1);
		assertThat(this.registry.get("handover.invokes")
			.tags("verb", "task.claim", "outcome", "refused")
			.counter()
			.count()).isEqualTo(1);
	}

	@Test
	void theInvokeAnswerStillReachesTeams() throws Exception {
		MockHttpServletResponse response = new MockHttpServletResponse();
		String answer = "{\"statusCode\":200,\"type\":\"application/vnd.microsoft.card.adaptive\",\"value\":{}}";

		this.filter.doFilter(activity("{\"type\":\"invoke\",\"name\":\"adaptiveCard/action\"}"), response,
				bot(200, answer));

		assertThat(response.getContentAsString()).isEqualTo(answer);
	}

	@Test
	void aStrangerRefusedByTheBotIsNotATurn() throws Exception {
		this.filter.doFilter(activity("{\"type\":\"message\",\"id\":\"x\"}"), new MockHttpServletResponse(),
				bot(401, null));

		assertThat(this.registry.find("handover.turns").counters()).isEmpty();
		assertThat(this.registry.get("handover.errors").tag("where", "authentication").counter().count()).isEqualTo(1);
	}

	@Test
	void otherRequestsKeepTheCallersCorrelationId() throws Exception {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/actuator/health");
		request.addHeader("X-Correlation-Id", "deploy-check-7");
		MockHttpServletResponse response = new MockHttpServletResponse();

		this.filter.doFilter(request, response, bot(200, null));

		assertThat(this.seenByTheBot).containsEntry("correlationId", "deploy-check-7");
		assertThat(response.getHeader("X-Correlation-Id")).isEqualTo("deploy-check-7");
	}

	private static MockHttpServletRequest activity(String body) {
		MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/messages");
		request.setContentType("application/json");
		request.setContent(body.getBytes(StandardCharsets.UTF_8));
		return request;
	}

	/** Stands in for the bot endpoint: notes what it could see and answers. */
	private FilterChain bot(int status, String answer) {
		return (request, response) -> {
			Map<String, String> mdc = MDC.getCopyOfContextMap();
			if (mdc != null) {
				this.seenByTheBot.putAll(mdc);
			}
			try {
				this.seenByTheBot.put("body",
						new String(request.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
				((jakarta.servlet.http.HttpServletResponse) response).setStatus(status);
				if (answer != null) {
					response.getWriter().write(answer);
				}
			}
			catch (IOException ex) {
				throw new ServletException(ex);
			}
		};
	}

}

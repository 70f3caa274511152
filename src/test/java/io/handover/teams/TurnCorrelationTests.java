package io.handover.teams;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.AppenderBase;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import io.handover.testing.BotTest;
import io.handover.testing.ConnectorStub;
import io.handover.testing.TeamsActivity;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What happens on behalf of an activity after its request thread let go (the SDK sending
 * replies on its own threads, the cards a change owes delivered a moment later) is logged
 * under the activity's correlation id, so operations find one person's problem in one
 * search.
 */
@BotTest
class TurnCorrelationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ObjectMapper json;

	ConnectorStub connector = ConnectorStub.shared();

	List<Captured> captured = new CopyOnWriteArrayList<>();

	List<Runnable> detach = new CopyOnWriteArrayList<>();

	@AfterEach
	void detach() {
		this.detach.forEach(Runnable::run);
	}

	@Test
	void aReplyTheConnectorRefusesIsLoggedUnderTheActivityThatWantedIt() throws Exception {
		capture(HandoverAdapter.class);
		String conversation = "a:personal-chat-" + UUID.randomUUID();
		String activityId = "f:" + UUID.randomUUID();
		this.connector.failNext(conversation, 400, Map.of());
		// A refusal that came back at once would be handled on the request thread before
		// the turn's later stages were attached: a Teams that takes a moment sends it
		// through the SDK's pool, the path this test is about.
		for (ConnectorStub.Kind kind : List.of(ConnectorStub.Kind.SEND, ConnectorStub.Kind.REPLY)) {
			this.connector.delay(kind, Duration.ofMillis(300));
			this.detach.add(() -> this.connector.delay(kind, Duration.ZERO));
		}

		new BotConversation(this.mvc, this.connector)
			.send(TeamsActivity.personalMessage("help").conversation(conversation).id(activityId));

		Captured failed = await(e -> e.message().startsWith("Turn failed") && e.message().contains(activityId));
		assertThat(failed.thread()).as("sent on the SDK's own pool").startsWith("Bot-");
		assertThat(failed.mdc()).containsEntry("correlationId", activityId)
			.containsEntry("activityId", activityId)
			.containsEntry("conversationId", conversation);
	}

	@Test
	void aCardAChangeOwesIsDeliveredUnderTheRequestThatMadeTheChange() throws Exception {
		capture(EmployeeCards.class);
		String run = UUID.randomUUID().toString().substring(0, 8);
		// Known by e-mail only: Teams cannot reach them, and delivery says so in the log.
		JsonNode employee = post("/api/employees", null,
				Map.of("name", "Kees Vermeer " + run, "upn", "kees." + run + "@contoso.example"));
		post("/api/assets/issue", null, Map.of("employeeId", employee.path("id").asString(), "type", "laptop", "model",
				"laptop-standard", "serialNumber", "SN-" + run));

		JsonNode ticket = post("/api/tickets", "hr-sync-" + run,
				Map.of("kind", "LEAVER", "employee", Map.of("id", employee.path("id").asString()), "profile", "default",
						"date", "2026-12-18", "deviceRetrieval", "IN_PERSON"));

		String key = ticket.path("key").asString();
		Captured delivery = await(e -> e.message().contains("Return card of " + key));
		assertThat(delivery.thread()).isEqualTo("handover-card-delivery");
		assertThat(delivery.mdc()).containsEntry("correlationId", "hr-sync-" + run).containsEntry("ticketKey", key);
	}

	private JsonNode post(String path, String correlationId, Object body) throws Exception {
		var request = org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(path)
			.contentType(MediaType.APPLICATION_JSON)
			.content(this.json.writeValueAsString(body));
		if (correlationId != null) {
			request.header("X-Correlation-Id", correlationId);
		}
		var result = this.mvc.perform(request).andReturn().getResponse();
		assertThat(result.getStatus()).as(result.getContentAsString()).isBetween(200, 299);
		return this.json.readTree(result.getContentAsString());
	}

	private void capture(Class<?> source) {
		Logger logger = (Logger) LoggerFactory.getLogger(source);
		AppenderBase<ILoggingEvent> appender = new AppenderBase<>() {
			@Override
			protected void append(ILoggingEvent event) {
				TurnCorrelationTests.this.captured
					.add(new Captured(event.getFormattedMessage(), event.getThreadName(), event.getMDCPropertyMap()));
			}
		};
		appender.start();
		logger.addAppender(appender);
		this.detach.add(() -> logger.detachAppender(appender));
	}

	private Captured await(java.util.function.Predicate<Captured> matching) throws InterruptedException {
		// generous for a loaded machine; earlier classes' channels and tickets no longer
		// keep the delivery thread busy (testing.ClassIsolation)
		Instant until = Instant.now().plus(Duration.ofSeconds(20));
		while (Instant.now().isBefore(until)) {
			for (Captured event : this.captured) {
				if (matching.test(event)) {
					return event;
				}
			}
			Thread.sleep(50);
		}
		throw new AssertionError("No such log event among " + this.captured);
	}

	/** A log event as it was when logged (on its own thread). */
	record Captured(String message, String thread, Map<String, String> mdc) {
	}

}

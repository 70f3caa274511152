package io.handover;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.stream.Stream;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import io.handover.common.Limits;
import io.handover.testing.BotTest;
import io.handover.testing.ConnectorStub;
import io.handover.testing.TeamsActivity;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

/**
 * Ids have a length cap (see {@link Limits}) wherever they arrive: in REST paths, bodies
 * and headers, in a card's data and in an activity. One over the cap is refused naming
 * the field, before anything reads or writes the store.
 */
@BotTest
class IdLengthTests {

	private static final ObjectMapper JSON = new ObjectMapper();

	@Autowired
	MockMvc mvc;

	@Autowired
	MongoTemplate mongo;

	ConnectorStub connector = ConnectorStub.shared();

	/**
	 * The settled store after the previous test, which found it unchanged: the next
	 * test's starting point, so each test reads the whole store twice rather than four
	 * times. Null at the start and after a test that changed it (the next one takes its
	 * own).
	 */
	static StoreSnapshot unchangedAfterThePreviousTest;

	StoreSnapshot before;

	@BeforeEach
	void snapshot() {
		StoreSnapshot previous = unchangedAfterThePreviousTest;
		unchangedAfterThePreviousTest = null;
		this.before = (previous != null) ? previous : StoreSnapshot.settled(this.mongo);
	}

	@AfterEach
	void nothingChanged() {
		StoreSnapshot after = StoreSnapshot.settled(this.mongo);
		assertThat(after.changesSince(this.before)).isEmpty();
		unchangedAfterThePreviousTest = after;
	}

	static Stream<Arguments> overlongIdsInTheApi() {
		String key = "JML-" + "0".repeat(Limits.TICKET_KEY);
		String task = "JML-0001-" + "1".repeat(Limits.TASK_ID);
		String id = "e".repeat(Limits.ID + 1);
		return Stream.of(
				// method, path, body (or null), the field the refusal names
				Arguments.of("GET", "/api/tickets/" + key, null, "key"),
				Arguments.of("POST", "/api/tickets/" + key + "/cancel", "{\"reason\":\"x\"}", "key"),
				Arguments.of("POST", "/api/tickets/" + key + "/leaver-runbook", null, "key"),
				Arguments.of("POST", "/api/tickets/" + key + "/leaver-runbook-approval", null, "key"),
				Arguments.of("POST", "/api/tickets/" + key + "/temporary-access-pass", null, "key"),
				Arguments.of("GET", "/api/tasks/" + task, null, "id"),
				Arguments.of("POST", "/api/tasks/" + task + "/claim", null, "id"),
				Arguments.of("POST", "/api/tasks/" + task + "/complete", "{\"inputs\":{}}", "id"),
				Arguments.of("POST", "/api/tasks/" + task + "/remote-wipe-approval", null, "taskId"),
				Arguments.of("GET", "/api/employees/" + id, null, "id"),
				Arguments.of("PUT", "/api/employees/" + id + "/leaving", "{\"lastWorkingDay\":\"2027-03-31\"}", "id"),
				Arguments.of("GET", "/api/assets/" + "s".repeat(Limits.SERIAL_NUMBER + 1), null, "tagOrSerial"),
				Arguments.of("GET", "/api/assets/held-by/" + id, null, "employeeId"),
				Arguments.of("POST", "/api/leavers/" + id + "/check", null, "id"),
				Arguments.of("POST", "/api/assets/" + id + "/retire", "{\"why\":\"x\"}", "assetId"),
				Arguments.of("POST", "/api/assets/assignments/" + id + "/lost", "{\"why\":\"x\"}", "assignmentId"),
				Arguments.of("GET", "/api/profiles/" + "p".repeat(Limits.KEY + 1), null, "key"),
				Arguments.of("DELETE", "/api/apps/" + "a".repeat(Limits.KEY + 1), null, "key"),
				Arguments.of("POST", "/api/tickets",
						"{\"kind\":\"LEAVER\",\"date\":\"2027-03-01\",\"employee\":{\"id\":\"" + id + "\"}}",
						"employee.id"),
				Arguments.of("POST", "/api/tickets",
						"{\"kind\":\"JOINER\",\"date\":\"2027-03-01\",\"employee\":{\"name\":\"Anna\",\"hrEmployeeId\":\""
								+ id + "\"}}",
						"employee.hrEmployeeId"),
				Arguments.of("POST", "/api/tasks/JML-0001-1/reassign", "{\"toId\":\"" + id + "\"}", "toId"),
				Arguments.of("POST", "/api/assets/issue",
						"{\"employeeId\":\"e1\",\"type\":\"laptop\",\"serialNumber\":\""
								+ "s".repeat(Limits.SERIAL_NUMBER + 1) + "\"}",
						"serialNumber"),
				Arguments.of("POST", "/api/assets/receipts",
						"{\"employeeId\":\"e1\",\"assignmentIds\":[\"" + id
								+ "\"],\"signature\":{\"signerId\":\"s\",\"channel\":\"API\",\"contentShown\":\"x\"}}",
						"assignmentIds[0]"));
	}

	@ParameterizedTest(name = "{0} {1} → {3}")
	@MethodSource("overlongIdsInTheApi")
	void anIdOverItsCapInTheApiIsRefusedNamingTheField(String method, String path, String body, String field)
			throws Exception {
		MockHttpServletRequestBuilder call = request(HttpMethod.valueOf(method), path);
		if (body != null) {
			call.contentType(MediaType.APPLICATION_JSON).content(body);
		}
		MvcResult result = this.mvc.perform(call).andReturn();

		assertThat(result.getResponse().getStatus()).isEqualTo(400);
		JsonNode problem = JSON.readTree(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
		assertThat(problem.path("errors").findValuesAsString("field")).contains(field);
		assertThat(problem.path("detail").asString()).contains("size must be between");
	}

	@Test
	void anIdempotencyKeyOverItsCapIsRefused() throws Exception {
		MvcResult result = this.mvc
			.perform(post("/api/tasks/JML-0001-1/claim").header("Idempotency-Key",
					"k".repeat(Limits.IDEMPOTENCY_KEY + 1)))
			.andReturn();

		assertThat(result.getResponse().getStatus()).isEqualTo(400);
		assertThat(result.getResponse().getContentAsString()).contains("idempotencyKey");
	}

	static Stream<Arguments> overlongIdsOnACard() {
		return Stream.of(Arguments.of("task.done", "taskId", "JML-0001-" + "9".repeat(Limits.TASK_ID)),
				Arguments.of("task.claim", "ticketKey", "JML-" + "0".repeat(Limits.TICKET_KEY)),
				Arguments.of("tasks.show", "departmentKey", "D".repeat(Limits.KEY + 1)),
				Arguments.of("signature.receipt", "receiptId", "r".repeat(Limits.ID + 1)),
				Arguments.of("task.done", "serial-JML-0001-1", "S".repeat(Limits.SERIAL_NUMBER + 1)));
	}

	@ParameterizedTest(name = "{0} with a long {1}")
	@MethodSource("overlongIdsOnACard")
	void anIdOverItsCapInACardsDataIsRefusedNamingIt(String verb, String field, String value) throws Exception {
		Map<String, String> data = new java.util.HashMap<>(
				Map.of("taskId", "JML-0001-1", "ticketKey", "JML-0001", "departmentKey", "IT"));
		data.put(field, value);
		TeamsActivity click = TeamsActivity.cardAction(verb, data)
			.conversation("a:id-length-" + System.nanoTime())
			.serviceUrl(this.connector.serviceUrl());

		JsonNode answer = JSON.readTree(postActivity(click).getResponse().getContentAsString());

		assertThat(answer.path("statusCode").asInt()).isEqualTo(400);
		assertThat(answer.path("value").path("message").asString()).contains(field, "longer than");
	}

	@Test
	void anActivityWithAConversationIdOverItsCapIsRefusedNamingIt() throws Exception {
		TeamsActivity message = TeamsActivity.personalMessage("help")
			.conversation("a:" + "c".repeat(Limits.TEAMS_ID))
			.serviceUrl(this.connector.serviceUrl());

		MvcResult result = postActivity(message);

		assertThat(result.getResponse().getStatus()).isEqualTo(400);
		assertThat(JSON.readTree(result.getResponse().getContentAsString()).path("detail").asString())
			.contains("conversation.id", "longer than " + Limits.TEAMS_ID);
	}

	@Test
	void anActivityFromSomeoneWithAnIdOverItsCapIsRefused() throws Exception {
		TeamsActivity message = TeamsActivity.personalMessage("help")
			.conversation("a:id-length-" + System.nanoTime())
			.from("29:" + "f".repeat(Limits.TEAMS_ID), "aad-id-length", "Long Id")
			.serviceUrl(this.connector.serviceUrl());

		MvcResult result = postActivity(message);

		assertThat(result.getResponse().getStatus()).isEqualTo(400);
		assertThat(result.getResponse().getContentAsString()).contains("from.id");
	}

	private MvcResult postActivity(TeamsActivity activity) throws Exception {
		return this.mvc.perform(post("/api/messages").contentType(MediaType.APPLICATION_JSON).content(activity.json()))
			.andReturn();
	}

}

package io.handover.ticket;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Builds ticket requests and reads answers for the API tests. Every person gets a unique
 * name and UPN, because the tests share one store.
 */
final class TicketFixtures {

	private final MockMvc mvc;

	private final ObjectMapper json;

	TicketFixtures(MockMvc mvc, ObjectMapper json) {
		this.mvc = mvc;
		this.json = json;
	}

	static String unique(String name) {
		return name + " " + UUID.randomUUID().toString().substring(0, 8);
	}

	static Map<String, Object> person(String name) {
		Map<String, Object> person = new LinkedHashMap<>();
		person.put("name", name);
		person.put("upn", name.toLowerCase().replaceAll("[^a-z0-9]+", ".") + "@contoso.example");
		return person;
	}

	static Map<String, Object> joiner(String name, String profile, LocalDate start) {
		Map<String, Object> ticket = new LinkedHashMap<>();
		ticket.put("kind", "JOINER");
		ticket.put("employee", person(name));
		ticket.put("manager", Map.of("upn", "marieke.jansen@contoso.example", "name", "Marieke Jansen"));
		ticket.put("profile", profile);
		ticket.put("date", start.toString());
		ticket.put("workLocation", "OFFICE");
		return ticket;
	}

	static Map<String, Object> leaver(Map<String, Object> employee, String profile, LocalDate lastDay) {
		Map<String, Object> ticket = new LinkedHashMap<>();
		ticket.put("kind", "LEAVER");
		ticket.put("employee", employee);
		ticket.put("manager", Map.of("upn", "marieke.jansen@contoso.example", "name", "Marieke Jansen"));
		ticket.put("profile", profile);
		ticket.put("date", lastDay.toString());
		ticket.put("deviceRetrieval", "IN_PERSON");
		return ticket;
	}

	static Map<String, Object> mover(Map<String, Object> employee, String from, String to, LocalDate date) {
		Map<String, Object> ticket = new LinkedHashMap<>();
		ticket.put("kind", "MOVER");
		ticket.put("employee", employee);
		ticket.put("previousProfile", from);
		ticket.put("profile", to);
		ticket.put("date", date.toString());
		ticket.put("workLocation", "OFFICE");
		return ticket;
	}

	ResultActions open(Map<String, Object> ticket) throws Exception {
		return this.mvc.perform(body(post("/api/tickets"), ticket));
	}

	JsonNode opened(Map<String, Object> ticket) throws Exception {
		return read(open(ticket).andExpect(status().isCreated()));
	}

	JsonNode ticket(String key) throws Exception {
		return read(this.mvc.perform(get("/api/tickets/{key}", key)).andExpect(status().isOk()));
	}

	ResultActions act(String taskId, String action, Object body) throws Exception {
		return act(taskId, action, body, null);
	}

	ResultActions act(String taskId, String action, Object body, String idempotencyKey) throws Exception {
		MockHttpServletRequestBuilder request = post("/api/tasks/{id}/{action}", taskId, action);
		if (idempotencyKey != null) {
			request.header("Idempotency-Key", idempotencyKey);
		}
		return this.mvc.perform(body != null ? body(request, body) : request);
	}

	ResultActions complete(String taskId, Map<String, String> inputs) throws Exception {
		return act(taskId, "complete", Map.of("inputs", inputs));
	}

	/** The task of this kind on the ticket (the first one, when there are several). */
	static JsonNode task(JsonNode ticket, String kind) {
		for (JsonNode task : ticket.get("tasks")) {
			if (task.get("kind").asString().equals(kind)) {
				return task;
			}
		}
		throw new AssertionError("No task " + kind + " on " + ticket.get("key").asString());
	}

	/** Each task as "DEPARTMENT kind due-date", in the ticket's order. */
	static List<String> plan(JsonNode ticket) {
		List<String> lines = new ArrayList<>();
		ticket.get("tasks")
			.forEach(task -> lines.add(task.get("department").asString() + " " + task.get("kind").asString() + " "
					+ task.get("dueOn").asString()));
		return lines;
	}

	JsonNode read(ResultActions result) throws Exception {
		return this.json.readTree(result.andReturn().getResponse().getContentAsString());
	}

	private MockHttpServletRequestBuilder body(MockHttpServletRequestBuilder request, Object body) throws Exception {
		return request.contentType(MediaType.APPLICATION_JSON).content(this.json.writeValueAsString(body));
	}

}

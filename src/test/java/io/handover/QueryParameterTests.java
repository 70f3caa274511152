package io.handover;

import java.util.stream.Stream;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import io.handover.testing.ApiTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * Every query parameter of the REST API refuses a value out of its range or of the wrong
 * type with a 400 problem detail that names the parameter and says what it accepts —
 * rather than answering 200 with a quietly clamped or empty result.
 */
@ApiTest
class QueryParameterTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ObjectMapper json;

	static Stream<Arguments> outOfRangeOrIllTyped() {
		String tooLong = "x".repeat(2_000);
		return Stream.of(
				// path, parameter, value, what the answer must say is allowed
				Arguments.of("/api/tickets", "max", "-1", "between 1 and 500"),
				Arguments.of("/api/tickets", "max", "0", "between 1 and 500"),
				Arguments.of("/api/tickets", "max", "100000", "between 1 and 500"),
				Arguments.of("/api/tickets", "max", "abc", "a whole number"),
				Arguments.of("/api/tickets", "state", "open", "one of OPEN"),
				Arguments.of("/api/tickets", "employeeId", tooLong, "between 0 and 100"),
				Arguments.of("/api/tickets", "managerUpn", tooLong, "between 0 and 320"),
				Arguments.of("/api/tickets", "requestedBy", tooLong, "between 0 and 100"),
				Arguments.of("/api/tasks", "department", "NOPE", "one of IT"),
				Arguments.of("/api/tasks", "department", tooLong, "between 0 and 100"),
				Arguments.of("/api/tasks", "status", "BOGUS", "one of OPEN"),
				Arguments.of("/api/tasks", "overdue", "maybe", "true or false"),
				Arguments.of("/api/employees?name=Anna", "max", "0", "between 1 and 50"),
				Arguments.of("/api/employees?name=Anna", "max", "51", "between 1 and 50"),
				Arguments.of("/api/employees", "leavingBefore", "2027-02-31", "yyyy-mm-dd"),
				Arguments.of("/api/employees", "upn", tooLong, "between 0 and 320"),
				Arguments.of("/api/employees", "name", tooLong, "between 0 and 200"),
				Arguments.of("/api/assets", "limit", "0", "between 1 and 1000"),
				Arguments.of("/api/assets", "status", "BOGUS", "one of IN_STOCK"),
				Arguments.of("/api/assets", "type", tooLong, "between 0 and 60"),
				Arguments.of("/api/assets/outstanding", "today", "31-02", "yyyy-mm-dd"),
				Arguments.of("/api/assets/outstanding", "limit", "0", "between 1 and 1000"),
				Arguments.of("/api/assets/outstanding", "after", "not-a-page", "a previous page's 'next' link"),
				Arguments.of("/api/assets/outstanding", "after", "MjAyNi0xMC0wMQ", "a previous page's 'next' link"),
				Arguments.of("/api/assets/outstanding", "after", "x".repeat(2000), "between 0 and 1100"),
				Arguments.of("/api/assets/handovers", "employeeId", "", "must not be blank"),
				Arguments.of("/api/assets/handovers", "employeeId", tooLong, "between 0 and 100"),
				Arguments.of("/api/profiles/match", "role", " ", "must not be blank"),
				Arguments.of("/api/profiles/match", "role", tooLong, "between 0 and 200"),
				Arguments.of("/api/audit?subjectId=JML-1", "subjectType", tooLong, "between 0 and 100"),
				Arguments.of("/api/audit?subjectType=ticket", "subjectId", tooLong, "between 0 and 100"),
				Arguments.of("/api/audit?subjectType=ticket", "subjectId", " ", "must not be blank"));
	}

	@ParameterizedTest(name = "{0} {1}={2}")
	@MethodSource("outOfRangeOrIllTyped")
	void aQueryParameterOutOfRangeOrOfTheWrongTypeIsRefusedNamingItAndWhatIsAllowed(String path, String parameter,
			String value, String allowed) throws Exception {
		MvcResult result = this.mvc.perform(get(path).param(parameter, value)).andReturn();

		assertThat(result.getResponse().getStatus()).isEqualTo(400);
		assertThat(result.getResponse().getContentType()).startsWith(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		JsonNode problem = this.json.readTree(result.getResponse().getContentAsString());
		assertThat(problem.path("errors")).hasSize(1);
		assertThat(problem.path("errors").get(0).path("field").asString()).isEqualTo(parameter);
		assertThat(problem.path("errors").get(0).path("reason").asString()).contains(allowed);
		assertThat(problem.path("detail").asString()).startsWith(parameter + ": ");
	}

	static Stream<Arguments> missing() {
		return Stream.of(Arguments.of("/api/assets/handovers", "employeeId"),
				Arguments.of("/api/profiles/match", "role"), Arguments.of("/api/employees", "name"));
	}

	@ParameterizedTest(name = "{0} without {1}")
	@MethodSource("missing")
	void aRequiredParameterMissingIsRefusedNamingIt(String path, String parameter) throws Exception {
		MvcResult result = this.mvc.perform(get(path)).andReturn();

		assertThat(result.getResponse().getStatus()).isEqualTo(400);
		JsonNode problem = this.json.readTree(result.getResponse().getContentAsString());
		assertThat(problem.path("errors").get(0).path("field").asString()).isEqualTo(parameter);
		assertThat(problem.path("detail").asString()).isNotBlank();
	}

	static Stream<Arguments> withinRange() {
		return Stream.of(Arguments.of("/api/tickets?max=1&state=OPEN&state=COMPLETED"),
				Arguments.of("/api/tickets?max=500"), Arguments.of("/api/tasks?department=it&status=OPEN&overdue=true"),
				Arguments.of("/api/employees?name=Anna&max=50"), Arguments.of("/api/assets?limit=1000&type=laptop"),
				Arguments.of("/api/assets/outstanding?today=2027-02-28"),
				Arguments.of("/api/audit?subjectType=ticket&subjectId=JML-1"));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("withinRange")
	void valuesWithinRangeAreAnswered(String uri) throws Exception {
		assertThat(this.mvc.perform(get(uri)).andReturn().getResponse().getStatus()).isEqualTo(200);
	}

}

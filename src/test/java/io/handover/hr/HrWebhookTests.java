package io.handover.hr;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import io.handover.common.Actor;
import io.handover.employee.EmployeeDirectory;
import io.handover.testing.ApiTest;
import io.handover.testing.Surnames;
import io.handover.testing.TestClock;
import io.handover.testing.TestClockConfiguration;
import io.handover.ticket.TicketManagement;
import io.handover.ticket.TicketView;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Issue 21: the signed webhook. Only a request signed with the shared secret, signed
 * within the last five minutes, seen for the first time and under a new idempotency key
 * changes anything; every other request gets a problem detail naming why, and changes
 * nothing. Refusals first.
 */
@ApiTest
class HrWebhookTests {

	static final byte[] SECRET = "test-only-hr-webhook-secret".getBytes(StandardCharsets.UTF_8);

	static final ObjectMapper JSON = new ObjectMapper();

	@Autowired
	MockMvc mvc;

	@Autowired
	HrSync sync;

	@Autowired
	JobProfiles jobs;

	@Autowired
	TicketManagement tickets;

	@Autowired
	EmployeeDirectory employees;

	@Autowired
	MongoTemplate mongo;

	@Autowired
	TestClock clock;

	String employeeId;

	String body;

	@BeforeEach
	void aHire() {
		this.clock.setDay(TestClockConfiguration.TODAY);
		this.jobs.map("AM01", "account-manager", Actor.system("test"));
		String family = Surnames.unique();
		this.employeeId = "W" + family;
		this.body = """
				{"system":"webhook-hr","employeeId":"%s","givenName":"Wies","familyName":"%s",
				 "email":"wies.%s@contoso.example","jobCode":"AM01","managerEmail":"maria.jansen@contoso.example",
				 "startDate":"2027-01-04"}""".formatted(this.employeeId, family, family.toLowerCase(Locale.ROOT));
	}

	@Test
	void anUnsignedRequestIsRefusedWith401() throws Exception {
		MockHttpServletResponse response = send(post("/api/hr/events").contentType(MediaType.APPLICATION_JSON)
			.header(HrWebhook.IDEMPOTENCY_KEY, "k-" + this.employeeId)
			.content(this.body));

		assertRefused(response, 401, "signature-missing");
	}

	@Test
	void aTamperedBodyIsRefusedWith401() throws Exception {
		String timestamp = now();
		String signature = signature(timestamp, this.body);
		String tampered = this.body.replace("2027-01-04", "2027-01-05");

		MockHttpServletResponse response = send(signed(tampered, timestamp, signature, "k-" + this.employeeId));

		assertRefused(response, 401, "signature-invalid");
	}

	@Test
	void aSignatureUnderAnotherSecretIsRefusedWith401() throws Exception {
		String timestamp = now();
		String forged = "sha256=" + HrWebhook.sign("guessed".getBytes(StandardCharsets.UTF_8), timestamp,
				this.body.getBytes(StandardCharsets.UTF_8));

		assertRefused(send(signed(this.body, timestamp, forged, "k-" + this.employeeId)), 401, "signature-invalid");
	}

	@Test
	void aRequestSignedMoreThanFiveMinutesAgoIsRefusedAsStale() throws Exception {
		String timestamp = String.valueOf(this.clock.instant().minus(Duration.ofMinutes(6)).getEpochSecond());

		MockHttpServletResponse response = send(
				signed(this.body, timestamp, signature(timestamp, this.body), "k-" + this.employeeId));

		assertRefused(response, 401, "timestamp-stale");
	}

	@Test
	void theSameSignedRequestSentAgainIsRefusedAsAReplayAndOpensNothingMore() throws Exception {
		String timestamp = now();
		MockHttpServletRequestBuilder request = signed(this.body, timestamp, signature(timestamp, this.body),
				"k-" + this.employeeId);
		assertThat(send(request).getStatus()).isEqualTo(200);

		assertRefused(send(signed(this.body, timestamp, signature(timestamp, this.body), "k-" + this.employeeId)), 409,
				"replayed");
		assertThat(tickets()).hasSize(1);
	}

	@Test
	void aBodyOverTheLimitIsRefusedWith413BeforeItIsRead() throws Exception {
		String huge = this.body.replace("\"Wies\"", "\"" + "W".repeat(70_000) + "\"");
		String timestamp = now();

		MockHttpServletResponse response = send(
				signed(huge, timestamp, signature(timestamp, huge), "k-" + this.employeeId));

		assertThat(response.getStatus()).isEqualTo(413);
		assertThat(response.getContentType()).contains("application/problem+json");
		assertThat(this.employees.identify(this.employeeId)).isEmpty();
	}

	@Test
	void aSignedRequestWithoutAnIdempotencyKeyIsRefusedWith400() throws Exception {
		String timestamp = now();

		MockHttpServletResponse response = send(post("/api/hr/events").contentType(MediaType.APPLICATION_JSON)
			.header(HrWebhook.TIMESTAMP, timestamp)
			.header(HrWebhook.SIGNATURE, signature(timestamp, this.body))
			.content(this.body));

		assertRefused(response, 400, "idempotency-key-required");
	}

	@Test
	void aSignedEventWithoutAStartDateIsRefusedNamingTheField() throws Exception {
		String noDate = this.body.replace("\"startDate\":\"2027-01-04\"", "\"startDate\":null");
		String timestamp = now();

		MockHttpServletResponse response = send(
				signed(noDate, timestamp, signature(timestamp, noDate), "k-" + this.employeeId));

		assertRefused(response, 400, "invalid");
		assertThat(JSON.readTree(response.getContentAsString()).path("field").asString()).isEqualTo("startDate");
	}

	@Test
	void withoutASharedSecretTheWebhookRefusesEverything() {
		HrWebhook unconfigured = new HrWebhook(this.sync, this.mongo, this.clock, "", Duration.ofMinutes(5));
		String timestamp = now();

		ResponseEntity<?> answer = unconfigured.receive(timestamp, signature(timestamp, this.body),
				"k-" + this.employeeId, this.body.getBytes(StandardCharsets.UTF_8));

		assertThat(answer.getStatusCode().value()).isEqualTo(403);
		assertThat(this.employees.identify(this.employeeId)).isEmpty();
	}

	@Test
	void aValidSignedHireOpensTheJoinerTicket() throws Exception {
		String timestamp = now();

		MockHttpServletResponse response = send(
				signed(this.body, timestamp, signature(timestamp, this.body), "k-" + this.employeeId));

		assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(200);
		JsonNode outcome = JSON.readTree(response.getContentAsString()).path("outcomes").path(0);
		assertThat(outcome.path("result").asString()).isEqualTo("OPENED");
		assertThat(tickets()).singleElement().satisfies(ticket -> {
			assertThat(ticket.key()).isEqualTo(outcome.path("ticketKey").asString());
			assertThat(ticket.profile()).isEqualTo("account-manager");
			assertThat(ticket.date()).isEqualTo(LocalDate.of(2027, 1, 4));
		});
	}

	@Test
	void theSameEventResentWithANewSignatureAnswersTheFirstOutcomeAndChangesNothing() throws Exception {
		String first = now();
		String answer = send(signed(this.body, first, signature(first, this.body), "k-" + this.employeeId))
			.getContentAsString();
		this.clock.advance(Duration.ofSeconds(30));
		String retry = now();

		MockHttpServletResponse again = send(
				signed(this.body, retry, signature(retry, this.body), "k-" + this.employeeId));

		assertThat(again.getStatus()).isEqualTo(200);
		assertThat(again.getHeader("Idempotent-Replayed")).isEqualTo("true");
		assertThat(again.getContentAsString()).isEqualTo(answer);
		assertThat(tickets()).hasSize(1);
	}

	@Test
	void anIdempotencyKeyUsedForAnotherEventIsRefused() throws Exception {
		String first = now();
		send(signed(this.body, first, signature(first, this.body), "k-" + this.employeeId));
		this.clock.advance(Duration.ofSeconds(30));
		String other = this.body.replace("2027-01-04", "2027-02-01");
		String retry = now();

		MockHttpServletResponse response = send(signed(other, retry, signature(retry, other), "k-" + this.employeeId));

		assertRefused(response, 422, "idempotency-key-reused");
		assertThat(tickets()).singleElement()
			.satisfies(ticket -> assertThat(ticket.date()).isEqualTo(LocalDate.of(2027, 1, 4)));
	}

	@Test
	void aWithdrawnHireSentLaterCancelsItsTicket() throws Exception {
		String first = now();
		send(signed(this.body, first, signature(first, this.body), "k-" + this.employeeId));
		String withdrawn = this.body.replace("\"startDate\"", "\"withdrawn\":true,\"startDate\"");
		String later = now();

		MockHttpServletResponse response = send(
				signed(withdrawn, later, signature(later, withdrawn), "w-" + this.employeeId));

		assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(200);
		assertThat(tickets()).singleElement()
			.satisfies(ticket -> assertThat(ticket.state().name()).isEqualTo("CANCELLED"));
	}

	private void assertRefused(MockHttpServletResponse response, int status, String code) throws Exception {
		assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(status);
		assertThat(response.getContentType()).contains("application/problem+json");
		JsonNode problem = JSON.readTree(response.getContentAsString());
		assertThat(problem.path("code").asString()).isEqualTo(code);
		assertThat(problem.path("detail").asString()).contains("nothing was changed");
		// (after a first valid request the person exists; the test checks its ticket)
		if (status != 409 && !code.equals("idempotency-key-reused")) {
			assertThat(this.employees.identify(this.employeeId)).as("nothing changed").isEmpty();
		}
	}

	private List<TicketView> tickets() {
		return this.employees.identify(this.employeeId)
			.map(employee -> this.tickets.search(employee.id(), null, null, null, 10))
			.orElse(List.of());
	}

	private MockHttpServletResponse send(MockHttpServletRequestBuilder request) throws Exception {
		return this.mvc.perform(request).andReturn().getResponse();
	}

	private static MockHttpServletRequestBuilder signed(String body, String timestamp, String signature,
			String idempotencyKey) {
		return post("/api/hr/events").contentType(MediaType.APPLICATION_JSON)
			.header(HrWebhook.TIMESTAMP, timestamp)
			.header(HrWebhook.SIGNATURE, signature)
			.header(HrWebhook.IDEMPOTENCY_KEY, idempotencyKey)
			.content(body.getBytes(StandardCharsets.UTF_8));
	}

	private String now() {
		return String.valueOf(this.clock.instant().getEpochSecond());
	}

	private static String signature(String timestamp, String body) {
		return "sha256=" + HrWebhook.sign(SECRET, timestamp, body.getBytes(StandardCharsets.UTF_8));
	}

}

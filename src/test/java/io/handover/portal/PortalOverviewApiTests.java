package io.handover.portal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.UUID;

import io.handover.common.Actor;
import io.handover.common.Channel;
import io.handover.employee.Employee;
import io.handover.employee.EmployeeDirectory;
import io.handover.employee.NewEmployee;
import io.handover.testing.EntraTokens;
import io.handover.testing.ProductionApiTest;
import io.handover.testing.Surnames;
import io.handover.testing.TestClock;
import io.handover.testing.TestClockConfiguration;
import io.handover.ticket.Authority;
import io.handover.ticket.DeviceRetrieval;
import io.handover.ticket.ManagerRef;
import io.handover.ticket.NewTicket;
import io.handover.ticket.TicketKind;
import io.handover.ticket.TicketManagement;
import io.handover.ticket.TicketView;
import io.handover.ticket.WorkLocation;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * {@code GET /api/portal/overview} in production mode, with Entra ID tokens as Teams SSO
 * gives them to the tab: what each person sees follows their role. Two managers, each
 * with a starter and a leaver of their own in the register; FM staff; HR; an
 * Administrator. The refusals first.
 */
class PortalOverviewApiTests extends ProductionApiTest {

	static final ObjectMapper JSON = new ObjectMapper();

	static final EntraTokens TOKENS = EntraTokens.shared();

	static final Actor HR = Actor.person("a0000000-0000-4000-8000-0000000000a1", "hanna@contoso.example", "Hanna (HR)",
			Channel.API);

	@Autowired
	MockMvc mvc;

	@Autowired
	TicketManagement tickets;

	@Autowired
	EmployeeDirectory employees;

	@Autowired
	MongoTemplate mongo;

	@Autowired
	TestClock clock;

	Manager anna;

	Manager bert;

	@BeforeEach
	void twoManagersEachWithAStarterAndALeaver() {
		this.clock.setDay(TestClockConfiguration.TODAY);
		this.anna = manager("Anna");
		this.bert = manager("Bert");
	}

	@AfterEach
	void backToToday() {
		this.clock.setDay(TestClockConfiguration.TODAY);
	}

	@Test
	void aManagerDoesNotSeeAnotherManagersPeople() throws Exception {
		JsonNode annas = overview(this.anna.token());
		assertThat(keys(annas, "coming")).contains(this.anna.joiner.key(), this.anna.leaver.key())
			.doesNotContain(this.bert.joiner.key(), this.bert.leaver.key());
		assertThat(names(annas, "coming")).noneMatch(name -> name.contains(this.bert.surname));

		JsonNode berts = overview(this.bert.token());
		assertThat(keys(berts, "coming")).contains(this.bert.joiner.key(), this.bert.leaver.key())
			.doesNotContain(this.anna.joiner.key(), this.anna.leaver.key());
		// Lea, and the starter Jo, whom the register keeps with the manager the ticket
		// names
		assertThat(berts.path("viewer").path("reports").asInt()).isEqualTo(2);
	}

	@Test
	void aManagerSeesNoOneElsesOverdueTasksOrLeavers() throws Exception {
		residuesLeftBehind(this.bert.leaver);
		this.clock.setDay(TestClockConfiguration.TODAY.plusDays(40));
		JsonNode annas = overview(this.anna.token());
		assertThat(keys(annas, "overdue")).contains(this.anna.leaver.key()).doesNotContain(this.bert.leaver.key());
		assertThat(keys(annas, "leavers")).doesNotContain(this.bert.leaver.key());
	}

	@Test
	void aForgedTokenGetsNothing() throws Exception {
		String forged = EntraTokens.forged(EntraTokens
			.claims(this.anna.objectId, "Anna", this.anna.upn, List.of("Handover.Admin", "Handover.Manager"))
			.build());
		this.mvc.perform(get("/api/portal/overview").header(HttpHeaders.AUTHORIZATION, "Bearer " + forged))
			.andExpect(status().isUnauthorized())
			.andExpect(header().exists(HttpHeaders.WWW_AUTHENTICATE))
			.andExpect(jsonPath("$.coming").doesNotExist());
	}

	@Test
	void anExpiredTokenGetsNothing() throws Exception {
		Instant anHourAgo = Instant.now().minusSeconds(3600);
		String expired = TOKENS
			.signed(EntraTokens.claims(this.anna.objectId, "Anna", this.anna.upn, List.of("Handover.Manager"))
				.issueTime(Date.from(anHourAgo.minusSeconds(3600)))
				.notBeforeTime(Date.from(anHourAgo.minusSeconds(3600)))
				.expirationTime(Date.from(anHourAgo))
				.build());
		this.mvc.perform(get("/api/portal/overview").header(HttpHeaders.AUTHORIZATION, "Bearer " + expired))
			.andExpect(status().isUnauthorized())
			.andExpect(jsonPath("$.coming").doesNotExist());
	}

	@Test
	void noTokenOrATokenWithoutAHandoverRoleGetsNothing() throws Exception {
		this.mvc.perform(get("/api/portal/overview")).andExpect(status().isUnauthorized());
		this.mvc
			.perform(get("/api/portal/overview").header(HttpHeaders.AUTHORIZATION,
					TOKENS.bearer(UUID.randomUUID().toString(), "nobody@contoso.example", "Nobody", List.of())))
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.coming").doesNotExist());
	}

	@Test
	void aTrialPersonCannotBeChosenInProduction() throws Exception {
		this.mvc
			.perform(get("/api/portal/overview").header(HttpHeaders.AUTHORIZATION, this.anna.token())
				.header(PortalViewer.TRIAL_USER, this.bert.upn))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.coming").doesNotExist());
	}

	@Test
	void departmentStaffSeeTheirDepartmentsTasksOnly() throws Exception {
		this.clock.setDay(TestClockConfiguration.TODAY.plusDays(40));
		JsonNode fm = overview(
				TOKENS.bearer(UUID.randomUUID().toString(), "frank@contoso.example", "Frank", List.of("Handover.FM")));
		assertThat(fm.path("viewer").path("departments")).extracting(JsonNode::asString).containsExactly("FM");
		assertThat(texts(fm.path("departments"), "department")).containsExactly("FM");
		assertThat(texts(fm.path("overdue"), "department")).isNotEmpty().allMatch("FM"::equals);
		assertThat(keys(fm, "overdue")).contains(this.anna.leaver.key(), this.bert.leaver.key());
	}

	@Test
	void hrAndAdministratorsSeeEveryone() throws Exception {
		residuesLeftBehind(this.bert.leaver);
		for (String role : List.of("Handover.HR", "Handover.Admin")) {
			JsonNode all = overview(
					TOKENS.bearer(UUID.randomUUID().toString(), "all@contoso.example", "All", List.of(role)));
			assertThat(all.path("viewer").path("sees").asString()).isEqualTo("all");
			assertThat(keys(all, "coming")).contains(this.anna.joiner.key(), this.anna.leaver.key(),
					this.bert.joiner.key(), this.bert.leaver.key());
			assertThat(texts(all.path("departments"), "department")).contains("IT", "FM", "HR");
			JsonNode leaver = find(all.path("leavers"), this.bert.leaver.key());
			assertThat(leaver.path("residues").path(0).path("text").asString()).isEqualTo("Collect the laptop");
		}
	}

	@Test
	void theStartsAndLastDaysAreThoseOfTheComingFourWeeks() throws Exception {
		JsonNode today = overview(this.anna.token());
		assertThat(today.path("until").asString()).isEqualTo(TestClockConfiguration.TODAY.plusDays(27).toString());
		JsonNode joiner = find(today.path("coming"), this.anna.joiner.key());
		assertThat(joiner.path("kind").asString()).isEqualTo("JOINER");
		assertThat(joiner.path("date").asString()).isEqualTo(this.anna.joiner.date().toString());
		this.clock.setDay(TestClockConfiguration.TODAY.plusDays(40));
		assertThat(keys(overview(this.anna.token()), "coming")).doesNotContain(this.anna.joiner.key());
	}

	@Test
	void aManagerCannotOpenTheTicketPageOfAnotherManagersPerson() throws Exception {
		this.mvc
			.perform(get("/api/portal/tickets/{key}", this.bert.leaver.key()).header(HttpHeaders.AUTHORIZATION,
					this.anna.token()))
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.timeline").doesNotExist())
			.andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString(this.bert.leaver.key())));
	}

	@Test
	void theTicketPageShowsWhatHappenedWhoOwesWhatAndWhatTheGuardFound() throws Exception {
		residuesLeftBehind(this.bert.leaver);
		JsonNode page = JSON.readTree(
				this.mvc
					.perform(get("/api/portal/tickets/{key}", this.bert.leaver.key()).header(HttpHeaders.AUTHORIZATION,
							this.bert.token()))
					.andExpect(status().isOk())
					.andReturn()
					.getResponse()
					.getContentAsString());
		assertThat(page.path("ticket").path("key").asString()).isEqualTo(this.bert.leaver.key());
		assertThat(texts(page.path("timeline"), "action")).startsWith("opened").contains("authorised");
		assertThat(page.path("timeline").path(0).path("actorName").asString()).isEqualTo("Hanna (HR)");
		assertThat(texts(page.path("departments"), "department")).contains("IT", "FM");
		assertThat(page.path("guard").path("residues").path(0).path("text").asString()).isEqualTo("Collect the laptop");
		assertThat(page.path("signatures").isArray()).as("a manager does not read the asset register").isFalse();

		JsonNode asHr = JSON
			.readTree(this.mvc
				.perform(get("/api/portal/tickets/{key}", this.bert.leaver.key()).header(HttpHeaders.AUTHORIZATION,
						TOKENS.bearer(UUID.randomUUID().toString(), "hr@contoso.example", "HR",
								List.of("Handover.HR"))))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsString());
		assertThat(asHr.path("signatures").isArray()).isTrue();
	}

	@Test
	void anUnchangedOverviewIsAnswered304ForItsETagWithoutABody() throws Exception {
		var first = this.mvc.perform(get("/api/portal/overview").header(HttpHeaders.AUTHORIZATION, this.anna.token()))
			.andExpect(status().isOk())
			.andExpect(header().string(HttpHeaders.CACHE_CONTROL, org.hamcrest.Matchers.containsString("private")))
			.andReturn()
			.getResponse();
		String etag = first.getHeader(HttpHeaders.ETAG);
		assertThat(etag).startsWith("\"");
		assertThat(keys(JSON.readTree(first.getContentAsString()), "coming")).contains(this.anna.joiner.key());

		var again = this.mvc
			.perform(get("/api/portal/overview").header(HttpHeaders.AUTHORIZATION, this.anna.token())
				.header(HttpHeaders.IF_NONE_MATCH, etag))
			.andExpect(status().isNotModified())
			.andExpect(header().string(HttpHeaders.ETAG, etag))
			.andReturn()
			.getResponse();
		assertThat(again.getContentAsByteArray()).isEmpty();

		// another viewer's tag is not this viewer's answer
		this.mvc
			.perform(get("/api/portal/overview").header(HttpHeaders.AUTHORIZATION, this.bert.token())
				.header(HttpHeaders.IF_NONE_MATCH, etag))
			.andExpect(status().isOk());
	}

	@Test
	void anyChangeTheOverviewShowsGivesANewAnswerNeverTheStaleOne() throws Exception {
		String hr = TOKENS.bearer(UUID.randomUUID().toString(), "hr@contoso.example", "HR", List.of("Handover.HR"));
		String etag = etag(hr, null);

		// a ticket moved
		LocalDate moved = this.anna.joiner.date().plusDays(2);
		this.tickets.reschedule(this.anna.joiner.key(), moved, "later", HR, null);
		var afterMove = this.mvc
			.perform(get("/api/portal/overview").header(HttpHeaders.AUTHORIZATION, hr)
				.header(HttpHeaders.IF_NONE_MATCH, etag))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse();
		assertThat(afterMove.getHeader(HttpHeaders.ETAG)).isNotEqualTo(etag);
		assertThat(
				find(JSON.readTree(afterMove.getContentAsString()).path("coming"), this.anna.joiner.key()).path("date")
					.asString())
			.isEqualTo(moved.toString());
		etag = afterMove.getHeader(HttpHeaders.ETAG);

		// the guard found something (written without touching the ticket)
		residuesLeftBehind(this.anna.leaver);
		var afterGuard = this.mvc
			.perform(get("/api/portal/overview").header(HttpHeaders.AUTHORIZATION, hr)
				.header(HttpHeaders.IF_NONE_MATCH, etag))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse();
		assertThat(keys(JSON.readTree(afterGuard.getContentAsString()), "leavers")).contains(this.anna.leaver.key());
		etag = afterGuard.getHeader(HttpHeaders.ETAG);

		// a new day: what is overdue and coming moves on
		this.clock.setDay(TestClockConfiguration.TODAY.plusDays(1));
		var nextDay = this.mvc
			.perform(get("/api/portal/overview").header(HttpHeaders.AUTHORIZATION, hr)
				.header(HttpHeaders.IF_NONE_MATCH, etag))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse();
		assertThat(JSON.readTree(nextDay.getContentAsString()).path("today").asString())
			.isEqualTo(TestClockConfiguration.TODAY.plusDays(1).toString());
		assertThat(etag(hr, nextDay.getHeader(HttpHeaders.ETAG))).as("unchanged again: the same tag")
			.isEqualTo(nextDay.getHeader(HttpHeaders.ETAG));
	}

	/** The overview's tag; with {@code held}, asks as a client holding that tag. */
	private String etag(String bearer, String held) throws Exception {
		var request = get("/api/portal/overview").header(HttpHeaders.AUTHORIZATION, bearer);
		if (held != null) {
			request = request.header(HttpHeaders.IF_NONE_MATCH, held);
		}
		var response = this.mvc.perform(request).andReturn().getResponse();
		assertThat(response.getStatus()).isIn(200, 304);
		if (held != null) {
			assertThat(response.getStatus()).isEqualTo(304);
		}
		return response.getHeader(HttpHeaders.ETAG);
	}

	@Test
	void eachQueryOfTheOverviewAndTheTicketPageFindsItsDocumentsByAnIndex() {
		// a manager's reports, the active tickets, the ticket's and its tasks' audit
		// entries
		assertThat(indexedFields("employees")).contains("managerUpn");
		assertThat(indexedFields("tickets")).contains("state");
		assertThat(indexedFields("audit")).contains("subjectType+subjectId+sequence");
	}

	private List<String> indexedFields(String collection) {
		return this.mongo.getCollection(collection)
			.listIndexes()
			.into(new java.util.ArrayList<>())
			.stream()
			.map(index -> String.join("+", index.get("key", Document.class).keySet()))
			.toList();
	}

	// --- the people -------------------------------------------------------------------

	record Manager(String surname, String objectId, String upn, TicketView joiner, TicketView leaver) {

		String token() {
			return TOKENS.bearer(this.objectId, this.upn, "Manager " + this.surname, List.of("Handover.Manager"));
		}

	}

	private Manager manager(String first) {
		String surname = Surnames.unique();
		String objectId = UUID.randomUUID().toString();
		String upn = (first + "." + surname + "@contoso.example").toLowerCase();
		Employee report = this.employees.register(new NewEmployee("Lea " + surname,
				"lea." + surname.toLowerCase() + "@contoso.example", UUID.randomUUID().toString(), null, upn), HR);
		TicketView leaver = this.tickets.open(new NewTicket(TicketKind.LEAVER,
				new NewTicket.Person(report.id(), null, null, null, null), new ManagerRef(upn, first + " " + surname),
				"account-manager", null, TestClockConfiguration.TODAY.plusDays(20), WorkLocation.OFFICE, null,
				DeviceRetrieval.IN_PERSON, null), HR, Authority.HR, HR, null);
		TicketView joiner = this.tickets.open(
				new NewTicket(TicketKind.JOINER, new NewTicket.Person(null, "Jo " + surname, null, null, null),
						new ManagerRef(upn, first + " " + surname), "account-manager", null,
						TestClockConfiguration.TODAY.plusDays(21), WorkLocation.OFFICE, null, null, null),
				HR, Authority.HR, HR, null);
		return new Manager(surname, objectId, upn, joiner, leaver);
	}

	/** What the guard keeps after a check past the last day that found the laptop. */
	private void residuesLeftBehind(TicketView leaver) {
		this.mongo.getCollection("guard_reviews")
			.insertOne(new Document("_id", leaver.key()).append("checkedAt", Date.from(Instant.now()))
				.append("checkedOn", Date.from(Instant.now()))
				.append("afterLastDay", true)
				.append("residues",
						List.of(new Document("area", "register").append("text", "Collect the laptop")
							.append("department", "IT")))
				.append("unobservable", List.of()));
	}

	private JsonNode overview(String bearer) throws Exception {
		String body = this.mvc.perform(get("/api/portal/overview").header(HttpHeaders.AUTHORIZATION, bearer))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		return JSON.readTree(body);
	}

	private static List<String> keys(JsonNode overview, String list) {
		return texts(overview.path(list), "ticketKey");
	}

	private static List<String> names(JsonNode overview, String list) {
		return texts(overview.path(list), "employeeName");
	}

	private static List<String> texts(JsonNode list, String field) {
		return java.util.stream.StreamSupport.stream(list.spliterator(), false)
			.map(node -> node.path(field).asString())
			.toList();
	}

	private static JsonNode find(JsonNode list, String ticketKey) {
		for (JsonNode node : list) {
			if (ticketKey.equals(node.path("ticketKey").asString())) {
				return node;
			}
		}
		throw new AssertionError(ticketKey + " is not in " + list);
	}

	static LocalDate today() {
		return TestClockConfiguration.TODAY;
	}

}

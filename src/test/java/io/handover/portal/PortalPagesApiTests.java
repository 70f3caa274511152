package io.handover.portal;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.stream.StreamSupport;

import io.handover.asset.AssetRegister;
import io.handover.asset.Holding;
import io.handover.asset.IssueRequest;
import io.handover.audit.AuditTrail;
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
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The portal's other pages ({@code /api/portal/queues}, {@code register},
 * {@code people/{id}}, {@code assets/{id}}, {@code outstanding}, {@code admin}) in
 * production mode with Entra ID tokens: the refusals first (no token, a forged token, a
 * token without a Handover role, a manager looking at another manager's person, staff at
 * another department's queue, anyone but Administrators and HR at the admin page), then
 * what each role sees. Two managers each with a leaver who holds a laptop.
 */
class PortalPagesApiTests extends ProductionApiTest {

	static final ObjectMapper JSON = new ObjectMapper();

	static final EntraTokens TOKENS = EntraTokens.shared();

	static final Actor HR = Actor.person("a0000000-0000-4000-8000-0000000000a1", "hanna@contoso.example", "Hanna (HR)",
			Channel.API);

	static final Actor IT = Actor.person("a0000000-0000-4000-8000-0000000000a2", "ivo@contoso.example", "Ivo (IT)",
			Channel.API);

	@Autowired
	MockMvc mvc;

	@Autowired
	TicketManagement tickets;

	@Autowired
	EmployeeDirectory employees;

	@Autowired
	AssetRegister assets;

	@Autowired
	AuditTrail audit;

	@Autowired
	TestClock clock;

	Manager anna;

	Manager bert;

	@BeforeEach
	void twoManagersEachWithALeaverHoldingALaptop() {
		this.clock.setDay(TestClockConfiguration.TODAY);
		this.anna = manager("Anna");
		this.bert = manager("Bert");
	}

	@AfterEach
	void backToToday() {
		this.clock.setDay(TestClockConfiguration.TODAY);
	}

	// --- refusals ---------------------------------------------------------------------

	@ParameterizedTest
	@ValueSource(strings = { "/api/portal/queues", "/api/portal/register?q=Lea", "/api/portal/outstanding",
			"/api/portal/admin" })
	void noTokenAForgedTokenOrATokenWithoutAHandoverRoleGetsNothing(String path) throws Exception {
		this.mvc.perform(get(path)).andExpect(status().isUnauthorized());
		String forged = EntraTokens
			.forged(EntraTokens.claims(this.anna.objectId, "Anna", this.anna.upn, List.of("Handover.Admin")).build());
		this.mvc.perform(get(path).header(HttpHeaders.AUTHORIZATION, "Bearer " + forged))
			.andExpect(status().isUnauthorized());
		this.mvc
			.perform(get(path).header(HttpHeaders.AUTHORIZATION,
					TOKENS.bearer(UUID.randomUUID().toString(), "nobody@contoso.example", "Nobody", List.of())))
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.tasks").doesNotExist())
			.andExpect(jsonPath("$.people").doesNotExist())
			.andExpect(jsonPath("$.items").doesNotExist())
			.andExpect(jsonPath("$.profiles").doesNotExist());
	}

	@Test
	void aManagerCannotOpenThePageOfAnotherManagersPerson() throws Exception {
		this.mvc
			.perform(get("/api/portal/people/{id}", this.bert.report.id()).header(HttpHeaders.AUTHORIZATION,
					this.anna.token()))
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.person").doesNotExist())
			.andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("their own people")));
		assertThat(this.audit.historyOf("employee", this.bert.report.id()))
			.anySatisfy(entry -> assertThat(entry.action()).isEqualTo("refused"));
	}

	@Test
	void aManagerCannotOpenAnAssetsHistory() throws Exception {
		this.mvc
			.perform(get("/api/portal/assets/{id}", this.anna.laptop.assetId()).header(HttpHeaders.AUTHORIZATION,
					this.anna.token()))
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.periods").doesNotExist());
	}

	@Test
	void staffCannotOpenAnotherDepartmentsQueue() throws Exception {
		this.mvc.perform(get("/api/portal/queues").param("department", "IT").header(HttpHeaders.AUTHORIZATION, fm()))
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.tasks").doesNotExist());
	}

	@Test
	void onlyAdministratorsAndHrOpenTheAdminPage() throws Exception {
		for (String bearer : List.of(this.anna.token(), it(), fm())) {
			this.mvc.perform(get("/api/portal/admin").header(HttpHeaders.AUTHORIZATION, bearer))
				.andExpect(status().isForbidden())
				.andExpect(jsonPath("$.profiles").doesNotExist())
				.andExpect(jsonPath("$.hrSources").doesNotExist());
		}
	}

	@Test
	void badInputGetsAClearAnswer() throws Exception {
		this.mvc.perform(get("/api/portal/register").param("q", "L").header(HttpHeaders.AUTHORIZATION, it()))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("2")));
		this.mvc
			.perform(get("/api/portal/queues").param("department", "NOPE").header(HttpHeaders.AUTHORIZATION, admin()))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("NOPE")));
		this.mvc.perform(get("/api/portal/queues").param("status", "DONE").header(HttpHeaders.AUTHORIZATION, admin()))
			.andExpect(status().isBadRequest());
		this.mvc.perform(get("/api/portal/people/{id}", "no-such-person").header(HttpHeaders.AUTHORIZATION, admin()))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/api/portal/assets/{id}", "no-such-asset").header(HttpHeaders.AUTHORIZATION, admin()))
			.andExpect(status().isNotFound());
	}

	// --- what each role sees ----------------------------------------------------------

	@Test
	void aManagersQueueHoldsTheirOwnPeoplesTasksOnly() throws Exception {
		this.clock.setDay(TestClockConfiguration.TODAY.plusDays(40));
		JsonNode annas = read(get("/api/portal/queues"), this.anna.token());
		assertThat(texts(annas.path("tasks"), "ticketKey")).isNotEmpty()
			.allMatch(this.anna.leaver.key()::equals)
			.doesNotContain(this.bert.leaver.key());
		JsonNode itOnly = read(get("/api/portal/queues").param("department", "IT"), this.anna.token());
		assertThat(texts(itOnly.path("tasks"), "department")).isNotEmpty().allMatch("IT"::equals);
	}

	@Test
	void departmentStaffSeeTheirDepartmentsQueueThisWeek() throws Exception {
		JsonNode today = read(get("/api/portal/queues"), fm());
		LocalDate monday = TestClockConfiguration.TODAY
			.minusDays(TestClockConfiguration.TODAY.getDayOfWeek().getValue() - 1);
		assertThat(today.path("from").asString()).isEqualTo(monday.toString());
		assertThat(today.path("until").asString()).isEqualTo(monday.plusDays(6).toString());
		assertThat(texts(today.path("tasks"), "dueOn"))
			.allMatch(due -> due.compareTo(monday.plusDays(6).toString()) <= 0);

		this.clock.setDay(TestClockConfiguration.TODAY.plusDays(40));
		JsonNode fm = read(get("/api/portal/queues"), fm());
		assertThat(texts(fm.path("tasks"), "department")).isNotEmpty().allMatch("FM"::equals);
		assertThat(texts(fm.path("tasks"), "ticketKey")).contains(this.anna.leaver.key(), this.bert.leaver.key());
		JsonNode searched = read(get("/api/portal/queues").param("q", this.bert.surname), fm());
		assertThat(texts(searched.path("tasks"), "ticketKey")).isNotEmpty().allMatch(this.bert.leaver.key()::equals);
	}

	@Test
	void theRegisterFindsPeopleAndAssetsForStaffAndAManagersOwnPeopleOnly() throws Exception {
		JsonNode it = read(get("/api/portal/register").param("q", "Lea " + this.bert.surname), it());
		assertThat(texts(it.path("people"), "id")).contains(this.bert.report.id());
		JsonNode bySerial = read(get("/api/portal/register").param("q", this.bert.serial), it());
		assertThat(texts(bySerial.path("assets"), "serialNumber")).containsExactly(this.bert.serial);

		JsonNode annas = read(get("/api/portal/register").param("q", "Lea " + this.bert.surname), this.anna.token());
		assertThat(texts(annas.path("people"), "id")).doesNotContain(this.bert.report.id());
		assertThat(annas.path("assets").isArray()).as("a manager does not read the asset register").isFalse();
		JsonNode own = read(get("/api/portal/register").param("q", "Lea " + this.anna.surname), this.anna.token());
		assertThat(texts(own.path("people"), "id")).contains(this.anna.report.id());
	}

	@Test
	void aPersonsPageShowsTheirTicketsAndForStaffWhatTheyHold() throws Exception {
		JsonNode annas = read(get("/api/portal/people/{id}", this.anna.report.id()), this.anna.token());
		assertThat(annas.path("person").path("name").asString()).isEqualTo("Lea " + this.anna.surname);
		assertThat(texts(annas.path("tickets"), "key")).contains(this.anna.leaver.key());
		assertThat(annas.path("holdings").isArray()).isFalse();

		JsonNode its = read(get("/api/portal/people/{id}", this.anna.report.id()), it());
		assertThat(texts(its.path("holdings"), "serialNumber")).containsExactly(this.anna.serial);
		assertThat(its.path("signatures").isArray()).isTrue();
	}

	@Test
	void anAssetsPageShowsWhoHeldItWithTheHandoverRecords() throws Exception {
		this.assets.signReceipt(this.anna.report.id(), List.of(this.anna.laptop.assignmentId()),
				io.handover.asset.Signature.onPaper(IT, "Paper form: I received the laptop"));
		JsonNode page = read(get("/api/portal/assets/{id}", this.anna.laptop.assetId()), it());
		assertThat(page.path("asset").path("serialNumber").asString()).isEqualTo(this.anna.serial);
		assertThat(page.path("periods").path(0).path("employeeName").asString()).isEqualTo("Lea " + this.anna.surname);
		assertThat(page.path("records").path(0).path("kind").asString()).isEqualTo("RECEIPT");
		assertThat(page.path("periods").path(0).path("receiptRecordId").asString())
			.isEqualTo(page.path("records").path(0).path("id").asString());
	}

	@Test
	void outstandingAssetsOfPastLeaversFollowTheRole() throws Exception {
		this.employees.markLeaving(this.anna.report.id(), TestClockConfiguration.TODAY.minusDays(3), HR);
		this.employees.markLeaving(this.bert.report.id(), TestClockConfiguration.TODAY.minusDays(2), HR);
		JsonNode annas = read(get("/api/portal/outstanding"), this.anna.token());
		assertThat(texts(annas.path("items"), "employeeId")).containsExactly(this.anna.report.id());
		JsonNode its = read(get("/api/portal/outstanding").param("limit", "1000"), it());
		assertThat(texts(its.path("items"), "employeeId")).contains(this.anna.report.id(), this.bert.report.id());
	}

	@Test
	void theAdminPageShowsAdministratorsEverythingAndHrTheirPart() throws Exception {
		JsonNode admin = read(get("/api/portal/admin"), admin());
		assertThat(admin.path("profiles").size()).isPositive();
		assertThat(admin.path("applications").isArray()).isTrue();
		assertThat(texts(admin.path("departments"), "key")).contains("IT", "FM", "HR");
		assertThat(admin.path("hrSources").isArray()).isTrue();
		assertThat(admin.path("jobProfiles").isArray()).isTrue();

		JsonNode hr = read(get("/api/portal/admin"),
				TOKENS.bearer(UUID.randomUUID().toString(), "hr@contoso.example", "HR", List.of("Handover.HR")));
		assertThat(hr.path("hrSources").isArray()).isTrue();
		assertThat(hr.path("jobProfiles").isArray()).isTrue();
		assertThat(hr.path("profiles").isArray()).isFalse();
		assertThat(hr.path("departments").isArray()).isFalse();
	}

	// --- the people -------------------------------------------------------------------

	record Manager(String surname, String objectId, String upn, Employee report, TicketView leaver, Holding laptop,
			String serial) {

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
		String serial = ("SN-" + surname + "-" + UUID.randomUUID().toString().substring(0, 6))
			.toUpperCase(java.util.Locale.ROOT);
		Holding laptop = this.assets
			.issue(new IssueRequest(report.id(), "laptop", "laptop-standard", serial, null, null), IT);
		TicketView leaver = this.tickets.open(new NewTicket(TicketKind.LEAVER,
				new NewTicket.Person(report.id(), null, null, null, null), new ManagerRef(upn, first + " " + surname),
				"account-manager", null, TestClockConfiguration.TODAY.plusDays(20), WorkLocation.OFFICE, null,
				DeviceRetrieval.IN_PERSON, null), HR, Authority.HR, HR, null);
		return new Manager(surname, objectId, upn, report, leaver, laptop, serial);
	}

	private static String it() {
		return TOKENS.bearer(UUID.randomUUID().toString(), "ivo@contoso.example", "Ivo", List.of("Handover.IT"));
	}

	private static String fm() {
		return TOKENS.bearer(UUID.randomUUID().toString(), "frank@contoso.example", "Frank", List.of("Handover.FM"));
	}

	private static String admin() {
		return TOKENS.bearer(UUID.randomUUID().toString(), "ada@contoso.example", "Ada", List.of("Handover.Admin"));
	}

	private JsonNode read(MockHttpServletRequestBuilder request, String bearer) throws Exception {
		String body = this.mvc.perform(request.header(HttpHeaders.AUTHORIZATION, bearer))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		return JSON.readTree(body);
	}

	private static List<String> texts(JsonNode list, String field) {
		return StreamSupport.stream(list.spliterator(), false).map(node -> node.path(field).asString()).toList();
	}

}

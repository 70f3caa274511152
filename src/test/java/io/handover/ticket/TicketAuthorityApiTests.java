package io.handover.ticket;

import io.handover.testing.Surnames;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import io.handover.audit.AuditEntry;
import io.handover.audit.AuditTrail;
import io.handover.common.Actor;
import io.handover.employee.EmployeeDirectory;
import io.handover.employee.NewEmployee;
import io.handover.testing.EntraTokens;
import io.handover.testing.ProductionApiTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Who may open, see, cancel and reschedule tickets through the API, with real Entra ID
 * tokens (signed by a key of the test, checked against its JWK set). HR and
 * Administrators may do everything; a {@code Handover.Manager} only for their own reports
 * (the register's manager of record): anyone else's leaver becomes a request for HR to
 * confirm, and another's ticket cannot be cancelled. In this deployment an Administrator
 * allowed external mailbox delegates.
 */
class TicketAuthorityApiTests extends ProductionApiTest {

	private static final EntraTokens TOKENS = EntraTokens.shared();

	@Autowired
	MockMvc mvc;

	@Autowired
	ObjectMapper json;

	@Autowired
	EmployeeDirectory employees;

	@Autowired
	TicketManagement tickets;

	@Autowired
	AuditTrail audit;

	/** Karel manages Jan; Piet manages Els. */
	Person karel;

	Person piet;

	Person hr;

	String jan;

	String els;

	@BeforeEach
	void people() {
		this.karel = new Person(UUID.randomUUID().toString(), "karel." + suffix() + "@contoso.example", "Karel Kok");
		this.piet = new Person(UUID.randomUUID().toString(), "piet." + suffix() + "@contoso.example", "Piet Pot");
		this.hr = new Person(UUID.randomUUID().toString(), "hanna." + suffix() + "@contoso.example", "Hanna Hr");
		this.jan = employee("Jan Bakker", this.karel);
		this.els = employee("Els Visser", this.piet);
	}

	@Test
	void aManagerCannotOffboardSomeoneWhoIsNotTheirReportItBecomesARequest() throws Exception {
		JsonNode answer = read(call(post("/api/tickets"), leaver(this.els, "karel.friend@contoso.example"),
				token(this.karel, "Handover.Manager"))
			.andExpect(status().isAccepted()));

		assertThat(answer.path("state").asString()).isEqualTo("PENDING");
		assertThat(answer.path("requestedBy").path("id").asString()).isEqualTo(this.karel.oid());
		assertThat(this.tickets.search(this.els, null, null, List.of(TicketState.values()), 10)).isEmpty();
		assertThat(this.employees.find(this.els).orElseThrow().leavingOn()).isNull();
		// (no channel is linked to HR here: delivery may add that the request reached
		// nobody)
		assertThat(this.audit.historyOf("ticket-request", answer.path("id").asString())).extracting(AuditEntry::action)
			.first()
			.isEqualTo("requested");
		assertThat(this.audit.historyOf("ticket-request", answer.path("id").asString())).extracting(AuditEntry::action)
			.doesNotContain("confirmed", "declined");
		// Karel can follow his request; he cannot see Els's other tickets
		call(get("/api/tickets/requests/{id}", answer.path("id").asString()), null,
				token(this.karel, "Handover.Manager"))
			.andExpect(status().isOk());
	}

	@Test
	void aManagerOffboardsTheirOwnReportOnTheirAuthority() throws Exception {
		JsonNode ticket = read(
				call(post("/api/tickets"), leaver(this.jan, this.karel.upn()), token(this.karel, "Handover.Manager"))
					.andExpect(status().isCreated()));

		assertThat(ticket.path("authority").asString()).isEqualTo("MANAGER_OF_RECORD");
		assertThat(ticket.path("authorisedBy").path("id").asString()).isEqualTo(this.karel.oid());
		assertThat(this.employees.find(this.jan).orElseThrow().leavingOn()).isNotNull();
	}

	@Test
	void aManagerCannotCancelOrRescheduleAnothersTicketNorSeeIt() throws Exception {
		String elsTicket = read(
				call(post("/api/tickets"), leaver(this.els, this.piet.upn()), token(this.hr, "Handover.HR"))
					.andExpect(status().isCreated()))
			.path("key")
			.asString();
		String karelsToken = token(this.karel, "Handover.Manager");

		JsonNode refused = read(
				call(post("/api/tickets/{key}/cancel", elsTicket), Map.of("reason", "mine now"), karelsToken)
					.andExpect(status().isForbidden()));
		call(post("/api/tickets/{key}/reschedule", elsTicket), Map.of("date", "2026-12-01"), karelsToken)
			.andExpect(status().isForbidden());
		call(get("/api/tickets/{key}", elsTicket), null, karelsToken).andExpect(status().isForbidden());

		assertThat(refused.path("detail").asString()).contains("Only HR, Administrators and the manager of record");
		TicketView still = this.tickets.get(elsTicket);
		assertThat(still.state()).isEqualTo(TicketState.OPEN);
		assertThat(still.date()).isEqualTo(java.time.LocalDate.of(2026, 12, 18));
		assertThat(this.audit.historyOf("ticket", elsTicket)).filteredOn(e -> e.action().equals("refused"))
			.extracting(AuditEntry::actorId)
			.containsExactly(this.karel.oid(), this.karel.oid(), this.karel.oid());
		JsonNode list = read(
				call(get("/api/tickets").param("employeeId", this.els), null, karelsToken).andExpect(status().isOk()));
		assertThat(list).as("another manager's report's tickets are not listed").isEmpty();

		// Piet, Els's manager of record, may; so may HR
		call(post("/api/tickets/{key}/reschedule", elsTicket), Map.of("date", "2026-12-21"),
				token(this.piet, "Handover.Manager"))
			.andExpect(status().isOk());
		assertThat(
				read(call(get("/api/tickets").param("employeeId", this.els), null, token(this.piet, "Handover.Manager"))
					.andExpect(status().isOk())))
			.hasSize(1);
		call(post("/api/tickets/{key}/cancel", elsTicket), Map.of("reason", "stays after all"),
				token(this.hr, "Handover.HR"))
			.andExpect(status().isOk());
	}

	@Test
	void aStarterNamingTheCallerAsManagerOpensOnlyForSomeoneWhoManagesPeople() throws Exception {
		Person nobody = new Person(UUID.randomUUID().toString(), "nina." + suffix() + "@contoso.example", "Nina Nul");

		JsonNode requested = read(call(post("/api/tickets"), joiner(nobody), token(nobody, "Handover.Manager"))
			.andExpect(status().isAccepted()));
		JsonNode opened = read(call(post("/api/tickets"), joiner(this.karel), token(this.karel, "Handover.Manager"))
			.andExpect(status().isCreated()));

		assertThat(requested.path("state").asString()).isEqualTo("PENDING");
		assertThat(this.audit.historyOf("ticket-request", requested.path("id").asString()))
			.filteredOn(entry -> entry.action().equals("requested"))
			.singleElement()
			.satisfies(entry -> {
				assertThat(entry.actorId()).isEqualTo(nobody.oid());
				assertThat(entry.why()).contains("manages nobody");
			});
		assertThat(this.tickets.search(null, nobody.upn(), null, List.of(TicketState.values()), 10)).isEmpty();
		assertThat(opened.path("authority").asString()).as("Karel manages Jan").isEqualTo("MANAGER_OF_RECORD");
	}

	private static Map<String, Object> joiner(Person manager) {
		String name = "Anna Starter " + Surnames.letters();
		Map<String, Object> ticket = new LinkedHashMap<>();
		ticket.put("kind", "JOINER");
		ticket.put("employee", Map.of("name", name));
		ticket.put("manager", Map.of("upn", manager.upn(), "name", manager.name()));
		ticket.put("profile", "account-manager");
		ticket.put("date", "2027-01-11");
		ticket.put("workLocation", "OFFICE");
		return ticket;
	}

	@Test
	void aTokenWithoutAnObjectIdCanOnlyAsk() throws Exception {
		call(post("/api/tickets"), leaver(this.jan, this.karel.upn()),
				token(new Person(null, null, "Nobody"), "Handover.HR"))
			.andExpect(status().isAccepted());
		assertThat(this.tickets.search(this.jan, null, null, List.of(TicketState.values()), 10)).isEmpty();
	}

	@Test
	void anExternalDelegateIsAcceptedWhereAnAdministratorAllowedIt() throws Exception {
		JsonNode ticket = read(
				call(post("/api/tickets"), leaver(this.jan, "successor@partner.example"), token(this.hr, "Handover.HR"))
					.andExpect(status().isCreated()));

		assertThat(ticket.path("mailboxDelegate").asString()).isEqualTo("successor@partner.example");
		assertThat(ticket.path("authority").asString()).isEqualTo("HR");
	}

	private String employee(String name, Person manager) {
		String upn = name.toLowerCase().replace(' ', '.') + "." + suffix() + "@contoso.example";
		this.employees.register(new NewEmployee(manager.name(), manager.upn(), manager.oid(), null, null),
				Actor.system("test"));
		return this.employees
			.register(new NewEmployee(name + " " + Surnames.letters(), upn, UUID.randomUUID().toString(), null,
					manager.upn()), Actor.system("test"))
			.id();
	}

	private static Map<String, Object> leaver(String employeeId, String delegate) {
		Map<String, Object> ticket = new LinkedHashMap<>();
		ticket.put("kind", "LEAVER");
		ticket.put("employee", Map.of("id", employeeId));
		ticket.put("date", "2026-12-18");
		ticket.put("deviceRetrieval", "IN_PERSON");
		ticket.put("mailboxDelegate", delegate);
		return ticket;
	}

	private ResultActions call(MockHttpServletRequestBuilder request, Object body, String token) throws Exception {
		if (body != null) {
			request.contentType(MediaType.APPLICATION_JSON).content(this.json.writeValueAsString(body));
		}
		return this.mvc.perform(request.header(HttpHeaders.AUTHORIZATION, "Bearer " + token));
	}

	private JsonNode read(ResultActions result) throws Exception {
		return this.json.readTree(result.andReturn().getResponse().getContentAsString());
	}

	private static String suffix() {
		return UUID.randomUUID().toString().substring(0, 6);
	}

	record Person(String oid, String upn, String name) {
	}

	private static String token(Person who, String role) {
		return TOKENS.token(who.oid(), who.name(), who.upn(), List.of(role));
	}

}

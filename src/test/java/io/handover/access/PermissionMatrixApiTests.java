package io.handover.access;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import tools.jackson.databind.ObjectMapper;
import io.handover.access.PermissionMatrix.Kind;
import io.handover.access.PermissionMatrix.Rule;
import io.handover.access.PermissionMatrix.Via;
import io.handover.access.PermissionMatrix.Who;
import io.handover.common.Actor;
import io.handover.common.Channel;
import io.handover.employee.EmployeeDirectory;
import io.handover.employee.NewEmployee;
import io.handover.task.TaskStatus;
import io.handover.testing.EntraTokens;
import io.handover.testing.ProductionApiTest;
import io.handover.ticket.Authority;
import io.handover.ticket.ManagerRef;
import io.handover.ticket.NewTicket;
import io.handover.ticket.TaskView;
import io.handover.ticket.TicketKind;
import io.handover.ticket.TicketManagement;
import io.handover.ticket.TicketView;
import io.handover.ticket.WorkLocation;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

/**
 * The permission matrix ({@link PermissionMatrix}), every REST cell checked against the
 * running service in production mode: a token signed by the test key for each actor
 * (their role in the {@code roles} claim, their own {@code oid}), the row's request on a
 * real ticket or task. "no" must be a 403 with problem details; "yes" and "request" must
 * get past authorisation (no 401 or 403) and reach the object (no 400 or 404); a
 * conditional cell must get past authorisation, the condition being the domain's.
 */
class PermissionMatrixApiTests extends ProductionApiTest {

	static final ObjectMapper JSON = new ObjectMapper();

	static final EntraTokens TOKENS = EntraTokens.shared();

	@Autowired
	MockMvc mvc;

	@Autowired
	TicketManagement tickets;

	@Autowired
	EmployeeDirectory employees;

	@Autowired
	io.handover.asset.AssetRegister assets;

	static Stream<Arguments> cells() {
		List<Arguments> cells = new ArrayList<>();
		for (Rule rule : PermissionMatrix.rules()) {
			if (rule.via() == Via.API && rule.provedBy().equals(PermissionMatrix.API_MATRIX)) {
				for (Who who : Who.values()) {
					cells.add(Arguments.of(rule.action(), who, rule));
				}
			}
		}
		return cells.stream();
	}

	@ParameterizedTest(name = "{0} by {1}")
	@MethodSource("cells")
	void theServiceAnswersAsTheMatrixSays(String action, Who who, Rule rule) throws Exception {
		MockHttpServletResponse response = this.mvc
			.perform(request(action, who).header(HttpHeaders.AUTHORIZATION, "Bearer " + token(who)))
			.andReturn()
			.getResponse();

		int status = response.getStatus();
		if (rule.cell(who).kind() == Kind.NO) {
			assertThat(status).as("%s by %s: %s", action, who, response.getContentAsString()).isEqualTo(403);
			assertThat(response.getContentType()).contains("application/problem+json");
			assertThat(JSON.readTree(response.getContentAsString()).path("detail").asString()).isNotBlank();
		}
		else if (rule.cell(who).kind() == Kind.ONLY) {
			// past authorisation; whether the condition holds is the domain's (the wipe
			// here is no wipe awaiting approval, so the answer may be 404)
			assertThat(status).as("%s by %s: %s", action, who, response.getContentAsString()).isNotIn(401, 403);
		}
		else {
			assertThat(status).as("%s by %s: %s", action, who, response.getContentAsString())
				.isNotIn(400, 401, 403, 404);
		}
	}

	static String oid(Who who) {
		return "0b0b0b0b-0000-4000-8000-00000000000" + who.ordinal();
	}

	/**
	 * The Manager is Maria Jansen, the manager of record of every fixture ticket here:
	 * the cells "own reports" hold for them.
	 */
	static String token(Who who) {
		String oid = oid(who);
		List<String> roles = switch (who) {
			case ADMIN -> List.of(Roles.ADMIN);
			case IT -> List.of(Roles.IT);
			case FM -> List.of(Roles.FM);
			case HR -> List.of(Roles.HR);
			case MANAGER -> List.of(Roles.MANAGER);
			case OTHER -> List.of();
		};
		String upn = who == Who.MANAGER ? "maria.jansen@contoso.example"
				: who.name().toLowerCase() + "@contoso.example";
		return TOKENS.token(oid, who.title(), upn, roles);
	}

	private MockHttpServletRequestBuilder request(String action, Who who) throws Exception {
		return switch (action) {
			case "Announce a starter" -> post("/api/tickets").contentType(MediaType.APPLICATION_JSON)
				.content(JSON.writeValueAsString(Map.of("kind", "JOINER", "employee", person(), "manager",
						Map.of("upn", "maria.jansen@contoso.example", "name", "Maria Jansen"), "profile",
						"account-manager", "date", "2027-03-01", "workLocation", "OFFICE")));
			case "Announce a leaver" -> post("/api/tickets").contentType(MediaType.APPLICATION_JSON)
				.content(JSON.writeValueAsString(Map.of("kind", "LEAVER", "employee", Map.of("id", employee()),
						"manager", Map.of("upn", "maria.jansen@contoso.example", "name", "Maria Jansen"), "profile",
						"default", "date", "2027-03-01", "deviceRetrieval", "IN_PERSON")));
			case "Cancel a ticket" ->
				post("/api/tickets/{key}/cancel", joiner().key()).contentType(MediaType.APPLICATION_JSON)
					.content("{\"reason\":\"withdrawn\"}");
			case "Edit a role profile" ->
				put("/api/profiles/{key}", "matrix-" + unique()).contentType(MediaType.APPLICATION_JSON)
					.content(JSON.writeValueAsString(
							Map.of("title", "Matrix " + unique(), "accessGroups", List.of("GG-Matrix"))));
			case "Edit the application register" ->
				put("/api/apps/{key}", "matrix-" + unique()).contentType(MediaType.APPLICATION_JSON)
					.content(JSON.writeValueAsString(Map.of("name", "Matrix " + unique(), "federated", false, "owner",
							Map.of("kind", "DEPARTMENT", "id", "IT"), "deactivation",
							Map.of("method", "MANUAL", "steps", List.of("Remove")))));
			case "Claim an IT task" -> post("/api/tasks/{id}/claim", openTask("IT").id());
			case "Complete an IT task" ->
				post("/api/tasks/{id}/complete", openTask("IT").id()).contentType(MediaType.APPLICATION_JSON)
					.content("{}");
			case "Complete an FM task" ->
				post("/api/tasks/{id}/complete", openTask("FM").id()).contentType(MediaType.APPLICATION_JSON)
					.content("{}");
			case "Approve a remote wipe" -> post("/api/tasks/{id}/remote-wipe-approval", openTask("IT").id());
			case "Create a Temporary Access Pass" ->
				post("/api/tickets/{key}/temporary-access-pass", authorisedByHr(joiner()).key());
			case "Record a paper signature (IT task)" -> {
				// signerId: the caller's own oid, as a paper signature must say
				String task = openTask("IT").id();
				yield post("/api/tasks/{id}/return", task).contentType(MediaType.APPLICATION_JSON)
					.content(JSON.writeValueAsString(Map.of("signerId", oid(who), "channel", "API", "contentShown",
							"Paper form: I returned the laptop")));
			}
			case "Read the audit trail" ->
				get("/api/audit").param("subjectType", "ticket").param("subjectId", joiner().key());
			case "Map an HR job to a role profile" ->
				put("/api/hr/job-profiles/{job}", "matrix-" + unique()).contentType(MediaType.APPLICATION_JSON)
					.content("{\"profile\":\"account-manager\"}");
			case "Read the HR sources' last syncs" -> get("/api/hr/sources");
			case "Read an HR source now" -> post("/api/hr/sources/{system}/try-now", "afas");
			// what each sees is PortalOverviewApiTests'; here: who gets past
			// authorisation
			case "See the overview" -> get("/api/portal/overview");
			case "See a ticket's page" -> get("/api/portal/tickets/{key}", joiner().key());
			case "See the department queues" -> get("/api/portal/queues");
			case "Search the register" -> get("/api/portal/register").param("q", "Matrix");
			case "See a person's page" -> get("/api/portal/people/{id}", employee());
			case "See an asset's history" -> get("/api/portal/assets/{key}", asset());
			case "See the outstanding assets of past leavers" -> get("/api/portal/outstanding");
			case "See the admin page" -> get("/api/portal/admin");
			default -> throw new IllegalStateException("No request for the matrix row '" + action + "'");
		};
	}

	private static Map<String, Object> person() {
		String name = "Matrix Joiner " + letters();
		return Map.of("name", name, "upn", name.toLowerCase().replace(' ', '.') + "@contoso.example");
	}

	private String employee() {
		String name = "Matrix Leaver " + letters();
		return this.employees
			.register(new NewEmployee(name, name.toLowerCase().replace(' ', '.') + "@contoso.example", null, null,
					"maria.jansen@contoso.example"), Actor.system("matrix"))
			.id();
	}

	/** An asset on a Matrix leaver's name. */
	private String asset() {
		return this.assets
			.issue(new io.handover.asset.IssueRequest(employee(), "laptop", "laptop-standard",
					"MATRIX-" + unique().toUpperCase(java.util.Locale.ROOT), null, null), Actor.system("matrix"))
			.assetId();
	}

	private TicketView joiner() {
		String name = "Matrix Anna " + letters();
		NewTicket request = new NewTicket(TicketKind.JOINER,
				new NewTicket.Person(null, name, name.toLowerCase().replace(' ', '.') + "@contoso.example", null, null),
				new ManagerRef("maria.jansen@contoso.example", "Maria Jansen"), "account-manager", null,
				LocalDate.of(2027, 1, 11), WorkLocation.OFFICE, null, null, null);
		return this.tickets.open(request, new Actor("aad-maria", "Maria Jansen", Channel.TEAMS), null);
	}

	/** The condition of the pass: a ticket HR confirmed. */
	private TicketView authorisedByHr(TicketView ticket) {
		this.tickets.authorise(ticket.key(), Authority.HR, Actor.hrSource("matrix"), "matrix:" + ticket.key());
		return ticket;
	}

	private TaskView openTask(String department) {
		return joiner().tasks()
			.stream()
			.filter(t -> t.department().equals(department) && t.status() == TaskStatus.OPEN)
			.findFirst()
			.orElseThrow();
	}

	private static String unique() {
		return UUID.randomUUID().toString().substring(0, 8);
	}

	private static String letters() {
		StringBuilder letters = new StringBuilder();
		for (char c : UUID.randomUUID().toString().replace("-", "").toCharArray()) {
			letters.append((char) ('a' + Character.digit(c, 16) % 26));
		}
		return letters.substring(0, 6);
	}

}

package io.handover.system;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import tools.jackson.databind.ObjectMapper;
import io.handover.audit.AuditEntry;
import io.handover.audit.AuditTrail;
import io.handover.common.Actor;
import io.handover.common.Channel;
import io.handover.task.TaskStatus;
import io.handover.testing.EntraTokens;
import io.handover.testing.ProductionApiTest;
import io.handover.ticket.ManagerRef;
import io.handover.ticket.NewTicket;
import io.handover.ticket.TaskManagement;
import io.handover.ticket.TaskView;
import io.handover.ticket.TicketKind;
import io.handover.ticket.TicketManagement;
import io.handover.ticket.TicketView;
import io.handover.ticket.WorkLocation;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Issue 16, finding 5: each role holds the least it needs. Role profiles and the
 * application register are Admin's (they decide what the runbooks grant); a task is
 * worked by its own department's staff (or an Admin), never by a Manager or another
 * department. Every refusal is a 403 with the reason, and is audited naming the caller.
 */
class LeastRoleApiTests extends ProductionApiTest {

	static final ObjectMapper JSON = new ObjectMapper();

	static final EntraTokens TOKENS = EntraTokens.shared();

	@Autowired
	MockMvc mvc;

	@Autowired
	TicketManagement tickets;

	@Autowired
	TaskManagement tasks;

	@Autowired
	AuditTrail audit;

	String manager = TOKENS.token("0a0a0a0a-0000-4000-8000-00000000aa01", "Maria Manager", "maria@contoso.example",
			List.of("Handover.Manager"));

	String fm = TOKENS.token("0a0a0a0a-0000-4000-8000-00000000aa02", "Fenna FM", "fenna@contoso.example",
			List.of("Handover.FM"));

	String it = TOKENS.token("0a0a0a0a-0000-4000-8000-00000000aa03", "Peter IT", "peter@contoso.example",
			List.of("Handover.IT"));

	String admin = TOKENS.token("0a0a0a0a-0000-4000-8000-00000000aa04", "Ada Admin", "ada@contoso.example",
			List.of("Handover.Admin"));

	@Test
	void aManagerCannotEditARoleProfileAndTheRefusalIsAudited() throws Exception {
		String key = "pilot-" + UUID.randomUUID().toString().substring(0, 6);

		call(put("/api/profiles/{key}", key).contentType(MediaType.APPLICATION_JSON).content(profile()), this.manager)
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.code").value("role-missing"))
			.andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("/api/profiles/" + key)));
		call(put("/api/profiles/{key}", key).contentType(MediaType.APPLICATION_JSON).content(profile()), this.it)
			.andExpect(status().isForbidden());

		assertThat(this.audit.historyOf("api", "PUT /api/profiles/" + key)).extracting(AuditEntry::actorId)
			.containsExactly("0a0a0a0a-0000-4000-8000-00000000aa01", "0a0a0a0a-0000-4000-8000-00000000aa03");
		call(put("/api/profiles/{key}", key).contentType(MediaType.APPLICATION_JSON).content(profile()), this.admin)
			.andExpect(status().isOk());
	}

	@Test
	void aManagerOrItCannotEditTheApplicationRegister() throws Exception {
		String key = "tool-" + UUID.randomUUID().toString().substring(0, 6);

		call(put("/api/apps/{key}", key).contentType(MediaType.APPLICATION_JSON).content(application()), this.manager)
			.andExpect(status().isForbidden());
		call(put("/api/apps/{key}", key).contentType(MediaType.APPLICATION_JSON).content(application()), this.it)
			.andExpect(status().isForbidden());

		call(put("/api/apps/{key}", key).contentType(MediaType.APPLICATION_JSON).content(application()), this.admin)
			.andExpect(status().isOk());
	}

	@Test
	void aManagerOrAnotherDepartmentCannotCompleteAnItTask() throws Exception {
		TaskView task = anOpenTask("IT");

		for (String outsider : List.of(this.manager, this.fm)) {
			call(post("/api/tasks/{id}/complete", task.id()).contentType(MediaType.APPLICATION_JSON).content("{}"),
					outsider)
				.andExpect(status().isForbidden())
				.andExpect(jsonPath("$.code").value("not-the-department"))
				.andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("Only IT staff")));
			call(post("/api/tasks/{id}/claim", task.id()), outsider).andExpect(status().isForbidden());
		}

		assertThat(this.tasks.get(task.id()).status()).isEqualTo(TaskStatus.OPEN);
		assertThat(this.audit.historyOf("task", task.id())).filteredOn(e -> e.action().equals("refused"))
			.extracting(AuditEntry::actorId)
			.containsExactly("0a0a0a0a-0000-4000-8000-00000000aa01", "0a0a0a0a-0000-4000-8000-00000000aa01",
					"0a0a0a0a-0000-4000-8000-00000000aa02", "0a0a0a0a-0000-4000-8000-00000000aa02");
	}

	@Test
	void itStaffAndAnAdminWorkAnItTask() throws Exception {
		TaskView task = anOpenTask("IT");

		call(post("/api/tasks/{id}/claim", task.id()), this.it).andExpect(status().isOk())
			.andExpect(jsonPath("$.assignee.name").value("Peter IT"));
		call(post("/api/tasks/{id}/not-needed", task.id()).contentType(MediaType.APPLICATION_JSON)
			.content("{\"reason\":\"brings own\"}"), this.admin).andExpect(status().isOk());

		assertThat(this.tasks.get(task.id()).status()).isEqualTo(TaskStatus.NOT_NEEDED);
	}

	/**
	 * Issue 24: what Handover holds about a person is HR's and an Administrator's to
	 * export, for an access request; anyone else is refused, audited, and gets nothing.
	 */
	@Test
	void onlyHrAndAnAdminExportWhatHandoverHoldsAboutAPerson() throws Exception {
		String hr = TOKENS.token("0a0a0a0a-0000-4000-8000-00000000aa05", "Hanna HR", "hanna@contoso.example",
				List.of("Handover.HR"));
		String employee = anOpenTask("IT").ticketKey();
		String id = this.tickets.get(employee).employee().id();

		for (String outsider : List.of(this.manager, this.it, this.fm)) {
			call(get("/api/people/{id}/export", id), outsider).andExpect(status().isForbidden())
				.andExpect(jsonPath("$.code").value("role-missing"));
		}
		assertThat(this.audit.historyOf("employee", id)).noneMatch(e -> e.action().equals("exported"));

		call(get("/api/people/{id}/export", id), hr).andExpect(status().isOk())
			.andExpect(jsonPath("$.employeeId").value(id))
			.andExpect(jsonPath("$.exportedBy").value("Hanna HR"));
		call(get("/api/people/{id}/export", id), this.admin).andExpect(status().isOk());
		assertThat(this.audit.historyOf("employee", id)).filteredOn(e -> e.action().equals("exported"))
			.extracting(AuditEntry::actorName)
			.containsExactly("Hanna HR", "Ada Admin");
	}

	/**
	 * Issue 24: an import's progress and cancel ({@code Handover-Import}) are for the
	 * person who started it and the Administrators; another HR member or a Manager is
	 * refused, audited, and cancels nothing.
	 */
	@Test
	void onlyAnImportsStarterAndAnAdminFollowOrCancelIt() throws Exception {
		String hanna = TOKENS.token("0a0a0a0a-0000-4000-8000-00000000aa05", "Hanna HR", "hanna@contoso.example",
				List.of("Handover.HR"));
		String henk = TOKENS.token("0a0a0a0a-0000-4000-8000-00000000aa06", "Henk HR", "henk@contoso.example",
				List.of("Handover.HR"));
		String run = UUID.randomUUID().toString().substring(0, 6);
		String id = call(post("/api/employees/import").contentType("text/csv")
			.content("Name,UPN\nImport Test " + run + ",import." + run + "@contoso.example\n"), hanna)
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.created").value(1))
			.andReturn()
			.getResponse()
			.getHeader("Handover-Import");
		assertThat(id).isNotBlank();

		for (String outsider : List.of(henk, this.manager, this.it)) {
			call(get("/api/imports/{id}", id), outsider).andExpect(status().isForbidden())
				.andExpect(jsonPath("$.code").value("not-the-starter"));
			call(delete("/api/imports/{id}", id), outsider).andExpect(status().isForbidden());
		}
		assertThat(this.audit.historyOf("import", id)).extracting(AuditEntry::actorName)
			.containsExactly("Henk HR", "Henk HR", "Maria Manager", "Maria Manager", "Peter IT", "Peter IT");

		call(get("/api/imports/{id}", id), hanna).andExpect(status().isOk())
			.andExpect(jsonPath("$.state").value("DONE"))
			.andExpect(jsonPath("$.created").value(1))
			.andExpect(jsonPath("$.startedByName").value("Hanna HR"));
		call(get("/api/imports/{id}", id), this.admin).andExpect(status().isOk());
		call(delete("/api/imports/{id}", id), this.admin).andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("import-finished"));
	}

	private TaskView anOpenTask(String department) {
		String name = "Anna " + UUID.randomUUID().toString().substring(0, 6);
		NewTicket request = new NewTicket(TicketKind.JOINER,
				new NewTicket.Person(null, name, name.toLowerCase().replace(' ', '.') + "@contoso.example", null, null),
				new ManagerRef("maria.jansen@contoso.example", "Maria Jansen"), "account-manager", null,
				LocalDate.of(2027, 1, 11), WorkLocation.OFFICE, null, null, null);
		TicketView ticket = this.tickets.open(request, new Actor("aad-maria", "Maria Jansen", Channel.TEAMS), null);
		return ticket.tasks()
			.stream()
			.filter(t -> t.department().equals(department) && t.status() == TaskStatus.OPEN)
			.findFirst()
			.orElseThrow();
	}

	private ResultActions call(MockHttpServletRequestBuilder request, String token) throws Exception {
		return this.mvc.perform(request.header(HttpHeaders.AUTHORIZATION, "Bearer " + token));
	}

	static String profile() throws Exception {
		return JSON.writeValueAsString(Map.of("title", "Pilot", "aliases", List.of(), "assets", List.of(),
				"accessGroups", List.of("GG-Pilots"), "applications", List.of(), "extraTasks", List.of()));
	}

	static String application() throws Exception {
		return JSON.writeValueAsString(Map.of("name", "Tool", "federated", false, "owner",
				Map.of("kind", "DEPARTMENT", "id", "IT"), "deactivation",
				Map.of("method", "MANUAL", "reference", "https://tool.example/settings", "steps", List.of("Remove"))));
	}

}

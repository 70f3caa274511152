package io.handover.runbook;

import io.handover.testing.Surnames;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import io.handover.access.Roles;
import io.handover.audit.AuditTrail;
import io.handover.common.Actor;
import io.handover.common.Channel;
import io.handover.employee.Employee;
import io.handover.employee.EmployeeDirectory;
import io.handover.employee.NewEmployee;
import io.handover.task.TaskStatus;
import io.handover.testing.GraphStub;
import io.handover.testing.TestClock;
import io.handover.testing.TestClockConfiguration;
import io.handover.ticket.Authority;
import io.handover.ticket.ManagerRef;
import io.handover.ticket.NewTicket;
import io.handover.ticket.TaskManagement;
import io.handover.ticket.TaskView;
import io.handover.ticket.TicketKind;
import io.handover.ticket.TicketManagement;
import io.handover.ticket.TicketView;
import io.handover.ticket.WorkLocation;
import io.handover.common.InvalidInput;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.test.context.event.ApplicationEvents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Anna starts remotely on Monday 7 December as an account manager: her account, groups
 * and licence are there before she starts, her manager gets a Temporary Access Pass on
 * day one, and the laptop IT issues is registered for Windows Autopilot, assigned to her.
 */
@ExtendWith(OutputCaptureExtension.class)
class JoinerProvisioningTests extends GraphIntegrationTest {

	static final LocalDate MONDAY_7_DECEMBER = LocalDate.of(2026, 12, 7);

	static final Actor MARIEKE = new Actor("marieke-oid", "Marieke Jansen", Channel.TEAMS);

	/** IT staff by their token's role. */
	static final Actor IT_JOOST = Actor.person("0c5a3b4e-1d2f-4a6b-8c9d-00000000105e", "joost@contoso.example",
			"Joost (IT)", Channel.API, Set.of(Roles.IT));

	@Autowired
	DirectorySchedule schedule;

	@Autowired
	JoinerProvisioning joiners;

	@Autowired
	TicketManagement tickets;

	@Autowired
	TaskManagement tasks;

	@Autowired
	AuditTrail audit;

	@Autowired
	TestClock clock;

	@Autowired
	EmployeeDirectory employees;

	@Autowired
	ApplicationEvents events;

	@Autowired
	MockMvc mvc;

	@BeforeEach
	void directory() {
		this.clock.setDay(TestClockConfiguration.TODAY);
		GRAPH.reset();
		GRAPH.addGroup("g-staff", "All Staff", null);
		GRAPH.addGroup("g-sales", "Sales", null);
		GRAPH.addGroup("g-crm", "CRM Users", null);
		GRAPH.addSku("05e9a617-0261-4cee-bb44-138d3ef5d965", "SPE_E3");
	}

	@Test
	void aRemoteJoinerIsReadyOnDayOne(CapturedOutput output) {
		String suffix = UUID.randomUUID().toString().substring(0, 6);
		String upn = "anna.devries" + suffix + "@contoso.example";
		TicketView ticket = this.tickets.open(
				new NewTicket(TicketKind.JOINER, new NewTicket.Person(null, "Anna de Vries" + suffix, upn, null, null),
						new ManagerRef("marieke.jansen@contoso.example", "Marieke Jansen"), "account-manager", null,
						MONDAY_7_DECEMBER, WorkLocation.REMOTE, "Keizersgracht 1, Amsterdam", null, null),
				MARIEKE, null);
		this.tickets.authorise(ticket.key(), Authority.MANAGER_OF_RECORD, MARIEKE, null);

		this.schedule.runDue();

		GraphStub.User anna = GRAPH.user(upn).orElseThrow();
		assertThat(GRAPH.changes()).filteredOn(c -> c.path().equals("/users"))
			.filteredOn(c -> c.json().path("userPrincipalName").asString().equals(upn))
			.singleElement()
			.satisfies(create -> {
				assertThat(create.method()).isEqualTo("POST");
				assertThat(create.json().path("usageLocation").asString()).isEqualTo("NL");
				assertThat(create.json().path("jobTitle").asString()).isEqualTo("Account Manager");
			});
		assertThat(GRAPH.group("g-staff").members).containsExactly(anna.id);
		assertThat(GRAPH.group("g-sales").members).containsExactly(anna.id);
		assertThat(GRAPH.group("g-crm").members).containsExactly(anna.id);
		assertThat(anna.licences).containsExactly("05e9a617-0261-4cee-bb44-138d3ef5d965");
		assertThat(statusOf(ticket.key(), "it.accounts.create")).isEqualTo(TaskStatus.DONE);
		assertThat(GRAPH.changes()).noneMatch(c -> c.path().contains("temporaryAccessPass"));

		// the pass is created on the start day, for the manager only
		this.clock.set(MONDAY_7_DECEMBER.atTime(7, 59).atZone(this.clock.getZone()).toInstant());
		this.schedule.runDue();
		assertThat(this.events.stream(TemporaryAccessPassCreated.class)).isEmpty();
		this.clock.set(MONDAY_7_DECEMBER.atTime(8, 0).atZone(this.clock.getZone()).toInstant());
		this.schedule.runDue();
		this.schedule.runDue();
		assertThat(this.events.stream(TemporaryAccessPassCreated.class)).singleElement().satisfies(pass -> {
			assertThat(pass.managerUpn()).isEqualTo("marieke.jansen@contoso.example");
			assertThat(pass.pass()).isEqualTo(GraphStub.SECRET_PASS);
			assertThat(pass.expiresAt()).isEqualTo(Instant.parse("2026-12-07T15:00:00Z"));
			assertThat(pass.toString()).doesNotContain(GraphStub.SECRET_PASS);
		});
		assertThat(GRAPH.changes()).filteredOn(c -> c.path().endsWith("/temporaryAccessPassMethods"))
			.singleElement()
			.satisfies(c -> assertThat(c.json().path("isUsableOnce").asBoolean()).isTrue());
		TaskView passTask = task(ticket.key(), "it.access-pass.temporary");
		// Marieke has no chat with Handover here, so the task says so
		// (AccessPassCardTests
		// delivers it)
		assertThat(passTask.status()).isEqualTo(TaskStatus.BLOCKED);
		assertThat(passTask.blockedReason())
			.startsWith(
					"Temporary Access Pass could not be delivered to Marieke Jansen (marieke.jansen@contoso.example)")
			.doesNotContain(GraphStub.SECRET_PASS);
		this.tickets.get(ticket.key())
			.tasks()
			.forEach(task -> assertThat(this.audit.historyOf("task", task.id()).toString())
				.doesNotContain(GraphStub.SECRET_PASS));
		assertThat(output.getAll()).doesNotContain(GraphStub.SECRET_PASS);

		// IT issues the laptop: it is registered for Autopilot, assigned to Anna
		String serial = "PF4" + suffix.toUpperCase();
		TaskView laptop = task(ticket.key(), "it.laptop.issue");
		this.tasks.complete(laptop.id(), Map.of("serialNumber", serial, "hardwareHash", GraphStub.hardwareHash(serial)),
				new Actor("joost-oid", "Joost (IT)", Channel.TEAMS), null);
		this.schedule.runDue();
		this.schedule.runDue();
		assertThat(GRAPH.importedAutopilotDevices()).singleElement().satisfies(device -> {
			assertThat(device).containsEntry("serialNumber", serial)
				.containsEntry("assignedUserPrincipalName", upn)
				.containsEntry("groupTag", "account-manager")
				.containsEntry("hardwareIdentifier", GraphStub.hardwareHash(serial));
		});
		assertThat(statusOf(ticket.key(), "it.device.autopilot.register")).isEqualTo(TaskStatus.DONE);
	}

	@Test
	void aRealHardwareHashIsAcceptedAndAFailedAutopilotRegistrationIsRetriedAfterItsBackOff() throws Exception {
		String suffix = UUID.randomUUID().toString().substring(0, 6);
		String upn = "anna.devries" + suffix + "@contoso.example";
		TicketView ticket = this.tickets.open(
				new NewTicket(TicketKind.JOINER, new NewTicket.Person(null, "Anna de Vries" + suffix, upn, null, null),
						new ManagerRef("marieke.jansen@contoso.example", "Marieke Jansen"), "account-manager", null,
						MONDAY_7_DECEMBER, WorkLocation.REMOTE, "Keizersgracht 1, Amsterdam", null, null),
				MARIEKE, null);
		this.tickets.authorise(ticket.key(), Authority.MANAGER_OF_RECORD, MARIEKE, null);
		this.schedule.runDue();
		TaskView laptop = task(ticket.key(), "it.laptop.issue");
		String serial = "PF5" + suffix.toUpperCase();
		// a hardware hash as Get-WindowsAutopilotInfo gives it: about 4,000 base64
		// characters, here copied with line breaks
		byte[] raw = new byte[3000];
		new java.util.Random(20).nextBytes(raw);
		String hash = java.util.Base64.getEncoder().encodeToString(raw);
		String copied = java.util.Base64.getMimeEncoder().encodeToString(raw);
		assertThat(hash).hasSize(4000);
		Actor joost = new Actor("joost-oid", "Joost (IT)", Channel.TEAMS);

		// bad input gets a clear answer and changes nothing
		assertThatThrownBy(() -> this.tasks.complete(laptop.id(),
				Map.of("serialNumber", serial, "hardwareHash", hash.substring(0, 3999)), joost, null))
			.isInstanceOf(InvalidInput.class)
			.hasMessageContaining("not base64")
			.hasMessageContaining("not a multiple of 4");
		assertThatThrownBy(() -> this.tasks.complete(laptop.id(),
				Map.of("serialNumber", serial, "hardwareHash", "<hash from the CSV>"), joost, null))
			.isInstanceOf(InvalidInput.class)
			.hasMessageContaining("only letters, digits, + and /");
		assertThatThrownBy(() -> this.tasks.complete(laptop.id(),
				Map.of("serialNumber", serial, "hardwareHash", "QUJD".repeat(2049)), joost, null))
			.isInstanceOf(InvalidInput.class)
			.hasMessageContaining("8196 characters long")
			.hasMessageContaining("at most 8192");
		assertThatThrownBy(() -> this.tasks.complete(laptop.id(),
				Map.of("serialNumber", "S".repeat(201), "hardwareHash", hash), joost, null))
			.isInstanceOf(InvalidInput.class)
			.hasMessageContaining("at most 200");
		MvcResult refused = this.mvc
			.perform(post("/api/tasks/{id}/complete", laptop.id()).contentType(MediaType.APPLICATION_JSON)
				.content("{\"inputs\":{\"serialNumber\":\"" + serial + "\",\"hardwareHash\":\"" + hash.substring(1)
						+ "\"}}"))
			.andReturn();
		assertThat(refused.getResponse().getStatus()).isEqualTo(400);
		assertThat(refused.getResponse().getContentAsString()).contains("hardwareHash").contains("not base64");
		assertThat(task(ticket.key(), "it.laptop.issue").status()).isNotEqualTo(TaskStatus.DONE);

		// Graph refuses the import once (the permission was missing)
		GRAPH.failNext("POST", "importedWindowsAutopilotDeviceIdentities", 403, null, 1, "Forbidden",
				"Application is not authorized to perform this operation.");
		this.tasks.complete(laptop.id(), Map.of("serialNumber", serial, "hardwareHash", copied), joost, null);
		this.schedule.runDue();
		TaskView register = task(ticket.key(), "it.device.autopilot.register");
		assertThat(register.status()).isEqualTo(TaskStatus.BLOCKED);
		assertThat(register.blockedReason()).contains("403")
			.contains("not authorized")
			.contains("DeviceManagementServiceConfig.ReadWrite.All");
		assertThat(register.result()).contains("Next automatic attempt");
		assertThat(GRAPH.importedAutopilotDevices()).isEmpty();

		// not before its back-off; then it is registered, hash whole and without line
		// breaks
		this.schedule.runDue();
		assertThat(GRAPH.importedAutopilotDevices()).isEmpty();
		this.clock.set(this.clock.instant().plus(java.time.Duration.ofMinutes(5)));
		this.schedule.runDue();
		assertThat(GRAPH.importedAutopilotDevices()).singleElement()
			.satisfies(device -> assertThat(device).containsEntry("serialNumber", serial)
				.containsEntry("hardwareIdentifier", hash));
		assertThat(statusOf(ticket.key(), "it.device.autopilot.register")).isEqualTo(TaskStatus.DONE);
		assertThat(ticket.tasks()).noneMatch(t -> t.kind().equals("it.device.autopilot.manual"));
	}

	@Test
	void aJoinerAnnouncedByNameIsLinkedToTheAccountTheirConventionFinds() {
		String suffix = Surnames.letters();
		String upn = "noor.visser" + suffix + "@contoso.example";
		GRAPH.addUser("oid-noor-" + suffix, upn, "Noor Visser" + suffix);
		TicketView ticket = this.tickets
			.open(new NewTicket(TicketKind.JOINER, new NewTicket.Person(null, "Noor Visser" + suffix, null, null, null),
					new ManagerRef("marieke.jansen@contoso.example", "Marieke Jansen"), "default", null,
					MONDAY_7_DECEMBER, WorkLocation.OFFICE, null, null, null), MARIEKE, null);
		assertThat(this.employees.find(ticket.employee().id()).orElseThrow().entraObjectId()).isNull();

		this.schedule.runDue();
		this.schedule.runDue();
		// the account exists already: nothing is linked or granted until IT confirms it
		assertThat(this.employees.find(ticket.employee().id()).orElseThrow().entraObjectId()).isNull();
		this.joiners.confirmExistingAccount(ticket.key(), IT_JOOST, null);

		Employee noor = this.employees.identify("oid-noor-" + suffix).orElseThrow();
		assertThat(noor.id()).isEqualTo(ticket.employee().id());
		assertThat(noor.upn()).isEqualTo(upn);
		assertThat(this.audit.historyOf("employee", noor.id())).filteredOn(e -> e.action().equals("account-linked"))
			.singleElement()
			.satisfies(linked -> assertThat(linked.actorName()).isEqualTo(IT_JOOST.name()));
		assertThat(statusOf(ticket.key(), "it.accounts.create")).isEqualTo(TaskStatus.DONE);
	}

	@Test
	void anAccountThatBelongsToAnotherEmployeeIsNotGivenToTheJoiner() {
		String suffix = Surnames.letters();
		String upn = "noor.visser" + suffix + "@contoso.example";
		GRAPH.addUser("oid-first-" + suffix, upn, "Noor Visser" + suffix);
		Employee first = this.employees
			.register(new NewEmployee("Noor Visser" + suffix, upn, "oid-first-" + suffix, null, null), MARIEKE);
		TicketView second = this.tickets
			.open(new NewTicket(TicketKind.JOINER, new NewTicket.Person(null, "Noor Visser" + suffix, null, null, null),
					new ManagerRef("marieke.jansen@contoso.example", "Marieke Jansen"), "default", null,
					MONDAY_7_DECEMBER, WorkLocation.OFFICE, null, null, null), MARIEKE, null);
		assertThat(second.employee().id()).isNotEqualTo(first.id());

		this.schedule.runDue();

		TaskView account = task(second.key(), "it.accounts.create");
		assertThat(account.status()).isEqualTo(TaskStatus.BLOCKED);
		assertThat(account.result()).contains("belongs to", first.name());
		assertThat(GRAPH.group("g-staff").members).as("the other person's account gets no groups of this joiner")
			.doesNotContain("oid-first-" + suffix);
		assertThat(this.employees.find(second.employee().id()).orElseThrow().entraObjectId()).isNull();
	}

	@Test
	void theSignInNameFollowsTheConventionWhenTheTicketGivesNone() {
		String suffix = Surnames.letters();
		this.tickets.open(new NewTicket(TicketKind.JOINER,
				new NewTicket.Person(null, "Zoë van " + suffix + "Dijk", null, null, "HR-" + suffix),
				new ManagerRef("marieke.jansen@contoso.example", "Marieke Jansen"), "default", null, MONDAY_7_DECEMBER,
				WorkLocation.OFFICE, null, null, null), MARIEKE, null);

		this.schedule.runDue();

		assertThat(GRAPH.user("zoe.van" + suffix + "dijk@contoso.example")).isPresent();
	}

	private TaskStatus statusOf(String key, String kind) {
		return task(key, kind).status();
	}

	private TaskView task(String key, String kind) {
		return LeaverRunbookTests.task(this.tickets.get(key), kind);
	}

	static List<String> kinds(TicketView ticket) {
		return ticket.tasks().stream().map(TaskView::kind).toList();
	}

}

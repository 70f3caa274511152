package io.handover.runbook;

import java.util.UUID;

import io.handover.asset.AssetRegister;
import io.handover.asset.IssueRequest;
import io.handover.common.Actor;
import io.handover.common.Channel;
import io.handover.identity.Directory;
import io.handover.task.TaskStatus;
import io.handover.testing.ApiTest;
import io.handover.testing.TestClockConfiguration;
import io.handover.ticket.Authority;
import io.handover.ticket.DeviceRetrieval;
import io.handover.ticket.ManagerRef;
import io.handover.ticket.NewTicket;
import io.handover.ticket.TaskView;
import io.handover.ticket.TicketKind;
import io.handover.ticket.TicketManagement;
import io.handover.ticket.TicketView;
import io.handover.ticket.WorkLocation;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Local mode without Graph credentials: the runbooks send nothing, and each task shows
 * "dry run" with the exact Graph requests a live run would send — and stays open.
 */
@ApiTest
@org.junit.jupiter.api.extension.ExtendWith(org.springframework.boot.test.system.OutputCaptureExtension.class)
class DryRunTests {

	static final Actor MARIEKE = new Actor("marieke-oid", "Marieke Jansen", Channel.TEAMS);

	@Autowired
	Directory directory;

	@Autowired
	LeaverRunbook leavers;

	@Autowired
	JoinerProvisioning joiners;

	@Autowired
	TicketManagement tickets;

	@Autowired
	AssetRegister assets;

	@Autowired
	org.springframework.test.web.servlet.MockMvc mvc;

	@Autowired
	AppleEnrolment apple;

	@Autowired
	io.handover.employee.EmployeeDirectory employees;

	@Autowired
	io.handover.ticket.TaskManagement tasks;

	@Autowired
	io.handover.asset.AssetImport assetImport;

	@Test
	void theLeaverRunbookRecordsTheRequestsItWouldSendAndCompletesNothing(
			org.springframework.boot.test.system.CapturedOutput output) {
		assertThat(this.directory.isDryRun()).isTrue();
		String suffix = UUID.randomUUID().toString().substring(0, 8);
		String upn = "eva.smit." + suffix + "@contoso.example";
		TicketView ticket = this.tickets.open(
				new NewTicket(TicketKind.LEAVER, new NewTicket.Person(null, "Eva Smit " + suffix, upn, null, null),
						new ManagerRef("marieke.jansen@contoso.example", "Marieke Jansen"), "account-manager", null,
						TestClockConfiguration.TODAY, WorkLocation.REMOTE, null, DeviceRetrieval.REMOTE_WIPE, null),
				MARIEKE, null);
		this.tickets.authorise(ticket.key(), Authority.MANAGER_OF_RECORD, MARIEKE, null);
		this.assets.issue(new IssueRequest(ticket.employee().id(), "laptop", "laptop-standard", "DRY" + suffix,
				ticket.key(), null), MARIEKE);

		RunbookReport report = this.leavers.run(ticket.key(), Actor.system("test"));

		TicketView after = this.tickets.get(ticket.key());
		TaskView disable = LeaverRunbookTests.task(after, "it.directory.disable");
		assertThat(disable.status()).isEqualTo(TaskStatus.OPEN);
		assertThat(disable.dryRun()).isTrue();
		assertThat(disable.result()).startsWith("Dry run")
			.contains("would send PATCH /users/" + upn
					+ " {\"@odata.type\":\"#microsoft.graph.user\",\"accountEnabled\":false}");
		TaskView groups = LeaverRunbookTests.task(after, "it.directory.groups.remove");
		assertThat(groups.result()).contains("would send DELETE /groups/<id of Sales>/members/" + upn + "/$ref")
			.contains("<id of CRM Users>")
			.contains("<id of All Staff>");
		assertThat(LeaverRunbookTests.task(after, "it.directory.sessions.revoke").result())
			.contains("would send POST /users/" + upn + "/revokeSignInSessions");
		assertThat(LeaverRunbookTests.task(after, "it.mailbox.auto-reply").result())
			.contains("would send PATCH /users/" + upn + "/mailboxSettings");
		assertThat(after.tasks())
			.filteredOn(t -> t.kind().startsWith("it.directory.") || t.kind().startsWith("it.files"))
			.filteredOn(t -> !t.kind().contains("dynamic"))
			.allSatisfy(task -> {
				assertThat(task.status()).as(task.title()).isEqualTo(TaskStatus.OPEN);
				assertThat(task.dryRun()).as(task.title()).isTrue();
			});
		assertThat(report.steps()).extracting(RunbookReport.StepReport::outcome).contains("dry run");
		assertThat(LeaverRunbookTests.task(after, "it.device.wipe.remote").title())
			.contains(("DRY" + suffix).toUpperCase());
		// issue 19: one log line per step outcome
		assertThat(output.getOut().lines().filter(line -> line.contains("Leaver runbook " + ticket.key() + " step ")))
			.anySatisfy(line -> assertThat(line).contains(" INFO ").contains("step DISABLE: dry run"))
			.anySatisfy(line -> assertThat(line).contains("step REVOKE_SESSIONS: dry run"));
	}

	@Test
	void theJoinerShowsTheAccountItWouldCreate(org.springframework.boot.test.system.CapturedOutput output) {
		String suffix = UUID.randomUUID().toString().substring(0, 8);
		String upn = "bas.smit." + suffix + "@contoso.example";
		TicketView ticket = this.tickets.open(
				new NewTicket(TicketKind.JOINER, new NewTicket.Person(null, "Bas Smit " + suffix, upn, null, null),
						new ManagerRef("marieke.jansen@contoso.example", "Marieke Jansen"), "default", null,
						TestClockConfiguration.TODAY.plusDays(21), WorkLocation.OFFICE, null, null, null),
				MARIEKE, null);

		this.joiners.run(ticket.key(), Actor.system("test"));

		TaskView account = LeaverRunbookTests.task(this.tickets.get(ticket.key()), "it.accounts.create");
		assertThat(account.status()).isEqualTo(TaskStatus.OPEN);
		assertThat(account.dryRun()).isTrue();
		assertThat(account.result()).contains("would send POST /users")
			.contains("\"userPrincipalName\":\"" + upn + "\"")
			.contains("\"password\":\"***\"")
			.contains("would send POST /groups/<id of All Staff>/members/$ref")
			.contains("would send POST /users/" + upn + "/assignLicense");
		assertThat(output.getOut()
			.lines()
			.filter(line -> line.contains("Step result on " + ticket.key() + " task " + account.id())))
			.anySatisfy(line -> assertThat(line).contains(" INFO ").contains("dry run"));
	}

	@Test
	void anImmediateDepartureRunsTheRunbookThroughTheApi() throws Exception {
		String suffix = UUID.randomUUID().toString().substring(0, 8);
		TicketView ticket = this.tickets
			.open(new NewTicket(TicketKind.LEAVER,
					new NewTicket.Person(null, "Piet Vos " + suffix, "piet.vos." + suffix + "@contoso.example", null,
							null),
					new ManagerRef("marieke.jansen@contoso.example", "Marieke Jansen"), "default", null,
					TestClockConfiguration.TODAY.plusDays(30), WorkLocation.OFFICE, null, null, null), MARIEKE, null);
		this.tickets.authorise(ticket.key(), Authority.MANAGER_OF_RECORD, MARIEKE, null);

		this.mvc.perform(post("/api/tickets/" + ticket.key() + "/leaver-runbook"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.ran").value(true))
			.andExpect(jsonPath("$.steps[0].outcome").value("dry run"));
		this.mvc.perform(post("/api/tasks/" + ticket.key() + "-1/remote-wipe-approval"))
			.andExpect(status().isNotFound());

		assertThat(this.leavers.started(ticket.key())).isTrue();
	}

	@Test
	void aJoinersMacShowsTheAppleBusinessRequestsItWouldSendAndStaysOpen() {
		String suffix = io.handover.testing.Surnames.unique();
		String serial = "C02" + suffix.toUpperCase();
		this.assetImport
			.importCsv(new java.io.StringReader("tag,type,model,serialNumber,status,location,notes,assignedTo\n" + "IT-"
					+ serial + ",laptop,MacBook Air 13-inch," + serial + ",IN_STOCK,Amsterdam,,\n"), MARIEKE);
		TicketView ticket = this.tickets.open(new NewTicket(TicketKind.JOINER,
				new NewTicket.Person(null, "Bas " + suffix, "bas." + suffix.toLowerCase() + "@contoso.example", null,
						null),
				new ManagerRef("marieke.jansen@contoso.example", "Marieke Jansen"), "default", null,
				TestClockConfiguration.TODAY.plusDays(21), WorkLocation.OFFICE, null, null, null), MARIEKE, null);
		Actor joost = Actor.person("0c5a3b4e-1d2f-4a6b-8c9d-0000000a1e01", "joost@contoso.example", "Joost (IT)",
				Channel.TEAMS);
		// IT creates the account by hand (the directory runs dry too), then issues the
		// Mac
		this.tasks.complete(LeaverRunbookTests.task(ticket, "it.accounts.create").id(), java.util.Map.of(), joost,
				null);
		this.tasks.complete(LeaverRunbookTests.task(ticket, "it.laptop.issue").id(),
				java.util.Map.of("serialNumber", serial), joost, null);

		RunbookReport report = this.apple.run(ticket.key(), Actor.system("test"));

		TaskView assign = LeaverRunbookTests.task(this.tickets.get(ticket.key()), AppleEnrolment.ASSIGN_TASK);
		assertThat(report.steps()).extracting(RunbookReport.StepReport::outcome).containsExactly("dry run");
		assertThat(assign.status()).isEqualTo(TaskStatus.OPEN);
		assertThat(assign.dryRun()).isTrue();
		assertThat(assign.result()).startsWith("Dry run (no Apple Business API account): nothing was sent.")
			.contains("would send GET /v1/orgDevices/" + serial)
			.contains("would send POST /v1/orgDeviceActivities")
			.contains("\"activityType\":\"ASSIGN_DEVICES\"")
			.contains("\"id\":\"" + serial + "\"");
		// running again sends nothing and adds nothing
		this.apple.run(ticket.key(), Actor.system("test"));
		assertThat(this.tickets.get(ticket.key()).tasks()).filteredOn(t -> t.kind().equals(AppleEnrolment.ASSIGN_TASK))
			.hasSize(1);
	}

	@Test
	void anApprovedReleaseShowsTheRequestItWouldSendAndStaysOpen() {
		Actor joost = Actor.person("0c5a3b4e-1d2f-4a6b-8c9d-0000000a1e01", "joost@contoso.example", "Joost (IT)",
				Channel.TEAMS, java.util.Set.of(io.handover.access.Roles.IT));
		Actor fenna = Actor.person("0c5a3b4e-1d2f-4a6b-8c9d-0000000a1e02", "fenna@contoso.example", "Fenna (IT)",
				Channel.TEAMS, java.util.Set.of(io.handover.access.Roles.IT));
		String suffix = io.handover.testing.Surnames.unique();
		String serial = "C02" + suffix.toUpperCase();
		io.handover.employee.Employee jan = this.employees
			.register(new io.handover.employee.NewEmployee("Jan " + suffix, null, null, "HR-" + suffix, null), joost);
		this.assets.issue(new IssueRequest(jan.id(), "laptop", "MacBook Air 13-inch", serial, null, null), joost);
		TicketView ticket = this.tickets.open(new NewTicket(TicketKind.LEAVER,
				new NewTicket.Person(jan.id(), null, null, null, null),
				new ManagerRef("marieke.jansen@contoso.example", "Marieke Jansen"), "default", null,
				TestClockConfiguration.TODAY.plusDays(30), WorkLocation.OFFICE, null, DeviceRetrieval.IN_PERSON, null),
				MARIEKE, null);
		TaskView release = this.apple.requestRelease(ticket.key(), serial, "disposed of", joost, null);

		this.apple.approveRelease(release.id(), fenna, null);

		TaskView after = this.tasks.get(release.id());
		assertThat(after.status()).isEqualTo(TaskStatus.OPEN);
		assertThat(after.dryRun()).isTrue();
		assertThat(after.result()).startsWith("Dry run (no Apple Business API account): nothing was sent.")
			.contains("would send POST /v1/orgDeviceActivities")
			.contains("RELEASE_DEVICES");
	}

}

package io.handover.runbook;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import io.handover.access.Roles;
import io.handover.audit.AuditTrail;
import io.handover.common.Actor;
import io.handover.common.Channel;
import io.handover.common.Refusal;
import io.handover.profile.ProfileDraft;
import io.handover.profile.ProfileManagement;
import io.handover.task.TaskStatus;
import io.handover.testing.GraphStub;
import io.handover.testing.TestClock;
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
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

/**
 * Jan leaves: the runbook disables, signs out, removes memberships and licences, sets the
 * automatic reply, shares the files, retires his own phone and — after a second staff
 * member approves — wipes the company laptop; his standalone applications become their
 * owners' tasks. Asserted at the Graph stub, request by request.
 */
class LeaverRunbookTests extends GraphIntegrationTest {

	static final Actor MARIEKE = Actor.person("marieke-oid", "marieke.jansen@contoso.example", "Marieke Jansen",
			Channel.TEAMS);

	/** IT staff, by his token's role. */
	static final Actor JOOST = Actor.person("joost-oid", "joost@contoso.example", "Joost (IT)", Channel.API,
			Set.of(Roles.IT));

	@Autowired
	LeaverRunbook runbook;

	@Autowired
	TicketManagement tickets;

	@Autowired
	ProfileManagement profiles;

	@Autowired
	AuditTrail audit;

	@Autowired
	io.handover.ticket.TaskManagement taskManagement;

	@Autowired
	TestClock clock;

	@Autowired
	ApplicationEvents events;

	String user;

	String upn;

	String profile;

	@BeforeEach
	void janWorksHere() {
		this.clock.setDay(TestClockConfiguration.TODAY);
		GRAPH.reset();
		String suffix = UUID.randomUUID().toString().substring(0, 8);
		this.user = UUID.randomUUID().toString();
		this.upn = "jan.bakker." + suffix + "@contoso.example";
		this.profile = "sales-rep-" + suffix;
		this.profiles.save(this.profile,
				new ProfileDraft("Sales Rep " + suffix, List.of(), List.of(),
						List.of("All Staff", "Sales", "CRM Users"),
						List.of("microsoft-365", "linkedin-sales-navigator", "planon"), List.of()),
				null, MARIEKE, null);
		GRAPH.addUser(this.user, this.upn, "Jan Bakker");
		GRAPH.addGroup("g-staff", "All Staff", null, this.user);
		GRAPH.addGroup("g-sales", "Sales", null, this.user);
		GRAPH.addGroup("g-crm", "CRM Users", null, this.user);
		GRAPH.addGroup("g-amsterdam", "Amsterdam office", "user.city -eq \"Amsterdam\"", this.user);
		GRAPH.addSku("6fd2c87f-b296-42f0-b197-1e91e994b900", "ENTERPRISEPACK");
		GRAPH.addSku("f30db892-07e9-47e9-837c-80727f46fd3d", "FLOW_FREE");
		GRAPH.user(this.user).orElseThrow().licences
			.addAll(List.of("6fd2c87f-b296-42f0-b197-1e91e994b900", "f30db892-07e9-47e9-837c-80727f46fd3d"));
		GRAPH.addDevice("dev-laptop", this.user, "LAPTOP-JB01", "PF3ABC12", "Windows", true);
		GRAPH.addDevice("dev-phone", this.user, "iPhone van Jan", "F2LXK9", "iOS", false);
	}

	TicketView leaves(LocalDate lastDay) {
		TicketView ticket = this.tickets.open(new NewTicket(TicketKind.LEAVER,
				new NewTicket.Person(null, "Jan Bakker " + this.upn.substring(11, 19), this.upn, null, null),
				new ManagerRef("marieke.jansen@contoso.example", "Marieke Jansen"), this.profile, null, lastDay,
				WorkLocation.REMOTE, null, DeviceRetrieval.REMOTE_WIPE, null), MARIEKE, null);
		// Marieke is Jan's manager of record: the runbook needs no second approval
		return this.tickets.authorise(ticket.key(), Authority.MANAGER_OF_RECORD, MARIEKE, null);
	}

	@Test
	void theRunbookSendsExactlyTheExpectedRequestsInOrder() {
		TicketView ticket = leaves(TestClockConfiguration.TODAY);

		RunbookReport report = this.runbook.run(ticket.key(), Actor.system("test"));

		String u = this.user;
		String g = "\"@odata.type\":\"#microsoft.graph.user\"";
		List<String> sent = GRAPH.changes()
			.stream()
			.map(c -> c.method() + " " + c.path() + (c.body() != null ? " " + c.body() : ""))
			.toList();
		// first the account is disabled, then signed out; the rest is independent and
		// goes
		// out at the same time, so in any order — the group removals in the order of
		// their batch
		assertThat(sent.subList(0, 2)).containsExactly("PATCH /users/" + u + " {" + g + ",\"accountEnabled\":false}",
				"POST /users/" + u + "/revokeSignInSessions");
		assertThat(sent.subList(2, sent.size())).containsExactlyInAnyOrder(
				"DELETE /groups/g-staff/members/" + u + "/$ref", "DELETE /groups/g-sales/members/" + u + "/$ref",
				"DELETE /groups/g-crm/members/" + u + "/$ref",
				"POST /users/" + u + "/assignLicense {\"addLicenses\":[],\"removeLicenses\":["
						+ "\"6fd2c87f-b296-42f0-b197-1e91e994b900\",\"f30db892-07e9-47e9-837c-80727f46fd3d\"]}",
				"PATCH /users/" + u + "/mailboxSettings {\"automaticRepliesSetting\":{\"externalAudience\":\"all\","
						+ "\"externalReplyMessage\":\"" + ticket.employee().name()
						+ " no longer works here. For anything that was theirs, please contact "
						+ "marieke.jansen@contoso.example.\",\"internalReplyMessage\":\"" + ticket.employee().name()
						+ " no longer works here. For anything that was theirs, please contact "
						+ "marieke.jansen@contoso.example.\",\"status\":\"alwaysEnabled\"}}",
				"POST /drives/drive-" + u + "/items/root/invite {\"recipients\":[{\"email\":"
						+ "\"marieke.jansen@contoso.example\"}],\"requireSignIn\":true,"
						+ "\"retainInheritedPermissions\":false,\"roles\":[\"write\"],\"sendInvitation\":false}",
				"POST /deviceManagement/managedDevices/dev-phone/retire");
		assertThat(sent.stream().filter(line -> line.startsWith("DELETE"))).containsExactly(
				"DELETE /groups/g-staff/members/" + u + "/$ref", "DELETE /groups/g-sales/members/" + u + "/$ref",
				"DELETE /groups/g-crm/members/" + u + "/$ref");
		assertThat(GRAPH.calls().stream().filter(c -> c.path().equals("/$batch")).count())
			.as("the three removals went out in one batch")
			.isEqualTo(1);
		assertThat(GRAPH.calls()).allMatch(GraphStub.Call::authorized);
		assertThat(GRAPH.user(u).orElseThrow().accountEnabled).isFalse();
		assertThat(GRAPH.group("g-amsterdam").members).as("a dynamic group is not touched").contains(u);

		TicketView after = this.tickets.get(ticket.key());
		assertThat(statusOf(after, "it.directory.disable")).isEqualTo(TaskStatus.DONE);
		assertThat(statusOf(after, "it.directory.sessions.revoke")).isEqualTo(TaskStatus.DONE);
		assertThat(statusOf(after, "it.directory.groups.remove")).isEqualTo(TaskStatus.DONE);
		assertThat(statusOf(after, "it.directory.licences.remove")).isEqualTo(TaskStatus.DONE);
		assertThat(statusOf(after, "it.mailbox.auto-reply")).isEqualTo(TaskStatus.DONE);
		assertThat(statusOf(after, "it.files.delegate")).isEqualTo(TaskStatus.DONE);
		assertThat(statusOf(after, "it.device.retire")).isEqualTo(TaskStatus.DONE);
		assertThat(statusOf(after, "it.accounts.revoke")).as("the catalogue's umbrella task")
			.isEqualTo(TaskStatus.DONE);
		TaskView dynamic = task(after, "it.directory.dynamic-group.change");
		assertThat(dynamic.status()).isEqualTo(TaskStatus.OPEN);
		assertThat(dynamic.title()).contains("Amsterdam office");
		assertThat(dynamic.notes()).contains("user.city -eq \"Amsterdam\"");
		TaskView mailbox = task(after, "it.mailbox.handover");
		assertThat(mailbox.status()).as("converting to a shared mailbox is for a person").isEqualTo(TaskStatus.OPEN);
		assertThat(mailbox.result()).contains("Exchange Online PowerShell");
		assertThat(task(after, "it.directory.disable").result()).contains("sent PATCH /users/" + u);
		TaskView wipe = task(after, "it.device.wipe.remote");
		assertThat(wipe.status()).isEqualTo(TaskStatus.BLOCKED);
		assertThat(wipe.blockedReason()).contains("second staff member");
		assertThat(this.events.stream(RemoteWipeAwaitingApproval.class)).anySatisfy(e -> {
			assertThat(e.taskId()).isEqualTo(wipe.id());
			assertThat(e.device()).isEqualTo("LAPTOP-JB01 (PF3ABC12)");
		});
		List<TaskView> owners = after.tasks().stream().filter(t -> t.kind().equals("it.application.revoke")).toList();
		assertThat(owners).extracting(TaskView::subject, TaskView::department)
			.containsExactlyInAnyOrder(tuple("linkedin-sales-navigator", "IT"), tuple("planon", "FM"));
		assertThat(owners.stream()
			.filter(t -> t.subject().equals("linkedin-sales-navigator"))
			.findFirst()
			.orElseThrow()
			.assignee()
			.id()).as("a person owns it: their task").isEqualTo("marieke.jansen@contoso.example");
		assertThat(report.steps()).extracting(RunbookReport.StepReport::outcome)
			.contains("done", "for a person", "waiting for a second approval");

		// the wipe goes out only after a second staff member approves it
		assertThatThrownBy(() -> this.runbook.approveRemoteWipe(wipe.id(), MARIEKE)).isInstanceOf(Refusal.class)
			.hasMessageContaining("second staff member");
		assertThat(GRAPH.changes()).noneMatch(c -> c.path().endsWith("/wipe"));
		this.runbook.approveRemoteWipe(wipe.id(), JOOST);
		assertThat(GRAPH.changes().get(GRAPH.changes().size() - 1)).satisfies(c -> {
			assertThat(c.method() + " " + c.path()).isEqualTo("POST /deviceManagement/managedDevices/dev-laptop/wipe");
			assertThat(c.json().path("keepUserData").asBoolean(true)).isFalse();
		});
		TaskView wiped = this.tickets.get(ticket.key())
			.tasks()
			.stream()
			.filter(t -> t.id().equals(wipe.id()))
			.findFirst()
			.orElseThrow();
		assertThat(wiped.status()).isEqualTo(TaskStatus.DONE);
		assertThat(wiped.completedBy().name()).isEqualTo("Joost (IT)");
	}

	@Test
	void runningTheRunbookTwiceSendsNoSecondDisableOrWipe() {
		TicketView ticket = leaves(TestClockConfiguration.TODAY);
		this.runbook.run(ticket.key(), Actor.system("test"));
		String wipe = task(this.tickets.get(ticket.key()), "it.device.wipe.remote").id();
		this.runbook.approveRemoteWipe(wipe, JOOST);
		int sent = GRAPH.changes().size();

		RunbookReport again = this.runbook.run(ticket.key(), Actor.system("test"));
		RunbookReport approvedAgain = this.runbook.approveRemoteWipe(wipe, JOOST);

		assertThat(GRAPH.changes()).hasSize(sent);
		assertThat(GRAPH.succeeded("PATCH", "/users/" + this.user)).isEqualTo(1);
		assertThat(GRAPH.succeeded("POST", "/deviceManagement/managedDevices/dev-laptop/wipe")).isEqualTo(1);
		assertThat(again.steps())
			.filteredOn(s -> !s.outcome().equals("for a person") && !s.outcome().startsWith("for the owner"))
			.extracting(RunbookReport.StepReport::outcome)
			.containsOnly("already done");
		assertThat(approvedAgain.steps().get(0).outcome()).startsWith("already done");
	}

	@Test
	void anApplicationConfirmedClosedBeforeTheLastDayDoesNotStopTheRunbook() {
		// found by the "nothing left behind" simulation: the owner's confirmation came in
		// early, and handing the task to the owner on the last day refused a closed task,
		// which stopped the whole runbook with the account still enabled
		TicketView ticket = leaves(TestClockConfiguration.TODAY);
		TaskView linkedIn = ticket.tasks()
			.stream()
			.filter(t -> "it.application.revoke".equals(t.kind()) && "linkedin-sales-navigator".equals(t.subject()))
			.findFirst()
			.orElseThrow();
		this.taskManagement.markNotNeeded(linkedIn.id(), "Closed by the owner last week", MARIEKE, null);

		this.runbook.run(ticket.key(), Actor.system("test"));

		TicketView after = this.tickets.get(ticket.key());
		assertThat(statusOf(after, "it.directory.disable")).isEqualTo(TaskStatus.DONE);
		assertThat(GRAPH.user(this.user).orElseThrow().accountEnabled).isFalse();
		assertThat(after.tasks()).filteredOn(t -> t.id().equals(linkedIn.id()))
			.singleElement()
			.satisfies(t -> assertThat(t.status()).isEqualTo(TaskStatus.NOT_NEEDED));
	}

	@Test
	void aRefusedStepIsBlockedWithGraphsWordsAndTheRestGoesOn() {
		GRAPH.failNext("PATCH", "/mailboxSettings$", 403, null, 1, "ErrorAccessDenied",
				"Access is denied. Check credentials and try again.");
		TicketView ticket = leaves(TestClockConfiguration.TODAY);

		this.runbook.run(ticket.key(), Actor.system("test"));

		TicketView after = this.tickets.get(ticket.key());
		TaskView replies = task(after, "it.mailbox.auto-reply");
		assertThat(replies.status()).isEqualTo(TaskStatus.BLOCKED);
		assertThat(replies.blockedReason())
			.startsWith("Microsoft Graph: 403 ErrorAccessDenied: Access is denied. Check credentials and try again.")
			.as("what to grant")
			.contains("MailboxSettings.ReadWrite");
		for (String done : List.of("it.directory.disable", "it.directory.sessions.revoke", "it.directory.groups.remove",
				"it.directory.licences.remove", "it.files.delegate", "it.device.retire")) {
			assertThat(statusOf(after, done)).as(done).isEqualTo(TaskStatus.DONE);
		}

		// once the permission is fixed, running it again finishes the blocked step only
		int sent = GRAPH.changes().size();
		this.runbook.run(ticket.key(), Actor.system("test"));
		assertThat(statusOf(this.tickets.get(ticket.key()), "it.mailbox.auto-reply")).isEqualTo(TaskStatus.DONE);
		assertThat(GRAPH.changes().subList(sent, GRAPH.changes().size())).extracting(GraphStub.Call::path)
			.containsExactly("/users/" + this.user + "/mailboxSettings");
	}

	@Test
	void aRefusedReadOfTheDevicesFailsOnlyTheDeviceStepAndTheAccountIsStillDisabled() {
		// what a deployment gets that has not granted
		// DeviceManagementManagedDevices.Read.All
		GRAPH.failNext("GET", "/managedDevices", 403, null, 1, "Authorization_RequestDenied",
				"Insufficient privileges to complete the operation.");
		TicketView ticket = leaves(TestClockConfiguration.TODAY);

		RunbookReport report = this.runbook.run(ticket.key(), Actor.system("test"));

		assertThat(GRAPH.user(this.user).orElseThrow().accountEnabled).as("the account is disabled all the same")
			.isFalse();
		TicketView after = this.tickets.get(ticket.key());
		for (String done : List.of("it.directory.disable", "it.directory.sessions.revoke", "it.directory.groups.remove",
				"it.directory.licences.remove", "it.mailbox.auto-reply", "it.files.delegate")) {
			assertThat(statusOf(after, done)).as(done).isEqualTo(TaskStatus.DONE);
		}
		TaskView devices = task(after, "it.device.leaver");
		assertThat(devices.status()).isEqualTo(TaskStatus.BLOCKED);
		assertThat(devices.blockedReason())
			.contains("403 Authorization_RequestDenied: Insufficient privileges to complete the operation.")
			.contains("DeviceManagementManagedDevices.Read.All");
		assertThat(devices.result()).contains("Waiting for the fix").contains("Retry now");
		assertThat(report.steps()).filteredOn(s -> s.taskId().equals(devices.id()))
			.extracting(RunbookReport.StepReport::outcome)
			.singleElement()
			.asString()
			.startsWith("blocked: ");
		assertThat(GRAPH.changes()).noneMatch(c -> c.path().startsWith("/deviceManagement/"));

		// the permission is granted: the next run reads the devices, plans and sends
		// their
		// steps, and sends nothing twice
		int disabled = (int) GRAPH.succeeded("PATCH", "/users/" + this.user);
		this.runbook.run(ticket.key(), Actor.system("test"));

		TicketView fixed = this.tickets.get(ticket.key());
		assertThat(statusOf(fixed, "it.device.leaver")).isEqualTo(TaskStatus.DONE);
		assertThat(task(fixed, "it.device.leaver").result()).contains("LAPTOP-JB01").contains("iPhone van Jan");
		assertThat(statusOf(fixed, "it.device.retire")).isEqualTo(TaskStatus.DONE);
		assertThat(GRAPH.succeeded("POST", "/deviceManagement/managedDevices/dev-phone/retire")).isEqualTo(1);
		assertThat(task(fixed, "it.device.wipe.remote").blockedReason()).contains("second staff member");
		assertThat(GRAPH.succeeded("PATCH", "/users/" + this.user)).isEqualTo(disabled).isEqualTo(1);
	}

	@Test
	void aLicenceInheritedFromAGroupIsLeftToTheMembershipRemoval() {
		// ENTERPRISEPACK comes with membership of All Staff; FLOW_FREE is assigned
		// directly
		GRAPH.user(this.user).orElseThrow().groupLicences.put("6fd2c87f-b296-42f0-b197-1e91e994b900", "g-staff");
		GRAPH.user(this.user).orElseThrow().licences.remove("6fd2c87f-b296-42f0-b197-1e91e994b900");
		TicketView ticket = leaves(TestClockConfiguration.TODAY);

		this.runbook.run(ticket.key(), Actor.system("test"));

		TicketView after = this.tickets.get(ticket.key());
		assertThat(statusOf(after, "it.directory.licences.remove")).isEqualTo(TaskStatus.DONE);
		assertThat(GRAPH.changes()).filteredOn(c -> c.path().endsWith("/assignLicense"))
			.extracting(GraphStub.Call::body)
			.containsExactly("{\"addLicenses\":[],\"removeLicenses\":[\"f30db892-07e9-47e9-837c-80727f46fd3d\"]}");
		TaskView groups = task(after, "it.directory.groups.remove");
		assertThat(groups.status()).isEqualTo(TaskStatus.DONE);
		assertThat(groups.notes()).contains("ENTERPRISEPACK").contains("All Staff");
		assertThat(GRAPH.group("g-staff").members).doesNotContain(this.user);
		assertThat(GRAPH.user(this.user).orElseThrow().groupLicences).as("it went with the membership").isEmpty();
	}

	@Test
	void throttlingAndAnOutageAreRiddenOutAndEachOperationArrivesOnce() {
		GRAPH.failNext("PATCH", "^/users/[^/]+$", 429, 1, 1, "TooManyRequests", "Too many requests");
		GRAPH.failNext("PATCH", "^/users/[^/]+$", 503, 1, 1, "ServiceUnavailable", "Service unavailable");
		GRAPH.failNext("DELETE", "^/groups/g-sales/", 429, 1, 1, "TooManyRequests", "Too many requests");
		TicketView ticket = leaves(TestClockConfiguration.TODAY);

		this.runbook.run(ticket.key(), Actor.system("test"));

		TicketView after = this.tickets.get(ticket.key());
		assertThat(after.tasks()).filteredOn(t -> t.kind().startsWith("it.directory.") && !t.kind().contains("dynamic"))
			.extracting(TaskView::status)
			.containsOnly(TaskStatus.DONE);
		assertThat(GRAPH.calls().stream().filter(c -> c.status() == 429 || c.status() == 503).count()).isEqualTo(3);
		for (GraphStub.Call change : GRAPH.changes().stream().filter(c -> c.status() < 300).toList()) {
			assertThat(GRAPH.succeeded(change.method(), change.path())).as(change.toString()).isEqualTo(1);
		}
		assertThat(GRAPH.succeeded("PATCH", "/users/" + this.user)).isEqualTo(1);
		assertThat(GRAPH.succeeded("DELETE", "/groups/g-sales/members/" + this.user + "/$ref")).isEqualTo(1);
	}

	@Test
	void theGraphSecretNeverReachesTheAuditTrailOrTheTasks() {
		TicketView ticket = leaves(TestClockConfiguration.TODAY);
		this.runbook.run(ticket.key(), Actor.system("test"));

		TicketView after = this.tickets.get(ticket.key());
		assertThat(after.toString()).doesNotContain("s3cret-value").doesNotContain("stub-access-token");
		after.tasks()
			.forEach(task -> assertThat(this.audit.historyOf("task", task.id()).toString())
				.doesNotContain("s3cret-value")
				.doesNotContain("Bearer"));
	}

	static TaskStatus statusOf(TicketView ticket, String kind) {
		return task(ticket, kind).status();
	}

	static TaskView task(TicketView ticket, String kind) {
		return ticket.tasks()
			.stream()
			.filter(t -> t.kind().equals(kind))
			.findFirst()
			.orElseThrow(() -> new AssertionError(
					"no task " + kind + " in " + ticket.tasks().stream().map(TaskView::kind).toList()));
	}

}

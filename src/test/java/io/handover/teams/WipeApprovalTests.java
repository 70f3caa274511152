package io.handover.teams;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import tools.jackson.databind.JsonNode;
import io.handover.audit.AuditEntry;
import io.handover.audit.AuditTrail;
import io.handover.common.Actor;
import io.handover.common.Channel;
import io.handover.runbook.LeaverRunbook;
import io.handover.task.TaskStatus;
import io.handover.testing.ConnectorStub;
import io.handover.testing.ConnectorStub.Call;
import io.handover.testing.ConnectorStub.Kind;
import io.handover.testing.ConnectorStub.Member;
import io.handover.testing.IsolatedTests;
import io.handover.testing.LiveDirectoryTest;
import io.handover.testing.TeamsActivity;
import io.handover.testing.TestClock;
import io.handover.testing.TestClockConfiguration;
import io.handover.ticket.Authority;
import io.handover.ticket.DeviceRetrieval;
import io.handover.ticket.ManagerRef;
import io.handover.ticket.NewTicket;
import io.handover.ticket.TaskManagement;
import io.handover.ticket.TaskView;
import io.handover.ticket.TicketKind;
import io.handover.ticket.TicketManagement;
import io.handover.ticket.TicketView;
import io.handover.ticket.WorkLocation;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Jan leaves and his laptop is not coming back: Peter of IT asked for a remote wipe, so
 * IT's card offers "Approve wipe" — and only a second IT staff member can approve it.
 * Fenna approves: the wipe goes out once, and the card shows it for everyone.
 */
@IsolatedTests
class WipeApprovalTests extends LiveDirectoryTest {

	static final Member PETER = TeamSetup.member("Peter de Boer");

	static final Member FENNA = TeamSetup.member("Fenna Smit");

	static final Member OLGA = TeamSetup.member("Olga Buiten");

	static final Member JOOST = TeamSetup.member("Joost Visser");

	static final Actor HANNA = Actor.person("a0000000-0000-4000-8000-0000000000a1", "hanna@contoso.example",
			"Hanna (HR)", Channel.TEAMS);

	@Autowired
	MockMvc mvc;

	@Autowired
	TicketManagement tickets;

	@Autowired
	TaskManagement tasks;

	@Autowired
	LeaverRunbook runbook;

	@Autowired
	AuditTrail audit;

	@Autowired
	OutboxDispatcher dispatcher;

	@Autowired
	TestClock clock;

	ConnectorStub connector = ConnectorStub.shared();

	BotConversation bot;

	TeamSetup team;

	DepartmentChannel it;

	String laptop;

	TicketView ticket;

	TaskView wipe;

	@BeforeEach
	void janLeavesAndHisLaptopIsToBeWiped() throws Exception {
		this.clock.setDay(TestClockConfiguration.TODAY);
		this.connector.reset();
		this.bot = new BotConversation(this.mvc, this.connector);
		this.team = new TeamSetup(this.bot, this.connector).withStaff(PETER, FENNA, JOOST);
		this.it = DepartmentChannel.it(this.team);
		GRAPH.reset();
		String suffix = UUID.randomUUID().toString().substring(0, 8);
		String user = UUID.randomUUID().toString();
		String upn = "jan.bakker." + suffix + "@contoso.example";
		this.laptop = "dev-laptop-" + suffix;
		GRAPH.addUser(user, upn, "Jan Bakker");
		GRAPH.addDevice(this.laptop, user, "LAPTOP-JB01", "PF3" + suffix, "Windows", true);
		this.ticket = this.tickets.open(
				new NewTicket(TicketKind.LEAVER, new NewTicket.Person(null, "Jan Bakker " + suffix, upn, null, null),
						new ManagerRef("marieke.jansen@contoso.example", "Marieke Jansen"), "account-manager", null,
						TestClockConfiguration.TODAY, WorkLocation.REMOTE, null, DeviceRetrieval.REMOTE_WIPE, null),
				Actor.person(PETER.aadObjectId(), null, PETER.name(), Channel.TEAMS), null);
		this.tickets.authorise(this.ticket.key(), Authority.HR, HANNA, null);
		this.runbook.run(this.ticket.key(), Actor.system("test"));
		this.wipe = this.tickets.get(this.ticket.key())
			.tasks()
			.stream()
			.filter(t -> t.kind().equals("it.device.wipe.remote"))
			.findFirst()
			.orElseThrow();
		this.dispatcher.drain();
	}

	@Test
	void itsCardOffersApproveWipeWhileTheWipeWaits() {
		assertThat(this.wipe.status()).isEqualTo(TaskStatus.BLOCKED);
		String message = itCard().postedId();
		JsonNode card = this.connector.calls(Kind.UPDATE, this.team.general)
			.stream()
			.filter(c -> message.equals(c.activityId()))
			.reduce((first, last) -> last)
			.orElse(itCard())
			.cards()
			.get(0);
		assertThat(approveButtons(card)).containsExactly(this.wipe.id());
		assertThat(card.toString()).contains("Waiting for a second staff member to approve the remote wipe");
	}

	@Test
	void someoneOutsideItAndThePersonWhoAskedForTheWipeAreRefusedAndNothingIsSent() throws Exception {
		JsonNode olga = this.bot.invoke(approve(OLGA));
		JsonNode peter = this.bot.invoke(approve(PETER));

		assertThat(olga.path("value").toString()).contains("Only IT staff can approve a remote wipe")
			.contains("Nothing was changed");
		assertThat(peter.path("value").toString())
			.contains("Peter de Boer asked for this remote wipe; a second staff member must approve it");
		assertThat(GRAPH.changes()).noneMatch(c -> c.path().endsWith("/wipe"));
		assertThat(this.tasks.get(this.wipe.id()).status()).isEqualTo(TaskStatus.BLOCKED);
		assertThat(this.audit.historyOf("task", this.wipe.id())).filteredOn(e -> e.action().equals("refused"))
			.extracting(AuditEntry::actorName)
			.containsExactly(OLGA.name(), PETER.name());
		assertThat(approveButtons(this.bot.invoke(refresh(FENNA)).path("value"))).containsExactly(this.wipe.id());
	}

	@Test
	void aSecondItStaffMemberApprovesTheWipeGoesOutOnceAndTheCardShowsIt() throws Exception {
		String itMessage = itCard().postedId();
		String before = statusSeenBy(FENNA);

		JsonNode answer = this.bot.invoke(approve(FENNA));
		JsonNode again = this.bot.invoke(approve(FENNA));

		assertThat(answer.path("statusCode").asInt()).isEqualTo(200);
		assertThat(approveButtons(answer.path("value"))).isEmpty();
		assertThat(answer.path("value").toString()).contains("Fenna Smit");
		assertThat(again.path("statusCode").asInt()).isEqualTo(200);
		assertThat(GRAPH.changes()).filteredOn(c -> c.path().endsWith("/wipe"))
			.extracting(c -> c.method() + " " + c.path())
			.containsExactly("POST /deviceManagement/managedDevices/" + this.laptop + "/wipe");
		TaskView wiped = this.tasks.get(this.wipe.id());
		assertThat(wiped.status()).isEqualTo(TaskStatus.DONE);
		assertThat(wiped.completedBy().name()).isEqualTo("Fenna Smit");

		// the channel message is updated in place, for everyone
		this.dispatcher.drain();
		List<Call> updates = this.connector.calls(Kind.UPDATE, this.team.general)
			.stream()
			.filter(c -> itMessage.equals(c.activityId()))
			.toList();
		assertThat(updates).isNotEmpty();
		JsonNode updated = updates.get(updates.size() - 1).cards().get(0);
		assertThat(approveButtons(updated)).isEmpty();
		assertThat(updated.toString()).contains("Fenna Smit");
		// and the status card counts the wipe as done
		assertThat(statusSeenBy(FENNA)).isNotEqualTo(before);
		assertThat(doneOf(statusSeenBy(FENNA))).isEqualTo(doneOf(before) + 1);
	}

	@Test
	void twoApprovalsAtTheSameMomentSendOneWipe() throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(2);
		List<Callable<JsonNode>> clicks = List.of(() -> this.bot.invoke(approve(FENNA)),
				() -> this.bot.invoke(approve(FENNA)));
		List<Future<JsonNode>> answers = pool.invokeAll(clicks);
		pool.shutdown();

		for (Future<JsonNode> answer : answers) {
			assertThat(answer.get().path("statusCode").asInt()).isEqualTo(200);
		}
		assertThat(GRAPH.succeeded("POST", "/deviceManagement/managedDevices/" + this.laptop + "/wipe")).isEqualTo(1);
		assertThat(this.tasks.get(this.wipe.id()).status()).isEqualTo(TaskStatus.DONE);
	}

	@Test
	void theRequesterInAnotherLetterCaseOrThroughAnotherChannelIsStillTheRequester() throws Exception {
		Member shouting = new Member(PETER.id(), PETER.aadObjectId().toUpperCase(), PETER.name(), PETER.email());

		JsonNode peter = this.bot.invoke(approve(shouting));

		assertThat(peter.path("value").toString()).contains("Peter de Boer asked for this remote wipe");
		// Fenna asks for a wipe by e-mail: in Teams she is the same person
		String suffix = UUID.randomUUID().toString().substring(0, 8);
		String user = UUID.randomUUID().toString();
		String upn = "eva.smit." + suffix + "@contoso.example";
		GRAPH.addUser(user, upn, "Eva Smit");
		GRAPH.addDevice("dev-eva-" + suffix, user, "LAPTOP-ES01", "PF4" + suffix, "Windows", true);
		TicketView eva = this.tickets.open(
				new NewTicket(TicketKind.LEAVER, new NewTicket.Person(null, "Eva Smit " + suffix, upn, null, null),
						new ManagerRef("marieke.jansen@contoso.example", "Marieke Jansen"), "account-manager", null,
						TestClockConfiguration.TODAY, WorkLocation.REMOTE, null, DeviceRetrieval.REMOTE_WIPE, null),
				Actor.person(FENNA.aadObjectId(), FENNA.email(), FENNA.name(), Channel.EMAIL), null);
		this.tickets.authorise(eva.key(), Authority.HR, HANNA, null);
		this.runbook.run(eva.key(), Actor.system("test"));
		TaskView evasWipe = this.tickets.get(eva.key())
			.tasks()
			.stream()
			.filter(t -> t.kind().equals("it.device.wipe.remote"))
			.findFirst()
			.orElseThrow();
		JsonNode fenna = this.bot.invoke(this.it.click("wipe.approve", eva.key(), evasWipe.id(), FENNA));

		assertThat(fenna.path("value").toString()).contains("Fenna Smit asked for this remote wipe");
		assertThat(GRAPH.changes()).noneMatch(c -> c.path().endsWith("/wipe"));
		assertThat(this.audit.historyOf("task", evasWipe.id())).filteredOn(e -> e.action().equals("refused"))
			.singleElement()
			.satisfies(refused -> assertThat(refused.changes().toString()).contains("Fenna Smit").contains("email"));
	}

	@Test
	void aLeaverRunbookNotAuthorisedByHrOrTheManagerWaitsOnItsCardForASecondItPerson() throws Exception {
		String suffix = UUID.randomUUID().toString().substring(0, 8);
		String user = UUID.randomUUID().toString();
		String upn = "bas.kok." + suffix + "@contoso.example";
		GRAPH.addUser(user, upn, "Bas Kok");
		TicketView bas = this.tickets.open(
				new NewTicket(TicketKind.LEAVER, new NewTicket.Person(null, "Bas Kok " + suffix, upn, null, null),
						new ManagerRef("marieke.jansen@contoso.example", "Marieke Jansen"), "account-manager", null,
						TestClockConfiguration.TODAY, WorkLocation.REMOTE, null, DeviceRetrieval.IN_PERSON, null),
				Actor.person(PETER.aadObjectId(), PETER.email(), PETER.name(), Channel.TEAMS), null);
		// Fenna starts it (e.g. through the API): it waits, nothing is disabled
		this.runbook.run(bas.key(), Actor.person(FENNA.aadObjectId(), FENNA.email(), FENNA.name(), Channel.API));
		this.dispatcher.drain();
		assertThat(GRAPH.changes()).as("nothing sent for Bas").noneMatch(c -> c.path().contains(user));
		JsonNode card = this.bot.invoke(this.it.refreshTaskCard(bas.key(), JOOST)).path("value");
		assertThat(card.toString()).contains("Waiting for a second IT approval");
		List<String> approve = DepartmentChannel.buttons(card, "runbook.approve");
		assertThat(approve).hasSize(1);
		Map<String, String> data = Map.of("taskId", approve.get(0), "ticketKey", bas.key(), "departmentKey", "IT");

		JsonNode peter = this.bot.invoke(this.it.click("runbook.approve", data, PETER));
		JsonNode fenna = this.bot.invoke(this.it.click("runbook.approve", data, FENNA));
		JsonNode olga = this.bot.invoke(this.it.click("runbook.approve", data, OLGA));

		assertThat(peter.path("value").toString()).contains("Peter de Boer asked for this leaver runbook");
		assertThat(fenna.path("value").toString()).contains("Fenna Smit started this runbook");
		assertThat(olga.path("value").toString()).contains("Only IT staff can approve a leaver runbook");
		assertThat(GRAPH.changes()).as("nothing sent for Bas").noneMatch(c -> c.path().contains(user));

		JsonNode joost = this.bot.invoke(this.it.click("runbook.approve", data, JOOST));

		assertThat(joost.path("statusCode").asInt()).isEqualTo(200);
		assertThat(joost.path("value").toString()).doesNotContain("runbook.approve");
		assertThat(GRAPH.succeeded("PATCH", "/users/" + user)).isEqualTo(1);
		assertThat(this.audit.historyOf("ticket", bas.key())).filteredOn(e -> e.action().equals("refused"))
			.extracting(AuditEntry::actorName)
			.containsExactly(PETER.name(), FENNA.name(), OLGA.name());
		assertThat(this.audit.historyOf("ticket", bas.key())).filteredOn(e -> e.action().equals("runbook-approved"))
			.singleElement()
			.satisfies(approved -> assertThat(approved.changes().toString()).contains(PETER.name())
				.contains(FENNA.name()));
	}

	@Test
	void aStepGraphRefusedOffersRetryNowOnItsCardToItStaffOnlyAndTheRetryIsAudited() throws Exception {
		String suffix = UUID.randomUUID().toString().substring(0, 8);
		String user = UUID.randomUUID().toString();
		String upn = "bas.kok." + suffix + "@contoso.example";
		GRAPH.addUser(user, upn, "Bas Kok");
		TicketView bas = this.tickets.open(
				new NewTicket(TicketKind.LEAVER, new NewTicket.Person(null, "Bas Kok " + suffix, upn, null, null),
						new ManagerRef("marieke.jansen@contoso.example", "Marieke Jansen"), "account-manager", null,
						TestClockConfiguration.TODAY, WorkLocation.REMOTE, null, DeviceRetrieval.IN_PERSON, null),
				HANNA, null);
		this.tickets.authorise(bas.key(), Authority.HR, HANNA, null);
		GRAPH.failNext("GET", "/managedDevices", 403, null, 1, "Authorization_RequestDenied",
				"Insufficient privileges to complete the operation.");
		this.runbook.run(bas.key(), Actor.system("schedule"));
		this.dispatcher.drain();
		assertThat(GRAPH.user(user).orElseThrow().accountEnabled).isFalse();

		JsonNode card = this.bot.invoke(this.it.refreshTaskCard(bas.key(), JOOST)).path("value");
		assertThat(card.toString()).contains("Insufficient privileges to complete the operation.")
			.contains("DeviceManagementManagedDevices.Read.All");
		List<String> retry = DepartmentChannel.buttons(card, "runbook.retry");
		assertThat(retry).as("one failed step: the devices").hasSize(1);
		Map<String, String> data = Map.of("taskId", retry.get(0), "ticketKey", bas.key(), "departmentKey", "IT");

		JsonNode olga = this.bot.invoke(this.it.click("runbook.retry", data, OLGA));
		assertThat(olga.path("value").toString()).contains("Only IT staff");
		assertThat(GRAPH.calls()).as("nothing read again")
			.filteredOn(c -> c.path().contains(user + "/managedDevices"))
			.hasSize(1);

		// the permission is granted: Joost does not wait for the back-off
		JsonNode joost = this.bot.invoke(this.it.click("runbook.retry", data, JOOST));

		assertThat(joost.path("statusCode").asInt()).isEqualTo(200);
		assertThat(joost.path("value").toString()).doesNotContain("runbook.retry");
		TaskView devices = this.tickets.get(bas.key())
			.tasks()
			.stream()
			.filter(t -> t.id().equals(retry.get(0)))
			.findFirst()
			.orElseThrow();
		assertThat(devices.status()).isEqualTo(TaskStatus.DONE);
		assertThat(devices.result()).contains("No managed devices");
		assertThat(GRAPH.succeeded("PATCH", "/users/" + user)).as("nothing sent twice").isEqualTo(1);
		assertThat(this.audit.historyOf("ticket", bas.key())).filteredOn(e -> e.action().equals("refused"))
			.extracting(AuditEntry::actorName)
			.containsExactly(OLGA.name());
		assertThat(this.audit.historyOf("ticket", bas.key())).filteredOn(e -> e.action().equals("runbook-retried"))
			.extracting(AuditEntry::actorName)
			.containsExactly(JOOST.name());
	}

	private TeamsActivity approve(Member who) {
		return this.it.click("wipe.approve", this.ticket.key(), this.wipe.id(), who);
	}

	private TeamsActivity refresh(Member who) {
		return this.it.refreshTaskCard(this.ticket.key(), who);
	}

	/** IT's progress line on the ticket's status card, as a staff member sees it. */
	private String statusSeenBy(Member who) throws Exception {
		JsonNode card = this.bot
			.invoke(this.it.click("refresh", Map.of("card", "ticket.status", "ticketKey", this.ticket.key()), who))
			.path("value");
		String text = card.toString();
		int it = text.indexOf("\"IT\"");
		assertThat(it).as("IT on the status card").isGreaterThanOrEqualTo(0);
		java.util.regex.Matcher progress = java.util.regex.Pattern.compile("(\\d+) of (\\d+) done")
			.matcher(text.substring(it));
		assertThat(progress.find()).isTrue();
		return progress.group();
	}

	private static int doneOf(String progress) {
		return Integer.parseInt(progress.substring(0, progress.indexOf(' ')));
	}

	private Call itCard() {
		return this.connector.calls(Kind.SEND, this.team.general)
			.stream()
			.filter(c -> !c.cards().isEmpty() && c.cards().get(0).toString().contains(this.ticket.key()))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no IT card for " + this.ticket.key()));
	}

	/** The task ids the card's "Approve wipe" buttons are for. */
	private static List<String> approveButtons(JsonNode card) {
		return DepartmentChannel.buttons(card, "wipe.approve");
	}

}

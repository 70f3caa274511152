package io.handover.teams;

import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import io.handover.asset.AssetRegister;
import io.handover.asset.IssueRequest;
import io.handover.audit.AuditEntry;
import io.handover.audit.AuditTrail;
import io.handover.common.Actor;
import io.handover.common.Channel;
import io.handover.employee.Employee;
import io.handover.employee.EmployeeDirectory;
import io.handover.employee.NewEmployee;
import io.handover.runbook.AppleEnrolment;
import io.handover.task.TaskStatus;
import io.handover.testing.ConnectorStub;
import io.handover.testing.ConnectorStub.Member;
import io.handover.testing.LiveDirectoryTest;
import io.handover.testing.Surnames;
import io.handover.testing.TeamsActivity;
import io.handover.testing.TestClock;
import io.handover.testing.TestClockConfiguration;
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
 * Jan leaves and buys his MacBook: Peter of IT asks to release it from Apple Business, so
 * IT's card offers "Approve release from Apple Business" — and, as for a remote wipe,
 * only a second IT staff member can approve it. Fenna approves: the release goes to Apple
 * once, and the card shows it done.
 */
class AppleReleaseApprovalTests extends LiveDirectoryTest {

	static final Member PETER = TeamSetup.member("Peter de Boer");

	static final Member FENNA = TeamSetup.member("Fenna Smit");

	static final Member OLGA = TeamSetup.member("Olga Buiten");

	@Autowired
	MockMvc mvc;

	@Autowired
	TicketManagement tickets;

	@Autowired
	TaskManagement tasks;

	@Autowired
	AppleEnrolment apple;

	@Autowired
	AssetRegister assets;

	@Autowired
	EmployeeDirectory employees;

	@Autowired
	AuditTrail audit;

	@Autowired
	OutboxDispatcher dispatcher;

	@Autowired
	TestClock clock;

	ConnectorStub connector = ConnectorStub.shared();

	BotConversation bot;

	TeamSetup team;

	TicketView ticket;

	TaskView release;

	String serial;

	@BeforeEach
	void janLeavesAndBuysHisMac() throws Exception {
		this.clock.setDay(TestClockConfiguration.TODAY);
		APPLE.now(this.clock::instant);
		APPLE.resetRecord();
		this.connector.reset();
		this.bot = new BotConversation(this.mvc, this.connector);
		this.team = new TeamSetup(this.bot, this.connector).withStaff(PETER, FENNA);
		Actor peter = Actor.person(PETER.aadObjectId(), PETER.email(), PETER.name(), Channel.TEAMS);
		Employee jan = this.employees
			.register(new NewEmployee("Jan " + Surnames.unique(), null, null, "HR-" + Surnames.unique(), null), peter);
		this.serial = "C02" + Surnames.unique().toUpperCase();
		APPLE.addDevice(this.serial, "Mac", "MacBook Air 13-inch");
		APPLE.assignInPortal(this.serial, INTUNE_IN_APPLE_BUSINESS);
		this.assets.issue(new IssueRequest(jan.id(), "laptop", "MacBook Air 13-inch", this.serial, null, null), peter);
		this.ticket = this.tickets.open(new NewTicket(TicketKind.LEAVER,
				new NewTicket.Person(jan.id(), null, null, null, null),
				new ManagerRef("marieke.jansen@contoso.example", "Marieke Jansen"), "account-manager", null,
				TestClockConfiguration.TODAY.plusDays(14), WorkLocation.OFFICE, null, DeviceRetrieval.IN_PERSON, null),
				new Actor("marieke-oid", "Marieke Jansen", Channel.TEAMS), null);
		this.release = this.apple.requestRelease(this.ticket.key(), this.serial, "sold to Jan", peter, null);
		this.dispatcher.drain();
	}

	@Test
	void itsCardOffersApproveReleaseWhileTheReleaseWaits() throws Exception {
		assertThat(this.release.status()).isEqualTo(TaskStatus.BLOCKED);
		JsonNode card = this.bot.invoke(refresh(FENNA)).path("value");

		assertThat(approveButtons(card)).containsExactly(this.release.id());
		assertThat(card.toString()).contains("Waiting for a second IT staff member to approve releasing");
	}

	@Test
	void someoneOutsideItAndThePersonWhoAskedAreRefusedAndNothingIsSent() throws Exception {
		JsonNode olga = this.bot.invoke(approve(OLGA));
		JsonNode peter = this.bot.invoke(approve(PETER));

		assertThat(olga.path("value").toString()).contains("Only IT staff can approve releasing an Apple device")
			.contains("Nothing was changed");
		assertThat(peter.path("value").toString())
			.contains("Peter de Boer asked for this release; a second IT staff member must approve it");
		assertThat(APPLE.activitiesPosted()).isEmpty();
		assertThat(APPLE.owns(this.serial)).isTrue();
		assertThat(this.tasks.get(this.release.id()).status()).isEqualTo(TaskStatus.BLOCKED);
		assertThat(this.audit.historyOf("task", this.release.id())).filteredOn(e -> e.action().equals("refused"))
			.extracting(AuditEntry::actorName)
			.containsExactly(OLGA.name(), PETER.name());
	}

	@Test
	void aSecondItStaffMemberApprovesAndTheReleaseGoesToAppleOnce() throws Exception {
		JsonNode answer = this.bot.invoke(approve(FENNA));
		JsonNode again = this.bot.invoke(approve(FENNA));

		assertThat(answer.path("statusCode").asInt()).isEqualTo(200);
		assertThat(again.path("statusCode").asInt()).isEqualTo(200);
		assertThat(approveButtons(answer.path("value"))).isEmpty();
		assertThat(APPLE.activitiesPosted()).singleElement()
			.satisfies(activity -> assertThat(activity.at("/data/attributes/activityType").asString())
				.isEqualTo("RELEASE_DEVICES"));
		assertThat(APPLE.owns(this.serial)).isFalse();
		TaskView released = this.tasks.get(this.release.id());
		assertThat(released.status()).isEqualTo(TaskStatus.DONE);
		assertThat(released.completedBy().name()).isEqualTo("Fenna Smit");
		assertThat(this.audit.historyOf("task", this.release.id()))
			.filteredOn(e -> e.action().equals("release-approved"))
			.extracting(AuditEntry::actorName)
			.containsExactly("Fenna Smit");
	}

	@Test
	void itAsksOnTheCollectTaskOfTheLeaversMacWithTheReasonAndOnlyItMayAsk() throws Exception {
		Actor peter = Actor.person(PETER.aadObjectId(), PETER.email(), PETER.name(), Channel.TEAMS);
		Employee eva = this.employees
			.register(new NewEmployee("Eva " + Surnames.unique(), null, null, "HR-" + Surnames.unique(), null), peter);
		String mac = "C02" + Surnames.unique().toUpperCase();
		APPLE.addDevice(mac, "Mac", "MacBook Pro 14-inch");
		this.assets.issue(new IssueRequest(eva.id(), "laptop", "MacBook Pro 14-inch", mac, null, null), peter);
		TicketView evas = this.tickets.open(new NewTicket(TicketKind.LEAVER,
				new NewTicket.Person(eva.id(), null, null, null, null),
				new ManagerRef("marieke.jansen@contoso.example", "Marieke Jansen"), "account-manager", null,
				TestClockConfiguration.TODAY.plusDays(14), WorkLocation.OFFICE, null, DeviceRetrieval.IN_PERSON, null),
				new Actor("marieke-oid", "Marieke Jansen", Channel.TEAMS), null);
		TaskView collect = this.tickets.get(evas.key())
			.tasks()
			.stream()
			.filter(t -> t.kind().equals("it.laptop.collect"))
			.findFirst()
			.orElseThrow();
		Map<String, String> ask = Map.of("taskId", collect.id(), "ticketKey", evas.key(), "departmentKey", "IT",
				"why-" + collect.id(), "sold to Eva");
		assertThat(verbs(this.bot
			.invoke(inGeneral("refresh",
					Map.of("card", "task.department", "ticketKey", evas.key(), "departmentKey", "IT"), FENNA))
			.path("value"), "apple-release.request")).containsExactly(collect.id());

		JsonNode olga = this.bot.invoke(inGeneral("apple-release.request", ask, OLGA));
		assertThat(olga.path("value").toString()).contains("Only IT staff can ask to release an Apple device");
		assertThat(this.tickets.get(evas.key()).tasks()).noneMatch(t -> t.kind().equals("it.device.apple.release"));

		JsonNode asked = this.bot.invoke(inGeneral("apple-release.request", ask, PETER));

		TaskView release = this.tickets.get(evas.key())
			.tasks()
			.stream()
			.filter(t -> t.kind().equals("it.device.apple.release"))
			.findFirst()
			.orElseThrow();
		assertThat(release.title())
			.isEqualTo("Release MacBook Pro 14-inch " + mac + " from Apple Business (sold to Eva)");
		assertThat(release.status()).isEqualTo(TaskStatus.BLOCKED);
		assertThat(verbs(asked.path("value"), "apple-release.request")).isEmpty();
		assertThat(verbs(asked.path("value"), "apple-release.approve")).containsExactly(release.id());
		assertThat(APPLE.activitiesPosted()).isEmpty();
		assertThat(this.audit.historyOf("task", release.id())).filteredOn(e -> e.action().equals("release-requested"))
			.extracting(AuditEntry::actorName)
			.containsExactly(PETER.name());
	}

	private static List<String> verbs(JsonNode card, String verb) {
		return card.findParents("verb")
			.stream()
			.filter(action -> action.path("verb").asString().equals(verb))
			.map(action -> action.path("data").path("taskId").asString())
			.toList();
	}

	private TeamsActivity approve(Member who) {
		return inGeneral("apple-release.approve",
				Map.of("taskId", this.release.id(), "ticketKey", this.ticket.key(), "departmentKey", "IT"), who);
	}

	private TeamsActivity refresh(Member who) {
		return inGeneral("refresh",
				Map.of("card", "task.department", "ticketKey", this.ticket.key(), "departmentKey", "IT"), who);
	}

	private TeamsActivity inGeneral(String verb, Map<String, String> data, Member who) {
		TeamsActivity click = TeamsActivity.cardAction(verb, data).from(who.id(), who.aadObjectId(), who.name());
		click.node().withObjectProperty("conversation").put("conversationType", "channel").put("id", this.team.general);
		return click;
	}

	/** The task ids the card's "Approve release" buttons are for. */
	private static List<String> approveButtons(JsonNode card) {
		return card.findParents("verb")
			.stream()
			.filter(action -> action.path("verb").asString().equals("apple-release.approve"))
			.map(action -> action.path("data").path("taskId").asString())
			.toList();
	}

}

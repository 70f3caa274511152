package io.handover.teams;

import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import io.handover.asset.AssetRegister;
import io.handover.audit.AuditEntry;
import io.handover.audit.AuditTrail;
import io.handover.common.Actor;
import io.handover.common.Channel;
import io.handover.employee.EmployeeDirectory;
import io.handover.runbook.AppleEnrolment;
import io.handover.runbook.MacLeavers;
import io.handover.runbook.MacLeavers.MacLeaver;
import io.handover.task.TaskStatus;
import io.handover.testing.ConnectorStub;
import io.handover.testing.ConnectorStub.Member;
import io.handover.testing.LiveDirectoryTest;
import io.handover.testing.TeamsActivity;
import io.handover.testing.TestClock;
import io.handover.testing.TestClockConfiguration;
import io.handover.testing.IsolatedTests;
import io.handover.ticket.TaskManagement;
import io.handover.ticket.TaskView;
import io.handover.ticket.TicketManagement;
import io.handover.ticket.TicketView;
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
@IsolatedTests
class AppleReleaseApprovalTests extends LiveDirectoryTest {

	static final Member PETER = TeamSetup.member("Peter de Boer");

	static final Member FENNA = TeamSetup.member("Fenna Smit");

	static final Member OLGA = TeamSetup.member("Olga Buiten");

	/** Jan's manager, who opened his leaver ticket. */
	static final Actor MARIEKE = new Actor("marieke-oid", "Marieke Jansen", Channel.TEAMS);

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

	DepartmentChannel it;

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
		this.it = DepartmentChannel.it(this.team);
		Actor peter = Actor.person(PETER.aadObjectId(), PETER.email(), PETER.name(), Channel.TEAMS);
		MacLeaver jan = leavers().leaves("Jan", "MacBook Air 13-inch", INTUNE_IN_APPLE_BUSINESS,
				TestClockConfiguration.TODAY.plusDays(14), peter, MARIEKE);
		this.serial = jan.serial();
		this.ticket = jan.ticket();
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
		MacLeaver eva = leavers().leaves("Eva", "MacBook Pro 14-inch", null, TestClockConfiguration.TODAY.plusDays(14),
				peter, MARIEKE);
		TicketView evas = eva.ticket();
		String mac = eva.serial();
		TaskView collect = this.tickets.get(evas.key())
			.tasks()
			.stream()
			.filter(t -> t.kind().equals("it.laptop.collect"))
			.findFirst()
			.orElseThrow();
		Map<String, String> ask = Map.of("taskId", collect.id(), "ticketKey", evas.key(), "departmentKey", "IT",
				"why-" + collect.id(), "sold to Eva");
		assertThat(DepartmentChannel.buttons(this.bot.invoke(this.it.refreshTaskCard(evas.key(), FENNA)).path("value"),
				"apple-release.request"))
			.containsExactly(collect.id());

		JsonNode olga = this.bot.invoke(this.it.click("apple-release.request", ask, OLGA));
		assertThat(olga.path("value").toString()).contains("Only IT staff can ask to release an Apple device");
		assertThat(this.tickets.get(evas.key()).tasks()).noneMatch(t -> t.kind().equals("it.device.apple.release"));

		JsonNode asked = this.bot.invoke(this.it.click("apple-release.request", ask, PETER));

		TaskView release = this.tickets.get(evas.key())
			.tasks()
			.stream()
			.filter(t -> t.kind().equals("it.device.apple.release"))
			.findFirst()
			.orElseThrow();
		assertThat(release.title())
			.isEqualTo("Release MacBook Pro 14-inch " + mac + " from Apple Business (sold to Eva)");
		assertThat(release.status()).isEqualTo(TaskStatus.BLOCKED);
		assertThat(DepartmentChannel.buttons(asked.path("value"), "apple-release.request")).isEmpty();
		assertThat(DepartmentChannel.buttons(asked.path("value"), "apple-release.approve"))
			.containsExactly(release.id());
		assertThat(APPLE.activitiesPosted()).isEmpty();
		assertThat(this.audit.historyOf("task", release.id())).filteredOn(e -> e.action().equals("release-requested"))
			.extracting(AuditEntry::actorName)
			.containsExactly(PETER.name());
	}

	private TeamsActivity approve(Member who) {
		return this.it.click("apple-release.approve", this.ticket.key(), this.release.id(), who);
	}

	private TeamsActivity refresh(Member who) {
		return this.it.refreshTaskCard(this.ticket.key(), who);
	}

	/** The task ids the card's "Approve release" buttons are for. */
	private static List<String> approveButtons(JsonNode card) {
		return DepartmentChannel.buttons(card, "apple-release.approve");
	}

	private MacLeavers leavers() {
		return new MacLeavers(APPLE, this.employees, this.assets, this.tickets);
	}

}

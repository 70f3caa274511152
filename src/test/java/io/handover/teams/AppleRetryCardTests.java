package io.handover.teams;

import java.util.List;

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
 * Jan leaves and buys his MacBook; Peter of IT asks to release it and Fenna approves, but
 * Apple Business fails the release activity. IT's card shows Apple's reason with "Retry
 * now": someone outside IT is refused and nothing is sent again; Fenna retries from the
 * card and the release goes through.
 */
@IsolatedTests
class AppleRetryCardTests extends LiveDirectoryTest {

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
	void appleFailsTheReleaseOfJansMac() throws Exception {
		this.clock.setDay(TestClockConfiguration.TODAY);
		APPLE.now(this.clock::instant);
		APPLE.resetRecord();
		this.connector.reset();
		this.bot = new BotConversation(this.mvc, this.connector);
		this.team = new TeamSetup(this.bot, this.connector).withStaff(PETER, FENNA);
		this.it = DepartmentChannel.it(this.team);
		Actor peter = Actor.person(PETER.aadObjectId(), PETER.email(), PETER.name(), Channel.TEAMS);
		Actor fenna = Actor.person(FENNA.aadObjectId(), FENNA.email(), FENNA.name(), Channel.TEAMS);
		MacLeaver jan = leavers().leaves("Jan", "MacBook Air 13-inch", INTUNE_IN_APPLE_BUSINESS,
				TestClockConfiguration.TODAY.plusDays(14), peter, MARIEKE);
		this.serial = jan.serial();
		this.ticket = jan.ticket();
		this.release = this.apple.requestRelease(this.ticket.key(), this.serial, "sold to Jan", peter, null);
		APPLE.failNextActivityFor(this.serial, "The device is being transferred to another organisation");
		this.apple.approveRelease(this.release.id(), fenna, null);
		this.dispatcher.drain();
	}

	@Test
	void itsCardShowsApplesReasonWithRetryNow() throws Exception {
		TaskView failed = this.tasks.get(this.release.id());
		assertThat(failed.status()).isEqualTo(TaskStatus.BLOCKED);
		assertThat(failed.blockedReason()).startsWith("Apple Business: ").contains("being transferred");

		JsonNode card = this.bot.invoke(refresh(FENNA)).path("value");

		assertThat(retryButtons(card)).containsExactly(this.release.id());
		assertThat(card.toString()).contains("being transferred");
		assertThat(APPLE.owns(this.serial)).isTrue();
	}

	@Test
	void someoneOutsideItIsRefusedAndNothingIsSentAgain() throws Exception {
		JsonNode olga = this.bot.invoke(retry(OLGA));

		assertThat(olga.path("value").toString()).contains("Only IT staff or an Administrator can retry")
			.contains("Nothing was changed");
		assertThat(APPLE.activitiesPosted()).hasSize(1);
		assertThat(APPLE.owns(this.serial)).isTrue();
		assertThat(this.tasks.get(this.release.id()).status()).isEqualTo(TaskStatus.BLOCKED);
		assertThat(this.audit.historyOf("task", this.release.id())).filteredOn(e -> e.action().equals("refused"))
			.extracting(AuditEntry::actorName)
			.containsExactly(OLGA.name());
	}

	@Test
	void itRetriesFromTheCardAndTheReleaseGoesThroughOnce() throws Exception {
		JsonNode answer = this.bot.invoke(retry(FENNA));
		JsonNode again = this.bot.invoke(retry(FENNA));

		assertThat(answer.path("statusCode").asInt()).isEqualTo(200);
		assertThat(again.path("statusCode").asInt()).isEqualTo(200);
		assertThat(retryButtons(answer.path("value"))).isEmpty();
		assertThat(APPLE.activitiesPosted()).hasSize(2)
			.allSatisfy(activity -> assertThat(activity.at("/data/attributes/activityType").asString())
				.isEqualTo("RELEASE_DEVICES"));
		assertThat(APPLE.owns(this.serial)).isFalse();
		assertThat(this.tasks.get(this.release.id()).status()).isEqualTo(TaskStatus.DONE);
		assertThat(this.audit.historyOf("task", this.release.id()))
			.filteredOn(e -> e.action().equals("apple-business-retried"))
			.extracting(AuditEntry::actorName)
			.containsExactly(FENNA.name());
	}

	private TeamsActivity retry(Member who) {
		return this.it.click("apple-business.retry", this.ticket.key(), this.release.id(), who);
	}

	private TeamsActivity refresh(Member who) {
		return this.it.refreshTaskCard(this.ticket.key(), who);
	}

	/** The task ids the card's "Retry now" buttons are for. */
	private static List<String> retryButtons(JsonNode card) {
		return DepartmentChannel.buttons(card, "apple-business.retry");
	}

	private MacLeavers leavers() {
		return new MacLeavers(APPLE, this.employees, this.assets, this.tickets);
	}

}

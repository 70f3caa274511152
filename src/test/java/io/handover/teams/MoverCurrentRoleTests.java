package io.handover.teams;

import java.util.Map;

import tools.jackson.databind.JsonNode;
import io.handover.common.Actor;
import io.handover.employee.EmployeeDirectory;
import io.handover.employee.NewEmployee;
import io.handover.testing.BotTest;
import io.handover.testing.ConnectorStub;
import io.handover.testing.TeamsActivity;
import io.handover.testing.TestClock;
import io.handover.testing.TestClockConfiguration;
import io.handover.ticket.TicketManagement;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static io.handover.teams.IntakeChat.inputs;
import static io.handover.teams.IntakeChat.notes;
import static io.handover.teams.IntakeChat.ticketKey;
import static io.handover.teams.IntakeChat.unique;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 18: a manager announces a role change without saying the old role; the form takes
 * the current role from the register (the person's last starter or role-change ticket). A
 * message that names an old role the register contradicts keeps what was written, with a
 * note next to the field, never silently.
 */
@BotTest
class MoverCurrentRoleTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TicketManagement tickets;

	@Autowired
	EmployeeDirectory employees;

	@Autowired
	TestClock clock;

	ConnectorStub connector = ConnectorStub.shared();

	IntakeChat chat;

	String piet;

	@BeforeEach
	void setUp() throws Exception {
		this.connector.reset();
		this.clock.setDay(TestClockConfiguration.TODAY);
		this.chat = new IntakeChat(new BotConversation(this.mvc, this.connector), this.connector);
		this.piet = unique("Piet Jansen");
		AnnouncementTests.registerMaria(this.employees);
		this.employees.register(
				new NewEmployee(this.piet, AnnouncementTests.upn(this.piet), null, null, AnnouncementTests.MARIA_UPN),
				Actor.system("test"));
	}

	/** Piet became an account manager on 1 December: the register's role for him. */
	private void pietBecomesAccountManager() throws Exception {
		JsonNode form = this.chat.say(this.piet + " goes from care worker to account manager on 1 December");
		assertThat(inputs(form)).containsEntry("currentRoleProfile", "care-worker")
			.containsEntry("newRoleProfile", "account-manager");
		JsonNode status = this.chat.submit(form, Map.of());
		assertThat(this.tickets.get(ticketKey(status)).profile()).isEqualTo("account-manager");
	}

	/**
	 * The form for a second role change while Piet's first is still open: that one's
	 * status card comes first (a second open role change would be refused on submit).
	 */
	private JsonNode formAfterTheOpenChange(TeamsActivity message) throws Exception {
		java.util.List<JsonNode> cards = this.chat.sayAll(message);
		assertThat(cards).hasSize(2);
		assertThat(IntakeChat.text(cards.get(0))).contains("Account Manager");
		return cards.get(1);
	}

	@Test
	void theNextRoleChangeStartsFromTheRoleTheRegisterHolds() throws Exception {
		pietBecomesAccountManager();

		JsonNode form = formAfterTheOpenChange(
				TeamsActivity.personalMessage(this.piet + " becomes software engineer on 4 January"));

		assertThat(inputs(form)).containsEntry("employeeName", this.piet)
			.containsEntry("currentRoleProfile", "account-manager")
			.containsEntry("newRoleProfile", "software-engineer")
			.containsEntry("effectiveDate", "2027-01-04");
		assertThat(notes(form)).doesNotContainKey("currentRoleProfile");
	}

	@Test
	void inDutchTooTheCurrentRoleComesFromTheRegister() throws Exception {
		pietBecomesAccountManager();

		JsonNode form = formAfterTheOpenChange(
				TeamsActivity.personalMessage(this.piet + " wordt per 4 januari softwareontwikkelaar").locale("en-US"));

		assertThat(inputs(form)).containsEntry("currentRoleProfile", "account-manager")
			.containsEntry("newRoleProfile", "software-engineer");
	}

	@Test
	void anOldRoleTheRegisterContradictsStaysAsWrittenWithANote() throws Exception {
		pietBecomesAccountManager();

		JsonNode form = formAfterTheOpenChange(
				TeamsActivity.personalMessage(this.piet + " moves from care worker to software engineer on 4 January"));

		assertThat(inputs(form)).containsEntry("currentRoleProfile", "care-worker");
		assertThat(notes(form).get("currentRoleProfile")).contains("Account Manager").contains("Care Worker");
	}

	@Test
	void aRoleChangeStillAheadCountsFromItsDate() throws Exception {
		// Piet becomes an account manager on 1 December; a change announced for before
		// then starts from the role he has until that day.
		pietBecomesAccountManager();

		JsonNode form = formAfterTheOpenChange(
				TeamsActivity.personalMessage(this.piet + " becomes software engineer on 27 November"));

		assertThat(inputs(form)).containsEntry("currentRoleProfile", "care-worker");
	}

	@Test
	void someoneTheRegisterHasNoRoleForGetsAnEmptyCurrentRoleAndNoNote() throws Exception {
		JsonNode form = this.chat.say(this.piet + " becomes software engineer on 4 January");

		assertThat(inputs(form)).containsEntry("currentRoleProfile", "");
		assertThat(notes(form)).doesNotContainKey("currentRoleProfile");
	}

	@Test
	void aNameTheRegisterDoesNotKnowPrefillsNothingFromIt() throws Exception {
		pietBecomesAccountManager();
		String stranger = unique("Kees Bos");

		JsonNode form = this.chat.say(stranger + " becomes software engineer on 4 January");

		assertThat(inputs(form)).containsEntry("employeeName", stranger).containsEntry("currentRoleProfile", "");
		assertThat(notes(form)).doesNotContainKey("currentRoleProfile");
	}

	@Test
	void twoPeopleOfTheSameNamePrefillNothingFromTheRegister() throws Exception {
		pietBecomesAccountManager();
		this.employees.register(new NewEmployee(this.piet, "second." + AnnouncementTests.upn(this.piet), null, null,
				AnnouncementTests.MARIA_UPN), Actor.system("test"));

		JsonNode form = this.chat.say(this.piet + " becomes software engineer on 4 January");

		assertThat(inputs(form)).containsEntry("currentRoleProfile", "");
	}

}

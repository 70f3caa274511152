package io.handover.teams;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import tools.jackson.databind.JsonNode;
import io.handover.testing.BotTest;
import io.handover.testing.ConnectorStub;
import io.handover.testing.ConnectorStub.Member;
import io.handover.testing.TeamsActivity;
import io.handover.testing.TestClock;
import io.handover.testing.TestClockConfiguration;
import io.handover.ticket.TicketManagement;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static io.handover.teams.IntakeChat.text;
import static io.handover.teams.IntakeChat.ticketKey;
import static io.handover.teams.IntakeChat.unique;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * J6: {@code status JML-0042} and {@code my tickets}. The person who announced a ticket,
 * its manager and department staff see its status; anyone else is refused.
 */
@BotTest
class StatusTests {

	static final String TEAM = "19:status-it-team@thread.tacv2";

	@Autowired
	MockMvc mvc;

	@Autowired
	TicketManagement tickets;

	@Autowired
	TestClock clock;

	@Autowired
	io.handover.employee.EmployeeDirectory employees;

	ConnectorStub connector = ConnectorStub.shared();

	BotConversation bot;

	IntakeChat chat;

	@BeforeEach
	void setUp() throws Exception {
		this.connector.reset();
		this.clock.setDay(TestClockConfiguration.TODAY);
		this.bot = new BotConversation(this.mvc, this.connector);
		this.chat = new IntakeChat(this.bot, this.connector);
		IntakeChat.linkStaff(this.bot, this.connector, TEAM, "IT",
				new Member("29:status-peter", "aad-status-peter", "Peter de Groot", "peter@contoso.example"));
	}

	@AfterEach
	void resetClock() {
		this.clock.setDay(TestClockConfiguration.TODAY);
	}

	@Test
	void theManagerSeesProgressPerDepartmentAndWhatIsOverdue() throws Exception {
		TeamsActivity as = manager();
		String key = announceStarter(as);

		JsonNode status = this.chat.say(message(as, "status " + key));

		assertThat(ticketKey(status)).isEqualTo(key);
		assertThat(text(status)).contains("Progress per department", "IT", "Facility Management")
			.doesNotContain("Overdue");

		this.clock.setDay(LocalDate.of(2026, 12, 7));
		JsonNode later = this.chat.say(message(as, "Status " + key.toLowerCase()));

		assertThat(text(later)).contains("Overdue")
			.containsPattern("(IT|Facility Management|Human Resources): .+ \\(due");
	}

	@Test
	void departmentStaffSeeAnyTicket() throws Exception {
		String key = announceStarter(manager());

		JsonNode status = this.chat.say(TeamsActivity.personalMessage("status " + key)
			.conversation("a:personal-status-peter")
			.from("29:status-peter", "aad-status-peter", "Peter de Groot"));

		assertThat(ticketKey(status)).isEqualTo(key);
	}

	@Test
	void theManagerNamedOnTheFormSeesTheTicketToo() throws Exception {
		String kees = "kees." + UUID.randomUUID().toString().substring(0, 6) + "@contoso.example";
		TeamsActivity announcer = manager();
		JsonNode form = this.chat.say(message(announcer, unique("Anna de Vries") + " starts on 7 December as sales"));
		String chatWithKees = "a:personal-" + kees;
		this.connector.roster(chatWithKees, List.of(new Member("29:kees", "aad-" + kees, "Kees", kees)));
		// Someone else's new report is a request: Kees, the manager named, confirms it.
		String requestId = HrDesk.requestId(text(this.chat.submit(form, Map.of("manager", kees))));
		JsonNode confirmed = this.chat.bot()
			.invoke(TeamsActivity.cardAction(TicketRequestActions.CONFIRM, Map.of("requestId", requestId))
				.conversation(chatWithKees)
				.from("29:kees", "aad-" + kees, "Kees"));
		String key = ticketKey(confirmed.path("value"));
		assertThat(this.tickets.get(key).manager().upn()).isEqualTo(kees);

		JsonNode status = this.chat.say(TeamsActivity.personalMessage("status " + key)
			.conversation(chatWithKees)
			.from("29:kees", "aad-" + kees, "Kees"));

		assertThat(ticketKey(status)).isEqualTo(key);
	}

	@Test
	void anyoneElseIsRefused() throws Exception {
		String key = announceStarter(manager());

		JsonNode refusal = this.chat.say(TeamsActivity.personalMessage("status " + key)
			.conversation("a:personal-nosy")
			.from("29:nosy", "aad-nosy-" + UUID.randomUUID(), "Nosy Parker"));

		assertThat(text(refusal)).contains("Not allowed", "Nothing was changed").doesNotContain("Progress");
	}

	@Test
	void theStatusCardRefreshesForTheManagerAndNotForOthers() throws Exception {
		TeamsActivity as = manager();
		String key = announceStarter(as);
		var from = as.node().path("from");

		JsonNode fresh = this.bot
			.invoke(TeamsActivity.cardAction("refresh", Map.of("card", "ticket.status", "ticketKey", key))
				.from(from.path("id").asString(), from.path("aadObjectId").asString(), from.path("name").asString()));
		JsonNode refused = this.bot
			.invoke(TeamsActivity.cardAction("refresh", Map.of("card", "ticket.status", "ticketKey", key))
				.from("29:nosy", "aad-nosy-" + UUID.randomUUID(), "Nosy Parker"));

		assertThat(fresh.path("value").toString()).contains(key).contains("Progress per department");
		assertThat(refused.path("value").toString()).contains("You cannot see this ticket").doesNotContain("Progress");
	}

	@Test
	void anUnknownTicketIsSaidToBeUnknown() throws Exception {
		JsonNode answer = this.chat.say("status JML-99999");

		assertThat(text(answer)).contains("There is no ticket JML-99999");
	}

	@Test
	void myTicketsListsTheOpenTicketsIAnnounced() throws Exception {
		TeamsActivity as = manager();
		JsonNode none = this.chat.say(message(as, "my tickets"));
		assertThat(text(none)).contains("You have no open tickets");

		String first = announceStarter(as);
		JsonNode one = this.chat.say(message(as, "my tickets"));
		assertThat(ticketKey(one)).as("one ticket: its status card").isEqualTo(first);

		String second = announceStarter(as);
		JsonNode two = this.chat.say(message(as, "mijn tickets").locale("nl-NL"));
		assertThat(text(two)).contains("Mijn open tickets", first, second, "nieuwe medewerker");
	}

	@Test
	void theHelpCardsMyTicketsButtonShowsThemToo() throws Exception {
		TeamsActivity as = manager();
		String key = announceStarter(as);

		TeamsActivity click = TeamsActivity.cardAction("tickets.mine", Map.of("scope", "mine"));
		click.node().set("from", as.node().get("from"));
		click.conversation(as.node().path("conversation").path("id").asString());
		JsonNode card = IntakeChat.answerCard(this.bot.invoke(click));

		assertThat(ticketKey(card)).isEqualTo(key);
	}

	/** A manager of their own, so their tickets are theirs alone. */
	/**
	 * A manager of their own: someone reports to them in the register, so they open their
	 * starters' tickets themselves.
	 */
	private TeamsActivity manager() {
		String id = UUID.randomUUID().toString().substring(0, 8);
		String upn = "marieke." + id + "@contoso.example";
		this.employees.register(
				new io.handover.employee.NewEmployee("Marieke " + id, upn, "aad-manager-" + id, null, null),
				io.handover.common.Actor.system("test"));
		this.employees.register(new io.handover.employee.NewEmployee(unique("Rik Rapport"),
				"rik." + id + "@contoso.example", null, null, upn), io.handover.common.Actor.system("test"));
		return TeamsActivity.personalMessage("help")
			.conversation("a:personal-" + id)
			.from("29:manager-" + id, "aad-manager-" + id, "Marieke " + id);
	}

	private static TeamsActivity message(TeamsActivity as, String text) {
		return TeamsActivity.personalMessage(text)
			.conversation(as.node().path("conversation").path("id").asString())
			.from(as.node().path("from").path("id").asString(), as.node().path("from").path("aadObjectId").asString(),
					as.node().path("from").path("name").asString());
	}

	private String announceStarter(TeamsActivity as) throws Exception {
		JsonNode form = this.chat.say(message(as, unique("Anna de Vries") + " starts on 7 December as sales"));
		return ticketKey(this.chat.submit(form, Map.of()));
	}

}

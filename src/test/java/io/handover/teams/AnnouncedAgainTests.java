package io.handover.teams;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

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
import static io.handover.teams.IntakeChat.text;
import static io.handover.teams.IntakeChat.ticketKey;
import static io.handover.teams.IntakeChat.unique;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A manager asks about someone they announced before ("is everything ready for Anna? She
 * starts Monday"), or announces them again: the words read as an announcement, and the
 * answer puts the open ticket's status first, with a note on the form that it exists.
 * Only someone who may see that ticket learns of it. Today is Monday 23 November 2026.
 */
@BotTest
class AnnouncedAgainTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestClock clock;

	@Autowired
	EmployeeDirectory employees;

	@Autowired
	TicketManagement tickets;

	ConnectorStub connector = ConnectorStub.shared();

	IntakeChat chat;

	/** Teams id, Entra object id and name of the manager who writes. */
	String[] manager;

	static final Actor ADMIN = Actor.system("test");

	@BeforeEach
	void setUp() {
		this.connector.reset();
		this.clock.setDay(TestClockConfiguration.TODAY);
		this.chat = new IntakeChat(new BotConversation(this.mvc, this.connector), this.connector);
		// a manager of her own in the register, with a report: she opens her own
		// starters' tickets, and no other test's chat touches her identity
		String id = UUID.randomUUID().toString();
		this.manager = new String[] { "29:marit-" + id, "aad-marit-" + id, unique("Marit Bos") };
		String upn = "marit." + id + "@contoso.example";
		this.employees.register(new NewEmployee(this.manager[2], upn, this.manager[1], null, null), ADMIN);
		this.employees.register(
				new NewEmployee(unique("Ruud Vermeer"), "ruud." + id + "@contoso.example", null, null, upn), ADMIN);
	}

	/** What the manager writes in her personal chat. */
	private TeamsActivity fromManager(String words) {
		return TeamsActivity.personalMessage(words).from(this.manager[0], this.manager[1], this.manager[2]);
	}

	@Test
	void someoneWhoMayNotSeeTheTicketGetsTheFormAloneAndLearnsNothingOfIt() throws Exception {
		String anna = unique("Anna de Vries");
		String key = announce(anna + " starts on 4 January as account manager");

		String stranger = UUID.randomUUID().toString();
		List<JsonNode> cards = this.chat.sayAll(TeamsActivity
			.personalMessage("Could you check whether everything is ready for " + anna + "? She starts on 4 January.")
			.from("29:noor-" + stranger, "aad-noor-" + stranger, "Noor Bakker"));

		assertThat(cards).hasSize(1);
		assertThat(inputs(cards.get(0))).containsEntry("employeeName", anna);
		assertThat(text(cards.get(0))).doesNotContain(key);
		assertThat(notes(cards.get(0))).doesNotContainKey("employeeName");
	}

	@Test
	void theManagerWhoAnnouncedAStarterAndAsksWhetherAllIsReadySeesItsStatusFirst() throws Exception {
		String anna = unique("Anna de Vries");
		String key = announce(anna + " starts on 4 January as account manager");

		List<JsonNode> cards = this.chat.sayAll(
				fromManager("Could you check whether everything is ready for " + anna + "? She starts on 4 January."));

		assertThat(cards).hasSize(2);
		assertThat(ticketKey(cards.get(0))).isEqualTo(key);
		assertThat(inputs(cards.get(1))).containsEntry("employeeName", anna);
		assertThat(notes(cards.get(1)).get("employeeName")).contains("announced already", key, "refused");
	}

	@Test
	void aLeaverAnnouncedAgainInDutchGetsTheStatusAndADutchNote() throws Exception {
		String piet = unique("Piet Smit");
		String key = announce(piet + " starts on 7 December as account manager");
		// the same person leaving is another kind: the starter ticket is not the answer
		List<JsonNode> first = this.chat.sayAll(fromManager(piet + " gaat op 29 januari uit dienst."));
		assertThat(first).hasSize(1);
		assertThat(text(first.get(0))).doesNotContain(key);
		String leaver = ticketKey(this.chat.submit(first.get(0), Map.of()));

		List<JsonNode> again = this.chat.sayAll(fromManager("Hoi, " + piet + " gaat op 29 januari uit dienst."));

		assertThat(again).hasSize(2);
		assertThat(ticketKey(again.get(0))).isEqualTo(leaver);
		assertThat(notes(again.get(1)).get("employeeName")).contains("al afgemeld", leaver);
	}

	@Test
	void someoneWhoIsNotTheManagerOfRecordCannotMoveTheDate() throws Exception {
		String anna = unique("Anna de Vries");
		String key = announce(anna + " starts on 4 January as account manager");

		String stranger = UUID.randomUUID().toString();
		JsonNode answer = this.chat.say(TeamsActivity.personalMessage("move " + key + " to 11 January 2027")
			.from("29:noor-" + stranger, "aad-noor-" + stranger, "Noor Bakker"));

		assertThat(text(answer)).contains("Only HR, Administrators and the manager of record");
		assertThat(this.tickets.get(key).date()).isEqualTo(LocalDate.of(2027, 1, 4));
	}

	@Test
	void theManagerWhoWritesAnotherDateMovesTheTicketWithOneClick() throws Exception {
		String anna = unique("Anna de Vries");
		String key = announce(anna + " starts on 4 January as account manager");
		LocalDate firstDue = this.tickets.get(key).tasks().get(0).dueOn();

		List<JsonNode> cards = this.chat
			.sayAll(fromManager("Sorry, " + anna + " starts on 11 January, not on 4 January."));

		assertThat(cards).hasSize(3);
		assertThat(ticketKey(cards.get(0))).isEqualTo(key);
		assertThat(text(cards.get(1))).contains("Move " + key + " to 11 January 2027?", "Its date is 4 January 2027");
		assertThat(inputs(cards.get(2))).containsEntry("startDate", "2027-01-11");

		JsonNode moved = click(cards.get(1));

		assertThat(ticketKey(moved)).isEqualTo(key);
		assertThat(this.tickets.get(key).date()).isEqualTo(LocalDate.of(2027, 1, 11));
		assertThat(this.tickets.get(key).tasks().get(0).dueOn()).isAfter(firstDue);
		// the same move again changes nothing and says why
		assertThat(text(click(cards.get(1)))).contains("already on 2027-01-11");
	}

	@Test
	void aManagerTypesTheMoveInDutchToo() throws Exception {
		String piet = unique("Piet Smit");
		String key = announce(piet + " starts on 4 January as account manager");

		JsonNode answer = this.chat.say(fromManager("verplaats " + key + " naar 18 januari"));

		assertThat(ticketKey(answer)).isEqualTo(key);
		assertThat(this.tickets.get(key).date()).isEqualTo(LocalDate.of(2027, 1, 18));
	}

	@Test
	void aDateTheMoveCannotReadChangesNothing() throws Exception {
		String piet = unique("Piet Smit");
		String key = announce(piet + " starts on 4 January as account manager");

		JsonNode answer = this.chat.say(fromManager("move " + key + " to someday soon"));

		assertThat(text(answer)).contains("\"someday soon\" is not a date I can read");
		assertThat(this.tickets.get(key).date()).isEqualTo(LocalDate.of(2027, 1, 4));
	}

	/** Clicks the card's one button as the manager. */
	private JsonNode click(JsonNode card) throws Exception {
		JsonNode action = card.path("actions").get(0);
		TeamsActivity click = TeamsActivity.cardAction(action.path("verb").asString(),
				Map.of("text", action.path("data").path("text").asString()));
		click.node().set("from", fromManager("").node().get("from").deepCopy());
		return IntakeChat.answerCard(this.chat.bot().invoke(click));
	}

	/** Announces and submits as the manager; answers the ticket's key. */
	private String announce(String words) throws Exception {
		JsonNode form = this.chat.say(fromManager(words));
		return ticketKey(this.chat.submit(form, Map.of()));
	}

}

package io.handover.teams;

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
import io.handover.ticket.TicketState;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static io.handover.teams.IntakeChat.text;
import static io.handover.teams.IntakeChat.ticketKey;
import static io.handover.teams.IntakeChat.unique;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A manager writes about someone announced before without announcing anything new: a
 * start called off ("de start van Anna gaat niet door"), a leaving taken back, or a
 * question ("hoe staat het met Anna?"). The answer is the open ticket's status, and for a
 * start or leaving called off a one-click offer to cancel it; {@code cancel JML-0042}
 * ({@code annuleer JML-0042}) does the same typed. Only HR, Administrators and the
 * manager of record may cancel; nobody else learns of the ticket. Today is Monday 23
 * November 2026.
 */
@BotTest
class CalledOffInChatTests {

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

	String upn;

	static final Actor ADMIN = Actor.system("test");

	@BeforeEach
	void setUp() {
		this.connector.reset();
		this.clock.setDay(TestClockConfiguration.TODAY);
		this.chat = new IntakeChat(new BotConversation(this.mvc, this.connector), this.connector);
		// a manager of her own in the register, with a report: she opens her own
		// starters' tickets, and no other test's chat touches her identity
		String id = UUID.randomUUID().toString();
		this.manager = new String[] { "29:karin-" + id, "aad-karin-" + id, unique("Karin Mol") };
		String upn = "karin." + id + "@contoso.example";
		this.upn = upn;
		this.employees.register(new NewEmployee(this.manager[2], upn, this.manager[1], null, null), ADMIN);
		this.employees.register(new NewEmployee(unique("Sem Kok"), "sem." + id + "@contoso.example", null, null, upn),
				ADMIN);
	}

	@Test
	void someoneWhoIsNotTheManagerOfRecordCannotCancelATicket() throws Exception {
		String key = announce(unique("Anna de Vries") + " starts on 4 January as account manager");

		JsonNode answer = this.chat.say(fromStranger("cancel " + key));

		assertThat(text(answer)).contains("Only HR, Administrators and the manager of record");
		assertThat(this.tickets.get(key).state()).isEqualTo(TicketState.OPEN);
	}

	@Test
	void someoneWhoMayNotSeeTheTicketCallsOffAStartAndLearnsNothingOfIt() throws Exception {
		String anna = unique("Anna de Vries");
		String key = announce(anna + " starts on 4 January as account manager");

		List<JsonNode> cards = this.chat.sayAll(fromStranger("De start van " + anna + " gaat niet door."));

		assertThat(cards).hasSize(1);
		assertThat(text(cards.get(0))).doesNotContain(key).doesNotContain("annuleren");
		assertThat(this.tickets.get(key).state()).isEqualTo(TicketState.OPEN);
	}

	@Test
	void aCancelTypedInAChannelIsSentToThePersonalChat() throws Exception {
		String key = announce(unique("Anna de Vries") + " starts on 4 January as account manager");

		JsonNode answer = this.chat
			.say(TeamsActivity.channelMessage("cancel " + key).from(this.manager[0], this.manager[1], this.manager[2]));

		assertThat(text(answer)).contains("personal chat");
		assertThat(this.tickets.get(key).state()).isEqualTo(TicketState.OPEN);
	}

	@Test
	void theManagerWhoCallsOffAStartSeesItsStatusAndCancelsItWithOneClick() throws Exception {
		String anna = unique("Anna de Vries");
		String key = announce(anna + " starts on 4 January as account manager");

		List<JsonNode> cards = this.chat.sayAll(fromManager("Helaas, de start van " + anna + " gaat niet door."));

		assertThat(cards).hasSize(2);
		assertThat(ticketKey(cards.get(0))).isEqualTo(key);
		assertThat(text(cards.get(1))).contains(key + " annuleren?", "verplaats " + key + " naar");

		JsonNode cancelled = click(cards.get(1));

		assertThat(ticketKey(cancelled)).isEqualTo(key);
		assertThat(this.tickets.get(key).state()).isEqualTo(TicketState.CANCELLED);
		assertThat(this.tickets.get(key).tasks()).allMatch(task -> !task.status().isOpen());
		// the same click again changes nothing and says why
		assertThat(text(click(cards.get(1)))).contains(key);
		assertThat(this.tickets.get(key).state()).isEqualTo(TicketState.CANCELLED);
	}

	@Test
	void aLeavingTakenBackOffersToCancelTheLeaverTicket() throws Exception {
		String piet = unique("Piet Smit");
		this.employees.register(new NewEmployee(piet, UUID.randomUUID() + "@contoso.example", null, null, this.upn),
				ADMIN);
		String key = announce(piet + " leaves on 29 January");

		List<JsonNode> cards = this.chat.sayAll(fromManager("Good news: " + piet + " is not leaving after all!"));

		assertThat(cards).hasSize(2);
		assertThat(ticketKey(cards.get(0))).isEqualTo(key);
		assertThat(text(cards.get(1))).contains("Cancel " + key + "?", "not leaving");
	}

	@Test
	void aQuestionAboutSomeoneAnnouncedGetsTheStatusAndNoOffer() throws Exception {
		String anna = unique("Anna de Vries");
		String key = announce(anna + " starts on 4 January as account manager");

		List<JsonNode> cards = this.chat.sayAll(fromManager("Hoe staat het eigenlijk met " + anna + "?"));

		assertThat(cards).hasSize(1);
		assertThat(ticketKey(cards.get(0))).isEqualTo(key);
	}

	@Test
	void theManagerCancelsTypedInDutch() throws Exception {
		String key = announce(unique("Piet Smit") + " starts on 4 January as account manager");

		JsonNode answer = this.chat.say(fromManager("annuleer " + key));

		assertThat(ticketKey(answer)).isEqualTo(key);
		assertThat(this.tickets.get(key).state()).isEqualTo(TicketState.CANCELLED);
		assertThat(this.tickets.get(key).closeReason()).isEqualTo("in Teams geannuleerd");
	}

	@Test
	void aTicketThatDoesNotExistIsSaidSo() throws Exception {
		JsonNode answer = this.chat.say(fromManager("cancel JML-987654"));

		assertThat(text(answer)).contains("JML-987654");
	}

	/** What the manager writes in her personal chat. */
	private TeamsActivity fromManager(String words) {
		return TeamsActivity.personalMessage(words).from(this.manager[0], this.manager[1], this.manager[2]);
	}

	/** Someone who is neither HR nor the manager of record. */
	private static TeamsActivity fromStranger(String words) {
		String stranger = UUID.randomUUID().toString();
		return TeamsActivity.personalMessage(words).from("29:noor-" + stranger, "aad-noor-" + stranger, "Noor Bakker");
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

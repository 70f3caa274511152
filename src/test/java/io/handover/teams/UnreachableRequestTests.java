package io.handover.teams;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import tools.jackson.databind.JsonNode;
import io.handover.audit.AuditEntry;
import io.handover.audit.AuditTrail;
import io.handover.common.Actor;
import io.handover.employee.EmployeeDirectory;
import io.handover.employee.NewEmployee;
import io.handover.testing.QuietBotTest;
import io.handover.testing.ConnectorStub;
import io.handover.testing.ConnectorStub.Call;
import io.handover.testing.ConnectorStub.Member;
import io.handover.testing.TeamsActivity;
import io.handover.testing.TestClock;
import io.handover.testing.TestClockConfiguration;
import io.handover.ticket.TicketRequestState;
import io.handover.ticket.TicketRequests;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static io.handover.teams.IntakeChat.text;
import static io.handover.teams.IntakeChat.unique;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A request that reaches nobody who may decide it is not only logged: when no channel is
 * linked to HR and the manager of record cannot be reached in Teams, the requester learns
 * it and whom to ask, each configured Administrator gets a personal card (once), and the
 * confirmation card keeps being retried until someone can see it. No channel is linked to
 * HR at the start (testing.ClassIsolation unlinks earlier classes' channels); the test
 * drives the delivery rounds itself.
 */
@QuietBotTest
class UnreachableRequestTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TicketRequests requests;

	@Autowired
	TicketRequestCards requestCards;

	@Autowired
	EmployeeDirectory employees;

	@Autowired
	ConversationStore conversations;

	@Autowired
	AuditTrail audit;

	@Autowired
	TestClock clock;

	ConnectorStub connector = ConnectorStub.shared();

	BotConversation bot;

	Member sophie;

	/** Jan's manager of record: in the register without an Entra id, on no team. */
	String karel;

	String jan;

	@BeforeEach
	void setUp() throws Exception {
		this.connector.reset();
		this.clock.setDay(TestClockConfiguration.TODAY);
		this.bot = new BotConversation(this.mvc, this.connector);
		this.sophie = TeamSetup.member(unique("Sophie Smit"));
		this.karel = unique("Karel Manager");
		String karelUpn = AnnouncementTests.upn(this.karel);
		this.employees.register(new NewEmployee(this.karel, karelUpn, null, null, null), Actor.system("test"));
		this.jan = unique("Jan Bakker");
		this.employees.register(new NewEmployee(this.jan, AnnouncementTests.upn(this.jan), UUID.randomUUID().toString(),
				null, karelUpn), Actor.system("test"));
		// Ada, an Administrator, is in the register and has chatted with Handover
		this.employees.register(new NewEmployee(TeamSetup.ADMIN.name(), TeamSetup.ADMIN.email(),
				TeamSetup.ADMIN.aadObjectId(), null, null), Actor.system("test"));
		this.bot.send(TeamSetup.asAdmin(TeamsActivity.personalMessage("help").conversation("a:personal-ada-admin")));
	}

	@Test
	void theRequesterLearnsWhomToAskTheAdministratorsGetACardAndTheCardIsPostedOnceHrHasAChannel() throws Exception {
		IntakeChat chat = new IntakeChat(this.bot, this.connector);
		JsonNode form = chat.say(message(this.sophie, this.jan + " leaves on 18 December"));
		String requestId = HrDesk.requestId(text(chat.submit(form, Map.of())));

		this.requestCards.drain();

		List<String> told = noticesIn(personalChat(this.sophie), requestId);
		assertThat(told).singleElement()
			.satisfies(notice -> assertThat(notice).contains("Nobody can confirm request " + requestId + " yet",
					"no channel is linked to HR", this.karel + " cannot be reached in Teams", "ask HR or " + this.karel,
					"Ada Admin (" + TeamSetup.ADMIN.email() + ")"));
		String adasChat = this.conversations.personalChatOf(TeamSetup.ADMIN.aadObjectId()).orElseThrow().id();
		assertThat(noticesIn(adasChat, requestId)).singleElement()
			.satisfies(card -> assertThat(card).contains("Request " + requestId + " reaches nobody", this.sophie.name(),
					this.jan, "@Handover link HR"));
		assertThat(this.audit.historyOf("ticket-request", requestId)).extracting(AuditEntry::action)
			.containsExactly("requested", "unreachable");
		assertThat(this.requests.get(requestId).owesCards()).as("the card is still owed").isTrue();

		// the next try reaches nobody either: nobody is told twice
		Thread.sleep(2_500);
		this.requestCards.drain();
		assertThat(noticesIn(personalChat(this.sophie), requestId)).hasSize(1);
		assertThat(noticesIn(adasChat, requestId)).hasSize(1);
		assertThat(this.requests.get(requestId).state()).isEqualTo(TicketRequestState.PENDING);

		// an Administrator links HR's channel: the card goes out there
		TeamSetup hr = new TeamSetup(this.bot, this.connector).withStaff(TeamSetup.member("Hanna Hrdesk"));
		long deadline = System.nanoTime() + java.time.Duration.ofSeconds(20).toNanos();
		while (this.requests.get(requestId).owesCards() && System.nanoTime() < deadline) {
			Thread.sleep(250);
			this.requestCards.drain();
		}
		assertThat(this.requests.get(requestId).owesCards()).isFalse();
		assertThat(this.connector.sentTo(hr.facilities))
			.anySatisfy(call -> assertThat(call.body().toString()).contains(requestId, "request.confirm"));
	}

	/** Everything written on the cards the chat received about the request. */
	private List<String> noticesIn(String chat, String requestId) {
		return this.connector.sentTo(chat)
			.stream()
			.filter(call -> call.kind() == ConnectorStub.Kind.SEND && !call.cards().isEmpty())
			.map(Call::cards)
			.map(cards -> text(cards.get(0)))
			.filter(text -> text.contains(requestId))
			.toList();
	}

	private static TeamsActivity message(Member who, String text) {
		return TeamsActivity.personalMessage(text)
			.from(who.id(), who.aadObjectId(), who.name())
			.conversation(personalChat(who));
	}

	private static String personalChat(Member who) {
		return "a:personal-" + who.aadObjectId();
	}

}

package io.handover.teams;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import tools.jackson.databind.JsonNode;
import io.handover.audit.AuditEntry;
import io.handover.audit.AuditTrail;
import io.handover.common.Actor;
import io.handover.common.Channel;
import io.handover.runbook.JoinerProvisioning;
import io.handover.task.TaskStatus;
import io.handover.testing.ConnectorStub;
import io.handover.testing.ConnectorStub.Call;
import io.handover.testing.ConnectorStub.Kind;
import io.handover.testing.ConnectorStub.Member;
import io.handover.testing.GraphStub;
import io.handover.testing.LiveDirectoryTest;
import io.handover.testing.TeamsActivity;
import io.handover.testing.TestClock;
import io.handover.testing.TestClockConfiguration;
import io.handover.testing.IsolatedTests;
import io.handover.ticket.Authority;
import io.handover.ticket.ManagerRef;
import io.handover.ticket.NewTicket;
import io.handover.ticket.TaskView;
import io.handover.ticket.TicketKind;
import io.handover.ticket.TicketManagement;
import io.handover.ticket.TicketView;
import io.handover.ticket.WorkLocation;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Anna starts on Monday 7 December. At 08:00 Handover creates her Temporary Access Pass
 * and Marieke, her manager, gets a card in her personal chat with the bot: "Show pass"
 * shows it to her once. Nobody else sees it, no channel carries it, and it is in no log,
 * no audit entry and no stored document.
 */
@ExtendWith(OutputCaptureExtension.class)
@IsolatedTests
class AccessPassCardTests extends LiveDirectoryTest {

	static final LocalDate MONDAY_7_DECEMBER = LocalDate.of(2026, 12, 7);

	static final Member PETER = TeamSetup.member("Peter de Boer");

	@Autowired
	MockMvc mvc;

	@Autowired
	TicketManagement tickets;

	@Autowired
	JoinerProvisioning joiners;

	@Autowired
	AccessPassVault vault;

	@Autowired
	AuditTrail audit;

	@Autowired
	MongoTemplate mongo;

	@Autowired
	OutboxDispatcher dispatcher;

	@Autowired
	TestClock clock;

	ConnectorStub connector = ConnectorStub.shared();

	BotConversation bot;

	TeamSetup team;

	Member marieke;

	@BeforeEach
	void setUp() throws Exception {
		this.clock.setDay(TestClockConfiguration.TODAY);
		String suffix = UUID.randomUUID().toString().substring(0, 8);
		this.marieke = new Member("29:marieke-" + suffix, "aad-marieke-" + suffix, "Marieke Jansen",
				"marieke." + suffix + "@contoso.example");
		this.connector.reset();
		this.bot = new BotConversation(this.mvc, this.connector);
		this.team = new TeamSetup(this.bot, this.connector).withStaff(PETER, this.marieke);
		GRAPH.reset();
		GRAPH.addGroup("g-staff", "All Staff", null);
		GRAPH.addGroup("g-sales", "Sales", null);
		GRAPH.addGroup("g-crm", "CRM Users", null);
		GRAPH.addSku("05e9a617-0261-4cee-bb44-138d3ef5d965", "SPE_E3");
	}

	@Test
	void theManagerSeesThePassOnceInHerPersonalChatAndNobodyElseEver(CapturedOutput output) throws Exception {
		TicketView ticket = startsOnMonday(this.marieke.email());

		provisionOnTheStartDay(ticket);

		String chat = personalChatOpenedWith(this.marieke);
		JsonNode card = passCardIn(chat);
		assertThat(card.toString()).contains(ticket.employee().name())
			.contains("7 Dec 2026 08:00")
			.contains("7 Dec 2026 16:00")
			.contains("accessPass.show")
			.doesNotContain(GraphStub.SECRET_PASS);
		assertThat(card.path("refresh").path("userIds").toString()).contains(this.marieke.id());
		assertThat(task(ticket).status()).isEqualTo(TaskStatus.DONE);
		assertThat(task(ticket).result()).contains("sent to Marieke Jansen (" + this.marieke.email() + ")");
		String passId = passIdOf(card);

		// Peter, with the card's data in his own chat, is refused; the refusal is audited
		// and costs Marieke nothing
		JsonNode peter = this.bot.invoke(click("accessPass.show", passId, ticket, PETER, "a:peter-" + passId));
		assertThat(peter.toString()).contains("Only Marieke Jansen can see this pass")
			.doesNotContain(GraphStub.SECRET_PASS);
		assertThat(this.audit.historyOf("access-pass", passId)).extracting(AuditEntry::action)
			.containsExactly("refused");

		JsonNode shown = this.bot.invoke(click("accessPass.show", passId, ticket, this.marieke, chat));
		assertThat(shown.path("statusCode").asInt()).isEqualTo(200);
		assertThat(shown.path("value").toString()).contains(GraphStub.SECRET_PASS);

		JsonNode again = this.bot.invoke(click("accessPass.show", passId, ticket, this.marieke, chat));
		assertThat(again.toString()).doesNotContain(GraphStub.SECRET_PASS)
			.contains("already shown")
			.contains("Ask IT for a new pass");
		JsonNode refreshed = this.bot.invoke(click("refresh",
				Map.of("card", AccessPassCards.CARD, "passId", passId, "ticketKey", ticket.key()), this.marieke, chat));
		assertThat(refreshed.toString()).doesNotContain(GraphStub.SECRET_PASS)
			.contains("Shown at")
			.doesNotContain("accessPass.show");

		// nowhere else: no connector call of any kind, no log line, no audit entry, no
		// stored document
		this.dispatcher.drain();
		assertThat(this.connector.calls())
			.allSatisfy(call -> assertThat(String.valueOf(call.body())).as(call.kind() + " " + call.path())
				.doesNotContain(GraphStub.SECRET_PASS));
		assertThat(this.connector.calls(Kind.SEND)).filteredOn(c -> String.valueOf(c.body()).contains(passId))
			.extracting(Call::conversationId)
			.containsOnly(chat);
		assertThat(output.getAll()).doesNotContain(GraphStub.SECRET_PASS);
		assertThat(this.audit.historyOf("access-pass", passId)).extracting(AuditEntry::action)
			.containsExactly("refused", "shown");
		for (TaskView each : this.tickets.get(ticket.key()).tasks()) {
			assertThat(this.audit.historyOf("task", each.id()).toString()).doesNotContain(GraphStub.SECRET_PASS);
		}
		for (String collection : this.mongo.getCollectionNames()) {
			for (Document document : this.mongo.findAll(Document.class, collection)) {
				assertThat(document.toJson()).as(collection).doesNotContain(GraphStub.SECRET_PASS);
			}
		}
	}

	@Test
	void afterARestartTheCardSaysThePassIsGoneAndMariekeGetsANewOne() throws Exception {
		TicketView ticket = startsOnMonday(this.marieke.email());
		provisionOnTheStartDay(ticket);
		String chat = personalChatOpenedWith(this.marieke);
		String first = passIdOf(passCardIn(chat));

		this.vault.forget();
		JsonNode lost = this.bot.invoke(click("accessPass.show", first, ticket, this.marieke, chat));

		assertThat(lost.toString()).contains("no longer holds this pass")
			.contains("accessPass.renew")
			.doesNotContain(GraphStub.SECRET_PASS);

		JsonNode renewed = this.bot.invoke(click("accessPass.renew", first, ticket, this.marieke, chat));
		assertThat(renewed.toString()).contains("A new pass was created");
		assertThat(GRAPH.changes()).filteredOn(c -> c.path().endsWith("/temporaryAccessPassMethods")).hasSize(2);
		List<Call> cards = passCards(chat);
		assertThat(cards).hasSize(2);
		String second = passIdOf(cards.get(1).cards().get(0));
		assertThat(second).isNotEqualTo(first);
		assertThat(this.bot.invoke(click("accessPass.show", second, ticket, this.marieke, chat)).toString())
			.contains(GraphStub.SECRET_PASS);
		// the old card does not lead to a third pass
		assertThat(this.bot.invoke(click("accessPass.renew", first, ticket, this.marieke, chat)).toString())
			.contains("A new pass was created");
		assertThat(GRAPH.changes()).filteredOn(c -> c.path().endsWith("/temporaryAccessPassMethods")).hasSize(2);
	}

	@Test
	void anExpiredPassIsNotShownAndTheCardOffersANewOne() throws Exception {
		TicketView ticket = startsOnMonday(this.marieke.email());
		provisionOnTheStartDay(ticket);
		String chat = personalChatOpenedWith(this.marieke);
		String passId = passIdOf(passCardIn(chat));

		this.clock.set(MONDAY_7_DECEMBER.atTime(16, 0).atZone(this.clock.getZone()).toInstant());
		JsonNode expired = this.bot.invoke(click("accessPass.show", passId, ticket, this.marieke, chat));

		assertThat(expired.toString()).contains("This pass has expired")
			.contains("accessPass.renew")
			.doesNotContain(GraphStub.SECRET_PASS);
	}

	@Test
	void aManagerHandoverCannotReachLeavesTheTaskBlockedWithTheReasonAndShowsNothing(CapturedOutput output) {
		TicketView ticket = startsOnMonday(
				"nobody." + UUID.randomUUID().toString().substring(0, 6) + "@contoso.example");

		provisionOnTheStartDay(ticket);

		TaskView pass = task(ticket);
		assertThat(pass.status()).isEqualTo(TaskStatus.BLOCKED);
		assertThat(pass.blockedReason())
			.startsWith("Temporary Access Pass could not be delivered to Noor Visser (nobody.")
			.contains("no personal chat with Handover");
		assertThat(this.connector.calls(Kind.CREATE_CONVERSATION)).isEmpty();
		assertThat(this.connector.calls())
			.allSatisfy(call -> assertThat(String.valueOf(call.body())).doesNotContain(GraphStub.SECRET_PASS));
		assertThat(output.getAll()).doesNotContain(GraphStub.SECRET_PASS);
	}

	private TicketView startsOnMonday(String managerUpn) {
		String suffix = UUID.randomUUID().toString().substring(0, 6);
		String upn = "anna.devries" + suffix + "@contoso.example";
		String managerName = managerUpn.startsWith("nobody") ? "Noor Visser" : "Marieke Jansen";
		TicketView ticket = this.tickets.open(
				new NewTicket(TicketKind.JOINER, new NewTicket.Person(null, "Anna de Vries" + suffix, upn, null, null),
						new ManagerRef(managerUpn, managerName), "account-manager", null, MONDAY_7_DECEMBER,
						WorkLocation.REMOTE, "Keizersgracht 1, Amsterdam", null, null),
				new Actor("aad-hr", "Hanna (HR)", Channel.TEAMS), null);
		return this.tickets.authorise(ticket.key(), Authority.HR, new Actor("aad-hr", "Hanna (HR)", Channel.TEAMS),
				null);
	}

	private void provisionOnTheStartDay(TicketView ticket) {
		this.clock.set(MONDAY_7_DECEMBER.atTime(8, 0).atZone(this.clock.getZone()).toInstant());
		this.joiners.run(ticket.key(), Actor.system("test"));
	}

	private String personalChatOpenedWith(Member member) {
		return this.connector.calls(Kind.CREATE_CONVERSATION)
			.stream()
			.filter(call -> call.body()
				.path("members")
				.path(0)
				.path("aadObjectId")
				.asString()
				.equals(member.aadObjectId()))
			.map(call -> call.response().path("id").asString())
			.findFirst()
			.orElseThrow(() -> new AssertionError("no personal chat opened with " + member.name()));
	}

	private List<Call> passCards(String chat) {
		return this.connector.sentTo(chat)
			.stream()
			.filter(call -> !call.cards().isEmpty() && call.cards().get(0).toString().contains("accessPass.show"))
			.toList();
	}

	private JsonNode passCardIn(String chat) {
		List<Call> cards = passCards(chat);
		assertThat(cards).hasSize(1);
		return cards.get(0).cards().get(0);
	}

	private static String passIdOf(JsonNode card) {
		return card.path("refresh").path("action").path("data").path("passId").asString();
	}

	private TaskView task(TicketView ticket) {
		return this.tickets.get(ticket.key())
			.tasks()
			.stream()
			.filter(t -> t.kind().equals("it.access-pass.temporary"))
			.findFirst()
			.orElseThrow();
	}

	private static TeamsActivity click(String verb, String passId, TicketView ticket, Member who, String chat) {
		return click(verb, Map.of("passId", passId, "ticketKey", ticket.key()), who, chat);
	}

	private static TeamsActivity click(String verb, Map<String, String> data, Member who, String chat) {
		return TeamsActivity.cardAction(verb, data).from(who.id(), who.aadObjectId(), who.name()).conversation(chat);
	}

}

package io.handover.teams;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import tools.jackson.databind.JsonNode;
import io.handover.asset.AssetRegister;
import io.handover.asset.AssetStatus;
import io.handover.asset.AssignmentState;
import io.handover.asset.HandoverRecord;
import io.handover.asset.Holding;
import io.handover.asset.IssueRequest;
import io.handover.audit.AuditEntry;
import io.handover.audit.AuditTrail;
import io.handover.common.Actor;
import io.handover.common.Channel;
import io.handover.employee.Employee;
import io.handover.employee.EmployeeDirectory;
import io.handover.employee.NewEmployee;
import io.handover.profile.TaskEffect;
import io.handover.ticket.DeviceRetrieval;
import io.handover.ticket.ManagerRef;
import io.handover.ticket.NewTicket;
import io.handover.ticket.TaskManagement;
import io.handover.ticket.TaskView;
import io.handover.ticket.TicketKind;
import io.handover.ticket.TicketManagement;
import io.handover.ticket.TicketState;
import io.handover.ticket.TicketView;
import io.handover.ticket.WorkLocation;
import io.handover.testing.BotTest;
import io.handover.testing.ConnectorStub;
import io.handover.testing.ConnectorStub.Call;
import io.handover.testing.ConnectorStub.Kind;
import io.handover.testing.TeamsActivity;
import io.handover.testing.TestClock;
import io.handover.testing.TestClockConfiguration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * J2 and J5: a leaver confirms each asset they hand in on their own return card, staff
 * confirm receipt, and the asset is back in stock; a joiner signs for what was issued on
 * their start date. Nobody can sign from someone else's account.
 */
@BotTest
class EmployeeCardsTests {

	static final Actor MANAGER = new Actor("aad-maria", "Maria Jansen", Channel.TEAMS);

	static final Actor FM_STAFF = new Actor("aad-femke", "Femke Smit", Channel.TEAMS);

	static final Actor IT_STAFF = new Actor("aad-ivo", "Ivo de Wit", Channel.TEAMS);

	@Autowired
	MockMvc mvc;

	@Autowired
	TicketManagement tickets;

	@Autowired
	TaskManagement tasks;

	@Autowired
	AssetRegister assets;

	@Autowired
	EmployeeDirectory employees;

	@Autowired
	AuditTrail audit;

	@Autowired
	JoinerReceipts joinerReceipts;

	@Autowired
	TestClock clock;

	ConnectorStub connector = ConnectorStub.shared();

	BotConversation bot;

	@BeforeEach
	void setUp() throws Exception {
		this.connector.reset();
		this.bot = new BotConversation(this.mvc, this.connector);
		this.bot.send(TeamsActivity.botAddedToTeam()
			.team("19:employee-cards-" + UUID.randomUUID() + "@thread.tacv2", "Operations"));
		this.connector.reset();
	}

	@AfterEach
	void resetClock() {
		this.clock.setDay(TestClockConfiguration.TODAY);
	}

	@Test
	void aLeaverConfirmsEachReturnStaffConfirmReceiptAndTheTicketCompletes() throws Exception {
		Employee jan = employee("Jan Bakker");
		Holding laptop = issue(jan, "laptop", "laptop-standard");
		Holding pass = issue(jan, "access-pass", "access-pass-office");

		TicketView ticket = this.tickets.open(leaver(jan, LocalDate.of(2026, 12, 18)), MANAGER, null);

		// The return card reaches Jan in a 1:1 chat the bot opens, listing both assets.
		Call created = awaitOne(Kind.CREATE_CONVERSATION, call -> true);
		assertThat(created.body().path("members").get(0).path("aadObjectId").asString()).isEqualTo(jan.entraObjectId());
		String chat = created.conversationId();
		Call card = awaitOne(Kind.SEND, call -> chat.equals(call.conversationId()));
		String shown = card.cards().get(0).toString();
		assertThat(shown).contains(ticket.key(), laptop.serialNumber(), pass.serialNumber());
		assertThat(returnButtons(card.cards().get(0))).containsExactlyInAnyOrder(laptop.assetId(), pass.assetId());

		// Jan confirms handing in the pass; the card answers with the pass returned.
		JsonNode answer = this.bot.invoke(
				clickAs(jan, chat, "signature.return", Map.of("assetId", pass.assetId(), "ticketKey", ticket.key())));
		assertThat(answer.path("statusCode").asInt()).isEqualTo(200);
		JsonNode returned = answer.path("value");
		assertThat(returnButtons(returned)).containsExactly(laptop.assetId());
		assertThat(returned.toString()).contains("Returned on");

		TaskView passTask = collectTask(ticket.key(), pass);
		assertThat(passTask.returnRecordedAt()).isNotNull();
		List<HandoverRecord> signed = this.assets.handoversOf(jan.id());
		assertThat(signed).singleElement().satisfies(record -> {
			assertThat(record.kind()).isEqualTo(HandoverRecord.Kind.RETURN);
			assertThat(record.signerId()).isEqualTo(jan.entraObjectId());
			assertThat(record.channel()).isEqualTo(Channel.TEAMS);
			assertThat(record.items()).extracting(HandoverRecord.Item::serialNumber)
				.containsExactly(pass.serialNumber());
			assertThat(record.contentSha256()).hasSize(64);
		});

		// FM confirms receipt on its task: the pass is back in stock, and Jan's card says
		// so.
		this.tasks.complete(passTask.id(), Map.of(), FM_STAFF, null);
		assertThat(this.assets.asset(pass.assetId()).orElseThrow().status()).isEqualTo(AssetStatus.IN_STOCK);
		String messageId = card.postedId();
		Call updated = awaitOne(Kind.UPDATE, call -> messageId.equals(call.activityId())
				&& call.cards().get(0).toString().contains("Receipt confirmed by " + FM_STAFF.name()));
		assertThat(returnButtons(updated.cards().get(0))).containsExactly(laptop.assetId());

		// The laptop goes the same way; every other task is settled; the ticket
		// completes.
		this.bot.invoke(
				clickAs(jan, chat, "signature.return", Map.of("assetId", laptop.assetId(), "ticketKey", ticket.key())));
		this.tasks.complete(collectTask(ticket.key(), laptop).id(), Map.of(), IT_STAFF, null);
		for (TaskView task : this.tickets.get(ticket.key()).tasks()) {
			if (task.status().isOpen()) {
				this.tasks.markNotNeeded(task.id(), "done outside Handover", IT_STAFF, null);
			}
		}
		assertThat(this.tickets.get(ticket.key()).state()).isEqualTo(TicketState.COMPLETED);
		assertThat(this.assets.holdingsOf(jan.id())).isEmpty();
		assertThat(this.assets.asset(laptop.assetId()).orElseThrow().status()).isEqualTo(AssetStatus.IN_STOCK);
	}

	@Test
	void aReturnSignedFromSomeoneElsesAccountIsRefusedAndChangesNothing() throws Exception {
		Employee jan = employee("Jan Bakker");
		Holding laptop = issue(jan, "laptop", "laptop-standard");
		TicketView ticket = this.tickets.open(leaver(jan, LocalDate.of(2026, 12, 18)), MANAGER, null);
		String chat = awaitOne(Kind.CREATE_CONVERSATION, call -> true).conversationId();

		JsonNode answer = this.bot.invoke(TeamsActivity
			.cardAction("signature.return", Map.of("assetId", laptop.assetId(), "ticketKey", ticket.key()))
			.from("29:piet", "aad-piet-" + UUID.randomUUID(), "Piet Pirate")
			.conversation(chat));

		assertThat(answer.path("value").toString()).contains("Only " + jan.name() + " can sign")
			.contains("Nothing was changed");
		assertThat(collectTask(ticket.key(), laptop).returnRecordedAt()).isNull();
		assertThat(this.assets.holdingsOf(jan.id())).singleElement()
			.extracting(Holding::state)
			.isEqualTo(AssignmentState.ISSUED);
		assertThat(this.assets.handoversOf(jan.id())).isEmpty();
		assertThat(this.audit.historyOf("ticket", ticket.key())).extracting(AuditEntry::action)
			.contains("signature-refused");
	}

	@Test
	void theReturnCardRefreshesForTheEmployeeOnly() throws Exception {
		Employee jan = employee("Jan Bakker");
		Holding laptop = issue(jan, "laptop", "laptop-standard");
		TicketView ticket = this.tickets.open(leaver(jan, LocalDate.of(2026, 12, 18)), MANAGER, null);
		String chat = awaitOne(Kind.CREATE_CONVERSATION, call -> true).conversationId();
		Map<String, String> refresh = Map.of("card", "asset.return", "ticketKey", ticket.key());

		JsonNode own = this.bot.invoke(clickAs(jan, chat, "refresh", refresh));
		JsonNode other = this.bot.invoke(TeamsActivity.cardAction("refresh", refresh)
			.from("29:piet", "aad-piet-" + UUID.randomUUID(), "Piet Pirate")
			.conversation(chat));

		assertThat(returnButtons(own.path("value"))).containsExactly(laptop.assetId());
		assertThat(other.path("value").toString()).contains("Only " + jan.name()).doesNotContain(laptop.serialNumber());
	}

	@Test
	void aJoinerSignsForWhatWasIssuedOnTheirStartDate() throws Exception {
		LocalDate start = LocalDate.of(2026, 12, 9);
		String aad = UUID.randomUUID().toString();
		String name = unique("Anna de Vries");
		TicketView ticket = this.tickets.open(joiner(name, aad, start), MANAGER, null);
		Employee anna = this.employees.find(ticket.employee().id()).orElseThrow();
		Holding laptop = issue(anna, "laptop", "laptop-standard");
		Holding pass = issue(anna, "access-pass", "access-pass-office");
		// the ticket's own cards are out before the clock moves: delivered on the start
		// date instead, they would open Anna's chat beside the round below
		awaitSettled(ticket.key());

		// Before the start date nothing is sent.
		assertThat(this.joinerReceipts.runIfDue()).isTrue();
		assertThat(chatsOpenedFor(aad)).isEmpty();

		// On the start date, from 08:00, Anna gets the card listing both assets.
		this.clock.set(LocalDateTime.of(start, LocalTime.of(7, 30)).atZone(this.clock.getZone()).toInstant());
		assertThat(this.joinerReceipts.runIfDue()).isFalse();
		this.clock.set(LocalDateTime.of(start, LocalTime.of(8, 5)).atZone(this.clock.getZone()).toInstant());
		assertThat(this.joinerReceipts.runIfDue()).isTrue();
		Call created = chatsOpenedFor(aad).get(0);
		String chat = created.conversationId();
		JsonNode card = this.connector.calls(Kind.SEND)
			.stream()
			.filter(call -> chat.equals(call.conversationId()))
			.findFirst()
			.orElseThrow()
			.cards()
			.get(0);
		assertThat(card.toString()).contains(laptop.serialNumber(), pass.serialNumber(), "I received these");
		JsonNode sign = action(card, "signature.receipt");

		// Someone else cannot sign it.
		JsonNode refused = this.bot.invoke(TeamsActivity.cardAction("signature.receipt", toMap(sign))
			.from("29:piet", "aad-piet-" + UUID.randomUUID(), "Piet Pirate")
			.conversation(chat));
		assertThat(refused.path("value").toString()).contains("Only " + name + " can sign");
		assertThat(this.assets.handoversOf(anna.id())).isEmpty();

		// Anna signs: one signed handover record for both, and the card shows it.
		JsonNode signed = this.bot.invoke(clickAs(anna, chat, "signature.receipt", toMap(sign)));
		assertThat(signed.path("value").toString()).contains("Signed for by " + name)
			.doesNotContain("I received these");
		assertThat(this.assets.handoversOf(anna.id())).singleElement().satisfies(record -> {
			assertThat(record.kind()).isEqualTo(HandoverRecord.Kind.RECEIPT);
			assertThat(record.signerId()).isEqualTo(aad);
			assertThat(record.items()).extracting(HandoverRecord.Item::serialNumber)
				.containsExactlyInAnyOrder(laptop.serialNumber(), pass.serialNumber());
		});

		// A refresh shows the signed card.
		JsonNode refreshed = this.bot.invoke(clickAs(anna, chat, "refresh", Map.of("card", "asset.receipt", "receiptId",
				signed.path("value").path("refresh").path("action").path("data").path("receiptId").asString())));
		assertThat(refreshed.path("value").toString()).contains("Signed for by " + name);

		// The same click again signs nothing new; the round does not post a second card.
		this.bot.invoke(clickAs(anna, chat, "signature.receipt", toMap(sign)));
		assertThat(this.assets.handoversOf(anna.id())).hasSize(1);
		this.joinerReceipts.runIfDue();
		assertThat(chatsOpenedFor(aad)).hasSize(1);
		assertThat(this.connector.calls(Kind.SEND, chat)).hasSize(1);
	}

	@Test
	void aStarterAnnouncedByNameIsReachedInTheChatTheyOpenedOnceTheirAccountIsLinked() throws Exception {
		LocalDate start = LocalDate.of(2026, 12, 11);
		String aad = UUID.randomUUID().toString();
		String name = unique("Lisa Vos");
		TicketView ticket = this.tickets
			.open(new NewTicket(TicketKind.JOINER, new NewTicket.Person(null, name, null, null, null),
					new ManagerRef("maria.jansen@contoso.example", "Maria Jansen"), null, null, start,
					WorkLocation.OFFICE, null, null, null), MANAGER, null);
		Employee lisa = this.employees.find(ticket.employee().id()).orElseThrow();
		issue(lisa, "laptop", "laptop-standard");
		// Lisa says hello to the bot before anyone knows her account...
		String chat = "a:personal-chat-" + aad;
		this.bot.send(TeamsActivity.personalMessage("hi").from("29:lisa-" + aad, aad, name).conversation(chat));
		// ...and the joiner runbook links the account it found for her.
		this.employees.linkAccount(lisa.id(), aad, null, Actor.system("schedule"));
		this.connector.reset();

		this.clock.set(LocalDateTime.of(start, LocalTime.of(8, 5)).atZone(this.clock.getZone()).toInstant());
		this.joinerReceipts.runIfDue();

		assertThat(this.connector.calls(Kind.SEND, chat)).singleElement()
			.satisfies(card -> assertThat(card.cards().get(0).toString()).contains(ticket.key(), "I received these"));
		assertThat(chatsOpenedFor(aad)).as("her own chat, not a new one").isEmpty();
	}

	@Test
	void aReceiptCardThatNoLongerShowsWhatIsOnTheirNameIsNotSigned() throws Exception {
		LocalDate start = LocalDate.of(2026, 12, 10);
		String aad = UUID.randomUUID().toString();
		TicketView ticket = this.tickets.open(joiner(unique("Bram Kok"), aad, start), MANAGER, null);
		Employee bram = this.employees.find(ticket.employee().id()).orElseThrow();
		issue(bram, "laptop", "laptop-standard");
		this.clock.set(LocalDateTime.of(start, LocalTime.of(9, 0)).atZone(this.clock.getZone()).toInstant());
		this.joinerReceipts.runIfDue();
		String chat = chatsOpenedFor(aad).get(0).conversationId();
		JsonNode first = action(this.connector.calls(Kind.SEND, chat).get(0).cards().get(0), "signature.receipt");

		// A phone is issued after the card went out: the old card's click shows the new
		// list instead of signing.
		Holding phone = issue(bram, "phone", "phone-standard");
		JsonNode answer = this.bot.invoke(clickAs(bram, chat, "signature.receipt", toMap(first)));

		assertThat(this.assets.handoversOf(bram.id())).isEmpty();
		assertThat(answer.path("value").toString()).contains(phone.serialNumber(), "I received these");
		assertThat(action(answer.path("value"), "signature.receipt").path("receiptId").asString())
			.isNotEqualTo(first.path("receiptId").asString());
	}

	@Test
	void aLeaverWithoutAnEntraAccountIsNotRetriedForEver() {
		Employee kees = this.employees.register(new NewEmployee(unique("Kees Mol"),
				unique("kees").replace(' ', '.') + "@contoso.example", null, null, null), MANAGER);
		issue(kees, "laptop", "laptop-standard");

		TicketView ticket = this.tickets.open(leaver(kees, LocalDate.of(2026, 12, 18)), MANAGER, null);

		// The outbox is settled (no retry loop) and nothing was sent to anyone.
		awaitSettled(ticket.key());
		assertThat(this.connector.calls(Kind.CREATE_CONVERSATION)
			.stream()
			.filter(call -> call.body().toString().contains(kees.name()))).isEmpty();
	}

	// --- helpers

	/**
	 * The 1:1 chats the bot opened with this person (other tests open chats in the
	 * background).
	 */
	private List<Call> chatsOpenedFor(String aad) {
		return this.connector.calls(Kind.CREATE_CONVERSATION)
			.stream()
			.filter(call -> call.body().path("members").toString().contains(aad))
			.toList();
	}

	private Employee employee(String name) {
		String unique = unique(name);
		return this.employees
			.register(new NewEmployee(unique, unique.toLowerCase().replaceAll("[^a-z0-9]+", ".") + "@contoso.example",
					UUID.randomUUID().toString(), null, "maria.jansen@contoso.example"), MANAGER);
	}

	private Holding issue(Employee employee, String type, String model) {
		return this.assets.issue(
				new IssueRequest(employee.id(), type, model,
						type.substring(0, 2).toUpperCase() + UUID.randomUUID().toString().substring(0, 8), null, null),
				IT_STAFF);
	}

	private static NewTicket leaver(Employee employee, LocalDate lastDay) {
		return new NewTicket(TicketKind.LEAVER, new NewTicket.Person(employee.id(), null, null, null, null),
				new ManagerRef("maria.jansen@contoso.example", "Maria Jansen"), null, null, lastDay, null, null,
				DeviceRetrieval.IN_PERSON, null);
	}

	private static NewTicket joiner(String name, String aad, LocalDate start) {
		return new NewTicket(TicketKind.JOINER,
				new NewTicket.Person(null, name, name.toLowerCase().replaceAll("[^a-z0-9]+", ".") + "@contoso.example",
						aad, null),
				new ManagerRef("maria.jansen@contoso.example", "Maria Jansen"), null, null, start, WorkLocation.OFFICE,
				null, null, null);
	}

	private TaskView collectTask(String ticketKey, Holding holding) {
		return this.tickets.get(ticketKey)
			.tasks()
			.stream()
			.filter(task -> task.effect() == TaskEffect.RECEIVE_ASSET && task.asset() != null
					&& holding.assignmentId().equals(task.asset().assignmentId()))
			.findFirst()
			.orElseThrow();
	}

	private static TeamsActivity clickAs(Employee employee, String chat, String verb, Map<String, ?> data) {
		return TeamsActivity.cardAction(verb, data)
			.from("29:" + employee.id(), employee.entraObjectId(), employee.name())
			.conversation(chat);
	}

	private Call awaitOne(Kind kind, java.util.function.Predicate<Call> condition) {
		List<Call> calls = this.connector.awaitCalls(call -> call.kind() == kind && condition.test(call), 1,
				Duration.ofSeconds(15));
		assertThat(calls).as("a %s call", kind).isNotEmpty();
		return calls.get(0);
	}

	private void awaitSettled(String ticketKey) {
		long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
		while (System.nanoTime() < deadline) {
			boolean owed = this.tickets.find(ticketKey).isPresent() && !outboxEmpty(ticketKey);
			if (!owed) {
				return;
			}
			sleep();
		}
		throw new AssertionError("The card updates of " + ticketKey + " were never delivered");
	}

	@Autowired
	io.handover.ticket.TicketOutbox outbox;

	private boolean outboxEmpty(String ticketKey) {
		return this.outbox.pending(1000).stream().noneMatch(p -> p.ticketKey().equals(ticketKey));
	}

	private static void sleep() {
		try {
			Thread.sleep(50);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	/** The asset ids of the "I returned this" buttons on a return card. */
	static List<String> returnButtons(JsonNode card) {
		return card.findParents("verb")
			.stream()
			.filter(action -> "signature.return".equals(action.path("verb").asString()))
			.map(action -> action.path("data").path("assetId").asString())
			.toList();
	}

	/** The data of the card's action with this verb. */
	static JsonNode action(JsonNode card, String verb) {
		return card.findParents("verb")
			.stream()
			.filter(action -> verb.equals(action.path("verb").asString()) && action.has("title"))
			.findFirst()
			.orElseThrow(() -> new AssertionError("No " + verb + " action on " + card))
			.path("data");
	}

	@SuppressWarnings("unchecked")
	static Map<String, Object> toMap(JsonNode data) {
		return new tools.jackson.databind.ObjectMapper().convertValue(data, Map.class);
	}

	static String unique(String name) {
		return name + " " + UUID.randomUUID().toString().substring(0, 6);
	}

}

package io.handover.teams;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import tools.jackson.databind.JsonNode;
import io.handover.access.Access;
import io.handover.audit.AuditEntry;
import io.handover.audit.AuditTrail;
import io.handover.common.Actor;
import io.handover.common.Channel;
import io.handover.task.TaskStatus;
import io.handover.testing.BotTest;
import io.handover.testing.ConnectorStub;
import io.handover.testing.ConnectorStub.Call;
import io.handover.testing.ConnectorStub.Kind;
import io.handover.testing.ConnectorStub.Member;
import io.handover.testing.Surnames;
import io.handover.testing.TeamsActivity;
import io.handover.ticket.ManagerRef;
import io.handover.ticket.NewTicket;
import io.handover.ticket.TaskManagement;
import io.handover.ticket.TaskView;
import io.handover.ticket.TicketKind;
import io.handover.ticket.TicketManagement;
import io.handover.ticket.TicketView;
import io.handover.ticket.WorkLocation;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 16, finding 3: departments are configured, not claimed. {@code @Handover link IT}
 * by someone who is not an Administrator is only a request: the channel receives no IT
 * cards and the members of its team act for nobody until an Administrator approves it on
 * the request card. Every request, refusal and approval is in the audit trail.
 */
@BotTest
class LinkApprovalTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	DepartmentChannels channels;

	@Autowired
	TicketManagement tickets;

	@Autowired
	TaskManagement tasks;

	@Autowired
	OutboxDispatcher dispatcher;

	@Autowired
	AuditTrail audit;

	@Autowired
	Access access;

	ConnectorStub connector = ConnectorStub.shared();

	BotConversation bot;

	TeamSetup team;

	Member sanne;

	@BeforeEach
	void setUp() throws Exception {
		this.connector.reset();
		this.bot = new BotConversation(this.mvc, this.connector);
		this.sanne = TeamSetup.member("Sanne Smit " + Surnames.unique());
		this.team = new TeamSetup(this.bot, this.connector).installedWith(this.sanne);
	}

	@Test
	void aLinkBySomeoneWhoIsNotAnAdminIsARequestThatGrantsNothing() throws Exception {
		JsonNode answer = ask("link IT");

		assertThat(HelpTests.cardText(answer)).contains("Link request").contains("IT").contains(this.sanne.name());
		assertThat(answer.toString()).contains(LinkRequestActions.APPROVE);
		assertThat(this.channels.find(this.team.general).departments()).isEmpty();
		assertThat(this.channels.channelsOf("IT")).extracting(ChannelLink::id).doesNotContain(this.team.general);
		assertThat(this.access.isStaff("IT", sanne())).isFalse();
		assertThat(this.audit.historyOf("channel", this.team.general)).singleElement().satisfies(entry -> {
			assertThat(entry.action()).isEqualTo("link-requested");
			assertThat(entry.actorId()).isEqualTo(this.sanne.aadObjectId());
		});

		TicketView ticket = openJoiner();
		this.dispatcher.drain();
		assertThat(this.connector.sentTo(this.team.general)).as("IT cards in the channel that only asked")
			.noneMatch(call -> call.body().toString().contains(ticket.key()));

		TaskView task = openItTask(ticket);
		JsonNode refused = this.bot.invoke(claim(task, this.sanne));
		assertThat(HelpTests.cardText(refused.path("value"))).contains("Only IT staff");
		assertThat(this.tasks.get(task.id()).status()).isEqualTo(TaskStatus.OPEN);
	}

	@Test
	void onlyAnAdministratorsClickApprovesTheRequestAndTheRefusalIsAudited() throws Exception {
		ask("link IT");

		JsonNode refused = this.bot.invoke(decide(LinkRequestActions.APPROVE, "IT", this.sanne));

		assertThat(HelpTests.cardText(refused.path("value"))).contains("Only an Administrator");
		assertThat(this.channels.find(this.team.general).departments()).isEmpty();
		assertThat(this.audit.historyOf("channel", this.team.general)).extracting(AuditEntry::action)
			.containsExactly("link-requested", "refused");
	}

	@Test
	void anAdministratorApprovesAndThenTheChannelGetsCardsAndItsMembersAct() throws Exception {
		ask("link IT");

		JsonNode approved = this.bot.invoke(decide(LinkRequestActions.APPROVE, "IT", TeamSetup.ADMIN));

		assertThat(HelpTests.cardText(approved.path("value"))).contains("Approved").contains("Ada Admin");
		assertThat(this.channels.find(this.team.general).departments()).containsExactly("IT");
		assertThat(this.audit.historyOf("channel", this.team.general)).last().satisfies(entry -> {
			assertThat(entry.action()).isEqualTo("link-approved");
			assertThat(entry.actorId()).isEqualTo(TeamSetup.ADMIN.aadObjectId());
			assertThat(entry.changes().toString()).contains(this.sanne.name()).contains("Ada Admin");
		});
		assertThat(this.access.isStaff("IT", sanne())).isTrue();

		TicketView ticket = openJoiner();
		this.dispatcher.drain();
		assertThat(this.connector.sentTo(this.team.general))
			.anyMatch(call -> call.body().toString().contains(ticket.key()));
		TaskView task = openItTask(ticket);
		this.bot.invoke(claim(task, this.sanne));
		assertThat(this.tasks.get(task.id()).status()).isEqualTo(TaskStatus.CLAIMED);
	}

	@Test
	void anAdministratorsLinkIsApprovedAtOnce() throws Exception {
		this.bot.send(TeamSetup.asAdmin(this.team.inChannel(this.team.facilities, "link FM")));

		assertThat(this.channels.find(this.team.facilities).departments()).containsExactly("FM");
		assertThat(this.access.isStaff("FM", sanne())).isTrue();
	}

	@Test
	void aDeclinedRequestLeavesTheChannelUnlinked() throws Exception {
		ask("link IT");

		this.bot.invoke(decide(LinkRequestActions.DECLINE, "IT", TeamSetup.ADMIN));

		ChannelLink link = this.channels.find(this.team.general);
		assertThat(link.departments()).isEmpty();
		assertThat(link.requests()).isEmpty();
		assertThat(this.audit.historyOf("channel", this.team.general)).extracting(AuditEntry::action)
			.containsExactly("link-requested", "link-declined");
	}

	@Test
	void someoneWhoIsNotAnAdminCannotUnlinkAndTheRefusalIsAudited() throws Exception {
		this.team.link(this.team.facilities, "FM");

		this.bot.send(this.team.inChannel(this.team.facilities, "unlink FM")
			.from(this.sanne.id(), this.sanne.aadObjectId(), this.sanne.name()));

		assertThat(this.channels.find(this.team.facilities).departments()).containsExactly("FM");
		assertThat(this.audit.historyOf("channel", this.team.facilities)).last().satisfies(entry -> {
			assertThat(entry.action()).isEqualTo("refused");
			assertThat(entry.actorId()).isEqualTo(this.sanne.aadObjectId());
			assertThat(entry.why()).contains("Only an Administrator");
		});
	}

	@Test
	void aLinkMadeBeforeLinksNeededAnAdministratorIsSentToTheAdministratorsAtStartAndGrantsNothingUntilApproved(
			@Autowired MongoTemplate mongo, @Autowired LinkRequests linkRequests,
			@Autowired ConversationStore conversations) throws Exception {
		// Ada, an Administrator, has chatted with Handover before
		String adasChat = "a:personal-ada-admin-" + UUID.randomUUID();
		this.bot.send(TeamSetup.asAdmin(TeamsActivity.personalMessage("help").conversation(adasChat)));
		mongo.insert(new Document("_id", this.team.general).append("teamId", this.team.teamId)
			.append("departments", List.of("IT"))
			.append("linkedBy", this.sanne.name()), "channel_links");

		linkRequests.askAdministratorsAboutLinksNoneApproved();

		JsonNode card = awaitCardIn(conversations.personalChatOf(TeamSetup.ADMIN.aadObjectId()).orElseThrow().id(),
				this.team.general);
		assertThat(HelpTests.cardText(card)).contains("Link request", "IT", this.sanne.name());
		assertThat(card.toString()).contains(LinkRequestActions.APPROVE);
		assertThat(this.audit.historyOf("channel", this.team.general)).extracting(AuditEntry::action)
			.containsExactly("link-suspended");
		// until approved the channel gets no cards and its members act for nobody
		assertThat(this.access.isStaff("IT", sanne())).isFalse();
		TicketView ticket = openJoiner();
		this.dispatcher.drain();
		assertThat(this.connector.sentTo(this.team.general)).as("IT cards in a channel no Administrator approved")
			.noneMatch(call -> call.body().toString().contains(ticket.key()));

		JsonNode approved = this.bot.invoke(decide(LinkRequestActions.APPROVE, "IT", TeamSetup.ADMIN));
		assertThat(HelpTests.cardText(approved.path("value"))).contains("Approved");
		assertThat(this.channels.find(this.team.general).departments()).containsExactly("IT");
		assertThat(this.access.isStaff("IT", sanne())).isTrue();
	}

	@Test
	void aRequestTeamsRefusesForNowInTheAdministratorsChatIsSentAgain(@Autowired ConversationStore conversations)
			throws Exception {
		// Ada, an Administrator, has chatted with Handover; Teams throttles the first
		// post to her chat
		this.bot.send(TeamSetup
			.asAdmin(TeamsActivity.personalMessage("help").conversation("a:personal-ada-admin-" + UUID.randomUUID())));
		String adasChat = conversations.personalChatOf(TeamSetup.ADMIN.aadObjectId()).orElseThrow().id();
		this.connector.failNext(Kind.SEND, adasChat, 429);

		ask("link IT");

		// sent again after a pause of about two seconds
		long deadline = System.nanoTime() + java.time.Duration.ofSeconds(15).toNanos();
		while (System.nanoTime() < deadline && delivered(adasChat).isEmpty()) {
			Thread.sleep(100);
		}
		assertThat(delivered(adasChat)).singleElement()
			.satisfies(card -> assertThat(HelpTests.cardText(card)).contains("Link request", "IT", this.sanne.name()));
		assertThat(this.connector.calls(Kind.SEND, adasChat)).filteredOn(call -> !call.succeeded())
			.as("the refused first post")
			.hasSize(1);
	}

	/** Link request cards about General that Teams took in the chat. */
	private List<JsonNode> delivered(String chat) {
		return this.connector.calls(Kind.SEND, chat)
			.stream()
			.filter(call -> call.succeeded() && !call.cards().isEmpty()
					&& call.cards().get(0).toString().contains(this.team.general))
			.map(call -> call.cards().get(0))
			.toList();
	}

	/** The link request card about the channel, once it reached the chat. */
	private JsonNode awaitCardIn(String chat, String channelId) throws InterruptedException {
		long deadline = System.nanoTime() + java.time.Duration.ofSeconds(15).toNanos();
		while (System.nanoTime() < deadline) {
			for (Call call : this.connector.sentTo(chat)) {
				if (!call.cards().isEmpty() && call.cards().get(0).toString().contains(channelId)) {
					return call.cards().get(0);
				}
			}
			Thread.sleep(100);
		}
		throw new AssertionError(
				"No link request card about " + channelId + " in " + chat + ": " + this.connector.sentTo(chat));
	}

	/** Sanne asks in General; the bot's answer card. */
	private JsonNode ask(String text) throws Exception {
		this.bot.send(this.team.inChannel(this.team.general, text)
			.from(this.sanne.id(), this.sanne.aadObjectId(), this.sanne.name()));
		List<Call> answers = this.connector.sentTo(this.team.general);
		assertThat(answers).isNotEmpty();
		return answers.get(answers.size() - 1).cards().get(0);
	}

	private TeamsActivity decide(String verb, String department, Member who) {
		TeamsActivity click = TeamsActivity
			.cardAction(verb, Map.of("channelId", this.team.general, "departmentKey", department))
			.from(who.id(), who.aadObjectId(), who.name());
		click.node().withObjectProperty("conversation").put("conversationType", "channel").put("id", this.team.general);
		return click;
	}

	private TeamsActivity claim(TaskView task, Member who) {
		TeamsActivity click = TeamsActivity
			.cardAction("task.claim",
					Map.of("taskId", task.id(), "ticketKey", task.ticketKey(), "departmentKey", task.department()))
			.from(who.id(), who.aadObjectId(), who.name());
		click.node().withObjectProperty("conversation").put("conversationType", "channel").put("id", this.team.general);
		return click;
	}

	private Actor sanne() {
		return Actor.person(this.sanne.aadObjectId(), this.sanne.email(), this.sanne.name(), Channel.TEAMS);
	}

	private TicketView openJoiner() {
		String name = "Anna " + UUID.randomUUID().toString().substring(0, 6);
		NewTicket request = new NewTicket(TicketKind.JOINER,
				new NewTicket.Person(null, name, name.toLowerCase().replace(' ', '.') + "@contoso.example", null, null),
				new ManagerRef("maria.jansen@contoso.example", "Maria Jansen"), "account-manager", null,
				LocalDate.of(2027, 1, 11), WorkLocation.OFFICE, null, null, null);
		return this.tickets.open(request, new Actor("aad-maria", "Maria Jansen", Channel.TEAMS), null);
	}

	private TaskView openItTask(TicketView ticket) {
		return ticket.tasks()
			.stream()
			.filter(t -> t.department().equals("IT") && t.status() == TaskStatus.OPEN)
			.findFirst()
			.orElseThrow();
	}

}

package io.handover.teams;

import io.handover.testing.Surnames;
import java.time.Instant;
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
import io.handover.testing.ConnectorStub.Member;
import io.handover.testing.GraphStub;
import io.handover.testing.LiveDirectoryTest;
import io.handover.testing.TeamsActivity;
import io.handover.testing.TestClock;
import io.handover.testing.TestClockConfiguration;
import io.handover.ticket.ManagerRef;
import io.handover.ticket.NewTicket;
import io.handover.ticket.TaskView;
import io.handover.ticket.TicketKind;
import io.handover.ticket.TicketManagement;
import io.handover.ticket.TicketView;
import io.handover.ticket.WorkLocation;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Kees, who chats with Handover in Teams and sits in IT's team, announces "Sanne de Wit"
 * as a remote starter with himself as her manager — but sanne.dewit@ is an account that
 * exists. He gets no pass and the account gets nothing: IT's card shows the account
 * (sign-in name, created, last sign-in, groups) with "Same person — link" and "Different
 * person", which Kees himself may not answer. Fenna of IT links it; still no pass,
 * because neither HR nor Sanne's manager of record authorised the ticket.
 */
class ExistingAccountCardTests extends LiveDirectoryTest {

	static final LocalDate MONDAY_7_DECEMBER = LocalDate.of(2026, 12, 7);

	static final Member KEES = TeamSetup.member("Kees Announcer");

	static final Member FENNA = TeamSetup.member("Fenna Smit");

	@Autowired
	MockMvc mvc;

	@Autowired
	TicketManagement tickets;

	@Autowired
	JoinerProvisioning joiners;

	@Autowired
	AuditTrail audit;

	@Autowired
	OutboxDispatcher dispatcher;

	@Autowired
	TestClock clock;

	ConnectorStub connector = ConnectorStub.shared();

	BotConversation bot;

	TeamSetup team;

	String upn;

	GraphStub.User sanne;

	TicketView ticket;

	@BeforeEach
	void keesAnnouncesSomeoneWhoHasAnAccount() throws Exception {
		this.clock.setDay(TestClockConfiguration.TODAY);
		this.connector.reset();
		this.bot = new BotConversation(this.mvc, this.connector);
		this.team = new TeamSetup(this.bot, this.connector).withStaff(KEES, FENNA);
		GRAPH.reset();
		GRAPH.addGroup("g-staff", "All Staff", null);
		GRAPH.addGroup("g-sales", "Sales", null);
		GRAPH.addGroup("g-crm", "CRM Users", null);
		GRAPH.addGroup("g-board", "Board", null);
		String suffix = Surnames.letters();
		this.upn = "sanne.dewit" + suffix + "@contoso.example";
		this.sanne = GRAPH.addUser(UUID.randomUUID().toString(), this.upn, "Sanne de Wit")
			.createdAt(Instant.parse("2024-03-04T09:00:00Z"))
			.signedInAt(Instant.parse("2026-08-14T07:30:00Z"));
		GRAPH.group("g-board").members.add(this.sanne.id);
		this.ticket = this.tickets.open(
				new NewTicket(TicketKind.JOINER,
						new NewTicket.Person(null, "Sanne de Wit" + suffix, this.upn, null, null),
						new ManagerRef(KEES.email(), KEES.name()), "account-manager", null, MONDAY_7_DECEMBER,
						WorkLocation.REMOTE, "Keizersgracht 1, Amsterdam", null, null),
				Actor.person(KEES.aadObjectId(), KEES.email(), KEES.name(), Channel.TEAMS), null);
		this.clock.set(MONDAY_7_DECEMBER.atTime(8, 0).atZone(this.clock.getZone()).toInstant());
		this.joiners.run(this.ticket.key(), Actor.system("schedule"));
		this.dispatcher.drain();
	}

	@Test
	void itsCardShowsTheAccountAndTheAnnouncerGetsNothing() throws Exception {
		JsonNode card = itCard(FENNA);

		assertThat(card.toString()).contains(this.upn)
			.contains("4 Mar 2024")
			.contains("14 Aug 2026")
			.contains("Board")
			.contains("Same person — link")
			.contains("Different person");
		assertThat(buttons(card, "account.link")).hasSize(1);
		assertThat(buttons(card, "account.different")).hasSize(1);
		assertThat(GRAPH.changes()).as("no group, no licence, no pass").isEmpty();
		assertThat(this.connector.calls()).noneMatch(call -> String.valueOf(call.body()).contains("accessPass.show")
				|| String.valueOf(call.body()).contains(GraphStub.SECRET_PASS));
	}

	@Test
	void theAnnouncerCannotLinkItAndAnotherItStaffMemberCanButNoPassFollows() throws Exception {
		String taskId = buttons(itCard(FENNA), "account.link").get(0);
		Map<String, String> data = Map.of("taskId", taskId, "ticketKey", this.ticket.key(), "departmentKey", "IT");

		JsonNode kees = this.bot.invoke(inGeneral("account.link", data, KEES));

		assertThat(kees.path("value").toString()).contains("Kees Announcer asked for this joiner");
		assertThat(GRAPH.changes()).isEmpty();
		assertThat(this.audit.historyOf("ticket", this.ticket.key())).filteredOn(e -> e.action().equals("refused"))
			.extracting(AuditEntry::actorName)
			.containsExactly(KEES.name());

		JsonNode fenna = this.bot.invoke(inGeneral("account.link", data, FENNA));

		assertThat(fenna.path("statusCode").asInt()).isEqualTo(200);
		assertThat(buttons(fenna.path("value"), "account.link")).isEmpty();
		assertThat(GRAPH.group("g-staff").members).containsExactly(this.sanne.id);
		assertThat(GRAPH.changes()).noneMatch(c -> c.path().contains("temporaryAccessPass"));
		TaskView pass = this.tickets.get(this.ticket.key())
			.tasks()
			.stream()
			.filter(t -> t.kind().equals("it.access-pass.temporary"))
			.findFirst()
			.orElseThrow();
		assertThat(pass.status()).isEqualTo(TaskStatus.BLOCKED);
		assertThat(pass.blockedReason()).contains("not opened or confirmed by HR");
		this.dispatcher.drain();
		assertThat(this.connector.calls()).noneMatch(call -> String.valueOf(call.body()).contains("accessPass.show"));
	}

	@Test
	void aLinkClickedOutsideItsCardIsRefusedAuditedAndChangesNothing() throws Exception {
		String taskId = buttons(itCard(FENNA), "account.link").get(0);
		Map<String, String> data = Map.of("taskId", taskId, "ticketKey", this.ticket.key(), "departmentKey", "FM");

		JsonNode fenna = this.bot.invoke(inGeneral("account.link", data, FENNA));

		assertThat(fenna.path("value").toString()).contains("Only IT staff can decide whose account this is")
			.contains("Nothing was changed");
		assertThat(GRAPH.changes()).isEmpty();
		assertThat(this.audit.historyOf("ticket", this.ticket.key())).filteredOn(e -> e.action().equals("refused"))
			.extracting(AuditEntry::actorName)
			.containsExactly(FENNA.name());
		assertThat(buttons(itCard(FENNA), "account.link")).as("still to decide").hasSize(1);
	}

	private JsonNode itCard(Member who) throws Exception {
		return this.bot
			.invoke(inGeneral("refresh",
					Map.of("card", "task.department", "ticketKey", this.ticket.key(), "departmentKey", "IT"), who))
			.path("value");
	}

	private TeamsActivity inGeneral(String verb, Map<String, String> data, Member who) {
		TeamsActivity click = TeamsActivity.cardAction(verb, data).from(who.id(), who.aadObjectId(), who.name());
		click.node().withObjectProperty("conversation").put("conversationType", "channel").put("id", this.team.general);
		return click;
	}

	private static List<String> buttons(JsonNode card, String verb) {
		return card.findParents("verb")
			.stream()
			.filter(action -> action.path("verb").asString().equals(verb))
			.map(action -> action.path("data").path("taskId").asString())
			.toList();
	}

}

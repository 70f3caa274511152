package io.handover.teams;

import java.util.List;
import java.util.UUID;

import io.handover.common.Actor;
import io.handover.common.Channel;
import io.handover.testing.ConnectorStub;
import io.handover.testing.ConnectorStub.Call;
import io.handover.testing.ConnectorStub.Kind;
import io.handover.testing.LiveDirectoryTest;
import io.handover.testing.TeamsActivity;
import io.handover.testing.TestClock;
import io.handover.testing.TestClockConfiguration;
import io.handover.ticket.ManagerRef;
import io.handover.ticket.NewTicket;
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
 * Maria announces Sanne, but Teams refuses IT's card in IT's only channel (Handover was
 * removed from the team): nobody in IT can see that a card is missing, so Ada, the
 * Administrator, is told in her personal chat which card and why. Once the card reaches
 * the channel, the same message says so. A refusal that passes (Teams asking to slow
 * down) tells nobody: the card simply arrives a little later; one that goes on for more
 * than half an hour is told too.
 */
class UndeliveredTaskCardsTests extends LiveDirectoryTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	TicketManagement tickets;

	@Autowired
	OutboxDispatcher dispatcher;

	@Autowired
	ConversationStore conversations;

	@Autowired
	TestClock clock;

	@Autowired
	DepartmentChannels channels;

	ConnectorStub connector = ConnectorStub.shared();

	TeamSetup team;

	String adasChat;

	@BeforeEach
	void adaHasChattedWithHandoverAndItsChannelIsLinked() throws Exception {
		this.clock.setDay(TestClockConfiguration.TODAY);
		this.connector.reset();
		BotConversation bot = new BotConversation(this.mvc, this.connector);
		this.team = new TeamSetup(bot, this.connector).withStaff(TeamSetup.member("Peter de Boer"));
		bot.send(TeamSetup.asAdmin(TeamsActivity.personalMessage("help").conversation("a:personal-ada-undelivered")));
		this.adasChat = this.conversations.personalChatOf(TeamSetup.ADMIN.aadObjectId()).orElseThrow().id();
		this.connector.reset();
	}

	@Test
	void aCardTeamsRefusesInEveryChannelIsToldToTheAdministratorUntilItArrives() throws InterruptedException {
		// refused twice: the retry refused the same way tells Ada nothing new
		everyItChannelAnswersTwice(403);

		TicketView ticket = mariaAnnouncesSanne();
		this.dispatcher.drain();

		assertThat(itCards(ticket)).isEmpty();
		List<Call> told = toldAda(ticket);
		assertThat(told).singleElement().satisfies(call -> {
			assertThat(call.kind()).isEqualTo(Kind.SEND);
			assertThat(call.text()).contains("IT's card for " + ticket.key())
				.contains("reaches none of their channels")
				.contains("Check that Handover is still installed in IT's team")
				.contains("403");
		});

		// the delivery is retried after its backoff (about a second); Teams takes it now
		deliverAgainUntil(() -> !itCards(ticket).isEmpty());
		assertThat(itCards(ticket)).hasSize(1);
		assertThat(toldAda(ticket)).hasSize(2).last().satisfies(call -> {
			assertThat(call.kind()).isEqualTo(Kind.UPDATE);
			assertThat(call.activityId()).isEqualTo(told.get(0).postedId());
			assertThat(call.text()).contains("reaches their channel again");
		});

		// later changes to the card tell Ada nothing more
		int messages = toldAda(ticket).size();
		this.dispatcher.redeliver(ticket.key(), "test");
		this.dispatcher.drain();
		assertThat(toldAda(ticket)).hasSize(messages);
	}

	@Test
	void aRefusalThatPassesTellsNobody() throws InterruptedException {
		this.connector.failNext(Kind.SEND, this.team.general, 429);

		TicketView ticket = mariaAnnouncesSanne();
		this.dispatcher.drain();
		deliverAgainUntil(() -> !itCards(ticket).isEmpty());

		assertThat(itCards(ticket)).hasSize(1);
		assertThat(toldAda(ticket)).isEmpty();
	}

	@Test
	void aCardTeamsKeepsTurningAwayForHalfAnHourIsToldToTheAdministrator() throws InterruptedException {
		everyItChannelAnswersTwice(429);

		TicketView ticket = mariaAnnouncesSanne();
		this.dispatcher.drain();
		assertThat(toldAda(ticket)).as("a refusal that passes within the patience tells nobody").isEmpty();

		// Teams still busy when the delivery is tried again, more than half an hour later
		this.clock.advance(java.time.Duration.ofMinutes(31));
		deliverAgainUntil(() -> !toldAda(ticket).isEmpty());
		List<Call> told = toldAda(ticket);
		assertThat(told).singleElement().satisfies(call -> {
			assertThat(call.kind()).isEqualTo(Kind.SEND);
			assertThat(call.text()).contains("IT's card for " + ticket.key())
				.contains("has not reached their channels since")
				.contains("busy or unavailable")
				.contains("429");
		});

		deliverAgainUntil(() -> !itCards(ticket).isEmpty());
		assertThat(itCards(ticket)).hasSize(1);
		assertThat(toldAda(ticket)).hasSize(2).last().satisfies(call -> {
			assertThat(call.kind()).isEqualTo(Kind.UPDATE);
			assertThat(call.activityId()).isEqualTo(told.get(0).postedId());
			assertThat(call.text()).contains("reaches their channel again");
		});
	}

	/**
	 * The outbox retries after its backoff (about a second): until the condition holds.
	 */
	private void deliverAgainUntil(java.util.function.BooleanSupplier done) throws InterruptedException {
		long deadline = System.nanoTime() + 15_000_000_000L;
		while (System.nanoTime() < deadline && !done.getAsBoolean()) {
			Thread.sleep(200);
			this.dispatcher.drain();
		}
	}

	/** IT's channels linked by earlier tests too: the card must reach none of them. */
	private void everyItChannelAnswersTwice(int status) {
		for (ChannelLink channel : this.channels.channelsOf("IT")) {
			this.connector.failNext(Kind.SEND, channel.id(), status);
			this.connector.failNext(Kind.SEND, channel.id(), status);
		}
	}

	private TicketView mariaAnnouncesSanne() {
		String suffix = UUID.randomUUID().toString().substring(0, 8);
		return this.tickets.open(
				new NewTicket(TicketKind.JOINER,
						new NewTicket.Person(null, "Sanne Visser " + suffix, "sanne." + suffix + "@contoso.example",
								null, null),
						new ManagerRef("maria@contoso.example", "Maria Jansen"), "account-manager", null,
						TestClockConfiguration.TODAY.plusDays(14), WorkLocation.OFFICE, null, null, null),
				new Actor("aad-maria", "Maria Jansen", Channel.TEAMS), null);
	}

	private List<Call> itCards(TicketView ticket) {
		return this.connector.calls(Kind.SEND, this.team.general)
			.stream()
			.filter(call -> call.succeeded() && !call.cards().isEmpty()
					&& call.cards().get(0).toString().contains(ticket.key()))
			.toList();
	}

	private List<Call> toldAda(TicketView ticket) {
		return this.connector.calls()
			.stream()
			.filter(call -> (call.kind() == Kind.SEND || call.kind() == Kind.UPDATE) && call.succeeded())
			.filter(call -> this.adasChat.equals(call.conversationId()))
			.filter(call -> call.text() != null && call.text().contains(ticket.key()))
			.toList();
	}

}

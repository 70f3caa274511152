package io.handover.teams;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import io.handover.common.Actor;
import io.handover.common.Channel;
import io.handover.testing.ConnectorStub;
import io.handover.testing.ConnectorStub.Call;
import io.handover.testing.ConnectorStub.Kind;
import io.handover.testing.ConnectorStub.Member;
import io.handover.testing.GraphStub.ChannelMessage;
import io.handover.testing.LiveDirectoryTest;
import io.handover.testing.TestClock;
import io.handover.testing.TestClockConfiguration;
import io.handover.ticket.ManagerRef;
import io.handover.ticket.NewTicket;
import io.handover.ticket.TaskManagement;
import io.handover.ticket.TaskView;
import io.handover.ticket.TicketKind;
import io.handover.ticket.TicketManagement;
import io.handover.ticket.TicketView;
import io.handover.ticket.WorkLocation;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The service died after Teams took IT's card for Sanne's ticket but before Handover
 * stored the message id. When Peter claims a task, the next delivery reads the channel
 * back through Graph, finds the card there and updates it: IT's channel shows one card,
 * not two. Where the channel does not show it, or Graph cannot be asked, the card is
 * posted again (shown twice beats never shown).
 */
class InterruptedCardPostTests extends LiveDirectoryTest {

	static final Member PETER = TeamSetup.member("Peter de Boer");

	@Autowired
	MockMvc mvc;

	@Autowired
	TicketManagement tickets;

	@Autowired
	TaskManagement tasks;

	@Autowired
	OutboxDispatcher dispatcher;

	@Autowired
	MongoTemplate mongo;

	@Autowired
	TestClock clock;

	ConnectorStub connector = ConnectorStub.shared();

	TeamSetup team;

	TicketView ticket;

	Call itCard;

	/** What IT's channel showed when the service died. */
	List<ChannelMessage> itChannel;

	@BeforeEach
	void theServiceDiedRightAfterTeamsTookItsCard() throws Exception {
		this.clock.setDay(TestClockConfiguration.TODAY);
		this.connector.reset();
		GRAPH.reset();
		this.team = new TeamSetup(new BotConversation(this.mvc, this.connector), this.connector).withStaff(PETER);
		GRAPH.channelsFrom(
				(teamId, channelId) -> teamId.equals(this.team.aadGroupId) && channelId.equals(this.team.general)
						? this.itChannel : List.of());
		String suffix = UUID.randomUUID().toString().substring(0, 8);
		this.ticket = this.tickets.open(
				new NewTicket(TicketKind.JOINER,
						new NewTicket.Person(null, "Sanne Visser " + suffix, "sanne." + suffix + "@contoso.example",
								null, null),
						new ManagerRef("maria@contoso.example", "Maria Jansen"), "account-manager", null,
						TestClockConfiguration.TODAY.plusDays(14), WorkLocation.OFFICE, null, null, null),
				new Actor("aad-maria", "Maria Jansen", Channel.TEAMS), null);
		this.dispatcher.drain();
		this.itCard = itCards().get(0);
		Instant posted = Instant.now().truncatedTo(ChronoUnit.MILLIS);
		// Graph's channel holds the card, with a few messages before and after it
		this.itChannel = List.of(other(posted.minusSeconds(30)), other(posted.minusSeconds(20)),
				other(posted.minusSeconds(10)),
				new ChannelMessage(this.itCard.postedId(), posted, posted, this.itCard.cards()),
				other(posted.plusSeconds(5)));
		// the message id never reached the store; the claim is older than the claim
		// timeout
		this.mongo.updateFirst(itClaim(),
				new Update().unset("messageId")
					.set("claimedAt", Instant.now().minus(10, ChronoUnit.MINUTES))
					.set("firstClaimedAt", Instant.now().minus(10, ChronoUnit.MINUTES)),
				"posted_cards");
		this.connector.reset();
	}

	@Test
	void theNextDeliveryFindsTheCardInTheChannelAndUpdatesItInsteadOfPostingItAgain() {
		peterClaimsAnItTask();

		assertThat(itCards()).as("posted again").isEmpty();
		assertThat(this.connector.calls(Kind.UPDATE, this.team.general)).extracting(Call::activityId)
			.contains(this.itCard.postedId());
		assertThat(GRAPH.calls()).filteredOn(call -> call.path().contains("/messages/delta"))
			.as("followed the delta's pages to the card")
			.hasSizeGreaterThan(1)
			.allMatch(call -> call.path().startsWith("/teams/" + this.team.aadGroupId + "/channels/"));
		// the found message is the card's from now on: the next change updates it
		// directly
		peterCompletesTheTask();
		assertThat(itCards()).isEmpty();
		assertThat(GRAPH.calls()).filteredOn(call -> call.path().contains("/messages/delta")).hasSize(2);
	}

	@Test
	void aCardPostedBeforeASecondDeliveryWasInterruptedTooIsStillFound() {
		// the first delivery posted 9 minutes ago; a second one took the claim over 3
		// minutes ago and died before it read the channel back
		Instant firstPost = Instant.now().minus(9, ChronoUnit.MINUTES);
		this.itChannel = List.of(new ChannelMessage(this.itCard.postedId(), firstPost, firstPost, this.itCard.cards()));
		this.mongo.updateFirst(itClaim(), new Update().set("claimedAt", Instant.now().minus(3, ChronoUnit.MINUTES)),
				"posted_cards");

		peterClaimsAnItTask();

		assertThat(itCards()).as("posted again").isEmpty();
	}

	@Test
	void aCardTheChannelDoesNotShowIsPostedOnce() {
		this.itChannel = List.of(other(Instant.now()));

		peterClaimsAnItTask();

		assertThat(itCards()).hasSize(1);
	}

	@Test
	void whenGraphCannotBeAskedTheCardIsPostedAgainRatherThanNotAtAll() {
		GRAPH.failNext("GET", "/messages/delta", 403, null, 10, "Forbidden",
				"Missing role permissions on the request. API requires one of 'ChannelMessage.Read.Group'.");

		peterClaimsAnItTask();

		assertThat(itCards()).hasSize(1);
	}

	@Test
	void aPostWhoseAnswerWasLostIsLookedForInTheChannelInsteadOfPostedAgain() throws InterruptedException {
		// Teams takes the card's post for a second ticket and the connection drops before
		// its answer
		this.connector.dropAnswerOfNext(Kind.SEND, this.team.general);
		aCardTeamsTookIsLookedForInTheChannelInsteadOfPostedAgain();
	}

	@Test
	void aPostAGatewayAnsweredWithAnErrorIsLookedForInTheChannelInsteadOfPostedAgain() throws InterruptedException {
		// Teams takes the card's post for a second ticket and a gateway in front of it
		// answers 502: the SDK's own retries would send it again at once
		this.connector.takeThenAnswerNext(Kind.SEND, this.team.general, 502);
		aCardTeamsTookIsLookedForInTheChannelInsteadOfPostedAgain();
	}

	private void aCardTeamsTookIsLookedForInTheChannelInsteadOfPostedAgain() throws InterruptedException {
		TicketView second = this.tickets.open(
				new NewTicket(TicketKind.JOINER,
						new NewTicket.Person(null, "Joris Kok " + UUID.randomUUID().toString().substring(0, 8), null,
								null, null),
						new ManagerRef("maria@contoso.example", "Maria Jansen"), "account-manager", null,
						TestClockConfiguration.TODAY.plusDays(21), WorkLocation.OFFICE, null, null, null),
				new Actor("aad-maria", "Maria Jansen", Channel.TEAMS), null);
		this.dispatcher.drain();

		List<Call> taken = cardsOf(second);
		assertThat(taken).as("sent once, not resent at once").hasSize(1);
		Query claim = Query
			.query(Criteria.where("_id").is(second.key() + "|" + TaskCards.target("IT", this.team.general)));
		assertThat(this.mongo.findOne(claim, org.bson.Document.class, "posted_cards"))
			.as("the claim stays for the next delivery")
			.isNotNull()
			.extracting(card -> card.get("messageId"))
			.isNull();

		// the channel shows the card; the claim is older than the claim timeout
		Instant now = Instant.now();
		this.itChannel = List.of(new ChannelMessage(taken.get(0).postedId(), now, now, taken.get(0).cards()));
		this.mongo.updateFirst(claim, new Update().set("claimedAt", now.minus(10, ChronoUnit.MINUTES))
			.set("firstClaimedAt", now.minus(10, ChronoUnit.MINUTES)), "posted_cards");
		this.tasks.claim(second.tasks()
			.stream()
			.filter(task -> task.department().equals("IT") && task.inputsNeeded().isEmpty())
			.findFirst()
			.orElseThrow()
			.id(), new Actor(PETER.aadObjectId(), PETER.name(), Channel.TEAMS), null);
		// the failed delivery waits out its backoff (about a second) first
		long deadline = System.nanoTime() + 15_000_000_000L;
		while (System.nanoTime() < deadline && this.connector.calls(Kind.UPDATE, this.team.general)
			.stream()
			.noneMatch(call -> taken.get(0).postedId().equals(call.activityId()))) {
			Thread.sleep(200);
			this.dispatcher.drain();
		}

		assertThat(cardsOf(second)).as("posted again").hasSize(1);
		assertThat(this.connector.calls(Kind.UPDATE, this.team.general)).extracting(Call::activityId)
			.contains(taken.get(0).postedId());
	}

	/** IT's card for the ticket in the store. */
	private Query itClaim() {
		return Query
			.query(Criteria.where("_id").is(this.ticket.key() + "|" + TaskCards.target("IT", this.team.general)));
	}

	private void peterClaimsAnItTask() {
		this.tasks.claim(itTask().id(), new Actor(PETER.aadObjectId(), PETER.name(), Channel.TEAMS), null);
		this.dispatcher.drain();
	}

	private void peterCompletesTheTask() {
		this.tasks.complete(itTask().id(), java.util.Map.of(),
				new Actor(PETER.aadObjectId(), PETER.name(), Channel.TEAMS), null);
		this.dispatcher.drain();
	}

	private TaskView itTask() {
		return this.tickets.get(this.ticket.key())
			.tasks()
			.stream()
			.filter(task -> task.department().equals("IT") && task.inputsNeeded().isEmpty())
			.findFirst()
			.orElseThrow();
	}

	/** IT's card for the ticket as posted (not updated). */
	private List<Call> itCards() {
		return cardsOf(this.ticket);
	}

	/** IT's card for a ticket as posted, whether or not its answer arrived. */
	private List<Call> cardsOf(TicketView ticket) {
		return this.connector.calls(Kind.SEND, this.team.general)
			.stream()
			.filter(call -> call.succeeded() && !call.cards().isEmpty()
					&& call.cards().get(0).toString().contains(ticket.key()))
			.toList();
	}

	private static ChannelMessage other(Instant at) {
		return new ChannelMessage(String.valueOf(at.toEpochMilli()), at, at, List.of());
	}

}

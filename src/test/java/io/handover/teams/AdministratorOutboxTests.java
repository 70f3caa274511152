package io.handover.teams;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.function.Supplier;

import io.handover.cards.CardName;
import io.handover.privacy.RetentionAlerts;
import io.handover.testing.BotTest;
import io.handover.testing.ConnectorStub;
import io.handover.testing.ConnectorStub.Call;
import io.handover.testing.ConnectorStub.Kind;
import io.handover.testing.TeamsActivity;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Nothing fails silently: a one-off notice to an Administrator (here: personal data
 * retention failed) is stored before it is sent, and sent again while Teams turns it away
 * for now, after a restart too. What Teams refuses for good, or still turns away a day
 * later, is logged and not sent again.
 */
@BotTest
class AdministratorOutboxTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	RetentionAlertCards alerts;

	@Autowired
	AdministratorOutbox outbox;

	@Autowired
	ConversationStore conversations;

	@Autowired
	MongoTemplate mongo;

	ConnectorStub connector = ConnectorStub.shared();

	String adasChat;

	@BeforeEach
	void setUp() throws Exception {
		this.connector.reset();
		// Ada, a configured Administrator, has chatted with Handover before
		new BotConversation(this.mvc, this.connector).send(TeamSetup
			.asAdmin(TeamsActivity.personalMessage("help").conversation("a:personal-ada-outbox-" + UUID.randomUUID())));
		this.adasChat = this.conversations.personalChatOf(TeamSetup.ADMIN.aadObjectId()).orElseThrow().id();
		this.connector.reset();
	}

	@Test
	void aRetentionAlertTeamsThrottlesReachesTheAdministratorOnceTeamsTakesIt() throws Exception {
		this.connector.failNext(Kind.SEND, this.adasChat, 429);

		int told = this.alerts.failed(failure("Write conflict on tickets"));

		assertThat(told).as("Ada will hear of it once Teams takes it").isGreaterThanOrEqualTo(1);
		assertThat(awaitAlerts("Write conflict on tickets", Duration.ofSeconds(30))).singleElement()
			.satisfies(card -> assertThat(HelpTests.cardText(card.cards().get(0)))
				.contains("Personal data retention failed"));
		assertThat(this.connector.calls(Kind.SEND, this.adasChat)).filteredOn(call -> !call.succeeded())
			.as("the throttled post")
			.hasSize(1);
		// the background round deletes what it sent right after Teams took it
		assertThat(awaitNothingOwedTo(TeamSetup.ADMIN.aadObjectId(), Duration.ofSeconds(10))).as("nothing left to send")
			.isEmpty();
	}

	@Test
	void aNoticeLeftOwedWhenAnInstanceStoppedIsSentByTheNextRound() {
		Instant now = Instant.now();
		this.mongo.insert(new AdministratorOutbox.Owed(UUID.randomUUID().toString(), TeamSetup.ADMIN.aadObjectId(),
				"the failed personal data retention", retentionNotice("The store restarted"), 1, now, now));

		this.outbox.sendDue();

		assertThat(awaitAlerts("The store restarted", Duration.ofSeconds(10))).hasSize(1);
		assertThat(owedTo(TeamSetup.ADMIN.aadObjectId())).isEmpty();
	}

	@Test
	void aNoticeTeamsRefusesForGoodIsNotSentAgain() {
		this.connector.failNext(Kind.SEND, this.adasChat, 403);

		this.alerts.failed(failure("Index build failed"));
		this.outbox.sendDue();

		assertThat(this.connector.calls(Kind.SEND, this.adasChat)).as("one refused post, never tried again")
			.singleElement()
			.satisfies(call -> assertThat(call.succeeded()).isFalse());
		assertThat(owedTo(TeamSetup.ADMIN.aadObjectId())).isEmpty();
	}

	@Test
	void aNoticeTeamsStillTurnsAwayADayLaterIsGivenUp() {
		Instant now = Instant.now();
		this.mongo.insert(new AdministratorOutbox.Owed(UUID.randomUUID().toString(), TeamSetup.ADMIN.aadObjectId(),
				"the failed personal data retention", retentionNotice("Old news"), 9, now.minus(Duration.ofMinutes(1)),
				now.minus(AdministratorOutbox.GIVE_UP_AFTER).minusSeconds(1)));
		this.connector.failNext(Kind.SEND, this.adasChat, 429);

		this.outbox.sendDue();

		assertThat(this.connector.calls(Kind.SEND, this.adasChat)).singleElement()
			.satisfies(call -> assertThat(call.succeeded()).isFalse());
		assertThat(owedTo(TeamSetup.ADMIN.aadObjectId())).as("given up, not tried again").isEmpty();
	}

	private static RetentionAlerts.Failure failure(String reason) {
		return new RetentionAlerts.Failure(Instant.parse("2026-12-04T03:30:12Z"), reason,
				List.of("6750a1c2e4b0a1b2c3d4e5f6"), 1, 0);
	}

	private static AdministratorOutbox.Notice retentionNotice(String reason) {
		return AdministratorOutbox.Notice.card(CardName.RETENTION_ALERT,
				Map.of("at", "2026-12-04T03:30:12Z", "reason", reason, "wholeRun", false, "failedPeople", "1",
						"pseudonymised", "0", "employeeIds", List.of("6750a1c2e4b0a1b2c3d4e5f6")));
	}

	private List<AdministratorOutbox.Owed> owedTo(String admin) {
		return this.mongo.find(Query.query(Criteria.where("admin").is(admin)), AdministratorOutbox.Owed.class);
	}

	/** Retention alert cards with this reason that Teams took in Ada's chat. */
	private List<AdministratorOutbox.Owed> awaitNothingOwedTo(String admin, Duration within) {
		return await(() -> owedTo(admin), List::isEmpty, within);
	}

	private List<Call> awaitAlerts(String reason, Duration within) {
		return await(() -> taken(reason), found -> !found.isEmpty(), within);
	}

	/** What {@code read} gives once {@code done} holds, or at the deadline. */
	private static <T> List<T> await(Supplier<List<T>> read, Predicate<List<T>> done, Duration within) {
		long deadline = System.nanoTime() + within.toNanos();
		List<T> seen = read.get();
		while (!done.test(seen) && System.nanoTime() < deadline) {
			try {
				Thread.sleep(100);
			}
			catch (InterruptedException interrupted) {
				Thread.currentThread().interrupt();
				break;
			}
			seen = read.get();
		}
		return seen;
	}

	private List<Call> taken(String reason) {
		return this.connector.calls(Kind.SEND, this.adasChat)
			.stream()
			.filter(call -> call.succeeded() && !call.cards().isEmpty()
					&& HelpTests.cardText(call.cards().get(0)).contains(reason))
			.toList();
	}

}

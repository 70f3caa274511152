package io.handover.teams;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import io.handover.audit.AuditTrail;
import io.handover.common.Actor;
import io.handover.hr.HrSourceFailure;
import io.handover.hr.HrSourceStatus;
import io.handover.hr.HrSources;
import io.handover.hr.HrSync;
import io.handover.hr.JobProfiles;
import io.handover.testing.ConnectorStub;
import io.handover.testing.ConnectorStub.Call;
import io.handover.testing.ConnectorStub.Kind;
import io.handover.testing.HrSourcesTest;
import io.handover.testing.ScriptedHrSource;
import io.handover.testing.ConnectorStub.Member;
import io.handover.testing.Surnames;
import io.handover.testing.TeamsActivity;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static io.handover.teams.IntakeChat.answerCard;
import static io.handover.teams.IntakeChat.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Issue 21: {@code hr sources} ({@code hr-bronnen}) shows HR staff and Administrators
 * each HR source's state, last sync and failure, a "Try now" button and the job to
 * profile table; anyone else is refused, audited, and nothing is read. The same "try now"
 * through {@code POST /api/hr/sources/{system}/try-now} (who may call it in production:
 * PermissionMatrixApiTests).
 */
@HrSourcesTest
class HrSourcesCardTests {

	static final String TEAM = "19:hr-sources-hr-team@thread.tacv2";

	static final Member HANNA = new Member("29:hr-sources-hanna", "aad-hr-sources-hanna", "Hanna Hrsources",
			"hanna.hrsources@contoso.example");

	static final String HANNAS_CHAT = "a:personal-hr-sources-hanna";

	@Autowired
	MockMvc mvc;

	@Autowired
	ScriptedHrSource source;

	@Autowired
	JobProfiles jobs;

	@Autowired
	AuditTrail audit;

	@Autowired
	HrSync sync;

	@Autowired
	HrSourceAlertCards alerts;

	@Autowired
	HrSourcesCards cards;

	ConnectorStub connector = ConnectorStub.shared();

	BotConversation bot;

	IntakeChat chat;

	String job;

	@BeforeEach
	void setUp() throws Exception {
		this.connector.reset();
		this.bot = new BotConversation(this.mvc, this.connector);
		this.chat = new IntakeChat(this.bot, this.connector);
		IntakeChat.linkStaff(this.bot, this.connector, TEAM, "HR", HANNA);
		this.source.recover();
		this.job = "Nurse " + Surnames.unique();
		this.jobs.map(this.job, "care-worker", Actor.system("test"));
	}

	@Test
	void someoneWhoIsNotHrStaffIsRefusedAuditedAndNothingIsRead() throws Exception {
		int reads = this.source.reads();
		int refusalsBefore = refusals();

		JsonNode card = this.chat.say("hr sources");

		assertThat(text(card)).contains("Not allowed", "Only HR staff and Administrators")
			.doesNotContain(ScriptedHrSource.SYSTEM, this.job);

		JsonNode click = answerCard(this.bot
			.invoke(TeamsActivity.cardAction(HrSourceTryNowAction.VERB, Map.of("system", ScriptedHrSource.SYSTEM))));
		assertThat(text(click)).contains("Only HR staff and Administrators");
		assertThat(this.source.reads()).as("nothing read").isEqualTo(reads);
		assertThat(refusals()).isEqualTo(refusalsBefore + 2);
	}

	@Test
	void tryNowOnTheAlertCardRefusesWhoIsNotHrStaffAndAuditsARedeliveredClickOnce() throws Exception {
		int reads = this.source.reads();
		int refusalsBefore = refusals();
		TeamsActivity click = TeamsActivity.cardAction(HrSourceTryNowAction.VERB,
				Map.of("system", ScriptedHrSource.SYSTEM, "card", "alert"));

		JsonNode first = answerCard(this.bot.invoke(click));
		JsonNode redelivered = answerCard(this.bot.invoke(click));

		assertThat(text(first)).contains("Not allowed", "Only HR staff and Administrators");
		assertThat(text(redelivered)).contains("Only HR staff and Administrators");
		assertThat(this.source.reads()).as("nothing read").isEqualTo(reads);
		assertThat(refusals()).as("one click, one entry, however often Teams delivers it")
			.isEqualTo(refusalsBefore + 1);
	}

	@Test
	void aFailingSourcesAlertCardHasTryNowWhereHandoverReadsTheSourceItself() throws Exception {
		this.source.failWith(new HrSourceFailure(HrSourceFailure.Kind.UNAVAILABLE, "ScriptedHR answered 503"));
		tryNow(HANNA);
		HrSourceStatus failing = this.sync.status(ScriptedHrSource.SYSTEM).orElseThrow();

		JsonNode alert = this.alerts.render(failing, Locale.ENGLISH);

		assertThat(text(alert)).contains("Not read since", "ScriptedHR answered 503");
		JsonNode button = tryNowButton(alert);
		assertThat(button.path("title").asString()).isEqualTo("Try now");
		assertThat(button.path("data").path("system").asString()).isEqualTo(ScriptedHrSource.SYSTEM);
		assertThat(button.path("data").path("card").asString()).isEqualTo("alert");
		HrSourceStatus pushedOnly = new HrSourceStatus("webhook-only", null, failing.lastRunAt(), null,
				failing.counts(), List.of(), 3, failing.failingSince(), "refused", "UNAVAILABLE",
				failing.nextAttemptAt(), null);
		assertThat(tryNowButtons(this.alerts.render(pushedOnly, Locale.ENGLISH)))
			.as("nothing to read for a system Handover does not read itself")
			.isEmpty();
	}

	@Test
	void hrStaffTryNowOnTheAlertCardReadsTheSourceAndTheAlertCardShowsHowItWent() throws Exception {
		this.source.failWith(new HrSourceFailure(HrSourceFailure.Kind.UNAVAILABLE, "ScriptedHR answered 503"));
		tryNow(HANNA);
		this.source.recover();
		int reads = this.source.reads();

		JsonNode card = answerCard(this.bot.invoke(TeamsActivity
			.cardAction(HrSourceTryNowAction.VERB, Map.of("system", ScriptedHrSource.SYSTEM, "card", "alert"))
			.from(HANNA.id(), HANNA.aadObjectId(), HANNA.name())));

		assertThat(this.source.reads()).isEqualTo(reads + 1);
		assertThat(text(card)).contains("HR source · " + ScriptedHrSource.SYSTEM, "Read again successfully")
			.doesNotContain("Not read since");
		assertThat(tryNowButtons(card)).isEmpty();
	}

	@Test
	void hrStaffSeeEachSourceWithWhyItFailsAndTheJobTable() throws Exception {
		this.source.failWith(new HrSourceFailure(HrSourceFailure.Kind.MISCONFIGURED,
				"ScriptedHR answered 404 for connector HrEmployments: check the connector's name"));
		tryNow(HANNA);
		JsonNode card = this.chat.say(fromHanna("hr sources"));

		assertThat(text(card)).contains("HR sources", ScriptedHrSource.SYSTEM, "failing", "Set up wrongly",
				"check the connector's name", "Check the address", this.job, "care-worker");
		assertThat(tryNowButton(card).path("data").path("system").asString()).isEqualTo(ScriptedHrSource.SYSTEM);
	}

	@Test
	void tryNowReadsTheSourceAtOnceAndTheCardShowsHowItWent() throws Exception {
		this.source.failWith(new HrSourceFailure(HrSourceFailure.Kind.UNAVAILABLE, "ScriptedHR answered 503"));
		tryNow(HANNA);
		this.source.recover();
		int reads = this.source.reads();

		JsonNode card = tryNow(HANNA);

		assertThat(this.source.reads()).isEqualTo(reads + 1);
		assertThat(text(card)).contains(ScriptedHrSource.SYSTEM + " · read", "1 read").doesNotContain("Not reachable");
	}

	@Test
	void aReadLongerThanTeamsWaitsIsAnsweredAtOnceAndTheCardShowsHowItWentWhenDone() throws Exception {
		this.chat.say(fromHanna("hr sources"));
		this.source.slowDown(Duration.ofSeconds(6));
		try {
			TeamsActivity click = TeamsActivity
				.cardAction(HrSourceTryNowAction.VERB, Map.of("system", ScriptedHrSource.SYSTEM))
				.conversation(HANNAS_CHAT)
				.from(HANNA.id(), HANNA.aadObjectId(), HANNA.name());
			String cardId = click.node().path("replyToId").asString();

			JsonNode answer = answerCard(this.bot.invoke(click));

			assertThat(text(answer)).contains("Reading now", ScriptedHrSource.SYSTEM);
			// the read outlasted Teams' wait: it may end now rather than after its 6 s
			this.source.slowDown(Duration.ZERO);
			List<Call> replaced = this.connector
				.awaitCalls(c -> c.kind() == Kind.UPDATE && cardId.equals(c.activityId()), 1, Duration.ofSeconds(90));
			assertThat(replaced).isNotEmpty();
			assertThat(text(replaced.get(0).cards().get(0))).contains("HR sources", ScriptedHrSource.SYSTEM + " · read")
				.doesNotContain("Reading now");
		}
		finally {
			this.source.slowDown(Duration.ZERO);
		}
	}

	/**
	 * Session 18: the last sync's counts name the manager changes it carried to tickets,
	 * like the tickets it opened.
	 */
	@Test
	void theCountsNameTheManagerChangesOfTheLastSync() {
		HrSourceStatus synced = new HrSourceStatus(ScriptedHrSource.SYSTEM, null, null, null,
				new HrSourceStatus.Counts(7, 3, 0, 1, 0, 0, 0, 0, 2), List.of(), 0, null, null, null, null, null);
		HrSources.Overview overview = new HrSources.Overview(List.of(synced), List.of());

		assertThat(text(this.cards.render(overview, Locale.ENGLISH))).contains("7 read", "1 tickets opened",
				"2 manager changes carried to tickets");
		assertThat(text(this.cards.render(overview, Locale.forLanguageTag("nl")))).contains("7 gelezen",
				"2 managerwissels doorgevoerd in tickets");
	}

	@Test
	void anAdministratorMayToo() throws Exception {
		JsonNode card = this.chat.say(TeamSetup.asAdmin(TeamsActivity.personalMessage("hr sources")));

		assertThat(text(card)).contains("HR sources", ScriptedHrSource.SYSTEM, "Try now");
	}

	@Test
	void inDutchToo() throws Exception {
		JsonNode card = this.chat.say(fromHanna("hr-bronnen").locale("nl-NL"));

		assertThat(text(card)).contains("HR-bronnen", ScriptedHrSource.SYSTEM, "Functies en hun rolprofielen");
	}

	@Test
	void throughTheApiTryNowReadsTheSourceAndAnUnknownOneIsNotFound() throws Exception {
		int reads = this.source.reads();

		this.mvc.perform(post("/api/hr/sources/{system}/try-now", ScriptedHrSource.SYSTEM))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.system").value(ScriptedHrSource.SYSTEM))
			.andExpect(jsonPath("$.failures").value(0));
		assertThat(this.source.reads()).isEqualTo(reads + 1);

		this.mvc.perform(post("/api/hr/sources/{system}/try-now", "nowhere")).andExpect(status().isNotFound());
		assertThat(this.source.reads()).isEqualTo(reads + 1);
	}

	private JsonNode tryNow(Member by) throws Exception {
		return answerCard(this.bot
			.invoke(TeamsActivity.cardAction(HrSourceTryNowAction.VERB, Map.of("system", ScriptedHrSource.SYSTEM))
				.from(by.id(), by.aadObjectId(), by.name())));
	}

	private static JsonNode tryNowButton(JsonNode card) {
		List<JsonNode> found = tryNowButtons(card);
		assertThat(found).as("a Try now button").isNotEmpty();
		return found.get(0);
	}

	private static List<JsonNode> tryNowButtons(JsonNode card) {
		List<JsonNode> found = new ArrayList<>();
		card.findParents("verb").forEach(node -> {
			if (HrSourceTryNowAction.VERB.equals(node.path("verb").asString())) {
				found.add(node);
			}
		});
		return found;
	}

	private int refusals() {
		return (int) this.audit.historyOf("hr-source", ScriptedHrSource.SYSTEM)
			.stream()
			.filter(entry -> entry.action().equals("refused"))
			.count()
				+ (int) this.audit.historyOf("hr-source", "all")
					.stream()
					.filter(entry -> entry.action().equals("refused"))
					.count();
	}

	private static TeamsActivity fromHanna(String text) {
		return TeamsActivity.personalMessage(text)
			.conversation(HANNAS_CHAT)
			.from(HANNA.id(), HANNA.aadObjectId(), HANNA.name());
	}

}
